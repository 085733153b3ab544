#pragma once

#include <QString>

namespace awb {

/// Where the frontmatter and the body of a file are, found exactly as Claude Code finds them:
/// `---` at offset 0, optional whitespace, a newline; then everything up to the first `---`
/// anywhere (even mid-line); then whitespace after the closing fence is skipped.
struct FrontmatterSplit
{
    bool found = false;
    qsizetype openEnd = 0;   ///< offset just after the opening fence line(s)
    qsizetype closeStart = 0; ///< offset of the closing `---`
    qsizetype bodyStart = 0; ///< offset where the body begins
    bool closedMidLine = false; ///< the closing `---` is not at the start of a line

    QString frontmatter(const QString &text) const { return text.mid(openEnd, closeStart - openEnd); }
    QString body(const QString &text) const { return found ? text.mid(bodyStart) : text; }

    static FrontmatterSplit find(const QString &text);
    /// JavaScript's `\s`.
    static bool isJsSpace(QChar c);
};

} // namespace awb
