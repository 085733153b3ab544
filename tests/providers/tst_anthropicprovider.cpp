#include "providertesthelpers.h"

#include <QJsonArray>

using namespace awb;
using namespace awb::test;

// The Anthropic Messages API client against the local test server: what it sends, and what it
// makes of every part of the event stream.
class TestAnthropicProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void streamsText();
    void sendsHeadersAndBody();
    void requestOptions();
    void thinkingAndSignature();
    void toolUse();
    void everySplitPointOverTheNetwork();
    void drip();
    void unknownEventsIgnored();
    void countTokens();

private:
    ChatJob *stream(const ChatRequest &request = helloRequest());
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
};

void TestAnthropicProvider::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::Anthropic, *m_server)));
    m_provider->setApiKey(testKey());
}

ChatJob *TestAnthropicProvider::stream(const ChatRequest &request)
{
    return m_provider->stream(request);
}

void TestAnthropicProvider::streamsText()
{
    const QStringList deltas { QStringLiteral("Hel"), QStringLiteral("lo, "), QStringLiteral("Grüße 😀") };
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(deltas, { 12, 7, 3, 2 })));
    ChatJob *job = stream();
    QSignalSpy text(job, &ChatJob::textDelta);
    QSignalSpy usage(job, &ChatJob::usageChanged);
    QSignalSpy started(job, &ChatJob::contentBlockStarted);
    QSignalSpy blockDone(job, &ChatJob::contentBlockFinished);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->errorString(), QString());
    QCOMPARE(job->text(), QStringLiteral("Hello, Grüße 😀"));
    QString joined;
    for (const auto &args : text)
        joined += args.at(0).toString();
    QCOMPARE(joined, job->text());
    QCOMPARE(text.size(), 3);
    QCOMPARE(job->stopReason(), QStringLiteral("end_turn"));
    QCOMPARE(job->model(), QStringLiteral("claude-test-1"));
    QCOMPARE(job->requestId(), QStringLiteral("req_test_0001"));
    QCOMPARE(job->httpStatus(), 200);
    const Usage expected { 12, 7, 3, 2 };
    QCOMPARE(job->usage(), expected);
    QCOMPARE(usage.last().at(0).value<Usage>(), expected);
    QCOMPARE(usage.first().at(0).value<Usage>().outputTokens, 1); // message_start's count comes first
    QCOMPARE(started.size(), 1);
    QCOMPARE(blockDone.size(), 1);
    QCOMPARE(job->attempts(), 1);
    QVERIFY(!job->isInterrupted());
    QVERIFY(job->timeToFirstTokenMs() >= 0);
    QCOMPARE(job->message().role, ChatMessage::Role::Assistant);
    QCOMPARE(job->message().content.size(), 1);
}

void TestAnthropicProvider::sendsHeadersAndBody()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 1, 1 })));
    QVERIFY(runToEnd(stream()));
    QCOMPARE(m_server->requestCount(), 1);
    const auto request = m_server->lastRequest();
    QCOMPARE(request.path, QByteArray("/v1/messages"));
    QCOMPARE(request.header("x-api-key"), QByteArray("sk-test-secret-0123"));
    QCOMPARE(request.header("anthropic-version"), QByteArray("2023-06-01"));
    QCOMPARE(request.header("content-type"), QByteArray("application/json"));
    QVERIFY(!request.hasHeader("authorization"));
    const QJsonObject body = request.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-test-1"));
    QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("You are a reviewer."));
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 256);
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QVERIFY(!body.contains(QLatin1String("temperature")));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("user"));
    const QJsonObject block = messages.at(0).toObject().value(QLatin1String("content")).toArray().at(0).toObject();
    QCOMPARE(block.value(QLatin1String("type")).toString(), QStringLiteral("text"));
    QCOMPARE(block.value(QLatin1String("text")).toString(), QStringLiteral("Hello"));
}

void TestAnthropicProvider::requestOptions()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 1, 1 })));
    ChatRequest request = helloRequest();
    request.cacheSystem = true;
    request.cacheTools = true;
    request.cacheLastMessage = true;
    request.temperature = 0.25;
    request.thinkingBudget = 1024;
    request.maxTokens = 4096;
    request.stopSequences = { QStringLiteral("END") };
    request.tools = { { QStringLiteral("Read"), QStringLiteral("Reads a file"),
                          QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } },
        { QStringLiteral("Agent"), QStringLiteral("Starts a subagent"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } };
    request.toolChoice = { ToolChoice::Mode::Tool, QStringLiteral("Agent") };
    request.extra = QJsonObject { { QStringLiteral("top_k"), 5 } };
    request.messages.append(ChatMessage::assistant(QStringLiteral("Hi.")));
    request.messages.append(ChatMessage::user(QStringLiteral("Review this.")));
    QVERIFY(runToEnd(stream(request)));
    const QJsonObject body = m_server->lastRequest().json();
    const QJsonArray system = body.value(QLatin1String("system")).toArray();
    QCOMPARE(system.size(), 1);
    QCOMPARE(system.at(0).toObject().value(QLatin1String("text")).toString(), QStringLiteral("You are a reviewer."));
    QCOMPARE(system.at(0)
                 .toObject()
                 .value(QLatin1String("cache_control"))
                 .toObject()
                 .value(QLatin1String("type"))
                 .toString(),
        QStringLiteral("ephemeral"));
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    QCOMPARE(tools.size(), 2);
    QVERIFY(!tools.at(0).toObject().contains(QLatin1String("cache_control")));
    QVERIFY(tools.at(1).toObject().contains(QLatin1String("cache_control")));
    QCOMPARE(
        tools.at(1).toObject().value(QLatin1String("input_schema")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("object"));
    QCOMPARE(body.value(QLatin1String("tool_choice")).toObject(),
        (QJsonObject {
            { QStringLiteral("type"), QStringLiteral("tool") }, { QStringLiteral("name"), QStringLiteral("Agent") } }));
    QCOMPARE(body.value(QLatin1String("thinking")).toObject().value(QLatin1String("budget_tokens")).toInt(), 1024);
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.25);
    QCOMPARE(body.value(QLatin1String("stop_sequences")).toArray().at(0).toString(), QStringLiteral("END"));
    QCOMPARE(body.value(QLatin1String("top_k")).toInt(), 5);
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 3);
    // Only the last user message is marked for caching.
    QVERIFY(!messages.at(0)
                 .toObject()
                 .value(QLatin1String("content"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .contains(QLatin1String("cache_control")));
    QVERIFY(messages.at(2)
                .toObject()
                .value(QLatin1String("content"))
                .toArray()
                .at(0)
                .toObject()
                .contains(QLatin1String("cache_control")));
}

void TestAnthropicProvider::thinkingAndSignature()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("Answer.") }, { 5, 9 },
            QStringLiteral("end_turn"), { QStringLiteral("Let me "), QStringLiteral("think.") })));
    ChatJob *job = stream();
    QSignalSpy thinking(job, &ChatJob::thinkingDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(thinking.size(), 2);
    QCOMPARE(job->message().content.size(), 2);
    const ContentBlock think = job->message().content.at(0);
    QCOMPARE(think.type, ContentBlock::Type::Thinking);
    QCOMPARE(think.text, QStringLiteral("Let me think."));
    QCOMPARE(think.signature, QStringLiteral("c2lnbmF0dXJl"));
    QCOMPARE(job->message().thinking(), QStringLiteral("Let me think."));
    QCOMPARE(job->text(), QStringLiteral("Answer."));
}

void TestAnthropicProvider::toolUse()
{
    // What a trigger router needs: the model answers with an Agent tool call naming a subagent.
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicToolUse(QStringLiteral("I'll delegate."),
            QStringLiteral("toolu_01"), QStringLiteral("Agent"),
            { QStringLiteral("{\"subagent_type\": \"code-"), QStringLiteral("reviewer\", \"prompt\": \"Review\"}") },
            { 30, 12 })));
    ChatJob *job = stream();
    QSignalSpy toolStarted(job, &ChatJob::toolUseStarted);
    QSignalSpy inputDelta(job, &ChatJob::toolInputDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->stopReason(), QStringLiteral("tool_use"));
    QCOMPARE(toolStarted.size(), 1);
    QCOMPARE(toolStarted.first().at(1).toString(), QStringLiteral("toolu_01"));
    QCOMPARE(toolStarted.first().at(2).toString(), QStringLiteral("Agent"));
    QCOMPARE(inputDelta.size(), 2);
    const QList<ContentBlock> uses = job->message().toolUses();
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().name, QStringLiteral("Agent"));
    QCOMPARE(uses.first().input.value(QLatin1String("subagent_type")).toString(), QStringLiteral("code-reviewer"));
    QCOMPARE(uses.first().input.value(QLatin1String("prompt")).toString(), QStringLiteral("Review"));
    QCOMPARE(job->text(), QStringLiteral("I'll delegate."));
}

void TestAnthropicProvider::everySplitPointOverTheNetwork()
{
    const QByteArray recorded
        = ProviderStreams::anthropicText({ QStringLiteral("Grüße "), QStringLiteral("😀 done") }, { 4, 3 });
    const QString expected = QStringLiteral("Grüße 😀 done");
    for (qsizetype cut = 1; cut < recorded.size(); ++cut) {
        ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(recorded);
        reply.splitAt({ cut });
        reply.delayMs = 1;
        m_server->setReply("POST", "/v1/messages", reply);
        ChatJob *job = stream();
        QVERIFY(runToEnd(job));
        if (job->error() != ProviderError::NoError || job->text() != expected || job->usage() != Usage { 4, 3, 0, 0 })
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2 '%3'").arg(cut).arg(job->errorString(), job->text())));
        job->deleteLater();
    }
}

void TestAnthropicProvider::drip()
{
    const QStringList deltas = ProviderStreams::words(20);
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(deltas, { 3, 20 }));
    reply.splitEvery(13);
    reply.delayMs = 2;
    m_server->setReply("POST", "/v1/messages", reply);
    ChatJob *job = stream();
    QSignalSpy text(job, &ChatJob::textDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), deltas.join(QString()));
    QCOMPARE(text.size(), 20);
}

void TestAnthropicProvider::unknownEventsIgnored()
{
    QByteArray stream = ProviderStreams::anthropicText({ QStringLiteral("a"), QStringLiteral("b") }, { 1, 2 });
    // A future event type and a future block type, anywhere in the stream.
    const QByteArray future = ProviderStreams::sseEvent("future_event", R"({"type":"future_event","x":1})")
        + ProviderStreams::sseEvent("content_block_start",
            R"({"type":"content_block_start","index":7,"content_block":{"type":"future_block"}})")
        + ProviderStreams::sseEvent(
            "content_block_delta", R"({"type":"content_block_delta","index":7,"delta":{"type":"future_delta"}})");
    stream.insert(stream.indexOf("event: content_block_stop"), future);
    m_server->setReply("POST", "/v1/messages", ProviderTestServer::Reply::sse(stream));
    ChatJob *job = this->stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), QStringLiteral("ab"));
    QCOMPARE(job->message().content.size(), 1);
}

void TestAnthropicProvider::countTokens()
{
    m_server->setReply(
        "POST", "/v1/messages/count_tokens", ProviderTestServer::Reply::json(200, R"({"input_tokens": 1234})"));
    ChatRequest request = helloRequest();
    request.tools = { { QStringLiteral("Agent"), QStringLiteral("d"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } };
    CountTokensJob *job = m_provider->countTokens(request);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->inputTokens(), qint64(1234));
    const auto sent = m_server->lastRequest();
    QCOMPARE(sent.header("x-api-key"), QByteArray("sk-test-secret-0123"));
    QCOMPARE(sent.json().value(QLatin1String("system")).toString(), QStringLiteral("You are a reviewer."));
    QVERIFY(!sent.json().contains(QLatin1String("stream")));
    QVERIFY(!sent.json().contains(QLatin1String("max_tokens")));
    QCOMPARE(sent.json().value(QLatin1String("tools")).toArray().size(), 1);
}

QTEST_GUILESS_MAIN(TestAnthropicProvider)
#include "tst_anthropicprovider.moc"
