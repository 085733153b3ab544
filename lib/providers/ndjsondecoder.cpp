#include "ndjsondecoder.h"

#include <cstring>

namespace awb {

namespace {

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        if (c != ' ' && c != '\t' && c != '\r')
            return false;
    }
    return true;
}

void deliver(QByteArrayView line, const NdjsonDecoder::Sink &sink)
{
    if (!line.isEmpty() && line.back() == '\r')
        line.chop(1);
    if (!isBlank(line))
        sink(line);
}

} // namespace

bool NdjsonDecoder::feed(QByteArrayView bytes, const Sink &sink)
{
    if (m_error)
        return false;
    const char *pos = bytes.data();
    const char *const end = pos + bytes.size();
    while (pos < end) {
        const char *lf = static_cast<const char *>(std::memchr(pos, '\n', end - pos));
        if (!lf) {
            m_line.append(pos, end - pos);
            if (m_line.size() > m_maxLine) {
                m_error = true;
                m_line.clear();
                return false;
            }
            break;
        }
        const QByteArrayView piece(pos, lf - pos);
        if (m_line.isEmpty()) {
            if (piece.size() > m_maxLine) {
                m_error = true;
                return false;
            }
            deliver(piece, sink);
        } else {
            m_line.append(piece);
            if (m_line.size() > m_maxLine) {
                m_error = true;
                m_line.clear();
                return false;
            }
            const QByteArray line = std::exchange(m_line, QByteArray());
            deliver(line, sink);
        }
        pos = lf + 1;
    }
    return true;
}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    feed(bytes, [&lines](QByteArrayView line) { lines.append(line.toByteArray()); });
    return lines;
}

bool NdjsonDecoder::finish(const Sink &sink)
{
    if (m_error) {
        reset();
        return false;
    }
    const QByteArray rest = std::exchange(m_line, QByteArray());
    deliver(rest, sink);
    return true;
}

void NdjsonDecoder::reset()
{
    m_line.clear();
    m_error = false;
}

} // namespace awb
