#include "agentformatter.h"

#include "yamlwriter.h"

namespace awb {

AgentFormatter::Result AgentFormatter::format(const AgentDocument &doc)
{
    Result result;
    if (!doc.frontmatter().isMapping()) {
        result.errorString = doc.loads() ? QStringLiteral("the frontmatter is empty")
                                         : QStringLiteral("cannot format a file Claude Code skips: ") + doc.skipMessage();
        return result;
    }

    QStringList entries;
    for (const auto &entry : doc.frontmatter().entries()) {
        YamlValue value = entry.value;
        YamlValue::Style style = value.style();
        if (entry.key == QLatin1String("description") && value.isString()) {
            // Write what Claude Code sees, so every reader sees the same line breaks.
            const QString seen = doc.description();
            style = seen.contains(QLatin1Char('\n')) ? YamlValue::Style::Literal : YamlValue::Style::Plain;
            value = YamlValue::makeString(seen, style);
        } else if (value.isString() && style != YamlValue::Style::Literal && style != YamlValue::Style::Folded) {
            style = YamlValue::Style::Plain;
        } else if (value.isString()) {
            style = YamlValue::Style::Literal;
        }
        entries.append(YamlWriter::entry(entry.key, value, style));
    }

    QString body = doc.rawBody();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    if (!body.isEmpty() && !body.endsWith(QLatin1Char('\n')))
        body.append(QLatin1Char('\n'));
    QString text = QStringLiteral("---\n") + entries.join(QLatin1Char('\n')) + QStringLiteral("\n---\n");
    if (!body.isEmpty())
        text += QLatin1Char('\n') + body;

    // Never hand back a file that reads differently.
    const AgentDocument check = AgentDocument::fromText(text, doc.path());
    if (check.loads() != doc.loads() || check.name() != doc.name() || check.description() != doc.description()
        || check.toolsShown() != doc.toolsShown()
        || check.body() != QString(doc.body()).replace(QLatin1String("\r\n"), QLatin1String("\n"))
        || check.readMode() != AgentDocument::ReadMode::Strict) {
        result.errorString = QStringLiteral("formatting would change what Claude Code reads; file left as it is");
        return result;
    }
    result.ok = true;
    result.text = text;
    result.changed = text != doc.text();
    return result;
}

} // namespace awb
