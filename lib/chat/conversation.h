#pragma once

#include "chatturn.h"

namespace awb {

/// Sums over the replies of a conversation.
struct ConversationTotals
{
    int replies = 0;
    qint64 inputTokens = 0; ///< every prompt token billed, cached or not, over all replies
    qint64 outputTokens = 0;
    double costUsd = 0; ///< of the replies whose model has a price
    bool costComplete = true; ///< false when some reply had no price (the sum is then a lower bound)
};

/// A conversation with one agent: the system prompt it was held under and its turns. A value:
/// the truncation rules of edit-and-resend, regenerate and continue live here so they can be
/// tested without a network.
class Conversation
{
public:
    QString systemPrompt() const { return m_systemPrompt; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    /// The agent this conversation tested (name and file), for the transcript's reader.
    QString agentName() const { return m_agentName; }
    void setAgentName(const QString &name) { m_agentName = name; }
    QString agentPath() const { return m_agentPath; }
    void setAgentPath(const QString &path) { m_agentPath = path; }
    QDateTime created() const { return m_created; }
    void setCreated(const QDateTime &created) { m_created = created; }

    const QList<ChatTurn> &messages() const { return m_messages; }
    int count() const { return int(m_messages.size()); }
    bool isEmpty() const { return m_messages.isEmpty(); }
    const ChatTurn &at(int index) const { return m_messages.at(index); }
    ChatTurn &operator[](int index) { return m_messages[index]; }
    void append(const ChatTurn &message) { m_messages.append(message); }
    void truncate(int count) { m_messages.resize(std::clamp(count, 0, int(m_messages.size()))); }
    void clear() { m_messages.clear(); }

    /// The row of the last message by the person, or -1.
    int lastUserIndex() const;
    /// The row of the last reply, or -1.
    int lastReplyIndex() const;

    /// How many messages remain after editing the user message at `index` and resending: the
    /// edited message is kept (with its new text), everything after it goes. -1 when `index` is
    /// not a user message.
    int countAfterEdit(int index) const;
    /// Replaces the text of the user message at `index` and drops what followed; false (and no
    /// change) when `index` is not a user message.
    bool editUserMessage(int index, const QString &text);
    /// How many messages remain when the last reply is asked again: everything up to and
    /// including the last user message. -1 when there is no user message.
    int countForRegenerate() const;
    /// Whether the last message is a reply that did not complete (it can be continued).
    bool canContinue() const;

    ConversationTotals totals() const;
    /// Tokens the next request starts from: the last reply's prompt plus its output (-1 if unknown).
    qint64 contextTokens() const;

    bool operator==(const Conversation &other) const = default;

private:
    QString m_systemPrompt;
    QString m_agentName;
    QString m_agentPath;
    QDateTime m_created;
    QList<ChatTurn> m_messages;
};

} // namespace awb
