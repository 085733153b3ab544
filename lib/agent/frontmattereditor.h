#pragma once

#include "yamlvalue.h"

#include <QString>

namespace awb {

/// Edits one frontmatter key of a file's text and leaves every other byte alone:
/// comments, key order, unknown keys, other keys' quoting and the line endings stay.
class FrontmatterEditor
{
public:
    struct KeyBlock
    {
        bool found = false;
        qsizetype start = 0; ///< offset of the key's first line
        qsizetype end = 0;   ///< offset just after its last line's line ending
        YamlValue::Style style = YamlValue::Style::Plain;
    };

    /// The file text with `key` set to `value` (added at the end of the frontmatter if absent;
    /// a frontmatter block is created if the file has none).
    static QString setField(const QString &text, const QString &key, const YamlValue &value);
    static QString removeField(const QString &text, const QString &key);
    /// The file text with the body (system prompt) replaced; the frontmatter is untouched.
    static QString setBody(const QString &text, const QString &body);

    /// Where a top-level key's lines are, found line by line so that it works on files
    /// that only load through the lenient retry, too.
    static KeyBlock findKey(const QString &text, const QString &key);
    static QString lineEnding(const QString &text);
};

} // namespace awb
