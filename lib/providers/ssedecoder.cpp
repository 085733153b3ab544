#include "ssedecoder.h"

namespace awb {

bool SseDecoder::feed(QByteArrayView bytes, const Sink &sink)
{
    return m_lines.feed(bytes, [this, &sink](QByteArrayView line) { processLine(line, sink); });
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
    const bool clean = !m_lines.hasError() && m_lines.bufferedBytes() == 0 && !m_pendingFields;
    reset();
    return clean;
}

void SseDecoder::reset()
{
    m_lines.reset();
    m_pending = SseEvent();
    m_hasData = false;
    m_pendingFields = false;
    m_started = false;
}

} // namespace awb
