#include "chatpane.h"

#include "chatcolumn.h"
#include "chatcomposer.h"
#include "chatproviders.h"

#include "chat/chatlog.h"
#include "chat/chatsession.h"
#include "chat/transcript.h"

#include "providers/chatprovider.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSaveFile>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace awb {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

QString comparePath(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.completeSuffix();
    return info.dir().filePath(
        info.baseName() + QStringLiteral("-compare") + (suffix.isEmpty() ? QString() : QLatin1Char('.') + suffix));
}

bool writeText(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("awb::ChatPane", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

ChatPane::ChatPane(ChatProviders *providers, QWidget *parent)
    : QWidget(parent)
    , m_providers(providers)
    , m_sessions { new ChatSession(this), new ChatSession(this) }
    , m_columns {}
    , m_compareSelector(new ModelSelector(providers, this))
    , m_promptSource(new QComboBox(this))
    , m_compareBox(new QComboBox(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_composer(new ChatComposer(this))
    , m_autosaveTimer(new QTimer(this))
    , m_restoreButton(nullptr)
{
    setAccessibleName(tr("Chat"));
    QString priceError;
    if (QFileInfo::exists(PriceTable::defaultPath()) && !m_prices.load(PriceTable::defaultPath(), &priceError))
        m_prices = PriceTable();
    for (int i = 0; i < 2; ++i) {
        m_sessions[i]->setPriceTable(&m_prices);
        m_columns[i] = new ChatColumn(m_sessions[i], m_splitter);
        m_splitter->addWidget(m_columns[i]);
        connect(m_sessions[i], &ChatSession::busyChanged, this, [this] { m_composer->setBusy(isBusy()); });
    }
    m_columns[1]->setHeaderWidget(m_compareSelector);
    m_columns[1]->hide();
    m_compareSelector->setAccessibleName(tr("Model to compare with"));
    m_compareSelector->setMinimumContentsLength(12);

    m_promptSource->addItem(tr("Edited text"));
    m_promptSource->addItem(tr("Saved file"));
    m_promptSource->setToolTip(tr("Which version of the agent's body is the system prompt"));
    m_promptSource->setAccessibleName(tr("System prompt source"));
    m_compareBox->addItem(tr("No comparison"), QVariant::fromValue(Compare::Off));
    m_compareBox->addItem(tr("Compare with another model"), QVariant::fromValue(Compare::OtherModel));
    m_compareBox->addItem(tr("Compare saved with edited"), QVariant::fromValue(Compare::SavedAgent));
    m_compareBox->setToolTip(tr("Run the same conversation side by side"));
    m_compareBox->setAccessibleName(tr("Side by side"));

    auto *promptLabel = new QLabel(tr("&Prompt:"), this);
    promptLabel->setBuddy(m_promptSource);
    m_promptLabel = promptLabel;
    auto *save = toolButton(this, tr("Save…"), tr("Save the conversation as a transcript (JSON)"));
    auto *open = toolButton(this, tr("Open…"), tr("Open a saved transcript"));
    auto *exportButton = toolButton(this, tr("Export…"), tr("Export the conversation as Markdown"));
    auto *clearButton = toolButton(this, tr("Clear"), tr("Start a new conversation"));
    auto *prices = toolButton(this, tr("Prices…"), tr("Edit the price table (USD per million tokens per model)"));
    m_restoreButton = toolButton(this, tr("Restore"), tr("Open the conversation the last run left"));
    m_restoreButton->setVisible(false);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 0);
    bar->addWidget(promptLabel);
    bar->addWidget(m_promptSource);
    bar->addWidget(m_compareBox);
    bar->addStretch(1);
    bar->addWidget(save);
    bar->addWidget(open);
    bar->addWidget(exportButton);
    bar->addWidget(clearButton);
    bar->addWidget(m_restoreButton);
    bar->addWidget(prices);
    // When the pane is narrow, the actions move into one menu and the boxes shorten their text.
    m_actionButtons = { save, open, exportButton, clearButton, m_restoreButton, prices };
    m_more = toolButton(this, tr("Conversation"), tr("Save, open, export or clear the conversation"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_more);
    for (QToolButton *button : std::as_const(m_actionButtons)) {
        QAction *action = menu->addAction(button->text(), button, &QToolButton::click);
        action->setToolTip(button->toolTip());
        if (button == m_restoreButton)
            m_restoreAction = action;
    }
    m_restoreAction->setVisible(false);
    m_more->setMenu(menu);
    m_more->hide();
    bar->addWidget(m_more);
    m_bar = bar;

    auto *layout = new QVBoxLayout(this);
    layout->setSizeConstraint(QLayout::SetNoConstraint); // see minimumSizeHint()
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_composer);

    connect(m_composer, &ChatComposer::sendRequested, this, &ChatPane::send);
    connect(m_composer, &ChatComposer::stopRequested, this, &ChatPane::stop);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ChatPane::stop);
    connect(m_promptSource, &QComboBox::currentIndexChanged, this, [this] {
        applyPrompts();
        updateTitles();
    });
    connect(m_compareBox, &QComboBox::currentIndexChanged, this,
        [this] { setCompareMode(m_compareBox->currentData().value<Compare>()); });
    connect(m_compareSelector, &ModelSelector::choiceChanged, this, [this] {
        applyChoices();
        updateTitles();
    });
    connect(save, &QToolButton::clicked, this, &ChatPane::saveDialog);
    connect(open, &QToolButton::clicked, this, &ChatPane::openDialog);
    connect(exportButton, &QToolButton::clicked, this, &ChatPane::exportDialog);
    connect(clearButton, &QToolButton::clicked, this, &ChatPane::clear);
    connect(prices, &QToolButton::clicked, this, &ChatPane::editPrices);
    connect(m_restoreButton, &QToolButton::clicked, this, [this] {
        QString error;
        if (!restoreLast(&error))
            showError(tr("The last conversation could not be restored: %1").arg(error));
    });

    // Autosave: at most every 500 ms while a reply streams, and at once when it ends.
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(500);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
    MessageListModel *model = m_sessions[0]->messages();
    connect(model, &QAbstractItemModel::dataChanged, this, &ChatPane::scheduleAutosave);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ChatPane::scheduleAutosave);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ChatPane::scheduleAutosave);
    connect(model, &QAbstractItemModel::modelReset, this, &ChatPane::scheduleAutosave);
    connect(m_sessions[0], &ChatSession::replyFinished, this, [this] { autosaveNow(); });
    if (!priceError.isEmpty())
        showError(tr("The price table could not be read; the built-in prices are used. %1").arg(priceError));
    updateTitles();
}

ChatSession *ChatPane::session(int index) const
{
    return m_sessions.at(index);
}

bool ChatPane::isBusy() const
{
    return m_sessions[0]->isBusy() || m_sessions[1]->isBusy();
}

bool ChatPane::usesSavedPrompt() const
{
    return m_promptSource->currentIndex() == 1;
}

void ChatPane::setUseSavedPrompt(bool saved)
{
    m_promptSource->setCurrentIndex(saved ? 1 : 0);
}

void ChatPane::setAgent(const ChatAgent &agent)
{
    const bool switched = agent.key != m_agent.key;
    if (switched) {
        // Each agent keeps its own conversations while the window is open.
        stop();
        if (!m_agent.key.isEmpty())
            m_parked.insert(m_agent.key, { m_sessions[0]->conversation(), m_sessions[1]->conversation() });
        const std::array<Conversation, 2> restored = m_parked.take(agent.key);
        for (int i = 0; i < 2; ++i)
            m_sessions[i]->openConversation(restored[i]);
        const bool offerInitial = m_composer->text().trimmed().isEmpty() || m_composer->text() == m_agent.initialPrompt;
        m_agent = agent;
        if (offerInitial)
            m_composer->setText(m_sessions[0]->conversation().isEmpty() ? agent.initialPrompt : QString());
    } else {
        if (m_composer->text() == m_agent.initialPrompt && m_sessions[0]->conversation().isEmpty())
            m_composer->setText(agent.initialPrompt);
        m_agent = agent;
    }
    for (ChatSession *session : m_sessions)
        session->messages()->setAgent(agent.name, agent.path);
    applyPrompts();
    updateTitles();
}

void ChatPane::setPrimaryChoice(const ModelChoice &choice)
{
    m_primary = choice;
    if (!m_compareSelector->current().isValid())
        m_compareSelector->setCurrent(choice);
    applyChoices();
    updateTitles();
}

void ChatPane::setCompareMode(Compare mode)
{
    m_compare = mode;
    const int index = m_compareBox->findData(QVariant::fromValue(mode));
    if (index != m_compareBox->currentIndex())
        m_compareBox->setCurrentIndex(index);
    const bool wasShown = !m_columns[1]->isHidden();
    m_columns[1]->setVisible(mode != Compare::Off);
    if (mode != Compare::Off && !wasShown) {
        // Two equal halves, once the splitter knows its width.
        QTimer::singleShot(0, m_splitter, [this] {
            const int half = std::max(1, m_splitter->width() / 2);
            m_splitter->setSizes({ half, half });
        });
    }
    m_compareSelector->setVisible(mode == Compare::OtherModel);
    m_promptSource->setEnabled(mode != Compare::SavedAgent);
    if (mode != Compare::Off && m_sessions[1]->conversation().isEmpty() && !m_sessions[0]->conversation().isEmpty())
        m_columns[1]->showNotice(tr("The next message goes to both sides; this side starts empty."), false);
    applyPrompts();
    applyChoices();
    updateTitles();
}

ModelChoice ChatPane::choiceFor(int index) const
{
    if (index == 1 && m_compare == Compare::OtherModel)
        return m_compareSelector->current();
    return m_primary;
}

QString ChatPane::promptFor(int index) const
{
    if (m_compare == Compare::SavedAgent)
        return index == 0 ? m_agent.editedBody : m_agent.savedBody;
    return usesSavedPrompt() && m_agent.hasSavedFile ? m_agent.savedBody : m_agent.editedBody;
}

void ChatPane::applyPrompts()
{
    for (int i = 0; i < 2; ++i)
        m_sessions[i]->setSystemPrompt(promptFor(i));
}

void ChatPane::applyChoices()
{
    for (int i = 0; i < 2; ++i)
        prepare(i, choiceFor(i));
}

void ChatPane::prepare(int index, const ModelChoice &choice)
{
    ChatSession *session = m_sessions[index];
    m_columns[index]->setContextWindow(m_prices.contextWindow(choice.model));
    if (session->isBusy())
        return; // the reply in progress keeps its model; the next one uses the new choice
    session->setModel(choice.model);
    if (!choice.isValid()) {
        session->setProvider(nullptr);
        return;
    }
    session->setProvider(m_providers->provider(choice.providerId));
}

void ChatPane::updateTitles()
{
    auto describe = [this](const ModelChoice &choice) {
        if (!choice.isValid())
            return tr("No model selected");
        const auto config = m_providers->config(choice.providerId);
        return tr("%1 · %2").arg(choice.model, config ? config->displayName : choice.providerId);
    };
    switch (m_compare) {
    case Compare::Off:
        m_columns[0]->setTitle(describe(m_primary));
        break;
    case Compare::OtherModel:
        m_columns[0]->setTitle(describe(m_primary));
        m_columns[1]->setTitle(tr("Compared with:"));
        break;
    case Compare::SavedAgent:
        m_columns[0]->setTitle(tr("Edited agent · %1").arg(describe(m_primary)));
        m_columns[1]->setTitle(tr("Saved agent · %1").arg(describe(m_primary)));
        break;
    }
}

void ChatPane::send(const QString &text)
{
    if (text.trimmed().isEmpty() || isBusy())
        return;
    if (m_compare == Compare::SavedAgent && !m_agent.hasSavedFile) {
        m_columns[1]->showNotice(tr("The agent has no saved file yet: save it to compare."));
        return;
    }
    applyPrompts();
    m_composer->clear();
    sendTo(0, text);
    if (m_compare != Compare::Off)
        sendTo(1, text);
}

void ChatPane::sendTo(int index, const QString &text)
{
    const ModelChoice choice = choiceFor(index);
    ChatSession *session = m_sessions[index];
    auto go = [this, session, text, choice](ChatProvider *provider) {
        if (!session->isBusy()) {
            session->setProvider(provider);
            session->setModel(choice.model);
        }
        // A refused send gives the text back to the composer: nothing typed is lost.
        if (!session->send(text) && m_composer->text().isEmpty())
            m_composer->setText(text);
    };
    if (!choice.isValid()) {
        go(nullptr);
        return;
    }
    m_providers->withProvider(choice.providerId, session, go);
}

void ChatPane::stop()
{
    for (ChatSession *session : m_sessions)
        session->stop();
}

void ChatPane::clear()
{
    for (int i = 0; i < 2; ++i) {
        m_sessions[i]->clear();
        m_columns[i]->clearNotice();
    }
    if (m_composer->text().trimmed().isEmpty())
        m_composer->setText(m_agent.initialPrompt);
}

bool ChatPane::saveTranscript(const QString &path, QString *error)
{
    if (!Transcript::save(m_sessions[0]->conversation(), path, error))
        return false;
    if (m_compare != Compare::Off && !m_sessions[1]->conversation().isEmpty())
        return Transcript::save(m_sessions[1]->conversation(), comparePath(path), error);
    return true;
}

bool ChatPane::openTranscript(const QString &path, QString *error)
{
    Conversation conversation;
    if (!Transcript::load(path, &conversation, error))
        return false;
    m_sessions[0]->openConversation(conversation);
    m_columns[0]->clearNotice();
    return true;
}

bool ChatPane::exportMarkdown(const QString &path, QString *error)
{
    if (!writeText(path, Transcript::toMarkdown(m_sessions[0]->conversation()), error))
        return false;
    if (m_compare != Compare::Off && !m_sessions[1]->conversation().isEmpty())
        return writeText(comparePath(path), Transcript::toMarkdown(m_sessions[1]->conversation()), error);
    return true;
}

QString ChatPane::autosavePathIn(const QString &recoveryRoot)
{
    return QDir(recoveryRoot).filePath(QStringLiteral("chat-current.json"));
}

QString ChatPane::previousPath() const
{
    if (m_autosavePath.isEmpty())
        return {};
    return QFileInfo(m_autosavePath).dir().filePath(QStringLiteral("chat-previous.json"));
}

void ChatPane::setAutosavePath(const QString &path)
{
    m_autosavePath = path;
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        // What an earlier run left (it crashed, was killed or simply closed) stays restorable.
        QFile::remove(previousPath());
        QFile::rename(path, previousPath());
    }
    m_canRestore = !path.isEmpty() && QFileInfo::exists(previousPath());
    m_restoreButton->setVisible(m_canRestore && !m_compact);
    m_restoreAction->setVisible(m_canRestore);
}

QSize ChatPane::minimumSizeHint() const
{
    // As narrow as the compact bar allows (the bar switches in resizeEvent()).
    const QSize hint = QWidget::minimumSizeHint();
    return { std::min(hint.width(), CompactMinimumWidth), hint.height() };
}

void ChatPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    setCompact(width() < m_wideWidth);
}

void ChatPane::setCompact(bool compact)
{
    if (m_wideWidth == 0) {
        m_wideWidth = m_bar->sizeHint().width(); // measured once, wide
        compact = width() < m_wideWidth;
    }
    if (compact == m_compact)
        return;
    m_compact = compact;
    for (QToolButton *button : std::as_const(m_actionButtons))
        button->setVisible(!compact && (button != m_restoreButton || m_canRestore));
    m_more->setVisible(compact);
    // The boxes keep their full text in the list; the closed box shows the start of it.
    const int chars = fontMetrics().averageCharWidth();
    m_promptSource->setMaximumWidth(compact ? 12 * chars + 24 : QWIDGETSIZE_MAX);
    m_compareBox->setMaximumWidth(compact ? 14 * chars + 24 : QWIDGETSIZE_MAX);
    m_promptLabel->setVisible(!compact);
}

void ChatPane::scheduleAutosave()
{
    if (!m_autosavePath.isEmpty() && !m_autosaveTimer->isActive())
        m_autosaveTimer->start();
}

bool ChatPane::autosaveNow(QString *error)
{
    m_autosaveTimer->stop();
    if (m_autosavePath.isEmpty())
        return true;
    const Conversation &conversation = m_sessions[0]->conversation();
    if (conversation.isEmpty()) {
        QFile::remove(m_autosavePath);
        return true;
    }
    QDir().mkpath(QFileInfo(m_autosavePath).absolutePath());
    QString message;
    if (!Transcript::save(conversation, m_autosavePath, &message)) {
        qCWarning(lcChat) << "chat autosave failed:" << message;
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool ChatPane::restoreLast(QString *error)
{
    const QString path = previousPath();
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        if (error)
            *error = tr("no conversation was left by the last run");
        return false;
    }
    return openTranscript(path, error);
}

void ChatPane::showError(const QString &message)
{
    m_columns[0]->showNotice(message);
}

namespace {
QString suggestedName(const ChatAgent &agent, const QString &suffix)
{
    const QString base = agent.name.isEmpty() ? QStringLiteral("conversation") : agent.name;
    const QString dir = agent.path.isEmpty() ? QDir::homePath() : QFileInfo(agent.path).absolutePath();
    return QDir(dir).filePath(base + QStringLiteral("-chat") + suffix);
}
} // namespace

void ChatPane::saveDialog()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Transcript"), suggestedName(m_agent, QStringLiteral(".json")), tr("Transcripts (*.json)"));
    QString error;
    if (!path.isEmpty() && !saveTranscript(path, &error))
        showError(tr("The transcript was not saved: %1").arg(error));
}

void ChatPane::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Transcript"), QFileInfo(m_agent.path).absolutePath(), tr("Transcripts (*.json);;All files (*)"));
    QString error;
    if (!path.isEmpty() && !openTranscript(path, &error))
        showError(tr("The transcript could not be opened: %1").arg(error));
}

void ChatPane::exportDialog()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Conversation as Markdown"),
        suggestedName(m_agent, QStringLiteral(".md")), tr("Markdown (*.md)"));
    QString error;
    if (!path.isEmpty() && !exportMarkdown(path, &error))
        showError(tr("The conversation was not exported: %1").arg(error));
}

void ChatPane::editPrices()
{
    const QString path = PriceTable::defaultPath();
    QString error;
    if (!QFileInfo::exists(path) && !m_prices.save(path, &error)) {
        showError(tr("The price table could not be written: %1").arg(error));
        return;
    }
    showError(tr("Prices are in %1 (USD per million tokens); they are read again when the window opens.")
                  .arg(QDir::toNativeSeparators(path)));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace awb
