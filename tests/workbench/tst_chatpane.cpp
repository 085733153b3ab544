#include "chatcolumn.h"
#include "chatcomposer.h"
#include "chatmessagebody.h"
#include "chatmessageview.h"
#include "chatmessagewidget.h"
#include "chatpane.h"
#include "chatproviders.h"
#include "editortab.h"
#include "mainwindow.h"
#include "modelselector.h"
#include "providersettingsdialog.h"
#include "theme.h"

#include "agent/agentbuffer.h"
#include "chat/chatsession.h"
#include "chat/pricetable.h"
#include "chat/providerlist.h"
#include "providers/secretstore.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace awb;
using namespace awb::test;

namespace {

const QString Secret = QStringLiteral("sk-ant-test-DO-NOT-WRITE-7f3a9c");

ProviderConfig serverConfig(const QString &id, const ProviderTestServer &server)
{
    ProviderConfig config = ProviderConfig::anthropic();
    config.id = id;
    config.displayName = QStringLiteral("Test %1").arg(id);
    config.baseUrl = server.url();
    config.timeouts = { 5000, 5000, 5000 };
    config.retry.initialDelayMs = 10;
    config.retry.maxDelayMs = 40;
    return config;
}

ChatAgent agent(const QString &edited = QStringLiteral("You review code. Be brief."),
    const QString &saved = QStringLiteral("You review code."))
{
    ChatAgent a;
    a.key = QStringLiteral("/agents/code-reviewer.md");
    a.name = QStringLiteral("code-reviewer");
    a.path = QStringLiteral("/agents/code-reviewer.md");
    a.editedBody = edited;
    a.savedBody = saved;
    a.hasSavedFile = true;
    a.initialPrompt = QStringLiteral("Review the last commit.");
    a.model = QStringLiteral("claude-sonnet-5");
    return a;
}

// Replaces the request id the test server's replies carry by default.
ProviderTestServer::Reply withRequestId(ProviderTestServer::Reply reply, const QByteArray &id)
{
    reply.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first == "request-id"; });
    return reply.header("request-id", id);
}

const QString RichReply
    = QStringLiteral("Two things stand out:\n\n1. `parse()` ignores **errors**.\n2. The loop copies each item.\n\n"
                     "```cpp\nfor (const auto &item : items)\n    use(item);\n```\n\nOtherwise it *looks* fine.");

} // namespace

class TestChatPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void conversationStreamsIntoThePane();
    void stopMidStreamKeepsAndMarksPartial();
    void editResendAndRegenerateFromTheView();
    void comparesTwoModels();
    void comparesSavedWithEdited();
    void errorIsANoticeNotText();
    void retryCountdownCanBeCancelled();
    void closingWhileStreamingIsSafe();
    void initialPromptIsOffered();
    void modelSelectorPreselectsAgentModel();
    void modelSelectorListsFetchedModels();
    void windowFeedsTheAgentToTheChat();
    void stablePrefix_data();
    void stablePrefix();
    void growingRenderEndsLikeWholeRender();
    void settingsDialogKeepsKeysOutOfFiles();
    void noKeyInFilesAfterASession();
    void renderToPng_data();
    void renderToPng();
    void narrowPaneMovesActionsToAMenu();

private:
    void sendAndWait(ChatPane &pane, const QString &text, int sessions = 1);

    QTemporaryDir m_dir;
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProviders> m_providers;
};

void TestChatPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("agent-workbench-tst-chatpane"));
    QVERIFY(m_dir.isValid());
}

void TestChatPane::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_providers = std::make_unique<ChatProviders>(
        m_dir.filePath(QStringLiteral("providers.json")), QStringLiteral("agent-workbench-tests"));
    ProviderConfig config = serverConfig(QStringLiteral("local"), *m_server);
    config.detected = true;
    m_providers->addDetected(config);
}

void TestChatPane::cleanup()
{
    // Finished jobs are deleted later; their provider must outlive them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_providers.reset();
    m_server.reset();
}

void TestChatPane::sendAndWait(ChatPane &pane, const QString &text, int sessions)
{
    QSignalSpy first(pane.session(0), &ChatSession::replyFinished);
    QSignalSpy second(pane.session(1), &ChatSession::replyFinished);
    pane.composer()->setText(text);
    QTest::keyClick(pane.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(first.wait(15000) || first.size() == 1);
    if (sessions > 1)
        QTRY_COMPARE_WITH_TIMEOUT(second.size(), 1, 15000);
}

void TestChatPane::conversationStreamsIntoThePane()
{
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(
        { QStringLiteral("Two things "), QStringLiteral("stand out: **parse** "), QStringLiteral("ignores errors.") },
        { 1200, 300, 0, 0 }, QStringLiteral("end_turn"), { QStringLiteral("The user wants a review.") }));
    m_server->setReply("POST", "/v1/messages", withRequestId(reply, "req_pane_1").splitEvery(5));
    ChatPane pane(m_providers.get());
    pane.prices().setEntry({ QStringLiteral("claude-test-1"), 3, 15, -1, -1, 200000, {} });
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.resize(520, 640);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));

    sendAndWait(pane, QStringLiteral("Please review main.cpp"));
    QCOMPARE(pane.composer()->text(), QString()); // sent, so the box is empty
    ChatMessageView *view = pane.column(0)->view();
    QCOMPARE(view->messageCount(), 2);
    ChatMessageWidget *answer = view->messageWidget(1);
    QVERIFY2(answer->bodyText().contains(QStringLiteral("Two things stand out:")), qPrintable(answer->bodyText()));
    // Markdown is rendered: the bold word is not shown with its asterisks.
    QVERIFY(!answer->bodyText().contains(QStringLiteral("**parse**")));
    QVERIFY(answer->bodyText().contains(QStringLiteral("parse")));
    QVERIFY(!answer->isThinkingExpanded());
    const QString figures = ChatMessageWidget::figures(answer->turn());
    QVERIFY2(figures.contains(QStringLiteral("req_pane_1")), qPrintable(figures));
    QVERIFY(figures.contains(QStringLiteral("end_turn")));
    QVERIFY(figures.contains(QStringLiteral("$0.0081"))); // 1200 × $3 + 300 × $15 per million
    QVERIFY2(
        pane.column(0)->totalsText().contains(QStringLiteral("context 0%")), qPrintable(pane.column(0)->totalsText()));
    QVERIFY(pane.column(0)->contextMeter()->isVisible());
    answer->setThinkingExpanded(true);
    QVERIFY(answer->isThinkingExpanded());
    // The system prompt was the edited body.
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("system")).toString(),
        QStringLiteral("You review code. Be brief."));
    // Streaming was coalesced: far fewer renders than deltas+pieces.
    QVERIFY(answer->renderCount() >= 1);
}

void TestChatPane::stopMidStreamKeepsAndMarksPartial()
{
    ProviderTestServer::Reply slow
        = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(ProviderStreams::words(500), { 10, 500, 0, 0 }))
              .splitEvery(48);
    slow.delayMs = 15;
    m_server->setReply("POST", "/v1/messages", slow);
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.resize(520, 640);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.composer()->setText(QStringLiteral("Talk a lot"));
    QTest::mouseClick(pane.composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY(pane.composer()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(pane.column(0)->view()->messageCount() == 2
            && pane.column(0)->view()->messageWidget(1)->bodyText().contains(QStringLiteral("w5 ")),
        10000);
    QVERIFY(pane.composer()->stopButton()->isVisible());
    QTest::keyClick(pane.composer()->editor(), Qt::Key_Escape);
    QTRY_VERIFY(!pane.isBusy());
    const ChatTurn &partial = pane.session(0)->conversation().at(1);
    QVERIFY(partial.interrupted);
    QVERIFY(partial.text.startsWith(QStringLiteral("w0 w1 w2 w3 w4 w5 ")));
    QVERIFY(!partial.text.contains(QStringLiteral("w499")));
    ChatMessageWidget *widget = pane.column(0)->view()->messageWidget(1);
    widget->renderNow();
    QVERIFY(widget->bodyText().contains(QStringLiteral("w5")));
    QList<QPushButton *> buttons = widget->findChildren<QPushButton *>();
    QPushButton *continueButton = nullptr;
    for (QPushButton *button : buttons) {
        if (button->text() == QStringLiteral("Continue"))
            continueButton = button;
    }
    QVERIFY(continueButton);
    QVERIFY(continueButton->isVisible());
    QVERIFY(continueButton->isEnabled());
    const QList<QLabel *> labels = widget->findChildren<QLabel *>();
    const bool marked = std::any_of(labels.cbegin(), labels.cend(),
        [](QLabel *label) { return label->isVisible() && label->text() == QStringLiteral("Interrupted: Stopped"); });
    QVERIFY(marked);
    QVERIFY(!pane.column(0)->isNoticeShown()); // stopping is not an error
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestChatPane::editResendAndRegenerateFromTheView()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A1") }, { 5, 1 })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A1b") }, { 5, 1 })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A1c") }, { 5, 1 })) });
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    sendAndWait(pane, QStringLiteral("Q1"));
    ChatMessageView *view = pane.column(0)->view();
    QSignalSpy finished(pane.session(0), &ChatSession::replyFinished);
    ChatMessageWidget *question = view->messageWidget(0);
    question->startEditing();
    auto *editor = question->findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    editor->setPlainText(QStringLiteral("Q1 edited"));
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(finished.wait(10000));
    QCOMPARE(pane.session(0)->conversation().count(), 2);
    QCOMPARE(pane.session(0)->conversation().at(0).text, QStringLiteral("Q1 edited"));
    QCOMPARE(pane.session(0)->conversation().at(1).text, QStringLiteral("A1b"));

    QPushButton *regenerate = nullptr;
    for (QPushButton *button : view->messageWidget(1)->findChildren<QPushButton *>()) {
        if (button->text() == QStringLiteral("Regenerate"))
            regenerate = button;
    }
    QVERIFY(regenerate && regenerate->isVisible());
    QTest::mouseClick(regenerate, Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(pane.session(0)->conversation().count(), 2);
    QCOMPARE(pane.session(0)->conversation().at(1).text, QStringLiteral("A1c"));
}

void TestChatPane::comparesTwoModels()
{
    ProviderTestServer other;
    QVERIFY(other.listen());
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("Left answer.") }, { 10, 3 },
            QStringLiteral("end_turn"), {}, QStringLiteral("claude-left"))));
    other.setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("Right answer, longer.") },
            { 10, 5 }, QStringLiteral("end_turn"), {}, QStringLiteral("claude-right"))));
    ProviderConfig second = serverConfig(QStringLiteral("other"), other);
    second.detected = true;
    m_providers->addDetected(second);

    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-left") });
    pane.setCompareMode(ChatPane::Compare::OtherModel);
    pane.compareSelector()->setCurrent({ QStringLiteral("other"), QStringLiteral("claude-right") });
    pane.resize(900, 600);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.column(1)->isVisible());
    sendAndWait(pane, QStringLiteral("Which is better?"), 2);

    for (int i = 0; i < 2; ++i) {
        const Conversation &conversation = pane.session(i)->conversation();
        QCOMPARE(conversation.count(), 2);
        QCOMPARE(conversation.at(0).text, QStringLiteral("Which is better?"));
    }
    QCOMPARE(pane.session(0)->conversation().at(1).text, QStringLiteral("Left answer."));
    QCOMPARE(pane.session(1)->conversation().at(1).text, QStringLiteral("Right answer, longer."));
    QCOMPARE(pane.session(0)->conversation().at(1).model, QStringLiteral("claude-left"));
    QCOMPARE(pane.session(1)->conversation().at(1).model, QStringLiteral("claude-right"));
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("model")).toString(), QStringLiteral("claude-left"));
    QCOMPARE(other.lastRequest().json().value(QLatin1String("model")).toString(), QStringLiteral("claude-right"));
    QVERIFY(pane.session(0)->conversation().at(1).usage.outputTokens
        < pane.session(1)->conversation().at(1).usage.outputTokens);
    QVERIFY(pane.grab().save(QStringLiteral(AWB_BINARY_DIR "/chatpane-compare.png")));
}

void TestChatPane::comparesSavedWithEdited()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 5, 1 })));
    ChatPane pane(m_providers.get());
    pane.setAgent(agent(QStringLiteral("EDITED prompt"), QStringLiteral("SAVED prompt")));
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.setCompareMode(ChatPane::Compare::SavedAgent);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    sendAndWait(pane, QStringLiteral("Hello"), 2);
    QCOMPARE(m_server->requestCount(), 2);
    QStringList systems;
    for (const ProviderTestServer::Request &request : m_server->requests())
        systems << request.json().value(QLatin1String("system")).toString();
    systems.sort();
    QCOMPARE(systems, (QStringList { QStringLiteral("EDITED prompt"), QStringLiteral("SAVED prompt") }));
    QVERIFY(pane.column(0)->title().startsWith(QStringLiteral("Edited agent")));
    QVERIFY(pane.column(1)->title().startsWith(QStringLiteral("Saved agent")));

    // The "saved file" option alone makes the saved body the prompt.
    pane.setCompareMode(ChatPane::Compare::Off);
    pane.setUseSavedPrompt(true);
    sendAndWait(pane, QStringLiteral("Again"));
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("system")).toString(), QStringLiteral("SAVED prompt"));
}

void TestChatPane::errorIsANoticeNotText()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(404,
            ProviderStreams::anthropicErrorBody(
                QStringLiteral("not_found_error"), QStringLiteral("model: claude-nope"))));
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-nope") });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    sendAndWait(pane, QStringLiteral("Hi"));
    QVERIFY(pane.column(0)->isNoticeShown());
    QVERIFY2(
        pane.column(0)->noticeText().contains(QStringLiteral("claude-nope")), qPrintable(pane.column(0)->noticeText()));
    QCOMPARE(pane.session(0)->conversation().count(), 1);
    QCOMPARE(pane.column(0)->view()->messageCount(), 1);
}

void TestChatPane::retryCountdownCanBeCancelled()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(
            429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("slow down")))
            .header("retry-after", "30"));
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.composer()->setText(QStringLiteral("Hi"));
    QTest::mouseClick(pane.composer()->sendButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(pane.session(0)->state() == ChatSession::State::Retrying, 10000);
    QVERIFY(pane.column(0)->isNoticeShown());
    QVERIFY2(pane.column(0)->noticeText().contains(QStringLiteral("Trying again in 30 s")),
        qPrintable(pane.column(0)->noticeText()));
    QPushButton *cancel = nullptr;
    for (QPushButton *button : pane.column(0)->findChildren<QPushButton *>()) {
        if (button->accessibleName() == QStringLiteral("Cancel retry"))
            cancel = button;
    }
    QVERIFY(cancel && cancel->isVisible());
    // The countdown moves once a second.
    QTRY_VERIFY_WITH_TIMEOUT(pane.column(0)->noticeText().contains(QStringLiteral("Trying again in 29 s")), 5000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!pane.isBusy());
    QCOMPARE(m_server->requestCount(), 1); // no retry was sent
    QCOMPARE(pane.session(0)->conversation().count(), 1); // the question stays; no empty reply
    QVERIFY(!pane.composer()->isBusy());
}

void TestChatPane::closingWhileStreamingIsSafe()
{
    ProviderTestServer::Reply slow
        = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(ProviderStreams::words(300), { 10, 300, 0, 0 }))
              .splitEvery(32);
    slow.delayMs = 20;
    m_server->setReply("POST", "/v1/messages", slow);
    // As in the window: the providers go first, then the pane.
    auto *providers
        = new ChatProviders(m_dir.filePath(QStringLiteral("closing.json")), QStringLiteral("agent-workbench-tests"));
    ProviderConfig config = serverConfig(QStringLiteral("local"), *m_server);
    config.detected = true;
    providers->addDetected(config);
    auto *pane = new ChatPane(providers);
    pane->setAgent(agent());
    pane->setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane->send(QStringLiteral("Talk"));
    QTRY_VERIFY_WITH_TIMEOUT(pane->session(0)->state() == ChatSession::State::Streaming, 10000);
    delete providers;
    QVERIFY(!pane->isBusy()); // the reply ended, marked, with what had arrived
    QVERIFY(pane->session(0)->conversation().at(1).interrupted);
    QVERIFY(pane->session(0)->conversation().at(1).text.startsWith(QStringLiteral("w0 ")));
    delete pane;
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestChatPane::initialPromptIsOffered()
{
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    QCOMPARE(pane.composer()->text(), QStringLiteral("Review the last commit."));
    // Another agent without one: the suggestion goes, since the person had not changed it.
    ChatAgent other = agent();
    other.key = other.path = QStringLiteral("/agents/planner.md");
    other.initialPrompt.clear();
    pane.setAgent(other);
    QCOMPARE(pane.composer()->text(), QString());
    // What the person typed is never replaced.
    pane.composer()->setText(QStringLiteral("my own words"));
    pane.setAgent(agent());
    QCOMPARE(pane.composer()->text(), QStringLiteral("my own words"));
}

void TestChatPane::modelSelectorPreselectsAgentModel()
{
    ChatProviders providers(
        m_dir.filePath(QStringLiteral("selector-providers.json")), QStringLiteral("agent-workbench-tests"));
    ModelSelector selector(&providers);
    const QList<ModelChoice> choices = selector.choices();
    // Before any list arrives, Anthropic offers the models Claude Code's aliases name.
    QVERIFY(choices.contains(ModelChoice { QStringLiteral("anthropic"), QStringLiteral("claude-sonnet-5") }));
    QSignalSpy changed(&selector, &ModelSelector::choiceChanged);
    selector.preselectModel(QStringLiteral("claude-haiku-4-5-20251001"));
    QCOMPARE(
        selector.current(), (ModelChoice { QStringLiteral("anthropic"), QStringLiteral("claude-haiku-4-5-20251001") }));
    QCOMPARE(changed.size(), 1);
    // A model nobody listed is added under the provider it belongs to.
    selector.preselectModel(QStringLiteral("claude-future-9"));
    QCOMPARE(selector.current(), (ModelChoice { QStringLiteral("anthropic"), QStringLiteral("claude-future-9") }));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(selector.accessibleName(), QStringLiteral("Provider and model"));
}

void TestChatPane::modelSelectorListsFetchedModels()
{
    m_server->setReply("GET", "/v1/models", ProviderTestServer::Reply::json(200, R"({"data":[
        {"type":"model","id":"claude-local-a","display_name":"A","created_at":"2026-05-01T00:00:00Z"},
        {"type":"model","id":"claude-local-b","display_name":"B","created_at":"2026-04-01T00:00:00Z"}],
        "has_more":false,"first_id":"claude-local-a","last_id":"claude-local-b"})"));
    ModelSelector selector(m_providers.get());
    QSignalSpy fetched(m_providers.get(), &ChatProviders::modelsChanged);
    m_providers->refreshModels(QStringLiteral("local"));
    QVERIFY(fetched.wait(10000));
    QCOMPARE(fetched.at(0).at(0).toString(), QStringLiteral("local"));
    const QList<ModelChoice> choices = selector.choices();
    QVERIFY(choices.contains(ModelChoice { QStringLiteral("local"), QStringLiteral("claude-local-a") }));
    QVERIFY(choices.contains(ModelChoice { QStringLiteral("local"), QStringLiteral("claude-local-b") }));
    // The agent's model is preselected under the provider that lists it.
    selector.preselectModel(QStringLiteral("claude-local-b"));
    QCOMPARE(selector.current(), (ModelChoice { QStringLiteral("local"), QStringLiteral("claude-local-b") }));
}

void TestChatPane::windowFeedsTheAgentToTheChat()
{
    const QString path = m_dir.filePath(QStringLiteral("haiku-helper.md"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nname: haiku-helper\ndescription: Use for quick questions.\nmodel: haiku\n"
               "initialPrompt: Summarise the README.\n---\n\nYou answer briefly.\n");
    file.close();
    QTemporaryDir recovery;
    MainWindow window(recovery.path());
    QVERIFY(window.openFile(path));
    ChatPane *chat = window.chat();
    QVERIFY(chat);
    QCOMPARE(chat->agent().name, QStringLiteral("haiku-helper"));
    QCOMPARE(chat->agent().editedBody, QStringLiteral("You answer briefly."));
    QCOMPARE(chat->agent().savedBody, QStringLiteral("You answer briefly."));
    QCOMPARE(chat->agent().model, QStringLiteral("claude-haiku-4-5-20251001")); // the alias, resolved
    QCOMPARE(chat->composer()->text(), QStringLiteral("Summarise the README.")); // offered first message
    // The agent's model is the toolbar's choice, and the chat's.
    QCOMPARE(window.modelSelector()->current().model, QStringLiteral("claude-haiku-4-5-20251001"));
    QCOMPARE(chat->primaryChoice().model, QStringLiteral("claude-haiku-4-5-20251001"));
    // Editing the body changes the system prompt at once; the saved one stays.
    window.currentTab()->buffer()->setBody(QStringLiteral("You answer in one line."));
    QCOMPARE(chat->agent().editedBody, QStringLiteral("You answer in one line."));
    QCOMPARE(chat->agent().savedBody, QStringLiteral("You answer briefly."));
    QCOMPARE(chat->session(0)->systemPrompt(), QStringLiteral("You answer in one line."));
}

void TestChatPane::stablePrefix_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<int>("stable");
    QTest::newRow("one unfinished line") << QStringLiteral("Hello wor") << 0;
    QTest::newRow("finished paragraph") << QStringLiteral("One.\n\nTwo") << 6;
    QTest::newRow("two blank lines count once") << QStringLiteral("One.\n\n\nTwo") << 6;
    QTest::newRow("blank line inside a fence") << QStringLiteral("Intro\n\n```\ncode\n\nmore\n") << 7;
    QTest::newRow("after a closed fence") << QStringLiteral("```\na\n\nb\n```\n\nAfter") << 14;
    QTest::newRow("tilde fence") << QStringLiteral("~~~\nx\n\n") << 0;
}

void TestChatPane::stablePrefix()
{
    QFETCH(QString, markdown);
    QFETCH(int, stable);
    QCOMPARE(ChatMessageBody::stablePrefixLength(markdown), qsizetype(stable));
}

void TestChatPane::growingRenderEndsLikeWholeRender()
{
    ChatMessageBody growing;
    ChatMessageBody whole;
    growing.resize(400, 100);
    whole.resize(400, 100);
    QString text;
    for (qsizetype i = 0; i < RichReply.size(); i += 7) {
        text = RichReply.left(i + 7);
        growing.showGrowingMarkdown(text);
    }
    whole.showMarkdown(RichReply);
    // Piece by piece, the text shown is the text of the whole rendering.
    const auto words = [](const QString &plain) { return plain.simplified(); };
    QCOMPARE(words(growing.toPlainText()), words(whole.toPlainText()));
    QVERIFY(!growing.toPlainText().contains(QStringLiteral("**")));
    QVERIFY(growing.height() > 60); // as tall as its content, no scroll bar of its own
}

void TestChatPane::settingsDialogKeepsKeysOutOfFiles()
{
    const QString path = m_dir.filePath(QStringLiteral("dialog-providers.json"));
    ChatProviders providers(path, QStringLiteral("agent-workbench-tests"));
    ProviderSettingsDialog dialog(&providers);
    const int before = dialog.list()->count();
    dialog.addProvider(ProviderConfig::Kind::OpenAI);
    QCOMPARE(dialog.list()->count(), before + 1);
    QCOMPARE(dialog.configs().constLast().id, QStringLiteral("openai-2"));
    dialog.keyEdit()->setText(Secret);
    dialog.runOnly()->setChecked(true);
    QSignalSpy done(&dialog, &ProviderSettingsDialog::keyOperationFinished);
    dialog.saveKey();
    QCOMPARE(done.size(), 1);
    QVERIFY(done.at(0).at(0).toBool());
    QVERIFY(dialog.keyEdit()->text().isEmpty());
    QCOMPARE(providers.secrets()->sessionKey(QStringLiteral("openai-2")).secret, Secret);
    QVERIFY(dialog.keyStatus()->text().contains(QStringLiteral("this run only")));
    QString error;
    QVERIFY2(dialog.apply(&error), qPrintable(error));
    QVERIFY(providers.hasKey(QStringLiteral("openai-2")));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray saved = file.readAll();
    QVERIFY(saved.contains("openai-2"));
    QVERIFY(!saved.contains(Secret.toUtf8()));
}

void TestChatPane::noKeyInFilesAfterASession()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("fine") }, { 5, 1 })));
    // A configured (not detected) provider on this machine, with a key for its host.
    ProviderConfig keyed = serverConfig(QStringLiteral("keyed"), *m_server);
    QVERIFY(m_providers->setConfigured(m_providers->configured() << keyed));
    m_providers->setKey(QStringLiteral("keyed"), { Secret, QStringLiteral("127.0.0.1") });
    ChatPane pane(m_providers.get());
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("keyed"), QStringLiteral("claude-test-1") });
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    sendAndWait(pane, QStringLiteral("Hello"));
    QCOMPARE(m_server->lastRequest().header("x-api-key"), Secret.toUtf8()); // the key was used
    QString error;
    QVERIFY2(pane.saveTranscript(m_dir.filePath(QStringLiteral("session.json")), &error), qPrintable(error));
    QVERIFY2(pane.exportMarkdown(m_dir.filePath(QStringLiteral("session.md")), &error), qPrintable(error));
    QVERIFY(pane.prices().save(m_dir.filePath(QStringLiteral("prices.json")), &error));
    QVERIFY(m_providers->setConfigured(m_providers->configured()));

    QStringList roots { m_dir.path(), QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
        QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) };
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            QVERIFY2(!file.readAll().contains(Secret.toUtf8()), qPrintable(file.fileName()));
        }
    }
    QVERIFY(files >= 4); // providers.json, session.json, session.md, prices.json at least
}

void TestChatPane::renderToPng_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestChatPane::renderToPng()
{
    QFETCH(bool, dark);
    Theme::apply(dark ? Theme::Mode::Dark : Theme::Mode::Light);
    ProviderTestServer::Reply drop = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicUnfinished({ QStringLiteral("Also, the tests ") }, { 2000, 4 }));
    drop.end = ProviderTestServer::Reply::End::Drop;
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ RichReply }, { 1843, 96, 0, 0 },
              QStringLiteral("end_turn"), { QStringLiteral("Read the diff first.") })),
            drop });
    ChatPane pane(m_providers.get());
    pane.prices().setEntry({ QStringLiteral("claude-test-1"), 3, 15, -1, -1, 200000, {} });
    pane.setAgent(agent());
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.resize(560, 760);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    sendAndWait(pane, QStringLiteral("Review the last commit."));
    sendAndWait(pane, QStringLiteral("Anything else?"));
    QVERIFY(pane.session(0)->conversation().at(3).interrupted);
    QVERIFY(pane.column(0)->isNoticeShown()); // the drop, said in the pane
    // The messages take the height they need at the width they have: no blank space after them.
    ChatMessageView *view = pane.column(0)->view();
    QTRY_COMPARE(view->widget()->height(),
        std::max(view->viewport()->height(), view->widget()->heightForWidth(view->viewport()->width())));
    const QImage image = pane.grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(pane.palette().color(QPalette::Base).lightnessF() < 0.5, dark);
    const QString out = QStringLiteral(AWB_BINARY_DIR "/chatpane-%1.png")
                            .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
    QVERIFY(image.save(out));
    Theme::apply(Theme::Mode::Light);
}

void TestChatPane::narrowPaneMovesActionsToAMenu()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ RichReply }, { 1843, 96, 0, 0 })));
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *pane = new ChatPane(m_providers.get(), &window);
    layout->addWidget(pane);
    pane->setAgent(agent());
    pane->setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    QVERIFY2(pane->minimumSizeHint().width() <= 380, qPrintable(QString::number(pane->minimumSizeHint().width())));
    window.resize(380, 640);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.width(), 380);
    QTRY_VERIFY(pane->isCompact());
    QVERIFY(pane->moreButton()->isVisible());
    QVERIFY(pane->moreButton()->menu()->actions().size() >= 5);
    sendAndWait(*pane, QStringLiteral("Review the last commit."));
    // Nothing sticks out of the pane: every shown control lies within its width.
    QTRY_VERIFY(pane->layout()->totalMinimumSize().width() <= pane->width());
    for (QWidget *child : pane->findChildren<QWidget *>()) {
        if (!child->isVisible() || child->isWindow())
            continue;
        const QRect area(child->mapTo(pane, QPoint(0, 0)), child->size());
        QVERIFY2(area.left() >= 0 && area.right() < pane->width(),
            qPrintable(QStringLiteral("%1 %2 at %3..%4")
                           .arg(QString::fromLatin1(child->metaObject()->className()), child->accessibleName())
                           .arg(area.left())
                           .arg(area.right())));
    }
    ChatMessageView *view = pane->column(0)->view();
    QTRY_COMPARE(view->widget()->height(),
        std::max(view->viewport()->height(), view->widget()->heightForWidth(view->viewport()->width())));
    // The reply's text fits its frame at this width: its figures come below the text.
    ChatMessageWidget *reply = view->messageWidget(1);
    QVERIFY(reply);
    const auto labels = reply->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->isVisible() && label->text().contains(QStringLiteral("1,843 in"))) {
            QTRY_VERIFY2(label->y() >= reply->findChild<ChatMessageBody *>()->geometry().bottom(),
                qPrintable(QStringLiteral("figures at %1, text ends at %2")
                               .arg(label->y())
                               .arg(reply->findChild<ChatMessageBody *>()->geometry().bottom())));
        }
    }
    QVERIFY(window.grab().toImage().save(QStringLiteral(AWB_BINARY_DIR "/chatpane-narrow.png")));
    // The menu's actions are the buttons' actions.
    QAction *clearAction = nullptr;
    for (QAction *action : pane->moreButton()->menu()->actions()) {
        if (action->text() == QStringLiteral("Clear"))
            clearAction = action;
    }
    QVERIFY(clearAction);
    QCOMPARE(pane->session(0)->conversation().count(), 2);
    clearAction->trigger();
    QCOMPARE(pane->session(0)->conversation().count(), 0);
    // Wide again: the buttons come back.
    window.resize(1000, 640);
    QTRY_VERIFY(!pane->isCompact());
    QVERIFY(!pane->moreButton()->isVisible());
}

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
