#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstring>
#include <utility>

namespace awb {

/// Cuts a byte stream that arrives in chunks of any size into complete lines, for the stream
/// decoders (server-sent events, newline-delimited JSON). A line is handed out only once its end
/// has arrived, so multi-byte UTF-8 split across chunks is never cut; a line that fits in one
/// chunk is handed out without a copy. The line handed out does not include its line end.
/// Pure: no I/O, no Qt event loop.
class LineSplitter
{
public:
    enum class LineEnds {
        Lf, ///< only LF ends a line; a CR before it stays in the line
        CrLfOrCrOrLf, ///< CRLF, LF or a lone CR (also when CR and LF arrive in different chunks)
    };

    explicit LineSplitter(LineEnds ends)
        : m_ends(ends)
    { }

    /// Calls `onLine(QByteArrayView)` for each line completed by `bytes`. Returns false (and stops
    /// for good, dropping what was buffered) when a line exceeds maxLineBytes().
    template <typename OnLine> bool feed(QByteArrayView bytes, OnLine &&onLine);

    /// The incomplete last line, taken out of the splitter.
    QByteArray takeRest() { return std::exchange(m_line, QByteArray()); }

    void reset()
    {
        m_line.clear();
        m_lastWasCR = false;
        m_error = false;
    }
    bool hasError() const { return m_error; }
    qsizetype bufferedBytes() const { return m_line.size(); }
    void setMaxLineBytes(qsizetype bytes) { m_maxLine = bytes; }
    qsizetype maxLineBytes() const { return m_maxLine; }

private:
    const char *findLineEnd(const char *begin, const char *end) const
    {
        const char *lf = static_cast<const char *>(std::memchr(begin, '\n', end - begin));
        if (m_ends == LineEnds::Lf)
            return lf;
        const char *limit = lf ? lf : end;
        const char *cr = static_cast<const char *>(std::memchr(begin, '\r', limit - begin));
        return cr ? cr : lf;
    }

    /// Where the next line starts after the line end at `eol`; remembers a CR at the chunk's end,
    /// whose LF may come with the next chunk.
    const char *afterLineEnd(const char *eol, const char *end)
    {
        if (*eol == '\r') {
            if (eol + 1 == end)
                m_lastWasCR = true;
            else if (eol[1] == '\n')
                ++eol;
        }
        return eol + 1;
    }

    bool exceedsLimit(qsizetype size)
    {
        if (size <= m_maxLine)
            return false;
        m_error = true;
        m_line.clear();
        return true;
    }

    QByteArray m_line; ///< an incomplete line from earlier chunks
    qsizetype m_maxLine = 64 * 1024 * 1024;
    LineEnds m_ends;
    bool m_lastWasCR = false;
    bool m_error = false;
};

template <typename OnLine> bool LineSplitter::feed(QByteArrayView bytes, OnLine &&onLine)
{
    if (m_error)
        return false;
    const char *pos = bytes.data();
    const char *const end = pos + bytes.size();
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
            return !exceedsLimit(m_line.size());
        }
        const QByteArrayView piece(pos, eol - pos);
        if (m_line.isEmpty()) {
            if (exceedsLimit(piece.size()))
                return false;
            onLine(piece);
        } else {
            m_line.append(piece);
            if (exceedsLimit(m_line.size()))
                return false;
            const QByteArray line = std::exchange(m_line, QByteArray());
            onLine(QByteArrayView(line));
        }
        pos = afterLineEnd(eol, end);
    }
    return true;
}

} // namespace awb
