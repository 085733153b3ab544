#include "chatmessagesjson.h"

#include <QJsonDocument>

namespace awb {

namespace {

QJsonObject toolCallJson(const ContentBlock &block, ChatMessagesJson::ToolCallForm form)
{
    if (form == ChatMessagesJson::ToolCallForm::Ollama) {
        return QJsonObject { { QStringLiteral("function"),
            QJsonObject { { QStringLiteral("name"), block.name }, { QStringLiteral("arguments"), block.input } } } };
    }
    const QString arguments = QString::fromUtf8(QJsonDocument(block.input).toJson(QJsonDocument::Compact));
    return QJsonObject { { QStringLiteral("id"), block.id }, { QStringLiteral("type"), QStringLiteral("function") },
        { QStringLiteral("function"),
            QJsonObject { { QStringLiteral("name"), block.name }, { QStringLiteral("arguments"), arguments } } } };
}

QJsonObject toolResultJson(const ContentBlock &block, ChatMessagesJson::ToolCallForm form)
{
    QJsonObject out { { QStringLiteral("role"), QStringLiteral("tool") }, { QStringLiteral("content"), block.text } };
    if (form == ChatMessagesJson::ToolCallForm::OpenAi)
        out.insert(QStringLiteral("tool_call_id"), block.id);
    return out;
}

} // namespace

QJsonArray ChatMessagesJson::messages(const ChatRequest &request, ToolCallForm form)
{
    QJsonArray messages;
    if (!request.system.isEmpty())
        messages.append(QJsonObject {
            { QStringLiteral("role"), QStringLiteral("system") }, { QStringLiteral("content"), request.system } });
    for (const ChatMessage &message : request.messages) {
        QString text;
        QJsonArray toolCalls;
        for (const ContentBlock &block : message.content) {
            switch (block.type) {
            case ContentBlock::Type::Text:
                text += block.text;
                break;
            case ContentBlock::Type::ToolUse:
                toolCalls.append(toolCallJson(block, form));
                break;
            case ContentBlock::Type::ToolResult:
                messages.append(toolResultJson(block, form));
                break;
            case ContentBlock::Type::Thinking:
            case ContentBlock::Type::RedactedThinking:
                break;
            }
        }
        if (text.isEmpty() && toolCalls.isEmpty())
            continue;
        const bool nullContent = form == ToolCallForm::OpenAi && text.isEmpty();
        QJsonObject out { { QStringLiteral("role"), ChatMessage::roleName(message.role) },
            { QStringLiteral("content"), nullContent ? QJsonValue() : QJsonValue(text) } };
        if (!toolCalls.isEmpty())
            out.insert(QStringLiteral("tool_calls"), toolCalls);
        messages.append(out);
    }
    return messages;
}

QJsonArray ChatMessagesJson::tools(const QList<ToolDefinition> &tools)
{
    QJsonArray out;
    for (const ToolDefinition &tool : tools) {
        out.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
            { QStringLiteral("function"),
                QJsonObject { { QStringLiteral("name"), tool.name },
                    { QStringLiteral("description"), tool.description },
                    { QStringLiteral("parameters"), tool.inputSchema } } } });
    }
    return out;
}

} // namespace awb
