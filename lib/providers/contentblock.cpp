#include "contentblock.h"

namespace awb {

ContentBlock ContentBlock::makeText(const QString &text)
{
    ContentBlock block;
    block.text = text;
    return block;
}

ContentBlock ContentBlock::makeThinking(const QString &thinking, const QString &signature)
{
    ContentBlock block;
    block.type = Type::Thinking;
    block.text = thinking;
    block.signature = signature;
    return block;
}

ContentBlock ContentBlock::makeToolUse(const QString &id, const QString &name, const QJsonObject &input)
{
    ContentBlock block;
    block.type = Type::ToolUse;
    block.id = id;
    block.name = name;
    block.input = input;
    return block;
}

ContentBlock ContentBlock::makeToolResult(const QString &toolUseId, const QString &content, bool isError)
{
    ContentBlock block;
    block.type = Type::ToolResult;
    block.id = toolUseId;
    block.text = content;
    block.isError = isError;
    return block;
}

QString ContentBlock::typeName(Type type)
{
    switch (type) {
    case Type::Text:
        return QStringLiteral("text");
    case Type::Thinking:
        return QStringLiteral("thinking");
    case Type::RedactedThinking:
        return QStringLiteral("redacted_thinking");
    case Type::ToolUse:
        return QStringLiteral("tool_use");
    case Type::ToolResult:
        return QStringLiteral("tool_result");
    }
    return {};
}

} // namespace awb
