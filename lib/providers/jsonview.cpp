#include "jsonview.h"

#include <cstring>

namespace awb {

namespace {

constexpr int maxDepth = 256;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

struct Validator
{
    const char *p;
    const char *end;

    void skipSpace()
    {
        while (p < end && isSpace(*p))
            ++p;
    }

    bool literal(const char *word, size_t size)
    {
        if (size_t(end - p) < size || std::memcmp(p, word, size) != 0)
            return false;
        p += size;
        return true;
    }

    bool hex4()
    {
        if (end - p < 4)
            return false;
        for (int i = 0; i < 4; ++i) {
            const char c = p[i];
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                return false;
        }
        p += 4;
        return true;
    }

    // One UTF-8 sequence starting at a byte >= 0x80 (RFC 3629: no overlongs, no surrogates).
    bool utf8()
    {
        const auto b0 = static_cast<unsigned char>(*p);
        int length = 0;
        unsigned char low = 0x80, high = 0xBF;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            length = 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            length = 3;
            if (b0 == 0xE0)
                low = 0xA0;
            else if (b0 == 0xED)
                high = 0x9F;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            length = 4;
            if (b0 == 0xF0)
                low = 0x90;
            else if (b0 == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        const auto b1 = static_cast<unsigned char>(p[1]);
        if (b1 < low || b1 > high)
            return false;
        for (int i = 2; i < length; ++i) {
            const auto b = static_cast<unsigned char>(p[i]);
            if (b < 0x80 || b > 0xBF)
                return false;
        }
        p += length;
        return true;
    }

    bool string()
    {
        ++p; // opening quote
        while (p < end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                ++p;
                return true;
            }
            if (c == '\\') {
                ++p;
                if (p >= end)
                    return false;
                switch (*p) {
                case '"':
                case '\\':
                case '/':
                case 'b':
                case 'f':
                case 'n':
                case 'r':
                case 't':
                    ++p;
                    break;
                case 'u':
                    ++p;
                    if (!hex4())
                        return false;
                    break;
                default:
                    return false;
                }
            } else if (c < 0x20) {
                return false;
            } else if (c < 0x80) {
                ++p;
            } else if (!utf8()) {
                return false;
            }
        }
        return false;
    }

    bool digits()
    {
        const char *start = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > start;
    }

    bool number()
    {
        if (*p == '-')
            ++p;
        if (p >= end)
            return false;
        if (*p == '0')
            ++p;
        else if (!digits())
            return false;
        if (p < end && *p == '.') {
            ++p;
            if (!digits())
                return false;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits())
                return false;
        }
        return true;
    }

    bool value(int depth)
    {
        skipSpace();
        if (p >= end)
            return false;
        switch (*p) {
        case '{': {
            if (depth >= maxDepth)
                return false;
            ++p;
            skipSpace();
            if (p < end && *p == '}') {
                ++p;
                return true;
            }
            while (true) {
                skipSpace();
                if (p >= end || *p != '"' || !string())
                    return false;
                skipSpace();
                if (p >= end || *p != ':')
                    return false;
                ++p;
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (p >= end)
                    return false;
                if (*p == ',') {
                    ++p;
                    continue;
                }
                if (*p == '}') {
                    ++p;
                    return true;
                }
                return false;
            }
        }
        case '[': {
            if (depth >= maxDepth)
                return false;
            ++p;
            skipSpace();
            if (p < end && *p == ']') {
                ++p;
                return true;
            }
            while (true) {
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (p >= end)
                    return false;
                if (*p == ',') {
                    ++p;
                    continue;
                }
                if (*p == ']') {
                    ++p;
                    return true;
                }
                return false;
            }
        }
        case '"':
            return string();
        case 't':
            return literal("true", 4);
        case 'f':
            return literal("false", 5);
        case 'n':
            return literal("null", 4);
        default:
            return number();
        }
    }
};

// Walking text already validated: every string is closed and every container balanced before `end`.
const char *skipSpace(const char *p, const char *end)
{
    while (p < end && isSpace(*p))
        ++p;
    return p;
}

const char *skipString(const char *p, const char *end)
{
    ++p;
    while (true) {
        const char *quote = static_cast<const char *>(std::memchr(p, '"', end - p));
        if (!quote)
            return end;
        // An odd number of backslashes before the quote escapes it.
        const char *back = quote;
        while (back > p && back[-1] == '\\')
            --back;
        if ((quote - back) % 2 == 0)
            return quote + 1;
        p = quote + 1;
    }
}

const char *skipValue(const char *p, const char *end)
{
    if (p >= end)
        return end;
    if (*p == '"')
        return skipString(p, end);
    if (*p == '{' || *p == '[') {
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '"') {
                p = skipString(p, end);
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (--depth == 0)
                    return p + 1;
            }
            ++p;
        }
        return end;
    }
    while (p < end && *p != ',' && *p != '}' && *p != ']' && !isSpace(*p))
        ++p;
    return p;
}

bool keyEquals(QByteArrayView quoted, QLatin1StringView key)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!inner.contains('\\'))
        return inner == QByteArrayView(key.data(), key.size());
    return JsonView::unescape(quoted) == key;
}

} // namespace

bool JsonView::parse(QByteArrayView text)
{
    m_text = text;
    Validator v { text.data(), text.data() + text.size() };
    m_valid = !text.isEmpty() && v.value(0);
    if (m_valid) {
        v.skipSpace();
        m_valid = v.p == v.end;
    }
    return m_valid;
}

QByteArrayView JsonView::raw(Path path) const
{
    if (!m_valid)
        return {};
    const char *const end = m_text.data() + m_text.size();
    const char *p = skipSpace(m_text.data(), end);
    for (QLatin1StringView key : path) {
        if (p >= end || *p != '{')
            return {};
        p = skipSpace(p + 1, end);
        while (true) {
            if (p >= end || *p != '"')
                return {}; // '}': not found
            const char *keyEnd = skipString(p, end);
            const bool match = keyEquals(QByteArrayView(p, keyEnd - p), key);
            p = skipSpace(skipSpace(keyEnd, end) + 1, end); // past ':'
            if (match)
                break;
            p = skipSpace(skipValue(p, end), end);
            if (p >= end || *p != ',')
                return {};
            p = skipSpace(p + 1, end);
        }
    }
    const char *valueEnd = skipValue(p, end);
    return QByteArrayView(p, valueEnd - p);
}

std::optional<QString> JsonView::string(Path path) const
{
    const QByteArrayView value = raw(path);
    if (value.isEmpty() || value.front() != '"')
        return std::nullopt;
    return unescape(value);
}

std::optional<qint64> JsonView::integer(Path path) const
{
    const QByteArrayView value = raw(path);
    if (value.isEmpty() || value.contains('.') || value.contains('e') || value.contains('E'))
        return std::nullopt;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(number) : std::nullopt;
}

QString JsonView::unescape(QByteArrayView quoted)
{
    const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
    if (!inner.contains('\\'))
        return QString::fromUtf8(inner);
    QString out;
    out.reserve(inner.size());
    qsizetype from = 0;
    qsizetype i = 0;
    auto hex = [&inner](qsizetype at) { return inner.sliced(at, 4).toUInt(nullptr, 16); };
    while (i < inner.size()) {
        if (inner.at(i) != '\\') {
            ++i;
            continue;
        }
        out += QString::fromUtf8(inner.sliced(from, i - from));
        const char c = inner.at(i + 1);
        i += 2;
        switch (c) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u': {
            char16_t unit = char16_t(hex(i));
            i += 4;
            out += QChar(unit);
            break;
        }
        default:
            out += QLatin1Char(c);
            break;
        }
        from = i;
    }
    out += QString::fromUtf8(inner.sliced(from));
    return out;
}

} // namespace awb
