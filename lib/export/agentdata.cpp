#include "agentdata.h"

#include "agent/yamlwriter.h"

namespace awb {

AgentData AgentData::fromDocument(const AgentDocument &doc)
{
    AgentData a;
    a.name = doc.name();
    a.description = doc.description();
    a.body = doc.body();
    const ToolList tools = doc.tools();
    a.allTools = tools.all;
    if (!tools.all)
        a.tools = tools.entries;
    a.disallowedTools = doc.disallowedTools().entries;
    a.model = doc.model();
    a.color = doc.color();
    a.permissionMode = doc.scalarField(QStringLiteral("permissionMode"));
    a.effort = doc.scalarField(QStringLiteral("effort"));
    if (const YamlValue *v = doc.field(QStringLiteral("maxTurns")); v && v->kind() == YamlValue::Kind::Int)
        a.maxTurns = int(v->toInt());
    a.skills = ToolList::fromYaml(doc.field(QStringLiteral("skills"))).entries;
    if (const YamlValue *v = doc.field(QStringLiteral("mcpServers")))
        a.mcpServers = *v;
    if (const YamlValue *v = doc.field(QStringLiteral("hooks")))
        a.hooks = *v;
    a.memory = doc.scalarField(QStringLiteral("memory"));
    if (const YamlValue *v = doc.field(QStringLiteral("background")); v && v->kind() == YamlValue::Kind::Bool)
        a.background = v->toBool();
    a.isolation = doc.scalarField(QStringLiteral("isolation"));
    a.initialPrompt = doc.scalarField(QStringLiteral("initialPrompt"));
    static const QStringList known{
        QStringLiteral("name"),     QStringLiteral("description"), QStringLiteral("tools"),
        QStringLiteral("disallowedTools"), QStringLiteral("model"), QStringLiteral("color"),
        QStringLiteral("permissionMode"), QStringLiteral("effort"), QStringLiteral("maxTurns"),
        QStringLiteral("skills"),   QStringLiteral("mcpServers"), QStringLiteral("hooks"),
        QStringLiteral("memory"),   QStringLiteral("background"), QStringLiteral("isolation"),
        QStringLiteral("initialPrompt")};
    for (const auto &e : doc.frontmatter().entries()) {
        if (!known.contains(e.key))
            a.otherKeys.append({e.key, e.value});
    }
    return a;
}

QStringList AgentData::presentFields() const
{
    QStringList out{QStringLiteral("name"), QStringLiteral("description")};
    if (!allTools)
        out << QStringLiteral("tools");
    if (!disallowedTools.isEmpty())
        out << QStringLiteral("disallowedTools");
    if (!model.isEmpty())
        out << QStringLiteral("model");
    if (!color.isEmpty())
        out << QStringLiteral("color");
    if (!permissionMode.isEmpty())
        out << QStringLiteral("permissionMode");
    if (!effort.isEmpty())
        out << QStringLiteral("effort");
    if (maxTurns)
        out << QStringLiteral("maxTurns");
    if (!skills.isEmpty())
        out << QStringLiteral("skills");
    if (!mcpServers.isNull())
        out << QStringLiteral("mcpServers");
    if (!hooks.isNull())
        out << QStringLiteral("hooks");
    if (!memory.isEmpty())
        out << QStringLiteral("memory");
    if (background)
        out << QStringLiteral("background");
    if (!isolation.isEmpty())
        out << QStringLiteral("isolation");
    if (!initialPrompt.isEmpty())
        out << QStringLiteral("initialPrompt");
    for (const auto &k : otherKeys)
        out << k.first;
    if (!body.isEmpty())
        out << QStringLiteral("body");
    return out;
}

QString AgentData::toClaudeMarkdown() const
{
    QList<QPair<QString, YamlValue>> e;
    e.append({QStringLiteral("name"), YamlValue::makeString(name)});
    e.append({QStringLiteral("description"),
              YamlValue::makeString(description, description.contains(QLatin1Char('\n')) ? YamlValue::Style::Literal
                                                                                          : YamlValue::Style::Plain)});
    if (!allTools)
        e.append({QStringLiteral("tools"), YamlValue::makeString(tools.join(QStringLiteral(", ")))});
    if (!disallowedTools.isEmpty())
        e.append({QStringLiteral("disallowedTools"), YamlValue::makeString(disallowedTools.join(QStringLiteral(", ")))});
    if (!model.isEmpty())
        e.append({QStringLiteral("model"), YamlValue::makeString(model)});
    if (!color.isEmpty())
        e.append({QStringLiteral("color"), YamlValue::makeString(color)});
    if (!permissionMode.isEmpty())
        e.append({QStringLiteral("permissionMode"), YamlValue::makeString(permissionMode)});
    if (!effort.isEmpty()) {
        bool number = false;
        const qint64 n = effort.toLongLong(&number);
        e.append({QStringLiteral("effort"), number ? YamlValue::makeInt(n) : YamlValue::makeString(effort)});
    }
    if (maxTurns)
        e.append({QStringLiteral("maxTurns"), YamlValue::makeInt(*maxTurns)});
    if (!skills.isEmpty())
        e.append({QStringLiteral("skills"), YamlValue::makeSequence(skills)});
    if (!mcpServers.isNull())
        e.append({QStringLiteral("mcpServers"), mcpServers});
    if (!hooks.isNull())
        e.append({QStringLiteral("hooks"), hooks});
    if (!memory.isEmpty())
        e.append({QStringLiteral("memory"), YamlValue::makeString(memory)});
    if (background)
        e.append({QStringLiteral("background"), YamlValue::makeBool(*background)});
    if (!isolation.isEmpty())
        e.append({QStringLiteral("isolation"), YamlValue::makeString(isolation)});
    if (!initialPrompt.isEmpty())
        e.append({QStringLiteral("initialPrompt"), YamlValue::makeString(initialPrompt)});
    e.append(otherKeys);
    QStringList lines;
    for (const auto &entry : e)
        lines.append(YamlWriter::entry(entry.first, entry.second,
                                       entry.second.isString() ? entry.second.style() : YamlValue::Style::Block));
    QString out = QStringLiteral("---\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n---\n");
    if (!body.isEmpty())
        out += QLatin1Char('\n') + body + QLatin1Char('\n');
    return out;
}

} // namespace awb
