#include "ndjsondecoder.h"

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
    return m_lines.feed(bytes, [&sink](QByteArrayView line) { deliver(line, sink); });
}

QList<QByteArray> NdjsonDecoder::feed(QByteArrayView bytes)
{
    QList<QByteArray> lines;
    feed(bytes, [&lines](QByteArrayView line) { lines.append(line.toByteArray()); });
    return lines;
}

bool NdjsonDecoder::finish(const Sink &sink)
{
    if (m_lines.hasError()) {
        reset();
        return false;
    }
    deliver(m_lines.takeRest(), sink);
    return true;
}

} // namespace awb
