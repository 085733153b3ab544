#include "exportformat.h"

namespace awb {

const QList<ExportFormatInfo> &ExportFormats::all()
{
    static const QList<ExportFormatInfo> list {
        { ExportFormat::ClaudeCode, QStringLiteral("claude"), QStringLiteral("Claude Code"), true },
        { ExportFormat::ClaudeCodeStrict, QStringLiteral("claude-strict"), QStringLiteral("Claude Code (strict YAML)"),
            true },
        { ExportFormat::AgentsJson, QStringLiteral("agents-json"), QStringLiteral("claude --agents JSON"), true },
        { ExportFormat::SdkTypeScript, QStringLiteral("sdk-ts"), QStringLiteral("Agent SDK (TypeScript)"), false },
        { ExportFormat::SdkPython, QStringLiteral("sdk-python"), QStringLiteral("Agent SDK (Python)"), false },
        { ExportFormat::OpenCode, QStringLiteral("opencode"), QStringLiteral("OpenCode"), true },
        { ExportFormat::Copilot, QStringLiteral("copilot"), QStringLiteral("GitHub Copilot"), true },
        { ExportFormat::Gemini, QStringLiteral("gemini"), QStringLiteral("Gemini CLI"), true },
        { ExportFormat::Codex, QStringLiteral("codex"), QStringLiteral("OpenAI Codex"), true },
        { ExportFormat::Cursor, QStringLiteral("cursor"), QStringLiteral("Cursor"), true },
    };
    return list;
}

const ExportFormatInfo *ExportFormats::find(const QString &id)
{
    for (const ExportFormatInfo &i : all()) {
        if (i.id == id)
            return &i;
    }
    return nullptr;
}

const ExportFormatInfo &ExportFormats::info(ExportFormat format)
{
    for (const ExportFormatInfo &i : all()) {
        if (i.format == format)
            return i;
    }
    return all().first();
}

QString ExportFormats::relativePath(ExportFormat format, const QString &name)
{
    switch (format) {
    case ExportFormat::ClaudeCode:
    case ExportFormat::ClaudeCodeStrict:
        return QStringLiteral(".claude/agents/%1.md").arg(name);
    case ExportFormat::AgentsJson:
        return QStringLiteral("agents/%1.agents.json").arg(name);
    case ExportFormat::SdkTypeScript:
        return QStringLiteral("agents/%1.agents.ts").arg(name);
    case ExportFormat::SdkPython:
        return QStringLiteral("agents/%1_agents.py").arg(QString(name).replace(QLatin1Char('-'), QLatin1Char('_')));
    case ExportFormat::OpenCode:
        return QStringLiteral(".opencode/agent/%1.md").arg(name);
    case ExportFormat::Copilot:
        return QStringLiteral(".github/agents/%1.agent.md").arg(name);
    case ExportFormat::Gemini:
        return QStringLiteral(".gemini/agents/%1.md").arg(name);
    case ExportFormat::Codex:
        return QStringLiteral(".codex/agents/%1.toml").arg(name);
    case ExportFormat::Cursor:
        return QStringLiteral(".cursor/agents/%1.md").arg(name);
    }
    return {};
}

QString ExportFormats::userRelativePath(ExportFormat format, const QString &projectRelative)
{
    const auto moved = [&projectRelative](const QString &from, const QString &to) {
        return projectRelative.startsWith(from) ? to + projectRelative.mid(from.size()) : projectRelative;
    };
    switch (format) {
    case ExportFormat::OpenCode:
        return moved(QStringLiteral(".opencode/agent/"), QStringLiteral(".config/opencode/agent/"));
    case ExportFormat::Copilot:
        return moved(QStringLiteral(".github/agents/"), QStringLiteral(".copilot/agents/"));
    default:
        return projectRelative;
    }
}

} // namespace awb
