#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace awb {

/// Where the person writes: Ctrl+Enter sends, Esc stops a reply in progress. The text stays
/// in the box until sending succeeded, so nothing typed is lost when a send is refused.
class ChatComposer : public QWidget
{
    Q_OBJECT
public:
    explicit ChatComposer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    /// While busy the Send button becomes Stop.
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    QPlainTextEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestSend();

    QPlainTextEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_stop;
    bool m_busy = false;
};

} // namespace awb
