#include "conversation.h"

namespace awb {

int Conversation::lastUserIndex() const
{
    for (int i = count() - 1; i >= 0; --i) {
        if (m_messages.at(i).isUser())
            return i;
    }
    return -1;
}

int Conversation::lastReplyIndex() const
{
    for (int i = count() - 1; i >= 0; --i) {
        if (m_messages.at(i).isAssistant())
            return i;
    }
    return -1;
}

int Conversation::countAfterEdit(int index) const
{
    if (index < 0 || index >= count() || !m_messages.at(index).isUser())
        return -1;
    return index + 1;
}

bool Conversation::editUserMessage(int index, const QString &text)
{
    const int keep = countAfterEdit(index);
    if (keep < 0)
        return false;
    truncate(keep);
    m_messages[index].text = text;
    m_messages[index].timestamp = QDateTime::currentDateTimeUtc();
    return true;
}

int Conversation::countForRegenerate() const
{
    const int user = lastUserIndex();
    return user < 0 ? -1 : user + 1;
}

bool Conversation::canContinue() const
{
    return !m_messages.isEmpty() && m_messages.constLast().isAssistant() && m_messages.constLast().interrupted;
}

ConversationTotals Conversation::totals() const
{
    ConversationTotals totals;
    for (const ChatTurn &message : m_messages) {
        if (!message.isAssistant())
            continue;
        ++totals.replies;
        totals.inputTokens += message.usage.totalInputTokens();
        totals.outputTokens += message.usage.outputTokens;
        if (message.costUsd >= 0)
            totals.costUsd += message.costUsd;
        else if (!message.usage.isEmpty())
            totals.costComplete = false;
    }
    return totals;
}

qint64 Conversation::contextTokens() const
{
    const int reply = lastReplyIndex();
    if (reply < 0 || m_messages.at(reply).usage.isEmpty())
        return -1;
    const Usage &usage = m_messages.at(reply).usage;
    return usage.totalInputTokens() + usage.outputTokens;
}

} // namespace awb
