#pragma once

#include "linesplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace awb {

/// One server-sent event. `data` holds the `data:` lines joined with '\n', as bytes (decode
/// UTF-8 or parse JSON from them directly).
struct SseEvent
{
    QByteArray event; ///< empty means "message"
    QByteArray data;
    QByteArray id;
    int retryMs = -1;

    friend bool operator==(const SseEvent &, const SseEvent &) = default;
};

/// Decodes a text/event-stream incrementally, as the HTML standard describes it: lines end with
/// CRLF, LF or CR (also when CR and LF arrive in different chunks), `:` starts a comment, a
/// blank line dispatches the event, a leading BOM is skipped, an event without data is dropped.
/// Only complete lines are interpreted, so multi-byte UTF-8 split across chunks is never cut.
/// Pure: no I/O, no Qt event loop, usable from fuzzers and benchmarks.
class SseDecoder
{
public:
    using Sink = std::function<void(const SseEvent &event)>;

    /// Decodes `bytes`, calling `sink` for each complete event. Returns false (and stops
    /// decoding for good) when a line exceeds maxLineBytes().
    bool feed(QByteArrayView bytes, const Sink &sink);
    /// Convenience for tests: the events completed by `bytes`.
    QList<SseEvent> feed(QByteArrayView bytes);

    /// At the end of the stream: true if nothing incomplete is left (a partial line or an event
    /// without its blank line is discarded, as the standard says, and reported by returning false).
    bool finish();

    void reset();
    bool hasError() const { return m_lines.hasError(); }
    qsizetype bufferedBytes() const { return m_lines.bufferedBytes(); }
    void setMaxLineBytes(qsizetype bytes) { m_lines.setMaxLineBytes(bytes); }
    qsizetype maxLineBytes() const { return m_lines.maxLineBytes(); }

private:
    void processLine(QByteArrayView line, const Sink &sink);

    LineSplitter m_lines { LineSplitter::LineEnds::CrLfOrCrOrLf };
    SseEvent m_pending;
    bool m_hasData = false;
    bool m_pendingFields = false;
    bool m_started = false;
};

} // namespace awb
