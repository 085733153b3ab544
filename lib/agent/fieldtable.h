#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace awb {

/// What kind of value a frontmatter key holds; drives parsing checks, the form and exporters.
enum class FieldType {
    Name,
    Description,
    ToolList,
    Model,
    Color,
    Enum,
    EnumOrInteger,
    PositiveInteger,
    Boolean,
    StringList,
    McpServers,
    Hooks,
    Text,
};

struct FieldSpec
{
    QString key;
    FieldType type = FieldType::Text;
    QStringList values;        ///< allowed values for enums (and model aliases)
    bool required = false;
    bool ignoredByPlugins = false;
    bool acceptedByAgentsJson = true; ///< `claude --agents` and the Agent SDK take it
    QString label;              ///< short, for the form
    QString summary;            ///< one sentence, for tooltips and messages
};

/// The one table of the frontmatter fields Claude Code 2.1 reads.
class FieldTable
{
public:
    static const QList<FieldSpec> &fields();
    static const FieldSpec *find(const QString &key);

    static const QStringList &colors();
    static const QStringList &modelAliases();
    /// Claude Code's built-in tool names (checked for unknown-tool warnings).
    static const QStringList &knownTools();
    static bool isKnownTool(const QString &entry);
};

} // namespace awb
