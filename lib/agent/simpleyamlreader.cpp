#include "simpleyamlreader.h"

#include <QVarLengthArray>

#include <cstring>

namespace awb {

namespace {

/// One line of the text, without its line break.
struct Line
{
    const char *begin = nullptr;
    const char *end = nullptr;
    bool hasBreak = false;
    bool ascii = true;
};

using Lines = QVarLengthArray<Line, 64>;

bool isAsciiAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool isKeyStart(char c)
{
    return isAsciiAlnum(c) || c == '_';
}

bool isKeyChar(char c)
{
    return isAsciiAlnum(c) || c == '_' || c == '-' || c == '.';
}

int indentOf(const Line &line)
{
    const char *p = line.begin;
    while (p < line.end && *p == ' ')
        ++p;
    return int(p - line.begin);
}

bool isBlank(const Line &line)
{
    return indentOf(line) == line.end - line.begin;
}

bool isComment(const Line &line)
{
    const char *p = line.begin + indentOf(line);
    return p < line.end && *p == '#';
}

const char *skipSpaces(const char *p, const char *end)
{
    while (p < end && *p == ' ')
        ++p;
    return p;
}

/// Whether what follows a scalar on its line is nothing or a comment.
bool restIsEmpty(const char *p, const char *end)
{
    const char *q = skipSpaces(p, end);
    return q == end || (*q == '#' && q > p);
}

/// Splits the text into lines and refuses what this reader does not handle anywhere: tabs,
/// carriage returns and other control characters, characters YAML treats specially (byte order
/// marks, Unicode line separators, C1 controls, non-characters), and invalid UTF-8.
bool splitLines(QByteArrayView text, Lines &lines)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *const end = p + text.size();
    Line line;
    line.begin = text.data();
    while (p < end) {
        // Eight bytes at a time while they are printable ASCII: no high bit, nothing below 0x20
        // (line breaks included), no DEL.
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            constexpr quint64 ones = 0x0101010101010101ULL;
            constexpr quint64 highs = 0x8080808080808080ULL;
            const quint64 below20 = (word - 0x20 * ones) & ~word & highs;
            const quint64 del = ((word ^ (0x7f * ones)) - ones) & ~(word ^ (0x7f * ones)) & highs;
            if (((word & highs) | below20 | del) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c == '\n') {
            line.end = reinterpret_cast<const char *>(p);
            line.hasBreak = true;
            lines.append(line);
            line = Line();
            line.begin = reinterpret_cast<const char *>(p + 1);
            ++p;
            continue;
        }
        if (c < 0x80) {
            if (c < 0x20 || c == 0x7f)
                return false;
            ++p;
            continue;
        }
        line.ascii = false;
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            cp = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
        if (overlong || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        if ((cp >= 0x80 && cp <= 0x9f) || cp == 0xfeff || cp == 0x2028 || cp == 0x2029 || cp == 0xfffe || cp == 0xffff)
            return false;
        p += length;
    }
    if (reinterpret_cast<const char *>(end) > line.begin) {
        line.end = reinterpret_cast<const char *>(end);
        lines.append(line);
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t cp)
{
    if (cp < 0x80) {
        out.append(char(cp));
    } else if (cp < 0x800) {
        out.append(char(0xc0 | (cp >> 6)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else if (cp < 0x10000) {
        out.append(char(0xe0 | (cp >> 12)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    } else {
        out.append(char(0xf0 | (cp >> 18)));
        out.append(char(0x80 | ((cp >> 12) & 0x3f)));
        out.append(char(0x80 | ((cp >> 6) & 0x3f)));
        out.append(char(0x80 | (cp & 0x3f)));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

/// The parse of one text; every method answers false for "not in the subset".
class SimpleYamlReader::Parser
{
public:
    explicit Parser(const Lines &lines)
        : m_lines(lines)
    { }

    bool run(YamlValue &root);

private:
    enum class Context { BlockValue, BlockItem, FlowItem };

    int count() const { return int(m_lines.size()); }
    /// Column of `p` on line `index`, counted in characters as libfyaml counts them.
    int columnOf(int index, const char *p) const;
    /// Index of the next line after `index` that is not blank, or count().
    int nextNonBlank(int index) const;

    bool readEntry(int &index, YamlValue &mapping, QVarLengthArray<QByteArrayView, 16> &keys);
    /// A scalar on one line: plain, single- or double-quoted; `after` is set past it.
    bool readScalar(int index, const char *p, Context context, YamlValue &out, const char *&after) const;
    bool readPlain(int index, const char *p, Context context, YamlValue &out, const char *&after) const;
    bool readDoubleQuoted(int index, const char *p, YamlValue &out, const char *&after) const;
    bool readSingleQuoted(int index, const char *p, YamlValue &out, const char *&after) const;
    YamlValue quoted(int index, const char *quote, const QByteArray &text, YamlValue::Style style) const;
    bool readFlowSequence(int index, const char *p, YamlValue &out) const;
    bool readBlockSequence(int &index, int indent, YamlValue &out) const;
    bool readBlockScalar(int &index, const char *p, YamlValue &out) const;

    const Lines &m_lines;
};

int SimpleYamlReader::Parser::columnOf(int index, const char *p) const
{
    const Line &line = m_lines.at(index);
    if (line.ascii)
        return int(p - line.begin);
    int column = 0;
    for (const char *q = line.begin; q < p; ++q) {
        if ((static_cast<unsigned char>(*q) & 0xc0) != 0x80)
            ++column;
    }
    return column;
}

int SimpleYamlReader::Parser::nextNonBlank(int index) const
{
    ++index;
    while (index < count() && isBlank(m_lines.at(index)))
        ++index;
    return index;
}

bool SimpleYamlReader::Parser::run(YamlValue &root)
{
    root.m_kind = YamlValue::Kind::Mapping;
    root.m_style = YamlValue::Style::Block;
    QVarLengthArray<QByteArrayView, 16> keys;
    int index = 0;
    while (index < count()) {
        const Line &line = m_lines.at(index);
        if (isBlank(line) || (line.begin < line.end && *line.begin == '#')) {
            ++index;
            continue;
        }
        if (!readEntry(index, root, keys))
            return false;
    }
    if (root.m_entries.isEmpty())
        root = YamlValue(); // only blank lines and comments: no document, an empty frontmatter
    return true;
}

bool SimpleYamlReader::Parser::readEntry(int &index, YamlValue &mapping, QVarLengthArray<QByteArrayView, 16> &keys)
{
    const Line &line = m_lines.at(index);
    const char *p = line.begin;
    if (p == line.end || !isKeyStart(*p))
        return false;
    while (p < line.end && isKeyChar(*p))
        ++p;
    if (p == line.end || *p != ':' || (p + 1 < line.end && p[1] != ' '))
        return false;
    const QByteArrayView key(line.begin, p);
    for (const QByteArrayView &seen : keys) {
        if (seen == key)
            return false; // libfyaml's path reports duplicate keys
    }
    keys.append(key);

    YamlValue::Entry entry;
    entry.key = QString::fromLatin1(key.data(), key.size());
    entry.keyLine = index;
    entry.keyColumn = 0;
    const char *v = skipSpaces(p + 1, line.end);
    if (v == line.end || *v == '#') {
        // Nothing on the line: a block list on the next lines, or null.
        int next = index + 1;
        while (next < count() && (isBlank(m_lines.at(next)) || isComment(m_lines.at(next))))
            ++next;
        if (next < count()) {
            const Line &first = m_lines.at(next);
            const int indent = indentOf(first);
            const char *dash = first.begin + indent;
            if (dash < first.end && *dash == '-' && (dash + 1 == first.end || dash[1] == ' ')) {
                index = next;
                if (!readBlockSequence(index, indent, entry.value))
                    return false;
            } else if (indent > 0) {
                return false; // a nested mapping or a plain scalar continued on the next line
            } else {
                ++index;
            }
        } else {
            ++index;
        }
        // A comment line indented under a null value is left to libfyaml.
        if (entry.value.isNull()) {
            const int after = nextNonBlank(entry.keyLine);
            if (after < count() && indentOf(m_lines.at(after)) > 0)
                return false;
        }
    } else if (*v == '|' || *v == '>') {
        if (!readBlockScalar(index, v, entry.value))
            return false;
    } else {
        if (*v == '[') {
            if (!readFlowSequence(index, v, entry.value))
                return false;
        } else {
            const char *after = nullptr;
            if (!readScalar(index, v, Context::BlockValue, entry.value, after) || !restIsEmpty(after, line.end))
                return false;
        }
        // A more indented line after a one-line value would continue it (or be an error).
        const int next = nextNonBlank(index);
        if (next < count() && indentOf(m_lines.at(next)) > 0)
            return false;
        ++index;
    }

    mapping.appendEntry(std::move(entry));
    return true;
}

bool SimpleYamlReader::Parser::readScalar(
    int index, const char *p, Context context, YamlValue &out, const char *&after) const
{
    if (*p == '"')
        return readDoubleQuoted(index, p, out, after);
    if (*p == '\'')
        return readSingleQuoted(index, p, out, after);
    return readPlain(index, p, context, out, after);
}

bool SimpleYamlReader::Parser::readPlain(
    int index, const char *p, Context context, YamlValue &out, const char *&after) const
{
    const Line &line = m_lines.at(index);
    switch (*p) {
    case ',':
    case '[':
    case ']':
    case '{':
    case '}':
    case '#':
    case '&':
    case '*':
    case '!':
    case '|':
    case '>':
    case '\'':
    case '"':
    case '%':
    case '@':
    case '`':
    case '?':
    case ':':
        return false;
    case '-':
        if (p + 1 == line.end || p[1] == ' ' || p[1] == ',' || p[1] == ']')
            return false;
        break;
    default:
        break;
    }
    const char *q = p;
    if (context == Context::FlowItem) {
        for (; q < line.end; ++q) {
            const char c = *q;
            if (c == ',' || c == ']')
                break;
            if (c == ' ' && q + 1 < line.end && q[1] == '#')
                break;
            // A colon in a list item is left to libfyaml.
            if (c == ':' || c == '[' || c == '{' || c == '}' || c == '"' || c == '\'')
                return false;
        }
    } else {
        // Only two things matter in a block scalar: a comment (" #") ends it, and ": " or a
        // colon at the end of the line makes it an error.
        const char *comment = line.end;
        for (const char *h = p; (h = static_cast<const char *>(std::memchr(h, '#', line.end - h))); ++h) {
            if (h[-1] == ' ') {
                comment = h - 1;
                break;
            }
        }
        for (const char *c = p; (c = static_cast<const char *>(std::memchr(c, ':', comment - c))); ++c) {
            if (c + 1 == comment || c[1] == ' ')
                return false;
        }
        q = comment;
    }
    after = q;
    while (q > p && q[-1] == ' ')
        --q;
    if (q == p)
        return false;
    out = YamlReader::resolvePlain(QString::fromUtf8(p, q - p));
    out.m_style = YamlValue::Style::Plain;
    out.m_line = out.m_endLine = index;
    out.m_column = columnOf(index, p);
    return true;
}

YamlValue SimpleYamlReader::Parser::quoted(
    int index, const char *quote, const QByteArray &text, YamlValue::Style style) const
{
    // libfyaml places a quoted scalar at its first character, after the quote.
    YamlValue value = YamlValue::makeString(QString::fromUtf8(text), style);
    value.m_line = value.m_endLine = index;
    value.m_column = columnOf(index, quote + 1);
    return value;
}

bool SimpleYamlReader::Parser::readDoubleQuoted(int index, const char *p, YamlValue &out, const char *&after) const
{
    const Line &line = m_lines.at(index);
    QByteArray text;
    const char *q = p + 1;
    const char *run = q; // start of the bytes not yet copied
    for (;;) {
        if (q == line.end)
            return false; // continues on the next line
        const char c = *q;
        if (c == '"')
            break;
        if (c != '\\') {
            ++q;
            continue;
        }
        text.append(run, q - run);
        if (q + 1 == line.end)
            return false;
        const char e = q[1];
        q += 2;
        int digits = 0;
        switch (e) {
        case '0':
            text.append('\0');
            break;
        case 'a':
            text.append('\a');
            break;
        case 'b':
            text.append('\b');
            break;
        case 't':
            text.append('\t');
            break;
        case 'n':
            text.append('\n');
            break;
        case 'v':
            text.append('\v');
            break;
        case 'f':
            text.append('\f');
            break;
        case 'r':
            text.append('\r');
            break;
        case 'e':
            text.append('\x1b');
            break;
        case ' ':
            text.append(' ');
            break;
        case '"':
            text.append('"');
            break;
        case '/':
            text.append('/');
            break;
        case '\\':
            text.append('\\');
            break;
        case 'x':
            digits = 2;
            break;
        case 'u':
            digits = 4;
            break;
        case 'U':
            digits = 8;
            break;
        default:
            return false;
        }
        if (digits > 0) {
            if (line.end - q < digits)
                return false;
            char32_t cp = 0;
            for (int i = 0; i < digits; ++i) {
                const int h = hexValue(q[i]);
                if (h < 0)
                    return false;
                cp = (cp << 4) | char32_t(h);
            }
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
                return false;
            appendUtf8(text, cp);
            q += digits;
        }
        run = q;
    }
    text.append(run, q - run);
    after = q + 1;
    out = quoted(index, p, text, YamlValue::Style::DoubleQuoted);
    return true;
}

bool SimpleYamlReader::Parser::readSingleQuoted(int index, const char *p, YamlValue &out, const char *&after) const
{
    const Line &line = m_lines.at(index);
    QByteArray text;
    const char *q = p + 1;
    const char *run = q;
    for (;;) {
        if (q == line.end)
            return false;
        if (*q == '\'') {
            if (q + 1 < line.end && q[1] == '\'') {
                text.append(run, q + 1 - run);
                q += 2;
                run = q;
                continue;
            }
            break;
        }
        ++q;
    }
    text.append(run, q - run);
    after = q + 1;
    out = quoted(index, p, text, YamlValue::Style::SingleQuoted);
    return true;
}

bool SimpleYamlReader::Parser::readFlowSequence(int index, const char *p, YamlValue &out) const
{
    const Line &line = m_lines.at(index);
    out.m_kind = YamlValue::Kind::Sequence;
    out.m_style = YamlValue::Style::Flow;
    const char *q = skipSpaces(p + 1, line.end);
    if (q < line.end && *q == ']')
        return restIsEmpty(q + 1, line.end);
    for (;;) {
        if (q == line.end)
            return false;
        YamlValue item;
        const char *after = nullptr;
        if (!readScalar(index, q, Context::FlowItem, item, after))
            return false;
        out.appendItem(std::move(item));
        q = skipSpaces(after, line.end);
        if (q == line.end)
            return false;
        if (*q == ']')
            return restIsEmpty(q + 1, line.end);
        if (*q != ',')
            return false;
        q = skipSpaces(q + 1, line.end);
        if (q < line.end && *q == ']')
            return false; // a trailing comma
    }
}

bool SimpleYamlReader::Parser::readBlockSequence(int &index, int indent, YamlValue &out) const
{
    out.m_kind = YamlValue::Kind::Sequence;
    out.m_style = YamlValue::Style::Block;
    while (index < count()) {
        const Line &line = m_lines.at(index);
        if (isBlank(line) || isComment(line)) {
            ++index;
            continue;
        }
        const int lineIndent = indentOf(line);
        if (lineIndent < indent)
            break;
        if (lineIndent > indent)
            return false;
        const char *dash = line.begin + indent;
        if (*dash != '-' || dash + 1 == line.end || dash[1] != ' ') {
            if (indent == 0)
                break; // the next key of the mapping
            return false;
        }
        const char *v = skipSpaces(dash + 1, line.end);
        if (v == line.end || *v == '#')
            return false; // an empty item, or one whose value is on the next lines
        YamlValue item;
        const char *after = nullptr;
        if (!readScalar(index, v, Context::BlockItem, item, after) || !restIsEmpty(after, line.end))
            return false;
        const int next = nextNonBlank(index);
        if (next < count() && indentOf(m_lines.at(next)) > indent)
            return false;
        out.appendItem(std::move(item));
        ++index;
    }
    return true;
}

bool SimpleYamlReader::Parser::readBlockScalar(int &index, const char *p, YamlValue &out) const
{
    const Line &header = m_lines.at(index);
    const bool literal = *p == '|';
    enum class Chomp { Clip, Strip, Keep } chomp = Chomp::Clip;
    const char *q = p + 1;
    if (q < header.end && (*q == '-' || *q == '+')) {
        chomp = *q == '-' ? Chomp::Strip : Chomp::Keep;
        ++q;
    }
    if (!restIsEmpty(q, header.end) || !header.hasBreak)
        return false;

    // The indentation is that of the first line with text; blank lines before it may not be longer.
    const int first = index + 1;
    int indent = -1;
    int longestLeadingBlank = 0;
    for (int i = first; i < count(); ++i) {
        const Line &line = m_lines.at(i);
        if (isBlank(line)) {
            longestLeadingBlank = std::max(longestLeadingBlank, int(line.end - line.begin));
            continue;
        }
        indent = indentOf(line);
        break;
    }
    if (indent <= 0 || longestLeadingBlank > indent)
        return false; // empty block scalars are left to libfyaml

    int end = first;
    int lastText = -1;
    for (; end < count(); ++end) {
        const Line &line = m_lines.at(end);
        if (isBlank(line)) {
            if (line.end - line.begin > indent)
                return false; // spaces beyond the indentation are text
            continue;
        }
        const int lineIndent = indentOf(line);
        if (lineIndent < indent)
            break;
        if (!literal && (lineIndent > indent || line.end[-1] == ' '))
            return false; // folding around more indented lines or trailing spaces is left to libfyaml
        lastText = end;
    }

    QByteArray text;
    int blanks = 0; // blank lines since the last line of text
    bool seenText = false;
    for (int i = first; i <= lastText; ++i) {
        const Line &line = m_lines.at(i);
        if (isBlank(line)) {
            ++blanks;
            continue;
        }
        if (literal || !seenText) {
            if (seenText)
                text.append('\n');
            text.append(blanks, '\n');
        } else {
            text.append(blanks == 0 ? QByteArray(1, ' ') : QByteArray(blanks, '\n'));
        }
        text.append(line.begin + indent, line.end - line.begin - indent);
        blanks = 0;
        seenText = true;
    }
    if (!m_lines.at(lastText).hasBreak)
        return false; // text that ends without a line break: libfyaml's chomping is its own there
    {
        if (chomp != Chomp::Strip)
            text.append('\n');
        if (chomp == Chomp::Keep) {
            for (int i = lastText + 1; i < end; ++i) {
                if (!m_lines.at(i).hasBreak)
                    return false;
                text.append('\n');
            }
        }
    }

    out = YamlValue::makeString(
        QString::fromUtf8(text), literal ? YamlValue::Style::Literal : YamlValue::Style::Folded);
    out.m_line = first;
    out.m_column = 0;
    // libfyaml's end mark: the start of the line after the block, or the end of the last line.
    out.m_endLine = end < count() ? end : (m_lines.at(count() - 1).hasBreak ? count() : count() - 1);
    if (end < count() && indentOf(m_lines.at(end)) > 0)
        return false;
    index = end;
    return true;
}

std::optional<YamlParseResult> SimpleYamlReader::parse(QByteArrayView utf8)
{
    Lines lines;
    if (!splitLines(utf8, lines))
        return std::nullopt;
    YamlParseResult result;
    Parser parser(lines);
    if (!parser.run(result.root))
        return std::nullopt;
    result.ok = true;
    return result;
}

} // namespace awb
