#pragma once

#include "conversation.h"

#include <QAbstractListModel>
#include <QTimer>

namespace awb {

/// The messages of one conversation as a list for views. A reply being streamed grows in place:
/// deltas are applied to the data at once, but `dataChanged` for the growing row is coalesced to at
/// most one per `coalesceInterval()` (16 ms, one frame), so a server sending thousands of tokens
/// per second costs the view one update per frame.
class MessageListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RoleRole = Qt::UserRole + 1, ///< int of ChatTurn::Role
        IsUserRole, ///< bool
        TextRole,
        ThinkingRole,
        ToolCallsRole, ///< QString: one line per call, `name(input)`
        StreamingRole, ///< bool: the reply is still arriving
        InterruptedRole, ///< bool
        InterruptionReasonRole, ///< QString
        SummaryRole, ///< QString: the reply's figures in one line
        ModelRole,
        ProviderRole,
        CostRole, ///< double, -1 unknown
        TimeToFirstTokenRole, ///< qint64 ms, -1 unknown
        TokensPerSecondRole, ///< double, -1 unknown
        StopReasonRole,
        RequestIdRole,
        TimestampRole, ///< QDateTime
    };

    explicit MessageListModel(QObject *parent = nullptr);

    const Conversation &conversation() const { return m_conversation; }
    /// Replaces everything (an opened transcript, a cleared conversation).
    void setConversation(const Conversation &conversation);
    void setSystemPrompt(const QString &prompt) { m_conversation.setSystemPrompt(prompt); }
    void setAgent(const QString &name, const QString &path);
    const ChatTurn &message(int row) const { return m_conversation.at(row); }

    /// Appends a row; returns its index.
    int appendMessage(const ChatTurn &message);
    /// Replaces a row's message and tells views at once.
    void setMessage(int row, const ChatTurn &message);
    /// Keeps the first `count` rows.
    void truncate(int count);

    /// Marks `row` (a reply) as the one receiving deltas.
    void beginStreaming(int row);
    int streamingRow() const { return m_streamingRow; }
    void appendText(const QString &delta);
    void appendThinking(const QString &delta);
    /// Replaces the reply's tool calls (their input grows as deltas arrive).
    void setToolCalls(const QList<ToolCall> &calls);
    /// Writes the final figures of the streamed reply and stops streaming; views are told at once.
    void endStreaming(const ChatTurn &finalMessage);
    /// Emits any coalesced change now.
    void flush();

    int coalesceInterval() const { return m_coalesce.interval(); }
    void setCoalesceInterval(int ms) { m_coalesce.setInterval(ms); }
    /// How many `dataChanged` the streaming row produced so far (for tests and benchmarks).
    int streamingUpdates() const { return m_streamingUpdates; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    /// Usage or cost changed (a reply finished, rows were removed or replaced).
    void totalsChanged();

private:
    void markDirty();

    Conversation m_conversation;
    QTimer m_coalesce;
    int m_streamingRow = -1;
    int m_streamingUpdates = 0;
    bool m_dirty = false;
};

} // namespace awb
