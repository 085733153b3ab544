#pragma once

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

    void reset();
    bool hasError() const { return m_error; }
    qsizetype bufferedBytes() const { return m_line.size(); }
    void setMaxLineBytes(qsizetype bytes) { m_maxLine = bytes; }

private:
    QByteArray m_line;
    bool m_error = false;
    qsizetype m_maxLine = 64 * 1024 * 1024;
};

} // namespace awb
