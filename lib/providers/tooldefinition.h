#pragma once

#include <QJsonObject>
#include <QString>

namespace awb {

/// A tool the model may call: name, description and the JSON schema of its input.
struct ToolDefinition
{
    QString name;
    QString description;
    QJsonObject inputSchema; ///< a JSON schema object ({"type": "object", "properties": ...})

    friend bool operator==(const ToolDefinition &, const ToolDefinition &) = default;
};

/// Whether and which tool the model must call.
struct ToolChoice
{
    enum class Mode {
        Auto, ///< the provider's default (may call a tool or answer)
        Any, ///< must call some tool (OpenAI: "required")
        Tool, ///< must call `toolName`
        None, ///< must not call a tool
    };
    Mode mode = Mode::Auto;
    QString toolName;

    friend bool operator==(const ToolChoice &, const ToolChoice &) = default;
};

} // namespace awb
