#include "messagelistmodel.h"

#include "transcript.h"

namespace awb {

MessageListModel::MessageListModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(16);
    m_coalesce.setTimerType(Qt::PreciseTimer);
    connect(&m_coalesce, &QTimer::timeout, this, &MessageListModel::flush);
}

void MessageListModel::setConversation(const Conversation &conversation)
{
    m_coalesce.stop();
    m_dirty = false;
    beginResetModel();
    m_conversation = conversation;
    m_streamingRow = -1;
    endResetModel();
    Q_EMIT totalsChanged();
}

void MessageListModel::setAgent(const QString &name, const QString &path)
{
    m_conversation.setAgentName(name);
    m_conversation.setAgentPath(path);
}

int MessageListModel::appendMessage(const ChatTurn &message)
{
    const int row = m_conversation.count();
    beginInsertRows(QModelIndex(), row, row);
    m_conversation.append(message);
    endInsertRows();
    if (message.isAssistant())
        Q_EMIT totalsChanged();
    return row;
}

void MessageListModel::setMessage(int row, const ChatTurn &message)
{
    if (row < 0 || row >= m_conversation.count())
        return;
    m_conversation[row] = message;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT totalsChanged();
}

void MessageListModel::truncate(int count)
{
    count = std::max(count, 0);
    if (count >= m_conversation.count())
        return;
    if (m_streamingRow >= count) {
        m_coalesce.stop();
        m_dirty = false;
        m_streamingRow = -1;
    }
    beginRemoveRows(QModelIndex(), count, m_conversation.count() - 1);
    m_conversation.truncate(count);
    endRemoveRows();
    Q_EMIT totalsChanged();
}

void MessageListModel::beginStreaming(int row)
{
    flush();
    m_streamingRow = (row >= 0 && row < m_conversation.count()) ? row : -1;
    if (m_streamingRow >= 0)
        Q_EMIT dataChanged(index(row), index(row), { StreamingRole });
}

void MessageListModel::appendText(const QString &delta)
{
    if (m_streamingRow < 0 || delta.isEmpty())
        return;
    m_conversation[m_streamingRow].text += delta;
    markDirty();
}

void MessageListModel::appendThinking(const QString &delta)
{
    if (m_streamingRow < 0 || delta.isEmpty())
        return;
    m_conversation[m_streamingRow].thinking += delta;
    markDirty();
}

void MessageListModel::setToolCalls(const QList<ToolCall> &calls)
{
    if (m_streamingRow < 0)
        return;
    m_conversation[m_streamingRow].toolCalls = calls;
    markDirty();
}

void MessageListModel::markDirty()
{
    m_dirty = true;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void MessageListModel::flush()
{
    m_coalesce.stop();
    if (!m_dirty || m_streamingRow < 0)
        return;
    m_dirty = false;
    ++m_streamingUpdates;
    const QModelIndex changed = index(m_streamingRow);
    Q_EMIT dataChanged(changed, changed, { Qt::DisplayRole, TextRole, ThinkingRole, ToolCallsRole });
}

void MessageListModel::endStreaming(const ChatTurn &finalMessage)
{
    const int row = m_streamingRow;
    m_coalesce.stop();
    m_dirty = false;
    m_streamingRow = -1;
    if (row < 0)
        return;
    m_conversation[row] = finalMessage;
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT totalsChanged();
}

int MessageListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_conversation.count();
}

QVariant MessageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChatTurn &message = m_conversation.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return message.text;
    case Qt::AccessibleTextRole:
        return QString(ChatTurn::roleName(message.role) + QStringLiteral(": ") + message.text);
    case RoleRole:
        return int(message.role);
    case IsUserRole:
        return message.isUser();
    case ThinkingRole:
        return message.thinking;
    case ToolCallsRole: {
        QStringList lines;
        for (const ToolCall &call : message.toolCalls)
            lines << QStringLiteral("%1(%2)").arg(call.name, call.inputJson);
        return lines.join(QLatin1Char('\n'));
    }
    case StreamingRole:
        return index.row() == m_streamingRow;
    case InterruptedRole:
        return message.interrupted;
    case InterruptionReasonRole:
        return message.interruptionReason;
    case SummaryRole:
        return message.isAssistant() ? Transcript::replySummary(message) : QString();
    case ModelRole:
        return message.model;
    case ProviderRole:
        return message.provider;
    case CostRole:
        return message.costUsd;
    case TimeToFirstTokenRole:
        return message.timeToFirstTokenMs;
    case TokensPerSecondRole:
        return message.tokensPerSecond;
    case StopReasonRole:
        return message.stopReason;
    case RequestIdRole:
        return message.requestId;
    case TimestampRole:
        return message.timestamp;
    default:
        return {};
    }
}

QHash<int, QByteArray> MessageListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RoleRole, "role");
    names.insert(IsUserRole, "isUser");
    names.insert(TextRole, "text");
    names.insert(ThinkingRole, "thinking");
    names.insert(ToolCallsRole, "toolCalls");
    names.insert(StreamingRole, "streaming");
    names.insert(InterruptedRole, "interrupted");
    names.insert(InterruptionReasonRole, "interruptionReason");
    names.insert(SummaryRole, "summary");
    names.insert(ModelRole, "model");
    names.insert(ProviderRole, "provider");
    names.insert(CostRole, "cost");
    names.insert(TimeToFirstTokenRole, "timeToFirstToken");
    names.insert(TokensPerSecondRole, "tokensPerSecond");
    names.insert(StopReasonRole, "stopReason");
    names.insert(RequestIdRole, "requestId");
    names.insert(TimestampRole, "timestamp");
    return names;
}

} // namespace awb
