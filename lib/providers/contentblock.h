#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace awb {

/// One block of a message's content, in the Anthropic Messages API's vocabulary; the other wire
/// formats are mapped onto it.
struct ContentBlock
{
    enum class Type {
        Text,
        Thinking, ///< `text` holds the thinking, `signature` the signature to send back
        RedactedThinking, ///< `signature` holds the opaque `data`
        ToolUse, ///< `id`, `name`, `input`
        ToolResult, ///< `id` is the tool_use id answered, `text` the result, `isError`
    };

    Type type = Type::Text;
    QString text;
    QString signature;
    QString id;
    QString name;
    QJsonObject input;
    bool isError = false;

    static ContentBlock makeText(const QString &text);
    static ContentBlock makeThinking(const QString &thinking, const QString &signature = {});
    static ContentBlock makeToolUse(const QString &id, const QString &name, const QJsonObject &input);
    static ContentBlock makeToolResult(const QString &toolUseId, const QString &content, bool isError = false);

    static QString typeName(Type type); ///< "text", "thinking", "redacted_thinking", "tool_use", "tool_result"

    friend bool operator==(const ContentBlock &, const ContentBlock &) = default;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::ContentBlock)
