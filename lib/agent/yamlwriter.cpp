#include "yamlwriter.h"

#include "yamlreader.h"

#include <QStringList>

namespace awb {

namespace {

bool isYaml11Special(const QString &text)
{
    static const QStringList words { QStringLiteral("y"), QStringLiteral("n"), QStringLiteral("yes"),
        QStringLiteral("no"), QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("true"),
        QStringLiteral("false"), QStringLiteral("null"), QStringLiteral("~") };
    return words.contains(text.toLower());
}

bool hasControl(const QString &text, bool allowNewlineAndTab)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (allowNewlineAndTab && (u == '\n' || u == '\t'))
            continue;
        if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0xfeff || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace

bool YamlWriter::isPlainSafe(const QString &text)
{
    if (text.isEmpty() || text != text.trimmed() || hasControl(text, false))
        return false;
    if (text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\t')))
        return false;
    if (YamlReader::resolvePlain(text).kind() != YamlValue::Kind::String || isYaml11Special(text))
        return false;
    static const QString indicators = QStringLiteral("-?:,[]{}#&*!|>'\"%@`");
    if (indicators.contains(text.front()))
        return false;
    if (text.contains(QLatin1String(": ")) || text.contains(QLatin1String(" #")) || text.endsWith(QLatin1Char(':')))
        return false;
    if (text.contains(QLatin1String("---")))
        return false;
    // Values the lenient retry would touch are quoted so every reader agrees without it.
    static const QString retrySpecials = QStringLiteral("{}[]*&#!|>%@`");
    for (const QChar c : text) {
        if (retrySpecials.contains(c))
            return false;
    }
    // YAML 1.1 readers take 1_000 or 0b1 as numbers, and 12:30 as sexagesimal.
    bool digitsOnly = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    for (const QChar c : text) {
        if (!(c.isDigit() || c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('.')
                || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('b') || c == QLatin1Char('x')
                || c == QLatin1Char('o') || c == QLatin1Char('e') || c == QLatin1Char('E'))) {
            digitsOnly = false;
            break;
        }
    }
    return !digitsOnly;
}

QString YamlWriter::doubleQuoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out.append(QLatin1Char('"'));
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case '\\':
            out.append(QLatin1String("\\\\"));
            break;
        case '"':
            out.append(QLatin1String("\\\""));
            break;
        case '\n':
            out.append(QLatin1String("\\n"));
            break;
        case '\t':
            out.append(QLatin1String("\\t"));
            break;
        case '\r':
            out.append(QLatin1String("\\r"));
            break;
        case '-':
            // A third dash in a row would end the frontmatter for Claude Code.
            if (i >= 2 && text.at(i - 1) == QLatin1Char('-') && text.at(i - 2) == QLatin1Char('-')
                && !(out.endsWith(QLatin1String("\\x2D")) || out.endsWith(QLatin1String("\\x2D-"))))
                out.append(QLatin1String("\\x2D"));
            else
                out.append(c);
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.unicode() == 0xfeff || c.unicode() == 0x2028
                || c.unicode() == 0x2029 || (c.unicode() >= 0x80 && c.unicode() < 0xa0))
                out.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')));
            else
                out.append(c);
        }
    }
    out.append(QLatin1Char('"'));
    return out;
}

bool YamlWriter::literalSafe(const QString &text)
{
    if (text.isEmpty() || hasControl(text, true) || text.contains(QLatin1String("---")))
        return false;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        // Whitespace-only lines change meaning with indentation; tabs cannot start a block line.
        if (!line.isEmpty() && line.trimmed().isEmpty())
            return false;
        if (line.startsWith(QLatin1Char('\t')))
            return false;
    }
    // Leading blank lines would need an indentation indicator too; keep it simple.
    if (text.startsWith(QLatin1Char('\n')))
        return false;
    return true;
}

QString YamlWriter::literalHeader(const QString &text)
{
    QString header = QStringLiteral("|");
    if (text.startsWith(QLatin1Char(' ')))
        header += QLatin1Char('2');
    if (!text.endsWith(QLatin1Char('\n')))
        header += QLatin1Char('-');
    else if (text.endsWith(QLatin1String("\n\n")))
        header += QLatin1Char('+');
    return header;
}

QString YamlWriter::scalar(const YamlValue &value, YamlValue::Style preferred)
{
    switch (value.kind()) {
    case YamlValue::Kind::Null:
        return QString();
    case YamlValue::Kind::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case YamlValue::Kind::Int:
        return QString::number(value.toInt());
    case YamlValue::Kind::Float:
        return value.text().isEmpty() ? QString::number(value.toDouble()) : value.text();
    case YamlValue::Kind::String:
        break;
    default:
        return QString();
    }
    const QString &text = value.text();
    // Single quotes hold any printable text on one line ('' is a quote); '---' would still end
    // the frontmatter for Claude Code, so such values go double-quoted with the dash escaped.
    if (preferred == YamlValue::Style::SingleQuoted && !text.isEmpty() && !hasControl(text, false)
        && !text.contains(QLatin1String("---")))
        return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
    if (preferred != YamlValue::Style::DoubleQuoted && isPlainSafe(text))
        return text;
    return doubleQuoted(text);
}

void YamlWriter::appendValue(
    QStringList &lines, const QString &prefix, const YamlValue &value, YamlValue::Style preferred, int indent)
{
    const QString pad(indent, QLatin1Char(' '));
    switch (value.kind()) {
    case YamlValue::Kind::Sequence: {
        if (value.items().isEmpty()) {
            lines.append(prefix + QStringLiteral(" []"));
            return;
        }
        bool flowable = preferred == YamlValue::Style::Flow;
        for (const YamlValue &item : value.items())
            flowable = flowable && item.isScalar() && !item.text().contains(QLatin1Char(','));
        if (flowable) {
            QStringList parts;
            for (const YamlValue &item : value.items()) {
                const QString s = scalar(item);
                parts.append(
                    s.contains(QLatin1Char('[')) || s.contains(QLatin1Char(']')) ? doubleQuoted(item.text()) : s);
            }
            lines.append(prefix + QStringLiteral(" [") + parts.join(QStringLiteral(", ")) + QLatin1Char(']'));
            return;
        }
        lines.append(prefix);
        for (const YamlValue &item : value.items())
            appendValue(lines, pad + QStringLiteral("  -"), item, YamlValue::Style::Plain, indent + 4);
        return;
    }
    case YamlValue::Kind::Mapping: {
        if (value.entries().isEmpty()) {
            lines.append(prefix + QStringLiteral(" {}"));
            return;
        }
        // Under a sequence dash the first key shares the dash's line.
        const bool underDash = prefix.endsWith(QLatin1Char('-'));
        bool first = true;
        for (const auto &entry : value.entries()) {
            const QString key = isPlainSafe(entry.key) ? entry.key : doubleQuoted(entry.key);
            if (underDash && first) {
                QStringList sub;
                appendValue(sub, key + QLatin1Char(':'), entry.value, entry.value.style(), indent);
                sub[0] = prefix + QLatin1Char(' ') + sub[0];
                lines.append(sub);
            } else {
                if (first && !underDash)
                    lines.append(prefix);
                appendValue(lines, (underDash ? pad : pad + QStringLiteral("  ")) + key + QLatin1Char(':'), entry.value,
                    entry.value.style(), underDash ? indent : indent + 2);
            }
            first = false;
        }
        return;
    }
    default:
        break;
    }
    if (value.isString() && value.text().contains(QLatin1Char('\n')) && preferred != YamlValue::Style::DoubleQuoted
        && preferred != YamlValue::Style::SingleQuoted && preferred != YamlValue::Style::Plain
        && literalSafe(value.text())) {
        lines.append(prefix + QLatin1Char(' ') + literalHeader(value.text()));
        QString text = value.text();
        if (text.endsWith(QLatin1Char('\n')))
            text.chop(1);
        for (const QString &line : text.split(QLatin1Char('\n')))
            lines.append(line.isEmpty() ? QString() : pad + QStringLiteral("  ") + line);
        return;
    }
    const QString s = scalar(value, preferred);
    lines.append(s.isEmpty() ? prefix : prefix + QLatin1Char(' ') + s);
}

QString YamlWriter::entry(const QString &key, const YamlValue &value, YamlValue::Style preferred, const QString &eol)
{
    QStringList lines;
    const QString k = isPlainSafe(key) ? key : doubleQuoted(key);
    appendValue(lines, k + QLatin1Char(':'), value, preferred, 0);
    return lines.join(eol);
}

QString YamlWriter::mapping(const YamlValue &map, const QString &eol)
{
    QStringList out;
    for (const auto &e : map.entries())
        out.append(entry(e.key, e.value, e.value.style(), eol));
    return out.join(eol);
}

} // namespace awb
