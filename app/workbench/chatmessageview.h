#pragma once

#include <QScrollArea>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace awb {

class ChatMessageWidget;
class MessageListModel;

/// The messages of a MessageListModel, one ChatMessageWidget per row, in a scrolling column.
/// Follows the model's row and data signals (only the changed row is redrawn) and stays pinned
/// to the bottom while a reply streams, unless the person scrolled up to read.
///
/// A long conversation is shown a window of rows at a time (at most `MaxShown` widgets; it opens
/// on the newest `Page`), with buttons at the ends for earlier and later messages and for the
/// beginning and the end: a 10,000-message transcript opens as fast as a short one.
class ChatMessageView : public QScrollArea
{
    Q_OBJECT
public:
    explicit ChatMessageView(QWidget *parent = nullptr);

    void setModel(MessageListModel *model);
    MessageListModel *model() const { return m_model; }
    /// A reply is arriving: actions that change the conversation are disabled.
    void setBusy(bool busy);
    static constexpr int Page = 100;
    static constexpr int MaxShown = 300;

    /// The widget of model row `row`, or null when that row is outside the shown window.
    ChatMessageWidget *messageWidget(int row) const
    {
        return row >= m_first && row < m_first + m_rows.size() ? m_rows.at(row - m_first) : nullptr;
    }
    /// The messages of the conversation (shown or not).
    int messageCount() const { return int(m_rows.size()) + m_first + hiddenAfter(); }
    /// The first model row shown and how many are shown.
    int firstShown() const { return m_first; }
    int shownCount() const { return int(m_rows.size()); }
    void showEarlier();
    void showLater();
    void showFirst();
    void showLast();
    /// Shown when there are no messages.
    void setEmptyText(const QString &text);

Q_SIGNALS:
    void editSubmitted(int row, const QString &text);
    void regenerateRequested();
    void continueRequested();

private:
    void rebuild();
    void showRange(int first, int count);
    void createWidgets(int row, int first, int last); ///< model rows first..last, from window row `row`
    void dropWidgets(int from, int count); ///< window rows
    void updateButtons();
    int hiddenAfter() const;
    void insertRows(int first, int last);
    void removeRows(int first, int last);
    void refreshRows(int first, int last);
    void refreshStates();
    void scrollToBottomIfPinned();

    MessageListModel *m_model = nullptr;
    QWidget *m_content;
    QVBoxLayout *m_layout;
    QLabel *m_empty;
    QList<ChatMessageWidget *> m_rows; ///< the shown window, from model row m_first
    int m_first = 0;
    QWidget *m_earlierBar;
    QWidget *m_laterBar;
    QPushButton *m_earlier;
    QPushButton *m_later;
    bool m_busy = false;
    bool m_pinned = true;
};

} // namespace awb
