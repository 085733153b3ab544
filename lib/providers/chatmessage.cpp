#include "chatmessage.h"

namespace awb {

ChatMessage ChatMessage::user(const QString &text)
{
    return { Role::User, { ContentBlock::makeText(text) } };
}

ChatMessage ChatMessage::assistant(const QString &text)
{
    return { Role::Assistant, { ContentBlock::makeText(text) } };
}

QString ChatMessage::text() const
{
    QString out;
    for (const ContentBlock &block : content) {
        if (block.type == ContentBlock::Type::Text)
            out += block.text;
    }
    return out;
}

QString ChatMessage::thinking() const
{
    QString out;
    for (const ContentBlock &block : content) {
        if (block.type == ContentBlock::Type::Thinking)
            out += block.text;
    }
    return out;
}

QList<ContentBlock> ChatMessage::toolUses() const
{
    QList<ContentBlock> out;
    for (const ContentBlock &block : content) {
        if (block.type == ContentBlock::Type::ToolUse)
            out.append(block);
    }
    return out;
}

QString ChatMessage::roleName(Role role)
{
    return role == Role::User ? QStringLiteral("user") : QStringLiteral("assistant");
}

} // namespace awb
