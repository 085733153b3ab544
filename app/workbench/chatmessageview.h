#pragma once

#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace awb {

class ChatMessageWidget;
class MessageListModel;

/// The messages of a MessageListModel, one ChatMessageWidget per row, in a scrolling column.
/// Follows the model's row and data signals (only the changed row is redrawn) and stays pinned
/// to the bottom while a reply streams, unless the person scrolled up to read.
class ChatMessageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChatMessageView(QWidget *parent = nullptr);

    void setModel(MessageListModel *model);
    MessageListModel *model() const { return m_model; }
    /// A reply is arriving: actions that change the conversation are disabled.
    void setBusy(bool busy);
    ChatMessageWidget *messageWidget(int row) const { return m_rows.value(row); }
    int messageCount() const { return int(m_rows.size()); }
    /// Shown when there are no messages.
    void setEmptyText(const QString &text);

Q_SIGNALS:
    void editSubmitted(int row, const QString &text);
    void regenerateRequested();
    void continueRequested();

private:
    void rebuild();
    void insertRows(int first, int last);
    void removeRows(int first, int last);
    void refreshRows(int first, int last);
    void refreshStates();
    void scrollToBottomIfPinned();

    MessageListModel *m_model = nullptr;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QList<ChatMessageWidget *> m_rows;
    bool m_busy = false;
    bool m_pinned = true;
};

} // namespace awb
