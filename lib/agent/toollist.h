#pragma once

#include "yamlvalue.h"

#include <QStringList>

namespace awb {

/// A `tools` or `disallowedTools` value as Claude Code understands it.
struct ToolList
{
    bool present = false;   ///< the key was in the frontmatter
    bool all = false;       ///< `*`, empty, or absent: every tool
    QStringList entries;    ///< in file order, arguments kept (`Bash(git *)`)
    bool fromString = false; ///< written as one string rather than a YAML list

    static ToolList fromYaml(const YamlValue *value);
    /// Splits on commas and spaces outside parentheses, as Claude Code does.
    static QStringList splitToolString(const QString &text);
    /// The tool's base name: `Bash(git *)` gives `Bash`.
    static QString baseName(const QString &entry);

    bool operator==(const ToolList &other) const = default;
};

} // namespace awb
