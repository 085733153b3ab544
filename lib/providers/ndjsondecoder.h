#pragma once

#include "linesplitter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <functional>

namespace awb {

/// Splits newline-delimited JSON (Ollama's streams) into complete lines incrementally. Lines end
/// with LF (a CR before it is dropped); blank lines are skipped. Only complete lines are handed
/// out, so multi-byte UTF-8 split across chunks is never cut. Pure: no I/O.
class NdjsonDecoder
{
public:
    using Sink = std::function<void(QByteArrayView line)>;

    /// Returns false (and stops for good) when a line exceeds maxLineBytes().
    bool feed(QByteArrayView bytes, const Sink &sink);
    QList<QByteArray> feed(QByteArrayView bytes);
    /// At the end of the stream: hands out a last line that had no newline. Returns false if
    /// the decoder had failed.
    bool finish(const Sink &sink);

    void reset() { m_lines.reset(); }
    bool hasError() const { return m_lines.hasError(); }
    qsizetype bufferedBytes() const { return m_lines.bufferedBytes(); }
    void setMaxLineBytes(qsizetype bytes) { m_lines.setMaxLineBytes(bytes); }

private:
    LineSplitter m_lines { LineSplitter::LineEnds::Lf };
};

} // namespace awb
