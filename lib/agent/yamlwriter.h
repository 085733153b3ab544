#pragma once

#include "yamlvalue.h"

#include <QString>

namespace awb {

/// Writes YAML that every YAML 1.1 and 1.2 reader reads the same way, and that Claude Code's
/// frontmatter split cannot cut short (no `---` inside a value).
class YamlWriter
{
public:
    /// `key: value` (one or more lines, joined by `eol`, without a trailing line ending).
    /// `preferred` is the style the value had before; it is kept when it is safe.
    static QString entry(const QString &key, const YamlValue &value,
                         YamlValue::Style preferred = YamlValue::Style::Plain,
                         const QString &eol = QStringLiteral("\n"));

    /// A whole mapping, one entry after another.
    static QString mapping(const YamlValue &map, const QString &eol = QStringLiteral("\n"));

    static bool isPlainSafe(const QString &text);
    static QString doubleQuoted(const QString &text);
    static QString scalar(const YamlValue &value, YamlValue::Style preferred = YamlValue::Style::Plain);

private:
    static void appendValue(QStringList &lines, const QString &prefix, const YamlValue &value,
                            YamlValue::Style preferred, int indent);
    static bool literalSafe(const QString &text);
    static QString literalHeader(const QString &text);
};

} // namespace awb
