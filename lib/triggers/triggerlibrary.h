#pragma once

#include "triggeragent.h"

#include <QStringList>

namespace awb {

/// A library as the trigger tools see it: the agents of one folder and where its suite is stored.
class TriggerLibrary
{
public:
    struct Loaded
    {
        TriggerAgents agents; ///< the agents Claude Code would list, sorted by name
        QStringList errors; ///< missing folder, unreadable files, skipped agents, duplicate names
    };

    /// `folder` is a project root (its `.claude/agents/` is used when present) or an agents folder.
    static Loaded load(const QString &folder);
    /// The folder the agents are read from.
    static QString agentsFolder(const QString &folder);
    /// The project root for `folder`: the parent of `.claude/` when `folder` is (inside) `.claude/agents`,
    /// otherwise `folder` itself.
    static QString projectRoot(const QString &folder);
    /// Where the suite of the library at `folder` is kept:
    /// `PROJECT/.claude/agent-workbench/triggers.json` (outside `.claude/agents/`, so Claude Code never
    /// reads it as an agent). See docs/triggers-format.md.
    static QString suitePath(const QString &folder);
};

} // namespace awb
