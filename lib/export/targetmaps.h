#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace awb {

/// Every mapping between Claude Code's vocabulary and another tool's, defined once and used by
/// both the exporters and the importers. Sources: the field table of docs/agent-format.md (shared)
/// and each tool's documentation as of November 2026; these formats move fast.
class TargetMaps
{
public:
    using Pairs = QList<QPair<QString, QString>>;

    /// Claude Code tool -> OpenCode tool key (`tools:` map).
    static const Pairs &openCodeTools();
    /// Claude Code tool -> GitHub Copilot tool alias.
    static const Pairs &copilotTools();
    /// Claude Code tool -> Gemini CLI tool name.
    static const Pairs &geminiTools();
    /// Claude Code permissionMode -> Codex sandbox_mode.
    static const Pairs &codexSandbox();

    static QString forward(const Pairs &pairs, const QString &claudeName);
    /// Every Claude Code name that maps to `targetName` (aliases can stand for several tools).
    static QStringList backward(const Pairs &pairs, const QString &targetName);
    /// The nearest of Claude Code's eight colors to a `#RRGGBB` value.
    static QString nearestColor(const QString &hex);
};

} // namespace awb
