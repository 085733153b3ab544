#include "agentimporter.h"

#include "targetmaps.h"
#include "agentexporter.h"
#include "tomlwriter.h"

#include "agent/modelaliases.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace awb {

namespace {

QString scalar(const YamlValue &root, const QString &key)
{
    const YamlValue *v = root.find(key);
    return v && v->isScalar() && !v->isNull() ? v->text() : QString();
}

QStringList listOf(const YamlValue *v)
{
    return ToolList::fromYaml(v).entries;
}

QString baseName(const QString &fileName)
{
    QString name = QFileInfo(fileName).fileName();
    for (const QString &suffix : {QStringLiteral(".agent.md"), QStringLiteral(".md"), QStringLiteral(".toml")}) {
        if (name.endsWith(suffix))
            return name.chopped(suffix.size());
    }
    return name;
}

void fromBack(const QStringList &targetTools, const TargetMaps::Pairs &pairs, AgentData &a, ExportReport &report,
              const QString &label)
{
    QStringList unknown;
    for (const QString &t : targetTools) {
        const QStringList back = TargetMaps::backward(pairs, t);
        if (back.isEmpty()) {
            unknown.append(t);
            continue;
        }
        // A shared alias stands for all its tools; the first covers most uses.
        for (const QString &b : back) {
            if (!a.tools.contains(b))
                a.tools.append(b);
        }
    }
    a.allTools = false;
    report.mapped(QStringLiteral("tools"), QStringLiteral("from %1 names").arg(label));
    if (!unknown.isEmpty())
        report.warnings.append(QStringLiteral("%1 tools with no Claude Code counterpart: %2")
                                   .arg(label, unknown.join(QStringLiteral(", "))));
}

YamlValue jsonToYaml(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return YamlValue::makeBool(v.toBool());
    case QJsonValue::Double: {
        // Whole numbers become integers only where a double holds them exactly; converting a
        // larger one (1e300) to an integer is undefined behaviour.
        const double d = v.toDouble();
        constexpr double exact = 9007199254740992.0; // 2^53
        return std::abs(d) <= exact && d == std::trunc(d) ? YamlValue::makeInt(qint64(d))
                                                          : YamlValue::makeString(QString::number(d));
    }
    case QJsonValue::String:
        return YamlValue::makeString(v.toString());
    case QJsonValue::Array: {
        QList<YamlValue> items;
        for (const QJsonValue &x : v.toArray())
            items.append(jsonToYaml(x));
        return YamlValue::makeList(items);
    }
    case QJsonValue::Object: {
        QList<QPair<QString, YamlValue>> entries;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            entries.append({it.key(), jsonToYaml(it.value())});
        return YamlValue::makeMapping(entries);
    }
    default:
        return {};
    }
}

ImportedAgent fromJsonEntry(const QString &name, const QJsonObject &o, const QString &format)
{
    ImportedAgent out;
    AgentData &a = out.agent;
    out.report.agent = name;
    out.report.format = format;
    a.name = name;
    a.description = o.value(QLatin1String("description")).toString();
    a.body = o.value(QLatin1String("prompt")).toString();
    auto strings = [](const QJsonValue &v) {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out.append(x.toString());
        return out;
    };
    if (o.contains(QLatin1String("tools"))) {
        a.allTools = false;
        a.tools = strings(o.value(QLatin1String("tools")));
    }
    a.disallowedTools = strings(o.value(QLatin1String("disallowedTools")));
    a.model = o.value(QLatin1String("model")).toString();
    a.permissionMode = o.value(QLatin1String("permissionMode")).toString();
    const QJsonValue effort = o.value(QLatin1String("effort"));
    a.effort = effort.isDouble() ? QString::number(effort.toInt()) : effort.toString();
    if (o.value(QLatin1String("maxTurns")).isDouble())
        a.maxTurns = o.value(QLatin1String("maxTurns")).toInt();
    a.skills = strings(o.value(QLatin1String("skills")));
    a.memory = o.value(QLatin1String("memory")).toString();
    if (o.value(QLatin1String("background")).isBool())
        a.background = o.value(QLatin1String("background")).toBool();
    a.isolation = o.value(QLatin1String("isolation")).toString();
    a.initialPrompt = o.value(QLatin1String("initialPrompt")).toString();
    if (o.contains(QLatin1String("mcpServers")))
        a.mcpServers = jsonToYaml(o.value(QLatin1String("mcpServers")));
    if (o.contains(QLatin1String("hooks")))
        a.hooks = jsonToYaml(o.value(QLatin1String("hooks")));
    for (const QString &f : a.presentFields())
        out.report.carried(f);
    out.fileName = AgentExporter::fileNameFor(name) + QStringLiteral(".md");
    return out;
}

} // namespace

ExportFormat AgentImporter::guessFormat(const QString &path)
{
    if (path.endsWith(QLatin1String(".toml")))
        return ExportFormat::Codex;
    if (path.endsWith(QLatin1String(".json")))
        return ExportFormat::AgentsJson;
    if (path.endsWith(QLatin1String(".agent.md")) || path.contains(QLatin1String(".github/agents/")))
        return ExportFormat::Copilot;
    if (path.contains(QLatin1String(".opencode/agent")))
        return ExportFormat::OpenCode;
    if (path.contains(QLatin1String(".gemini/agents/")))
        return ExportFormat::Gemini;
    if (path.contains(QLatin1String(".cursor/agents/")))
        return ExportFormat::Cursor;
    return ExportFormat::ClaudeCode;
}

AgentImporter::Result AgentImporter::import(const QByteArray &bytes, ExportFormat format, const QString &fileName)
{
    Result result;
    const QString formatId = ExportFormats::info(format).id;
    if (bytes.contains('\0')) {
        result.errorString = QStringLiteral("%1 looks like a binary file").arg(fileName);
        return result;
    }
    if (format == ExportFormat::AgentsJson) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        if (!doc.isObject()) {
            result.errorString = QStringLiteral("%1 is not a JSON object of agents: %2").arg(fileName, error.errorString());
            return result;
        }
        const QJsonObject root = doc.object();
        for (auto it = root.begin(); it != root.end(); ++it) {
            if (it.value().isObject())
                result.agents.append(fromJsonEntry(it.key(), it.value().toObject(), formatId));
        }
        result.ok = true;
        return result;
    }
    if (format == ExportFormat::SdkTypeScript || format == ExportFormat::SdkPython) {
        result.errorString = QStringLiteral("SDK snippets are code; import the agents JSON instead");
        return result;
    }

    ImportedAgent out;
    AgentData &a = out.agent;
    ExportReport &report = out.report;
    report.format = formatId;

    if (format == ExportFormat::Codex) {
        const TomlReader::Result toml = TomlReader::read(QString::fromUtf8(bytes));
        if (!toml.ok) {
            result.errorString = QStringLiteral("%1: line %2: %3").arg(fileName).arg(toml.errorLine).arg(toml.errorString);
            return result;
        }
        for (const auto &kv : toml.values) {
            const QString value = kv.second.toString();
            if (kv.first == QLatin1String("name")) {
                a.name = value;
                report.carried(QStringLiteral("name"));
            } else if (kv.first == QLatin1String("description")) {
                a.description = value;
                report.carried(QStringLiteral("description"));
            } else if (kv.first == QLatin1String("developer_instructions")) {
                a.body = value.trimmed();
                report.mapped(QStringLiteral("body"), QStringLiteral("from developer_instructions"));
            } else if (kv.first == QLatin1String("model_reasoning_effort")) {
                a.effort = value;
                report.mapped(QStringLiteral("effort"), QStringLiteral("from model_reasoning_effort"));
            } else if (kv.first == QLatin1String("sandbox_mode")) {
                const QStringList back = TargetMaps::backward(TargetMaps::codexSandbox(), value);
                if (!back.isEmpty()) {
                    a.permissionMode = back.first();
                    report.mapped(QStringLiteral("permissionMode"), QStringLiteral("from sandbox_mode ") + value);
                }
            } else {
                report.dropped(kv.first, QStringLiteral("Claude Code has no such field"));
            }
        }
        for (const QString &t : toml.tables)
            report.dropped(t, QStringLiteral("Codex tables (MCP servers and the like) are not carried over"));
    } else {
        const AgentDocument doc = AgentDocument::fromBytes(bytes, fileName);
        const YamlValue &root = doc.frontmatter();
        if (format == ExportFormat::ClaudeCode || format == ExportFormat::ClaudeCodeStrict) {
            if (!doc.frontmatter().isMapping()) {
                result.errorString = QStringLiteral("%1: %2").arg(fileName, doc.skipMessage());
                return result;
            }
            a = AgentData::fromDocument(doc);
            for (const QString &f : a.presentFields())
                report.carried(f);
            if (!doc.loads())
                report.warnings.append(QStringLiteral("Claude Code skips this file: ") + doc.skipMessage());
        } else {
            if (!root.isMapping()) {
                result.errorString = QStringLiteral("%1: the frontmatter cannot be read (%2)")
                                         .arg(fileName, doc.yamlError().isEmpty() ? doc.skipMessage() : doc.yamlError());
                return result;
            }
            a.body = doc.body();
            if (!a.body.isEmpty())
                report.carried(QStringLiteral("body"));
            a.description = doc.description();
            report.carried(QStringLiteral("description"));
            a.name = scalar(root, QStringLiteral("name"));
            if (a.name.isEmpty()) {
                a.name = baseName(fileName);
                report.mapped(QStringLiteral("name"), QStringLiteral("from the file name"));
            } else {
                report.carried(QStringLiteral("name"));
            }
            QStringList handled{QStringLiteral("name"), QStringLiteral("description")};
            switch (format) {
            case ExportFormat::OpenCode: {
                handled << QStringLiteral("mode") << QStringLiteral("tools") << QStringLiteral("model")
                        << QStringLiteral("color") << QStringLiteral("steps") << QStringLiteral("permission");
                const QString model = scalar(root, QStringLiteral("model"));
                if (!model.isEmpty()) {
                    a.model = model.section(QLatin1Char('/'), -1);
                    report.mapped(QStringLiteral("model"), a.model);
                }
                const QString color = scalar(root, QStringLiteral("color"));
                if (!color.isEmpty()) {
                    a.color = TargetMaps::nearestColor(color);
                    report.mapped(QStringLiteral("color"), QStringLiteral("%1 (nearest to %2)").arg(a.color, color));
                }
                if (const YamlValue *steps = root.find(QStringLiteral("steps")); steps && steps->kind() == YamlValue::Kind::Int) {
                    a.maxTurns = int(steps->toInt());
                    report.mapped(QStringLiteral("maxTurns"), QStringLiteral("from steps"));
                }
                if (const YamlValue *tools = root.find(QStringLiteral("tools")); tools && tools->isMapping()) {
                    QStringList on;
                    QStringList off;
                    for (const auto &e : tools->entries())
                        (e.value.toBool() ? on : off).append(e.key);
                    QStringList allOpenCode;
                    for (const auto &p : TargetMaps::openCodeTools()) {
                        if (!allOpenCode.contains(p.second))
                            allOpenCode.append(p.second);
                    }
                    if (!off.isEmpty() && on.size() + off.size() >= allOpenCode.size() && !on.isEmpty()) {
                        fromBack(on, TargetMaps::openCodeTools(), a, report, QStringLiteral("OpenCode"));
                    } else if (!off.isEmpty()) {
                        for (const QString &t : off) {
                            for (const QString &b : TargetMaps::backward(TargetMaps::openCodeTools(), t))
                                a.disallowedTools.append(b);
                        }
                        report.mapped(QStringLiteral("disallowedTools"), QStringLiteral("from tools set to false"));
                    }
                }
                if (const YamlValue *perm = root.find(QStringLiteral("permission")); perm && perm->isMapping()) {
                    const QString edit = scalar(*perm, QStringLiteral("edit"));
                    const QString bash = scalar(*perm, QStringLiteral("bash"));
                    if (edit == QLatin1String("deny"))
                        a.permissionMode = QStringLiteral("plan");
                    else if (edit == QLatin1String("allow") && bash == QLatin1String("allow"))
                        a.permissionMode = QStringLiteral("bypassPermissions");
                    else if (edit == QLatin1String("allow"))
                        a.permissionMode = QStringLiteral("acceptEdits");
                    if (!a.permissionMode.isEmpty())
                        report.mapped(QStringLiteral("permissionMode"), QStringLiteral("from permission"));
                }
                break;
            }
            case ExportFormat::Copilot:
            case ExportFormat::Gemini: {
                const bool copilot = format == ExportFormat::Copilot;
                handled << QStringLiteral("tools") << QStringLiteral("model") << QStringLiteral("kind")
                        << QStringLiteral("max_turns") << QStringLiteral("target");
                if (const YamlValue *tools = root.find(QStringLiteral("tools"))) {
                    QStringList list = listOf(tools);
                    QStringList mcp;
                    for (const QString &t : list) {
                        if (copilot && t.contains(QLatin1Char('/')))
                            mcp.append(QStringLiteral("mcp__%1__%2").arg(t.section(QLatin1Char('/'), 0, 0), t.section(QLatin1Char('/'), 1)));
                    }
                    fromBack(list, copilot ? TargetMaps::copilotTools() : TargetMaps::geminiTools(), a, report,
                             copilot ? QStringLiteral("Copilot") : QStringLiteral("Gemini CLI"));
                    a.tools.append(mcp);
                }
                const QString model = scalar(root, QStringLiteral("model"));
                if (!model.isEmpty()) {
                    a.model = model;
                    report.carried(QStringLiteral("model"));
                }
                if (const YamlValue *turns = root.find(QStringLiteral("max_turns")); turns && turns->kind() == YamlValue::Kind::Int) {
                    a.maxTurns = int(turns->toInt());
                    report.mapped(QStringLiteral("maxTurns"), QStringLiteral("from max_turns"));
                }
                break;
            }
            case ExportFormat::Cursor: {
                handled << QStringLiteral("model") << QStringLiteral("readonly") << QStringLiteral("is_background");
                const QString model = scalar(root, QStringLiteral("model"));
                if (!model.isEmpty()) {
                    a.model = model;
                    report.carried(QStringLiteral("model"));
                }
                if (const YamlValue *ro = root.find(QStringLiteral("readonly")); ro && ro->toBool()) {
                    a.allTools = false;
                    a.tools = {QStringLiteral("Read"), QStringLiteral("Grep"), QStringLiteral("Glob")};
                    report.mapped(QStringLiteral("tools"), QStringLiteral("readonly: Read, Grep, Glob"));
                }
                if (const YamlValue *bg = root.find(QStringLiteral("is_background")); bg && bg->kind() == YamlValue::Kind::Bool) {
                    a.background = bg->toBool();
                    report.mapped(QStringLiteral("background"), QStringLiteral("from is_background"));
                }
                break;
            }
            default:
                break;
            }
            for (const auto &e : root.entries()) {
                if (!handled.contains(e.key))
                    report.dropped(e.key, QStringLiteral("Claude Code has no such field"));
            }
        }
    }
    report.agent = a.name;
    out.fileName = AgentExporter::fileNameFor(a.name) + QStringLiteral(".md");
    result.agents.append(out);
    result.ok = true;
    return result;
}

} // namespace awb
