#include "chatcolumn.h"

#include "chatmessageview.h"

#include "chat/chatsession.h"
#include "chat/transcript.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb {

ChatColumn::ChatColumn(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_notice(new QFrame(this))
    , m_noticeText(new QLabel(m_notice))
    , m_cancelRetry(new QPushButton(tr("Cancel"), m_notice))
    , m_dismiss(new QPushButton(tr("Dismiss"), m_notice))
    , m_view(new ChatMessageView(this))
    , m_totals(new QLabel(this))
    , m_meter(new QProgressBar(this))
{
    QFont bold = font();
    bold.setBold(true);
    m_title->setFont(bold);
    // The agent's name, a provider's error message: shown as written, never as HTML.
    m_title->setTextFormat(Qt::PlainText);
    m_noticeText->setTextFormat(Qt::PlainText);
    m_totals->setTextFormat(Qt::PlainText);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(6, 2, 6, 0);
    m_header->addWidget(m_title, 1);

    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    m_notice->setAccessibleName(tr("Notice"));
    m_noticeText->setWordWrap(true);
    m_noticeText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelRetry->setToolTip(tr("Stop waiting and give up on this reply"));
    m_cancelRetry->setAccessibleName(tr("Cancel retry"));
    m_dismiss->setAccessibleName(tr("Dismiss notice"));
    auto *noticeLayout = new QHBoxLayout(m_notice);
    noticeLayout->setContentsMargins(8, 4, 4, 4);
    noticeLayout->addWidget(m_noticeText, 1);
    noticeLayout->addWidget(m_cancelRetry);
    noticeLayout->addWidget(m_dismiss);
    m_notice->hide();

    m_view->setModel(session->messages());
    m_view->setEmptyText(tr("Send a message to talk to the agent: its body is the system prompt."));

    m_totals->setAccessibleName(tr("Conversation total"));
    m_totals->setWordWrap(true);
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meter->setAccessibleName(tr("Context used"));
    m_meter->setMaximumWidth(160);
    m_meter->setMaximumHeight(14);
    m_meter->setTextVisible(false);
    auto *footer = new QHBoxLayout;
    footer->setContentsMargins(6, 0, 6, 2);
    footer->addWidget(m_totals, 1);
    footer->addWidget(m_meter);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(m_header);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_dismiss, &QPushButton::clicked, this, &ChatColumn::clearNotice);
    connect(m_cancelRetry, &QPushButton::clicked, session, &ChatSession::stop);
    connect(session, &ChatSession::busyChanged, m_view, &ChatMessageView::setBusy);
    connect(session, &ChatSession::busyChanged, this, [this](bool busy) {
        if (busy)
            clearNotice();
        else
            m_cancelRetry->hide();
    });
    connect(session, &ChatSession::errorOccurred, this, [this](const QString &message) { showNotice(message); });
    connect(session, &ChatSession::retrying, this, [this](int attempt, int seconds, const QString &reason) {
        m_retryAttempt = attempt;
        m_retryReason = reason;
        showNotice(retryText(seconds), true);
    });
    connect(session, &ChatSession::countdown, this, [this](int seconds) {
        if (m_session->state() == ChatSession::State::Retrying && !m_cancelRetry->isHidden())
            m_noticeText->setText(retryText(seconds));
    });
    connect(session, &ChatSession::stateChanged, this, [this](ChatSession::State state) {
        if (state == ChatSession::State::Streaming && m_cancelRetry->isVisible())
            clearNotice();
    });
    connect(session->messages(), &MessageListModel::totalsChanged, this, &ChatColumn::updateTotals);
    connect(session->messages(), &QAbstractItemModel::modelReset, this, &ChatColumn::updateTotals);
    connect(m_view, &ChatMessageView::editSubmitted, session, &ChatSession::editAndResend);
    connect(m_view, &ChatMessageView::regenerateRequested, session, &ChatSession::regenerate);
    connect(m_view, &ChatMessageView::continueRequested, session, &ChatSession::continueReply);
    updateTotals();
}

QString ChatColumn::retryText(int seconds) const
{
    return tr("%1 Trying again in %n s (attempt %2).", nullptr, seconds).arg(m_retryReason).arg(m_retryAttempt);
}

void ChatColumn::setTitle(const QString &title)
{
    m_title->setText(title);
    setAccessibleName(title);
}

QString ChatColumn::title() const
{
    return m_title->text();
}

void ChatColumn::setHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget);
}

void ChatColumn::setContextWindow(qint64 tokens)
{
    m_contextWindow = tokens;
    updateTotals();
}

void ChatColumn::showNotice(const QString &text, bool retry)
{
    QPalette pal = m_notice->palette();
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    pal.setColor(QPalette::Window,
        retry ? (dark ? QColor("#3b3320") : QColor("#fff4d6")) : (dark ? QColor("#4a2326") : QColor("#fde2e1")));
    pal.setColor(QPalette::WindowText, dark ? QColor("#f2f2f2") : QColor("#202020"));
    m_notice->setPalette(pal);
    m_noticeText->setText(text);
    m_cancelRetry->setVisible(retry);
    m_notice->show();
}

void ChatColumn::clearNotice()
{
    m_notice->hide();
    m_noticeText->clear();
}

QString ChatColumn::noticeText() const
{
    return m_notice->isVisible() ? m_noticeText->text() : QString();
}

bool ChatColumn::isNoticeShown() const
{
    return !m_notice->isHidden();
}

QString ChatColumn::totalsText() const
{
    return m_totals->text();
}

void ChatColumn::updateTotals()
{
    const Conversation &conversation = m_session->conversation();
    const ConversationTotals totals = conversation.totals();
    const QLocale locale;
    QString text;
    if (totals.replies > 0) {
        text = tr("Total: %n reply(s) · %1 in · %2 out", nullptr, totals.replies)
                   .arg(locale.toString(totals.inputTokens), locale.toString(totals.outputTokens));
        if (totals.costUsd > 0 || totals.costComplete)
            text += QStringLiteral(" · ")
                + (totals.costComplete ? Transcript::formatCost(totals.costUsd)
                                       : tr("at least %1").arg(Transcript::formatCost(totals.costUsd)));
    }
    const qint64 context = conversation.contextTokens();
    const bool meter = m_contextWindow > 0 && context >= 0;
    if (meter) {
        const int percent = int(std::min<qint64>(100, context * 100 / m_contextWindow));
        m_meter->setRange(0, 100);
        m_meter->setValue(percent);
        const QString used = tr("Context: %1 of %2 tokens (%3%)")
                                 .arg(locale.toString(context), locale.toString(m_contextWindow))
                                 .arg(percent);
        m_meter->setToolTip(used);
        m_meter->setAccessibleDescription(used);
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("context %1%").arg(percent);
    }
    m_meter->setVisible(meter);
    m_totals->setText(text);
}

} // namespace awb
