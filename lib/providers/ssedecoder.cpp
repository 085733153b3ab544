#include "ssedecoder.h"

#include <cstring>

namespace awb {

namespace {

const char *findLineEnd(const char *begin, const char *end)
{
    const char *lf = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
    const char *limit = lf ? lf : end;
    const char *cr = static_cast<const char *>(std::memchr(begin, '\r', limit - begin));
    return cr ? cr : lf;
}

} // namespace

bool SseDecoder::feed(QByteArrayView bytes, const Sink &sink)
{
    if (m_error)
        return false;
    const char *const begin = bytes.data();
    const char *const end = begin + bytes.size();
    const char *pos = begin;
    while (pos < end) {
        if (m_lastWasCR) {
            m_lastWasCR = false;
            if (*pos == '\n') {
                ++pos;
                continue;
            }
        }
        const char *eol = findLineEnd(pos, end);
        if (!eol) {
            m_line.append(pos, end - pos);
            if (m_line.size() > m_maxLine) {
                m_error = true;
                m_line.clear();
                return false;
            }
            break;
        }
        const QByteArrayView piece(pos, eol - pos);
        if (m_line.isEmpty()) {
            if (piece.size() > m_maxLine) {
                m_error = true;
                return false;
            }
            processLine(piece, sink);
        } else {
            m_line.append(piece);
            if (m_line.size() > m_maxLine) {
                m_error = true;
                m_line.clear();
                return false;
            }
            const QByteArray line = std::exchange(m_line, QByteArray());
            processLine(line, sink);
        }
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_lastWasCR = true;
            else if (eol[1] == '\n')
                ++eol;
        }
        pos = eol + 1;
    }
    return true;
}

QList<SseEvent> SseDecoder::feed(QByteArrayView bytes)
{
    QList<SseEvent> events;
    feed(bytes, [&events](const SseEvent &event) { events.append(event); });
    return events;
}

void SseDecoder::processLine(QByteArrayView line, const Sink &sink)
{
    if (!m_started) {
        m_started = true;
        if (line.startsWith("\xEF\xBB\xBF"))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        if (m_hasData)
            sink(m_pending);
        m_pending.event.truncate(0);
        m_pending.data.truncate(0);
        m_pending.retryMs = -1;
        m_hasData = false;
        m_pendingFields = false;
        return;
    }
    if (line.front() == ':')
        return;
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = line;
    QByteArrayView value;
    if (colon >= 0) {
        field = line.first(colon);
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
    }
    m_pendingFields = true;
    if (field == "data") {
        if (m_hasData)
            m_pending.data.append('\n');
        m_pending.data.append(value);
        m_hasData = true;
    } else if (field == "event") {
        m_pending.event = value.toByteArray();
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_pending.id = value.toByteArray();
    } else if (field == "retry") {
        bool ok = false;
        const int ms = value.toInt(&ok);
        if (ok && ms >= 0 && !value.contains('+') && !value.contains('-'))
            m_pending.retryMs = ms;
    }
}

bool SseDecoder::finish()
{
    const bool clean = !m_error && m_line.isEmpty() && !m_pendingFields;
    const bool failed = m_error;
    reset();
    return clean && !failed;
}

void SseDecoder::reset()
{
    m_line.clear();
    m_pending = SseEvent();
    m_hasData = false;
    m_pendingFields = false;
    m_lastWasCR = false;
    m_started = false;
    m_error = false;
}

} // namespace awb
