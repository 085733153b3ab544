#pragma once

#include <QStringList>

namespace awb {

/// Finds agent files the way Claude Code does: every `*.md` under a folder, recursively.
class AgentFinder
{
public:
    struct Result
    {
        QStringList files;  ///< sorted, absolute-or-as-given paths
        QStringList errors; ///< missing paths and unreadable folders, in words
    };

    /// Files are taken as given; folders are searched recursively. Hidden folders other than
    /// `.claude` are skipped, and so are `node_modules` and `.git`.
    static Result find(const QStringList &paths);
    static QStringList filesIn(const QString &folder);
};

} // namespace awb
