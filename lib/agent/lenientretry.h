#pragma once

#include <QList>
#include <QString>

namespace awb {

/// Claude Code's second attempt at frontmatter YAML that failed to parse: values holding
/// characters YAML treats specially get wrapped in double quotes, one line at a time.
class LenientRetry
{
public:
    struct Change
    {
        int line = 0; ///< 0-based line in the frontmatter
        QString key;
        QString before;
        QString after;
    };

    /// The repaired frontmatter text; `changes` lists the lines it rewrote.
    static QString repair(const QString &frontmatter, QList<Change> *changes = nullptr);
    /// Whether a value would be quoted by the retry.
    static bool needsQuoting(const QString &value);
};

} // namespace awb
