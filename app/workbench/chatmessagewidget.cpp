#include "chatmessagewidget.h"

#include "chatmessagebody.h"

#include "agent/markdownrenderer.h"
#include "chat/transcript.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace awb {

namespace {

QLabel *makeLabel(QWidget *parent, Qt::TextFormat format)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(format);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
        | Qt::LinksAccessibleByKeyboard);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}

QPushButton *makeButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QPushButton(text, parent);
    button->setFlat(true);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAccessibleDescription(tip);
    button->setCursor(Qt::PointingHandCursor);
    return button;
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

QString ChatMessageWidget::figures(const ChatTurn &reply)
{
    QStringList parts;
    if (!reply.usage.isEmpty()) {
        parts << tr("%1 in").arg(number(reply.usage.totalInputTokens()));
        if (reply.usage.cacheReadInputTokens > 0)
            parts << tr("%1 cached").arg(number(reply.usage.cacheReadInputTokens));
        parts << tr("%1 out").arg(number(reply.usage.outputTokens));
    }
    if (reply.costUsd >= 0)
        parts << Transcript::formatCost(reply.costUsd);
    else if (!reply.usage.isEmpty())
        parts << tr("no price for this model");
    if (reply.timeToFirstTokenMs >= 0)
        parts << tr("first token %1 s").arg(QLocale().toString(reply.timeToFirstTokenMs / 1000.0, 'f', 2));
    if (reply.tokensPerSecond >= 0)
        parts << tr("%1 tok/s").arg(QLocale().toString(reply.tokensPerSecond, 'f', 1));
    if (!reply.stopReason.isEmpty())
        parts << tr("stop: %1").arg(reply.stopReason);
    if (!reply.requestId.isEmpty())
        parts << tr("request %1").arg(reply.requestId);
    return parts.join(QStringLiteral(" · "));
}

ChatMessageWidget::ChatMessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_role(new QLabel(this))
    , m_thinkingToggle(new QToolButton(this))
    , m_thinking(makeLabel(this, Qt::PlainText))
    , m_body(new ChatMessageBody(this))
    , m_tools(makeLabel(this, Qt::PlainText))
    , m_interrupted(makeLabel(this, Qt::PlainText))
    , m_footer(makeLabel(this, Qt::PlainText))
    , m_actions(new QWidget(this))
    , m_copy(makeButton(m_actions, tr("Copy"), tr("Copy the message's text")))
    , m_edit(makeButton(m_actions, tr("Edit"), tr("Edit this message and send it again (the replies after it go)")))
    , m_regenerate(makeButton(m_actions, tr("Regenerate"), tr("Ask for this reply again")))
    , m_continue(makeButton(m_actions, tr("Continue"), tr("Ask the model to go on from where the reply stopped")))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // Not the Base role the message list paints with: the person's messages get their own tint.
    setBackgroundRole(QPalette::Window);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    QFont bold = font();
    bold.setBold(true);
    m_role->setFont(bold);
    m_role->setTextFormat(Qt::PlainText); // the model's name as the provider reports it
    m_thinkingToggle->setCheckable(true);
    m_thinkingToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_thinkingToggle->setArrowType(Qt::RightArrow);
    m_thinkingToggle->setAutoRaise(true);
    m_thinkingToggle->setAccessibleName(tr("Show thinking"));
    m_thinking->setVisible(false);
    QFont italic = font();
    italic.setItalic(true);
    m_thinking->setFont(italic);
    m_thinking->setAccessibleName(tr("Thinking"));
    m_body->setAccessibleName(tr("Message text"));
    m_tools->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tools->setAccessibleName(tr("Tool calls"));
    m_interrupted->setAccessibleName(tr("Interrupted"));
    m_footer->setFont(small);
    m_footer->setAccessibleName(tr("Reply figures"));
    m_footer->setForegroundRole(QPalette::PlaceholderText);

    auto *actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->setSpacing(2);
    actions->addStretch(1);
    for (QPushButton *button : { m_continue, m_regenerate, m_edit, m_copy }) {
        button->setFont(small);
        actions->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 4);
    layout->setSpacing(4);
    layout->addWidget(m_role);
    layout->addWidget(m_thinkingToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_thinking);
    layout->addWidget(m_body);
    layout->addWidget(m_tools);
    layout->addWidget(m_interrupted);
    layout->addWidget(m_footer);
    layout->addWidget(m_actions);

    connect(m_thinkingToggle, &QToolButton::toggled, this, &ChatMessageWidget::setThinkingExpanded);
    connect(m_copy, &QPushButton::clicked, this, &ChatMessageWidget::copy);
    connect(m_edit, &QPushButton::clicked, this, &ChatMessageWidget::startEditing);
    connect(m_regenerate, &QPushButton::clicked, this, &ChatMessageWidget::regenerateRequested);
    connect(m_continue, &QPushButton::clicked, this, &ChatMessageWidget::continueRequested);

    m_renderTimer.setSingleShot(true);
    connect(&m_renderTimer, &QTimer::timeout, this, &ChatMessageWidget::render);
    m_sinceRender.start();
}

void ChatMessageWidget::setTurn(const ChatTurn &turn, const State &state)
{
    // A reply that just finished streaming is rendered whole once (the streamed rendering was
    // built up piece by piece).
    const bool finishedStreaming = m_state.streaming && !state.streaming;
    const bool textChanged = turn.text != m_renderedText || m_renders == 0 || finishedStreaming;
    m_turn = turn;
    m_state = state;
    updateChrome();
    if (!textChanged)
        return;
    if (!state.streaming) {
        render();
        return;
    }
    // One render per frame at most, and never more than a fifth of the time spent rendering.
    const qint64 gap = std::max<qint64>(16, 4 * m_renderCostMs);
    const qint64 wait = gap - m_sinceRender.elapsed();
    if (wait <= 0)
        render();
    else if (!m_renderTimer.isActive())
        m_renderTimer.start(int(wait));
}

void ChatMessageWidget::renderNow()
{
    if (m_renderTimer.isActive())
        render();
}

void ChatMessageWidget::render()
{
    m_renderTimer.stop();
    QElapsedTimer cost;
    cost.start();
    m_renderedText = m_turn.text;
    m_renderedCodeBackground = codeBackground();
    m_body->setCodeBackground(m_renderedCodeBackground);
    if (m_turn.isUser())
        m_body->showPlain(m_turn.text); // the person's own words, as written
    else if (m_state.streaming)
        m_body->showGrowingMarkdown(m_turn.text);
    else
        m_body->showMarkdown(m_turn.text);
    m_body->setVisible(!m_turn.text.isEmpty() || m_turn.isUser());
    ++m_renders;
    m_renderCostMs = cost.elapsed();
    m_sinceRender.restart();
}

QString ChatMessageWidget::bodyText() const
{
    return m_body->toPlainText();
}

QString ChatMessageWidget::codeBackground() const
{
    const QPalette pal = palette();
    return mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.08).name();
}

void ChatMessageWidget::updateChrome()
{
    const bool user = m_turn.isUser();
    QPalette pal = QApplication::palette(this);
    const QColor base = pal.color(QPalette::Base);
    const QColor highlight = pal.color(QPalette::Highlight);
    const QColor background = user ? mix(base, highlight, 0.10) : base;
    if (palette().color(QPalette::Window) != background) {
        pal.setColor(QPalette::Window, background);
        setPalette(pal);
        QPalette bodyPalette = pal;
        bodyPalette.setColor(QPalette::Base, background);
        m_body->setPalette(bodyPalette);
    }

    QString role;
    if (user) {
        role = tr("You");
    } else {
        role = m_turn.model.isEmpty() ? tr("Reply") : m_turn.model;
        if (m_state.streaming)
            role += QStringLiteral(" · ")
                + (m_turn.text.isEmpty() && m_turn.thinking.isEmpty() ? tr("waiting…") : tr("writing…"));
    }
    m_role->setText(role);
    setAccessibleName(user ? tr("Your message") : tr("Reply"));

    const bool hasThinking = !m_turn.thinking.isEmpty();
    m_thinkingToggle->setVisible(hasThinking);
    if (hasThinking) {
        const int words = int(m_turn.thinking.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        m_thinkingToggle->setText(tr("Thinking (%n words)", nullptr, words));
        if (m_thinking->isVisible())
            m_thinking->setText(m_turn.thinking);
    }
    QStringList calls;
    for (const ToolCall &call : m_turn.toolCalls)
        calls << tr("Tool call: %1 %2").arg(call.name, call.inputJson);
    m_tools->setText(calls.join(QLatin1Char('\n')));
    m_tools->setVisible(!calls.isEmpty());

    m_interrupted->setVisible(m_turn.interrupted && !m_state.streaming);
    if (m_turn.interrupted) {
        m_interrupted->setText(m_turn.interruptionReason.isEmpty()
                ? tr("Interrupted: the reply is incomplete.")
                : tr("Interrupted: %1").arg(m_turn.interruptionReason));
        QPalette warn = m_interrupted->palette();
        warn.setColor(
            QPalette::WindowText, QColor(pal.color(QPalette::Base).lightnessF() < 0.5 ? "#f0b45a" : "#9a5b00"));
        m_interrupted->setPalette(warn);
    }

    const QString footer = user || m_state.streaming ? QString() : figures(m_turn);
    m_footer->setText(footer);
    m_footer->setVisible(!footer.isEmpty());

    m_edit->setVisible(user && !isEditing());
    m_edit->setEnabled(!m_state.busy);
    m_regenerate->setVisible(!user && m_state.isLastReply && !m_state.streaming);
    m_regenerate->setEnabled(!m_state.busy);
    m_continue->setVisible(!user && m_state.isLastReply && m_turn.interrupted && !m_state.streaming);
    m_continue->setEnabled(!m_state.busy);
    m_copy->setEnabled(!m_turn.text.isEmpty());
}

bool ChatMessageWidget::isThinkingExpanded() const
{
    return m_thinkingToggle->isChecked();
}

void ChatMessageWidget::setThinkingExpanded(bool expanded)
{
    if (m_thinkingToggle->isChecked() != expanded)
        m_thinkingToggle->setChecked(expanded); // re-enters through toggled()
    m_thinkingToggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    m_thinkingToggle->setAccessibleName(expanded ? tr("Hide thinking") : tr("Show thinking"));
    if (expanded)
        m_thinking->setText(m_turn.thinking);
    m_thinking->setVisible(expanded);
}

void ChatMessageWidget::copy()
{
    QApplication::clipboard()->setText(m_turn.text);
}

void ChatMessageWidget::startEditing()
{
    if (isEditing() || !m_turn.isUser() || m_state.busy)
        return;
    m_editBox = new QWidget(this);
    auto *box = new QVBoxLayout(m_editBox);
    box->setContentsMargins(0, 0, 0, 0);
    m_editor = new QPlainTextEdit(m_editBox);
    m_editor->setPlainText(m_turn.text);
    m_editor->setAccessibleName(tr("Edit message"));
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(std::max(60, m_body->height() + 16));
    box->addWidget(m_editor);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), m_editBox);
    auto *resend = new QPushButton(tr("Send again"), m_editBox);
    resend->setToolTip(tr("Replace this message and ask again (Ctrl+Enter); the replies after it are dropped"));
    resend->setDefault(true);
    buttons->addWidget(cancel);
    buttons->addWidget(resend);
    box->addLayout(buttons);
    auto *layout = static_cast<QVBoxLayout *>(this->layout());
    layout->insertWidget(layout->indexOf(m_body) + 1, m_editBox);
    m_body->hide();
    connect(cancel, &QPushButton::clicked, this, [this] { finishEditing(false); });
    connect(resend, &QPushButton::clicked, this, [this] { finishEditing(true); });
    m_editor->installEventFilter(this); // Ctrl+Enter sends again, Esc cancels
    updateChrome();
    m_editor->setFocus();
}

void ChatMessageWidget::finishEditing(bool submit)
{
    if (!m_editor)
        return;
    const QString text = m_editor->toPlainText();
    m_editBox->deleteLater();
    m_editBox = nullptr;
    m_editor = nullptr;
    m_body->show();
    updateChrome();
    if (submit && !text.trimmed().isEmpty())
        Q_EMIT editSubmitted(text);
}

bool ChatMessageWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            finishEditing(true);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            finishEditing(false);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void ChatMessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_turn.isUser() && m_renders > 0 && !m_renderTimer.isActive()) {
        // The code background follows the palette.
        if (codeBackground() != m_renderedCodeBackground)
            render();
    }
}

} // namespace awb
