#include "chat/chatsession.h"

#include "providers/chatprovider.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace awb;
using namespace awb::test;

namespace {

const QString Secret = QStringLiteral("sk-test-secret-0123");

ProviderConfig configFor(ProviderConfig::Kind kind, const ProviderTestServer &server)
{
    ProviderConfig config = ProviderConfig::defaults(kind);
    QUrl base = server.url();
    if (kind == ProviderConfig::Kind::OpenAI)
        base.setPath(QStringLiteral("/v1"));
    config.baseUrl = base;
    config.displayName = QStringLiteral("Test server");
    config.timeouts = { 5000, 5000, 5000 };
    config.retry.initialDelayMs = 10;
    config.retry.maxDelayMs = 40;
    config.retry.maxRetries = 2;
    return config;
}

// Replaces the request id the test server's replies carry by default.
ProviderTestServer::Reply withRequestId(ProviderTestServer::Reply reply, const QByteArray &id)
{
    reply.headers.removeIf([](const QPair<QByteArray, QByteArray> &h) { return h.first == "request-id"; });
    return reply.header("request-id", id);
}

// The messages of a recorded request as "role: text" lines.
QStringList sentMessages(const ProviderTestServer::Request &request)
{
    QStringList out;
    const QJsonArray messages = request.json().value(QLatin1String("messages")).toArray();
    for (const QJsonValue &value : messages) {
        const QJsonObject message = value.toObject();
        QString text;
        const QJsonValue content = message.value(QLatin1String("content"));
        if (content.isString()) {
            text = content.toString();
        } else {
            for (const QJsonValue &block : content.toArray())
                text += block.toObject().value(QLatin1String("text")).toString();
        }
        out << message.value(QLatin1String("role")).toString() + QStringLiteral(": ") + text;
    }
    return out;
}

} // namespace

class TestChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sendStreamsAndFillsFigures();
    void thinkingAndToolCalls();
    void stopMidStreamKeepsPartial();
    void editAndResendTruncates();
    void regenerateAsksAgain();
    void continueAfterDrop();
    void continueOnOpenAiAsksInWords();
    void errorsGoToTheNoticeNotTheText();
    void retryIsAnnouncedAndCounted();
    void refusesWhileBusyOrUnready();

private:
    void useProvider(ProviderConfig::Kind kind);
    bool waitForReply();

    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
    std::unique_ptr<ChatSession> m_session;
    PriceTable m_prices = PriceTable::empty();
};

void TestChatSession::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_prices = PriceTable::empty();
    m_prices.setEntry({ QStringLiteral("claude-test-1"), 3, 15, 0.3, 3.75, 200000, {} });
    m_session = std::make_unique<ChatSession>();
    m_session->setPriceTable(&m_prices);
    m_session->setSystemPrompt(QStringLiteral("You review code."));
    m_session->setModel(QStringLiteral("claude-test-1"));
    useProvider(ProviderConfig::Kind::Anthropic);
}

void TestChatSession::cleanup()
{
    m_session.reset();
    // Finished jobs are deleted later; their provider must outlive them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_provider.reset();
    m_server.reset();
}

void TestChatSession::useProvider(ProviderConfig::Kind kind)
{
    m_provider.reset(ChatProvider::create(configFor(kind, *m_server)));
    m_provider->setApiKey({ Secret, QStringLiteral("127.0.0.1") });
    m_session->setProvider(m_provider.get());
}

bool TestChatSession::waitForReply()
{
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    return finished.wait(15000) && finished.size() == 1;
}

void TestChatSession::sendStreamsAndFillsFigures()
{
    m_server->setReply("POST", "/v1/messages",
        withRequestId(
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(
                { QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world.") }, { 1000, 200, 500, 0 })),
            "req_test_42")
            .splitEvery(7));
    QSignalSpy states(m_session.get(), &ChatSession::stateChanged);
    QVERIFY(m_session->send(QStringLiteral("Review this")));
    QVERIFY(m_session->isBusy());
    QCOMPARE(m_session->messages()->rowCount(), 2); // the question and the reply to come
    QVERIFY(waitForReply());
    QVERIFY(!m_session->isBusy());

    const ChatTurn &reply = m_session->conversation().at(1);
    QCOMPARE(reply.text, QStringLiteral("Hello, world."));
    QCOMPARE(reply.model, QStringLiteral("claude-test-1"));
    QCOMPARE(reply.provider, QStringLiteral("Test server"));
    QCOMPARE(reply.usage.inputTokens, qint64(1000));
    QCOMPARE(reply.usage.outputTokens, qint64(200));
    QCOMPARE(reply.usage.cacheReadInputTokens, qint64(500));
    // 1000 × $3 + 200 × $15 + 500 × $0.30 per million
    QVERIFY2(qAbs(reply.costUsd - 0.00615) < 1e-12, qPrintable(QString::number(reply.costUsd, 'g', 12)));
    QCOMPARE(reply.stopReason, QStringLiteral("end_turn"));
    QCOMPARE(reply.requestId, QStringLiteral("req_test_42"));
    QVERIFY(reply.timeToFirstTokenMs >= 0);
    QVERIFY(reply.durationMs >= reply.timeToFirstTokenMs);
    QVERIFY(!reply.interrupted);
    QVERIFY(m_session->lastError().isEmpty());
    QVERIFY(states.size() >= 3); // waiting, streaming, idle

    const ProviderTestServer::Request sent = m_server->lastRequest();
    QCOMPARE(sent.json().value(QLatin1String("system")).toString(), QStringLiteral("You review code."));
    QCOMPARE(sentMessages(sent), QStringList { QStringLiteral("user: Review this") });
    QCOMPARE(m_session->conversation().totals().replies, 1);
}

void TestChatSession::thinkingAndToolCalls()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("Done.") }, { 10, 5, 0, 0 },
              QStringLiteral("end_turn"), { QStringLiteral("Let me "), QStringLiteral("think.") })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicToolUse(QStringLiteral("Reading."),
                QStringLiteral("toolu_1"), QStringLiteral("Read"),
                { QStringLiteral("{\"path\":"), QStringLiteral("\"a.cpp\"}") }, { 10, 5, 0, 0 })) });
    QVERIFY(m_session->send(QStringLiteral("Think")));
    QVERIFY(waitForReply());
    QCOMPARE(m_session->conversation().at(1).thinking, QStringLiteral("Let me think."));
    QCOMPARE(m_session->conversation().at(1).text, QStringLiteral("Done."));
    QVERIFY(m_session->send(QStringLiteral("Read it")));
    QVERIFY(waitForReply());
    const ChatTurn &tool = m_session->conversation().at(3);
    QCOMPARE(tool.text, QStringLiteral("Reading."));
    QCOMPARE(tool.toolCalls.size(), 1);
    QCOMPARE(tool.toolCalls.at(0).name, QStringLiteral("Read"));
    QCOMPARE(tool.toolCalls.at(0).inputJson, QStringLiteral("{\"path\":\"a.cpp\"}"));
    QCOMPARE(tool.stopReason, QStringLiteral("tool_use"));
}

void TestChatSession::stopMidStreamKeepsPartial()
{
    // Drip slowly: the stop lands mid-stream.
    ProviderTestServer::Reply slow
        = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(ProviderStreams::words(400), { 10, 400, 0, 0 }))
              .splitEvery(40);
    slow.delayMs = 15;
    m_server->setReply("POST", "/v1/messages", slow);
    QVERIFY(m_session->send(QStringLiteral("Talk")));
    QTRY_VERIFY_WITH_TIMEOUT(m_session->conversation().at(1).text.contains(QStringLiteral("w3 ")), 10000);
    QCOMPARE(m_session->state(), ChatSession::State::Streaming);
    QSignalSpy finished(m_session.get(), &ChatSession::replyFinished);
    m_session->stop();
    QCOMPARE(finished.size(), 1); // synchronously
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const ChatTurn &reply = m_session->conversation().at(1);
    QVERIFY(reply.interrupted);
    QCOMPARE(reply.interruptionReason, QStringLiteral("Stopped"));
    QVERIFY(reply.text.startsWith(QStringLiteral("w0 w1 w2 w3 ")));
    QVERIFY(!reply.text.contains(QStringLiteral("w399")));
    QVERIFY(m_session->lastError().isEmpty()); // stopping is not an error
    QVERIFY(m_session->conversation().canContinue());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestChatSession::editAndResendTruncates()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A1") }, { 5, 1 })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A2") }, { 5, 1 })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("A1 again") }, { 5, 1 })) });
    QVERIFY(m_session->send(QStringLiteral("Q1")));
    QVERIFY(waitForReply());
    QVERIFY(m_session->send(QStringLiteral("Q2")));
    QVERIFY(waitForReply());
    QCOMPARE(sentMessages(m_server->lastRequest()),
        (QStringList { QStringLiteral("user: Q1"), QStringLiteral("assistant: A1"), QStringLiteral("user: Q2") }));
    QCOMPARE(m_session->conversation().count(), 4);

    QVERIFY(!m_session->editAndResend(1, QStringLiteral("not a user message")));
    QVERIFY(m_session->editAndResend(0, QStringLiteral("Q1 edited")));
    QVERIFY(waitForReply());
    QCOMPARE(sentMessages(m_server->lastRequest()), QStringList { QStringLiteral("user: Q1 edited") });
    QCOMPARE(m_session->conversation().count(), 2);
    QCOMPARE(m_session->conversation().at(0).text, QStringLiteral("Q1 edited"));
    QCOMPARE(m_session->conversation().at(1).text, QStringLiteral("A1 again"));
}

void TestChatSession::regenerateAsksAgain()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("first") }, { 5, 1 })),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("second") }, { 5, 1 })) });
    QVERIFY(m_session->send(QStringLiteral("Q")));
    QVERIFY(waitForReply());
    QVERIFY(m_session->regenerate());
    QVERIFY(waitForReply());
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(sentMessages(m_server->requests().at(1)), sentMessages(m_server->requests().at(0)));
    QCOMPARE(m_session->conversation().count(), 2);
    QCOMPARE(m_session->conversation().at(1).text, QStringLiteral("second"));
}

void TestChatSession::continueAfterDrop()
{
    ProviderTestServer::Reply dropped = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicUnfinished({ QStringLiteral("The answer "), QStringLiteral("is ") }, { 20, 3 }));
    dropped.end = ProviderTestServer::Reply::End::Drop;
    m_server->setReplies("POST", "/v1/messages",
        { dropped,
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral(" 42.") }, { 30, 2 })) });
    QSignalSpy errors(m_session.get(), &ChatSession::errorOccurred);
    QVERIFY(m_session->send(QStringLiteral("What is it?")));
    QVERIFY(waitForReply());
    ChatTurn partial = m_session->conversation().at(1);
    QVERIFY(partial.interrupted);
    QCOMPARE(partial.text, QStringLiteral("The answer is "));
    QVERIFY(!partial.interruptionReason.isEmpty());
    QCOMPARE(errors.size(), 1); // the drop is reported in the pane, not in the text
    QCOMPARE(m_session->lastErrorCode(), ProviderError::ConnectionDropped);

    QVERIFY(m_session->continueReply());
    QVERIFY(waitForReply());
    // Anthropic continues a trailing assistant message (without its trailing white space).
    QCOMPARE(sentMessages(m_server->lastRequest()),
        (QStringList { QStringLiteral("user: What is it?"), QStringLiteral("assistant: The answer is") }));
    const ChatTurn &done = m_session->conversation().at(1);
    QCOMPARE(m_session->conversation().count(), 2);
    QCOMPARE(done.text, QStringLiteral("The answer is 42."));
    QVERIFY(!done.interrupted);
    // The dropped part had reported 1 output token (message_start), the continuation 2.
    QCOMPARE(done.usage.outputTokens, qint64(1 + 2));
    QVERIFY(!m_session->continueReply()); // nothing to continue now
}

void TestChatSession::continueOnOpenAiAsksInWords()
{
    useProvider(ProviderConfig::Kind::OpenAI);
    Conversation conversation;
    conversation.append(ChatTurn::user(QStringLiteral("Q")));
    ChatTurn partial;
    partial.role = ChatTurn::Role::Assistant;
    partial.text = QStringLiteral("Half ");
    partial.interrupted = true;
    conversation.append(partial);
    m_session->openConversation(conversation);
    const QList<ChatMessage> messages = m_session->requestMessages(true);
    QCOMPARE(messages.size(), 3);
    QCOMPARE(messages.at(1).text(), QStringLiteral("Half "));
    QCOMPARE(messages.at(2).role, ChatMessage::Role::User);
    QVERIFY(messages.at(2).text().contains(QStringLiteral("Continue")));
    // Without continuing, the reply being replaced is not part of the prompt.
    QCOMPARE(m_session->requestMessages(false).size(), 1);
}

void TestChatSession::errorsGoToTheNoticeNotTheText()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(401,
            ProviderStreams::anthropicErrorBody(
                QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"))));
    QSignalSpy errors(m_session.get(), &ChatSession::errorOccurred);
    QVERIFY(m_session->send(QStringLiteral("Hi")));
    QVERIFY(waitForReply());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("invalid x-api-key")),
        qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(m_session->lastErrorCode(), ProviderError::Authentication);
    // No empty or "error" reply in the conversation: the question stays, ready to be asked again.
    QCOMPARE(m_session->conversation().count(), 1);
    QCOMPARE(m_session->conversation().at(0).text, QStringLiteral("Hi"));
    QCOMPARE(m_session->conversation().countForRegenerate(), 1);
}

void TestChatSession::retryIsAnnouncedAndCounted()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::json(
              429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("slow down")))
                .header("retry-after", "1"),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 5, 1 })) });
    QSignalSpy retrying(m_session.get(), &ChatSession::retrying);
    QSignalSpy states(m_session.get(), &ChatSession::stateChanged);
    QVERIFY(m_session->send(QStringLiteral("Hi")));
    QVERIFY(retrying.wait(5000));
    QCOMPARE(retrying.at(0).at(0).toInt(), 2);
    QCOMPARE(retrying.at(0).at(1).toInt(), 1);
    QCOMPARE(m_session->state(), ChatSession::State::Retrying);
    QVERIFY(waitForReply());
    QCOMPARE(m_session->conversation().at(1).text, QStringLiteral("ok"));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestChatSession::refusesWhileBusyOrUnready()
{
    ProviderTestServer::Reply hang = ProviderTestServer::Reply::sse(QByteArray());
    hang.end = ProviderTestServer::Reply::End::HangBeforeHeaders;
    m_server->setReply("POST", "/v1/messages", hang);
    QSignalSpy errors(m_session.get(), &ChatSession::errorOccurred);
    QVERIFY(!m_session->send(QStringLiteral("   ")));
    QVERIFY(m_session->send(QStringLiteral("one")));
    QVERIFY(!m_session->send(QStringLiteral("two")));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(m_session->conversation().count(), 2);
    m_session->stop(); // nothing arrived: the empty reply goes, the question stays
    QCOMPARE(m_session->conversation().count(), 1);
    QVERIFY(!m_session->isBusy());

    m_session->setProvider(nullptr);
    QVERIFY(!m_session->send(QStringLiteral("three")));
    QCOMPARE(errors.size(), 2);
    QCOMPARE(m_session->conversation().count(), 1);
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
