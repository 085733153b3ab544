#include "lenientretry.h"

#include "frontmatter.h"
#include "yamlreader.h"

namespace awb {

namespace {

bool isKeyChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// JavaScript's `.` matches anything but these.
bool isJsLineTerminator(QChar c)
{
    return c == QLatin1Char('\n') || c == QLatin1Char('\r') || c.unicode() == 0x2028 || c.unicode() == 0x2029;
}

bool isValidFlowList(const QString &value)
{
    if (!value.startsWith(QLatin1Char('[')) || !value.trimmed().endsWith(QLatin1Char(']')))
        return false;
    const YamlParseResult parsed = YamlReader::parse(QByteArray("v: ") + value.toUtf8());
    const YamlValue *v = parsed.ok ? parsed.root.find(QStringLiteral("v")) : nullptr;
    return v && v->isSequence();
}

} // namespace

bool LenientRetry::needsQuoting(const QString &value)
{
    static const QString specials = QStringLiteral("{}[]*&#!|>%@`");
    for (const QChar c : value) {
        if (specials.contains(c))
            return true;
    }
    return value.contains(QLatin1String(": "));
}

QString LenientRetry::repair(const QString &frontmatter, QList<Change> *changes)
{
    QStringList lines = frontmatter.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        QString &line = lines[n];
        qsizetype tabs = 0;
        while (tabs < line.size() && line.at(tabs) == QLatin1Char('\t'))
            ++tabs;
        if (tabs > 0)
            line = QString(tabs * 2, QLatin1Char(' ')) + line.mid(tabs);

        // ^([a-zA-Z_-]+):\s+(.+)$
        qsizetype i = 0;
        while (i < line.size() && isKeyChar(line.at(i)))
            ++i;
        if (i == 0 || i >= line.size() || line.at(i) != QLatin1Char(':'))
            continue;
        const QString key = line.left(i);
        qsizetype v = i + 1;
        const qsizetype spaceStart = v;
        while (v < line.size() && FrontmatterSplit::isJsSpace(line.at(v)))
            ++v;
        // `\s+` gives characters back if `.+` needs them, but `.` never matches what `\s` ate
        // except spaces and tabs, so the value starts after the run unless the run reaches the end.
        if (v == spaceStart)
            continue;
        bool terminatorInRest = false;
        for (qsizetype k = v; k < line.size(); ++k) {
            if (isJsLineTerminator(line.at(k))) {
                terminatorInRest = true;
                break;
            }
        }
        if (terminatorInRest || v >= line.size())
            continue;
        bool ranOnlyBlanks = true;
        for (qsizetype k = spaceStart; k < v; ++k) {
            if (line.at(k) != QLatin1Char(' ') && line.at(k) != QLatin1Char('\t'))
                ranOnlyBlanks = false;
        }
        if (!ranOnlyBlanks) {
            // A terminator inside the whitespace run: `.+$` must start after it.
            bool hasTerminator = false;
            for (qsizetype k = spaceStart; k < v; ++k)
                hasTerminator = hasTerminator || isJsLineTerminator(line.at(k));
            if (hasTerminator)
                continue;
        }
        const QString value = line.mid(v);
        const bool quoted = (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')))
            || (value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')));
        if (quoted || isValidFlowList(value) || !needsQuoting(value))
            continue;
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('"'), QLatin1String("\\\""));
        const QString rewritten = key + QLatin1String(": \"") + escaped + QLatin1Char('"');
        if (changes)
            changes->append({int(n), key, line, rewritten});
        line = rewritten;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace awb
