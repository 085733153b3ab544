#pragma once

#include <QString>
#include <QStringList>

namespace awb {

/// A line diff of two texts, shown as a unified diff (what `diff -u` prints).
class LineDiff
{
public:
    struct Hunk
    {
        int oldStart = 0; ///< 1-based
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        QStringList lines; ///< each starting with ' ', '-' or '+'
    };

    /// `context` lines of unchanged text around each change.
    static QList<Hunk> hunks(const QString &oldText, const QString &newText, int context = 3);
    /// The unified diff with ---/+++ headers; empty when the texts are equal.
    static QString unified(const QString &oldText, const QString &newText, const QString &oldLabel,
        const QString &newLabel, int context = 3);
};

} // namespace awb
