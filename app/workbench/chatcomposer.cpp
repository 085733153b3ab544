#include "chatcomposer.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb {

ChatComposer::ChatComposer(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
{
    m_edit->setPlaceholderText(tr("Write a message to the agent… (Ctrl+Enter sends)"));
    m_edit->setAccessibleName(tr("Message"));
    m_edit->setTabChangesFocus(true);
    m_edit->setMaximumHeight(90);
    m_edit->installEventFilter(this);
    m_send->setToolTip(tr("Send the message (Ctrl+Enter)"));
    m_send->setAccessibleName(tr("Send"));
    m_stop->setToolTip(tr("Stop the reply; what arrived is kept (Esc)"));
    m_stop->setAccessibleName(tr("Stop"));
    m_stop->setVisible(false);
    auto *buttons = new QVBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 6);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    connect(m_send, &QPushButton::clicked, this, &ChatComposer::requestSend);
    connect(m_stop, &QPushButton::clicked, this, &ChatComposer::stopRequested);
}

QString ChatComposer::text() const
{
    return m_edit->toPlainText();
}

void ChatComposer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

void ChatComposer::clear()
{
    m_edit->clear();
}

void ChatComposer::setBusy(bool busy)
{
    m_busy = busy;
    const bool hadFocus = m_send->hasFocus() || m_stop->hasFocus();
    m_send->setVisible(!busy);
    m_stop->setVisible(busy);
    if (hadFocus)
        (busy ? m_stop : m_send)->setFocus();
}

void ChatComposer::requestSend()
{
    if (m_busy || m_edit->toPlainText().trimmed().isEmpty())
        return;
    Q_EMIT sendRequested(m_edit->toPlainText());
}

bool ChatComposer::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            requestSend();
            return true;
        }
        if (key->key() == Qt::Key_Escape && m_busy) {
            Q_EMIT stopRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace awb
