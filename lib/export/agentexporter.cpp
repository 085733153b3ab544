#include "agentexporter.h"

#include "agentdata.h"
#include "targetmaps.h"
#include "tomlwriter.h"

#include "agent/agentformatter.h"
#include "agent/agentlinter.h"
#include "agent/modelaliases.h"
#include "agent/previewbuilder.h"
#include "agent/yamlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace awb {

namespace {

QString markdown(const QList<QPair<QString, YamlValue>> &entries, const QString &body)
{
    QStringList lines;
    for (const auto &e : entries)
        lines.append(YamlWriter::entry(e.first, e.second,
                                       e.second.isString() && e.second.text().contains(QLatin1Char('\n'))
                                           ? YamlValue::Style::Literal
                                           : YamlValue::Style::Plain));
    QString out = QStringLiteral("---\n") + lines.join(QLatin1Char('\n')) + QStringLiteral("\n---\n");
    if (!body.isEmpty())
        out += QLatin1Char('\n') + body + QLatin1Char('\n');
    return out;
}

YamlValue str(const QString &s)
{
    return YamlValue::makeString(s);
}

// Fields no target below knows; each exporter reports those it cannot carry.
void dropRest(ExportReport &report, const AgentData &a, const QStringList &handled, const QString &why)
{
    for (const QString &field : a.presentFields()) {
        if (!handled.contains(field))
            report.dropped(field, why);
    }
}

QJsonObject agentsJsonObject(const AgentData &a, ExportReport &report)
{
    QJsonObject o{{QStringLiteral("description"), a.description}, {QStringLiteral("prompt"), a.body}};
    report.mapped(QStringLiteral("name"), QStringLiteral("the key of the agent's entry"));
    report.carried(QStringLiteral("description"));
    if (!a.body.isEmpty())
        report.mapped(QStringLiteral("body"), QStringLiteral("prompt"));
    QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
    auto put = [&](const QString &key, const QJsonValue &value) {
        o.insert(key, value);
        report.carried(key);
        handled.append(key);
    };
    if (!a.allTools)
        put(QStringLiteral("tools"), QJsonArray::fromStringList(a.tools));
    if (!a.disallowedTools.isEmpty())
        put(QStringLiteral("disallowedTools"), QJsonArray::fromStringList(a.disallowedTools));
    if (!a.model.isEmpty())
        put(QStringLiteral("model"), a.model);
    if (!a.permissionMode.isEmpty())
        put(QStringLiteral("permissionMode"), a.permissionMode);
    if (!a.effort.isEmpty())
        put(QStringLiteral("effort"), a.effort.toInt() ? QJsonValue(a.effort.toInt()) : QJsonValue(a.effort));
    if (a.maxTurns)
        put(QStringLiteral("maxTurns"), *a.maxTurns);
    if (!a.skills.isEmpty())
        put(QStringLiteral("skills"), QJsonArray::fromStringList(a.skills));
    if (!a.mcpServers.isNull())
        put(QStringLiteral("mcpServers"), a.mcpServers.toJson());
    if (!a.hooks.isNull())
        put(QStringLiteral("hooks"), a.hooks.toJson());
    if (!a.memory.isEmpty())
        put(QStringLiteral("memory"), a.memory);
    if (a.background)
        put(QStringLiteral("background"), *a.background);
    if (!a.isolation.isEmpty())
        put(QStringLiteral("isolation"), a.isolation);
    if (!a.initialPrompt.isEmpty())
        put(QStringLiteral("initialPrompt"), a.initialPrompt);
    dropRest(report, a, handled, QStringLiteral("not accepted by --agents or the Agent SDK"));
    return o;
}

QString mapTools(const QStringList &tools, const TargetMaps::Pairs &pairs, ExportReport &report, const QString &label,
                 QStringList *mapped)
{
    QStringList lost;
    for (const QString &tool : tools) {
        const QString target = TargetMaps::forward(pairs, tool);
        if (target.isEmpty())
            lost.append(tool);
        else if (!mapped->contains(target))
            mapped->append(target);
    }
    QString note = QStringLiteral("as %1 names: %2").arg(label, mapped->join(QStringLiteral(", ")));
    if (!lost.isEmpty()) {
        note += QStringLiteral("; no counterpart for %1").arg(lost.join(QStringLiteral(", ")));
        report.warnings.append(QStringLiteral("tools without a %1 counterpart were left out: %2")
                                   .arg(label, lost.join(QStringLiteral(", "))));
    }
    return note;
}

} // namespace

bool AgentExporter::isPortableFileName(const QString &name, QString *why)
{
    auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (name.isEmpty())
        return fail(QStringLiteral("it is empty"));
    if (name.size() > 200)
        return fail(QStringLiteral("it is longer than 200 characters"));
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (const QChar c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20)
            return fail(QStringLiteral("it contains '%1'").arg(c.unicode() < 0x20 ? QStringLiteral("a control character") : QString(c)));
    }
    if (name.endsWith(QLatin1Char('.')) || name.endsWith(QLatin1Char(' ')) || name.startsWith(QLatin1Char('.')))
        return fail(QStringLiteral("it starts with a dot or ends with a dot or space"));
    static const QRegularExpression reserved(QStringLiteral("^(con|prn|aux|nul|com[1-9]|lpt[1-9])$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(name).hasMatch())
        return fail(QStringLiteral("it is a reserved device name on Windows"));
    return true;
}

QString AgentExporter::fileNameFor(const QString &agentName)
{
    if (isPortableFileName(agentName))
        return agentName;
    QString cleaned = AgentLinter::suggestedName(agentName);
    if (cleaned.isEmpty() || !isPortableFileName(cleaned))
        cleaned = QStringLiteral("agent-") + cleaned;
    return cleaned;
}

ExportedFile AgentExporter::exportAgent(const AgentDocument &doc, ExportFormat format)
{
    return exportData(doc, AgentData::fromDocument(doc), format);
}

ExportedFile AgentExporter::exportData(const AgentDocument &doc, const AgentData &a, ExportFormat format)
{
    ExportedFile out;
    ExportReport &report = out.report;
    report.agent = a.name.isEmpty() ? doc.path() : a.name;
    report.format = ExportFormats::info(format).id;
    const QString fileName = fileNameFor(a.name);
    QString why;
    if (!isPortableFileName(a.name, &why))
        report.warnings.append(QStringLiteral("the name '%1' cannot be a file name (%2); the file is %3")
                                   .arg(a.name, why, fileName));
    out.relativePath = ExportFormats::relativePath(format, fileName);
    if (!doc.loads())
        report.warnings.append(QStringLiteral("Claude Code skips this agent: ") + doc.skipMessage());

    switch (format) {
    case ExportFormat::ClaudeCode:
        out.content = doc.toBytes();
        for (const QString &f : a.presentFields())
            report.carried(f);
        break;
    case ExportFormat::ClaudeCodeStrict: {
        const AgentFormatter::Result strict = AgentFormatter::format(doc);
        out.content = (strict.ok ? strict.text : a.toClaudeMarkdown()).toUtf8();
        for (const QString &f : a.presentFields())
            report.carried(f);
        if (!strict.ok)
            report.warnings.append(QStringLiteral("written from the fields: ") + strict.errorString);
        break;
    }
    case ExportFormat::AgentsJson: {
        QJsonObject root{{a.name, agentsJsonObject(a, report)}};
        out.content = QJsonDocument(root).toJson(QJsonDocument::Indented);
        break;
    }
    case ExportFormat::SdkTypeScript:
    case ExportFormat::SdkPython: {
        // The SDKs' AgentDefinition takes description, prompt, tools and model.
        QJsonObject o{{QStringLiteral("description"), a.description}, {QStringLiteral("prompt"), a.body}};
        report.mapped(QStringLiteral("name"), QStringLiteral("the key of the agent's entry"));
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.body.isEmpty())
            report.mapped(QStringLiteral("body"), QStringLiteral("prompt"));
        if (!a.allTools) {
            o.insert(QStringLiteral("tools"), QJsonArray::fromStringList(a.tools));
            report.carried(QStringLiteral("tools"));
            handled << QStringLiteral("tools");
        }
        if (!a.model.isEmpty()) {
            o.insert(QStringLiteral("model"), a.model);
            report.carried(QStringLiteral("model"));
            handled << QStringLiteral("model");
        }
        dropRest(report, a, handled, QStringLiteral("AgentDefinition has no such field"));
        const QString json = QString::fromUtf8(QJsonDocument(QJsonObject{{a.name, o}}).toJson(QJsonDocument::Indented));
        if (format == ExportFormat::SdkTypeScript) {
            out.content = (QStringLiteral("import type { AgentDefinition } from \"@anthropic-ai/claude-agent-sdk\";\n\n"
                                          "export const agents: Record<string, AgentDefinition> = ")
                           + json.trimmed() + QStringLiteral(";\n"))
                              .toUtf8();
        } else {
            QStringList args{QStringLiteral("description=%1").arg(QString::fromUtf8(QJsonDocument(QJsonArray{a.description}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)),
                             QStringLiteral("prompt=%1").arg(QString::fromUtf8(QJsonDocument(QJsonArray{a.body}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))};
            if (!a.allTools)
                args.append(QStringLiteral("tools=%1").arg(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.tools)).toJson(QJsonDocument::Compact))));
            if (!a.model.isEmpty())
                args.append(QStringLiteral("model=\"%1\"").arg(a.model));
            out.content = (QStringLiteral("from claude_agent_sdk import AgentDefinition\n\nagents = {\n    \"%1\": AgentDefinition(\n        %2,\n    ),\n}\n")
                               .arg(a.name, args.join(QStringLiteral(",\n        "))))
                              .toUtf8();
        }
        break;
    }
    case ExportFormat::OpenCode: {
        QList<QPair<QString, YamlValue>> e{{QStringLiteral("description"), str(a.description)},
                                           {QStringLiteral("mode"), str(QStringLiteral("subagent"))}};
        report.mapped(QStringLiteral("name"), QStringLiteral("the file name"));
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.model.isEmpty() && a.model.toLower() != QLatin1String("inherit")) {
            const QString id = ModelAliases::defaults().resolve(a.model);
            e.append({QStringLiteral("model"), str(QStringLiteral("anthropic/") + id)});
            report.mapped(QStringLiteral("model"), QStringLiteral("anthropic/") + id);
            handled << QStringLiteral("model");
        }
        if (!a.allTools || !a.disallowedTools.isEmpty()) {
            QList<QPair<QString, YamlValue>> map;
            QStringList enabled;
            QString note;
            if (!a.allTools)
                note = mapTools(a.tools, TargetMaps::openCodeTools(), report, QStringLiteral("OpenCode"), &enabled);
            QStringList disabled;
            if (!a.disallowedTools.isEmpty())
                mapTools(a.disallowedTools, TargetMaps::openCodeTools(), report, QStringLiteral("OpenCode"), &disabled);
            QStringList all;
            for (const auto &p : TargetMaps::openCodeTools()) {
                if (!all.contains(p.second))
                    all.append(p.second);
            }
            for (const QString &tool : all) {
                const bool on = a.allTools ? !disabled.contains(tool) : enabled.contains(tool) && !disabled.contains(tool);
                map.append({tool, YamlValue::makeBool(on)});
            }
            e.append({QStringLiteral("tools"), YamlValue::makeMapping(map)});
            if (!a.allTools) {
                report.mapped(QStringLiteral("tools"), QStringLiteral("a map of tool: true/false; ") + note);
                handled << QStringLiteral("tools");
            }
            if (!a.disallowedTools.isEmpty()) {
                report.mapped(QStringLiteral("disallowedTools"), QStringLiteral("tools set to false"));
                handled << QStringLiteral("disallowedTools");
            }
        }
        if (!a.permissionMode.isEmpty()) {
            QList<QPair<QString, YamlValue>> perm;
            if (a.permissionMode == QLatin1String("plan"))
                perm = {{QStringLiteral("edit"), str(QStringLiteral("deny"))}, {QStringLiteral("bash"), str(QStringLiteral("deny"))}};
            else if (a.permissionMode == QLatin1String("acceptEdits"))
                perm = {{QStringLiteral("edit"), str(QStringLiteral("allow"))}};
            else if (a.permissionMode == QLatin1String("bypassPermissions") || a.permissionMode == QLatin1String("dontAsk"))
                perm = {{QStringLiteral("edit"), str(QStringLiteral("allow"))}, {QStringLiteral("bash"), str(QStringLiteral("allow"))},
                        {QStringLiteral("webfetch"), str(QStringLiteral("allow"))}};
            if (!perm.isEmpty()) {
                e.append({QStringLiteral("permission"), YamlValue::makeMapping(perm)});
                report.mapped(QStringLiteral("permissionMode"), QStringLiteral("permission: ") + a.permissionMode);
                handled << QStringLiteral("permissionMode");
            }
        }
        if (!a.color.isEmpty()) {
            e.append({QStringLiteral("color"), str(PreviewBuilder::colorHex(a.color))});
            report.mapped(QStringLiteral("color"), PreviewBuilder::colorHex(a.color));
            handled << QStringLiteral("color");
        }
        if (a.maxTurns) {
            e.append({QStringLiteral("steps"), YamlValue::makeInt(*a.maxTurns)});
            report.mapped(QStringLiteral("maxTurns"), QStringLiteral("steps"));
            handled << QStringLiteral("maxTurns");
        }
        if (!a.body.isEmpty())
            report.carried(QStringLiteral("body"));
        dropRest(report, a, handled, QStringLiteral("OpenCode agents have no such field"));
        out.content = markdown(e, a.body).toUtf8();
        break;
    }
    case ExportFormat::Copilot: {
        QList<QPair<QString, YamlValue>> e{{QStringLiteral("name"), str(a.name)},
                                           {QStringLiteral("description"), str(a.description)}};
        report.carried(QStringLiteral("name"));
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.allTools) {
            QStringList aliases;
            QString note = mapTools(a.tools, TargetMaps::copilotTools(), report, QStringLiteral("Copilot"), &aliases);
            for (const QString &tool : a.tools) {
                if (tool.startsWith(QLatin1String("mcp__"))) {
                    const QStringList parts = tool.mid(5).split(QStringLiteral("__"));
                    aliases.append(parts.value(0) + QLatin1Char('/') + parts.value(1, QStringLiteral("*")));
                }
            }
            e.append({QStringLiteral("tools"), YamlValue::makeSequence(aliases, YamlValue::Style::Flow)});
            report.mapped(QStringLiteral("tools"), note);
            handled << QStringLiteral("tools");
        }
        if (!a.model.isEmpty() && a.model.toLower() != QLatin1String("inherit")) {
            e.append({QStringLiteral("model"), str(ModelAliases::defaults().resolve(a.model))});
            report.mapped(QStringLiteral("model"), ModelAliases::defaults().resolve(a.model));
            handled << QStringLiteral("model");
        }
        if (!a.body.isEmpty())
            report.carried(QStringLiteral("body"));
        if (a.body.size() > 30000)
            report.warnings.append(QStringLiteral("the body is %1 characters; Copilot reads at most 30,000").arg(a.body.size()));
        dropRest(report, a, handled, QStringLiteral("Copilot agents have no such field"));
        out.content = markdown(e, a.body).toUtf8();
        break;
    }
    case ExportFormat::Gemini: {
        static const QRegularExpression geminiName(QStringLiteral("^[a-z0-9_-]+$"));
        QString name = a.name;
        if (!geminiName.match(name).hasMatch()) {
            name = AgentLinter::suggestedName(name);
            report.mapped(QStringLiteral("name"), QStringLiteral("'%1' (lowercase, digits, - and _ only)").arg(name));
        } else {
            report.carried(QStringLiteral("name"));
        }
        QList<QPair<QString, YamlValue>> e{{QStringLiteral("name"), str(name)},
                                           {QStringLiteral("description"), str(a.description)},
                                           {QStringLiteral("kind"), str(QStringLiteral("local"))}};
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.allTools) {
            QStringList tools;
            const QString note = mapTools(a.tools, TargetMaps::geminiTools(), report, QStringLiteral("Gemini CLI"), &tools);
            e.append({QStringLiteral("tools"), YamlValue::makeSequence(tools)});
            report.mapped(QStringLiteral("tools"), note);
            handled << QStringLiteral("tools");
        }
        if (a.maxTurns) {
            e.append({QStringLiteral("max_turns"), YamlValue::makeInt(*a.maxTurns)});
            report.mapped(QStringLiteral("maxTurns"), QStringLiteral("max_turns"));
            handled << QStringLiteral("maxTurns");
        }
        if (!a.body.isEmpty())
            report.carried(QStringLiteral("body"));
        if (!a.model.isEmpty()) {
            report.dropped(QStringLiteral("model"), QStringLiteral("a Claude model does not run in Gemini CLI"));
            handled << QStringLiteral("model");
        }
        dropRest(report, a, handled, QStringLiteral("Gemini CLI agents have no such field"));
        out.content = markdown(e, a.body).toUtf8();
        break;
    }
    case ExportFormat::Codex: {
        TomlWriter toml;
        toml.add(QStringLiteral("name"), a.name);
        toml.add(QStringLiteral("description"), a.description);
        report.carried(QStringLiteral("name"));
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.effort.isEmpty()) {
            const QString effort = a.effort == QLatin1String("xhigh") || a.effort == QLatin1String("max")
                ? QStringLiteral("high")
                : a.effort;
            if (QStringList{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high")}.contains(effort)) {
                toml.add(QStringLiteral("model_reasoning_effort"), effort);
                report.mapped(QStringLiteral("effort"), QStringLiteral("model_reasoning_effort = ") + effort);
                handled << QStringLiteral("effort");
            }
        }
        const QString sandbox = TargetMaps::forward(TargetMaps::codexSandbox(), a.permissionMode);
        if (!sandbox.isEmpty()) {
            toml.add(QStringLiteral("sandbox_mode"), sandbox);
            report.mapped(QStringLiteral("permissionMode"), QStringLiteral("sandbox_mode = ") + sandbox);
            handled << QStringLiteral("permissionMode");
        }
        toml.addMultiline(QStringLiteral("developer_instructions"), a.body);
        if (!a.body.isEmpty())
            report.mapped(QStringLiteral("body"), QStringLiteral("developer_instructions"));
        if (!a.model.isEmpty()) {
            report.dropped(QStringLiteral("model"), QStringLiteral("a Claude model does not run in Codex"));
            handled << QStringLiteral("model");
        }
        dropRest(report, a, handled, QStringLiteral("Codex agents have no such field"));
        out.content = toml.text().toUtf8();
        break;
    }
    case ExportFormat::Cursor: {
        QList<QPair<QString, YamlValue>> e{{QStringLiteral("name"), str(a.name)},
                                           {QStringLiteral("description"), str(a.description)}};
        report.carried(QStringLiteral("name"));
        report.carried(QStringLiteral("description"));
        QStringList handled{QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("body")};
        if (!a.model.isEmpty()) {
            const bool inherit = a.model.toLower() == QLatin1String("inherit");
            e.append({QStringLiteral("model"), str(inherit ? QStringLiteral("inherit") : ModelAliases::defaults().resolve(a.model))});
            if (inherit)
                report.carried(QStringLiteral("model"));
            else
                report.mapped(QStringLiteral("model"), ModelAliases::defaults().resolve(a.model));
            handled << QStringLiteral("model");
        }
        static const QStringList writers{QStringLiteral("Write"), QStringLiteral("Edit"), QStringLiteral("MultiEdit"),
                                         QStringLiteral("NotebookEdit"), QStringLiteral("Bash")};
        bool writes = a.allTools;
        for (const QString &t : a.tools)
            writes = writes || writers.contains(ToolList::baseName(t));
        const bool planMode = a.permissionMode == QLatin1String("plan");
        if ((!a.allTools && !writes) || planMode)
            e.append({QStringLiteral("readonly"), YamlValue::makeBool(true)});
        if (!a.allTools) {
            if (!writes)
                report.mapped(QStringLiteral("tools"), QStringLiteral("readonly: true (no tool writes)"));
            else
                report.dropped(QStringLiteral("tools"), QStringLiteral("Cursor has no per-agent tool list"));
            handled << QStringLiteral("tools");
        }
        if (planMode) {
            report.mapped(QStringLiteral("permissionMode"), QStringLiteral("readonly: true"));
            handled << QStringLiteral("permissionMode");
        }
        if (a.background) {
            e.append({QStringLiteral("is_background"), YamlValue::makeBool(*a.background)});
            report.mapped(QStringLiteral("background"), QStringLiteral("is_background"));
            handled << QStringLiteral("background");
        }
        if (!a.body.isEmpty())
            report.carried(QStringLiteral("body"));
        dropRest(report, a, handled, QStringLiteral("Cursor agents have no such field"));
        out.content = markdown(e, a.body).toUtf8();
        break;
    }
    }
    return out;
}

QList<ExportedFile> AgentExporter::exportLibrary(const QList<AgentDocument> &docs, ExportFormat format)
{
    QList<ExportedFile> out;
    if (format != ExportFormat::AgentsJson) {
        for (const AgentDocument &doc : docs)
            out.append(exportAgent(doc, format));
        return out;
    }
    ExportedFile merged;
    merged.relativePath = QStringLiteral("agents/library.agents.json");
    merged.report.agent = QStringLiteral("library");
    merged.report.format = ExportFormats::info(format).id;
    QJsonObject root;
    for (const AgentDocument &doc : docs) {
        const AgentData a = AgentData::fromDocument(doc);
        ExportReport report;
        root.insert(a.name, agentsJsonObject(a, report));
        for (ExportReport::Item item : report.items) {
            item.field = a.name + QLatin1Char('.') + item.field;
            merged.report.items.append(item);
        }
    }
    merged.content = QJsonDocument(root).toJson(QJsonDocument::Indented);
    out.append(merged);
    return out;
}

} // namespace awb
