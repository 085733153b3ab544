#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QFrame;
class QHBoxLayout;

namespace awb {

class ChatMessageView;
class ChatSession;

/// One conversation of the Chat pane: a title, a notice for errors and retry countdowns (never
/// written into a message), the messages, and the conversation's total with a context meter.
class ChatColumn : public QWidget
{
    Q_OBJECT
public:
    explicit ChatColumn(ChatSession *session, QWidget *parent = nullptr);

    ChatSession *session() const { return m_session; }
    ChatMessageView *view() const { return m_view; }
    void setTitle(const QString &title);
    QString title() const;
    /// A widget placed beside the title (the compare pane's model selector).
    void setHeaderWidget(QWidget *widget);
    /// Tokens the model can hold, for the meter (0 hides it).
    void setContextWindow(qint64 tokens);

    void showNotice(const QString &text, bool retry = false);
    void clearNotice();
    QString noticeText() const;
    bool isNoticeShown() const;
    QString totalsText() const;
    QProgressBar *contextMeter() const { return m_meter; }

private:
    void updateTotals();
    QString retryText(int seconds) const;

    ChatSession *m_session;
    QLabel *m_title;
    QHBoxLayout *m_header;
    QFrame *m_notice;
    QLabel *m_noticeText;
    QPushButton *m_cancelRetry;
    QPushButton *m_dismiss;
    ChatMessageView *m_view;
    QLabel *m_totals;
    QProgressBar *m_meter;
    qint64 m_contextWindow = 0;
    int m_retryAttempt = 0;
    QString m_retryReason;
};

} // namespace awb
