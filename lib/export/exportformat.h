#pragma once

#include <QList>
#include <QString>

namespace awb {

/// The tools an agent can be exported to (and imported from).
enum class ExportFormat {
    ClaudeCode, ///< .claude/agents/NAME.md, the file as it is
    ClaudeCodeStrict, ///< .claude/agents/NAME.md in the strict form of `awb fmt`
    AgentsJson, ///< the object `claude --agents` and the Agent SDK take
    SdkTypeScript, ///< a TypeScript snippet for the Agent SDK
    SdkPython, ///< a Python snippet for the Agent SDK
    OpenCode,
    Copilot,
    Gemini,
    Codex,
    Cursor,
};

struct ExportFormatInfo
{
    ExportFormat format;
    QString id; ///< as on the command line: claude, opencode, ...
    QString label; ///< for people
    bool importable;
};

class ExportFormats
{
public:
    static const QList<ExportFormatInfo> &all();
    static const ExportFormatInfo *find(const QString &id);
    static const ExportFormatInfo &info(ExportFormat format);
    /// Where the agent's file goes, relative to a project folder.
    static QString relativePath(ExportFormat format, const QString &name);
    /// Where the same file goes relative to the home folder, for the user's own agents: the
    /// project path, except for tools that keep user-level agents elsewhere (OpenCode in
    /// ~/.config/opencode/agent, Copilot CLI in ~/.copilot/agents).
    static QString userRelativePath(ExportFormat format, const QString &projectRelative);
};

} // namespace awb
