#include "providertesthelpers.h"

#include <QJsonArray>

using namespace awb;
using namespace awb::test;

// OpenAI-compatible Chat Completions against the local test server.
class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void streamsText();
    void sendsHeadersAndBody();
    void finishReasons_data();
    void finishReasons();
    void reasoningContent();
    void toolCalls();
    void toolHistoryMapped();
    void everySplitPoint();
    void missingDone();
    void errorChunk();
    void quota429NotRetried();
    void extraHeadersAndNoKeyOnLoopback();

private:
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
};

void TestOpenAiProvider::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::OpenAI, *m_server)));
    m_provider->setApiKey(testKey());
}

void TestOpenAiProvider::streamsText()
{
    ProviderTestServer::Reply reply;
    reply.pieces = { ProviderStreams::openAiText(
        { QStringLiteral("Hi "), QStringLiteral("there, "), QStringLiteral("ünïcode") }, { 20, 6, 4 }) };
    reply.header("content-type", "text/event-stream").header("x-request-id", "req_oa_1");
    m_server->setReply("POST", "/v1/chat/completions", reply);
    ChatJob *job = m_provider->stream(helloRequest(QStringLiteral("gpt-test")));
    QSignalSpy text(job, &ChatJob::textDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), QStringLiteral("Hi there, ünïcode"));
    QCOMPARE(text.size(), 3);
    QCOMPARE(job->stopReason(), QStringLiteral("end_turn"));
    QCOMPARE(job->usage(), (Usage { 20, 6, 4, 0 })); // cached tokens reported as cache reads
    QCOMPARE(job->model(), QStringLiteral("gpt-test"));
    QCOMPARE(job->requestId(), QStringLiteral("req_oa_1"));
}

void TestOpenAiProvider::sendsHeadersAndBody()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(ProviderStreams::openAiText({ QStringLiteral("x") }, { 1, 1 })));
    ChatRequest request = helloRequest(QStringLiteral("gpt-test"));
    request.temperature = 0.5;
    QVERIFY(runToEnd(m_provider->stream(request)));
    const auto sent = m_server->lastRequest();
    QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(sent.header("authorization"), QByteArray("Bearer sk-test-secret-0123"));
    QVERIFY(!sent.hasHeader("x-api-key"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QCOMPARE(
        body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool(), true);
    QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 256); // a compatible server, not api.openai.com
    QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.5);
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(
        messages.at(0).toObject().value(QLatin1String("content")).toString(), QStringLiteral("You are a reviewer."));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Hello"));
}

void TestOpenAiProvider::finishReasons_data()
{
    QTest::addColumn<QString>("wire");
    QTest::addColumn<QString>("expected");
    QTest::newRow("stop") << "stop"
                          << "end_turn";
    QTest::newRow("length") << "length"
                            << "max_tokens";
    QTest::newRow("content_filter") << "content_filter"
                                    << "refusal";
    QTest::newRow("unknown passes") << "something_new"
                                    << "something_new";
}

void TestOpenAiProvider::finishReasons()
{
    QFETCH(QString, wire);
    QFETCH(QString, expected);
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(ProviderStreams::openAiText({ QStringLiteral("x") }, { 1, 1 }, wire)));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->stopReason(), expected);
}

void TestOpenAiProvider::reasoningContent()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(ProviderStreams::openAiText({ QStringLiteral("Answer") }, { 1, 1 },
            QStringLiteral("stop"), true, { QStringLiteral("Hmm, "), QStringLiteral("yes.") })));
    ChatJob *job = m_provider->stream(helloRequest());
    QSignalSpy thinking(job, &ChatJob::thinkingDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(thinking.size(), 2);
    QCOMPARE(job->message().thinking(), QStringLiteral("Hmm, yes."));
    QCOMPARE(job->text(), QStringLiteral("Answer"));
    QCOMPARE(job->message().content.at(0).type, ContentBlock::Type::Thinking);
}

void TestOpenAiProvider::toolCalls()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(
            ProviderStreams::openAiToolCall(QStringLiteral("call_9"), QStringLiteral("Agent"),
                { QStringLiteral("{\"subagent_type\":"), QStringLiteral("\"test-runner\"}") }, { 10, 5 })));
    ChatRequest request = helloRequest();
    request.tools = { { QStringLiteral("Agent"), QStringLiteral("Starts a subagent"),
        QJsonObject { { QStringLiteral("type"), QStringLiteral("object") } } } };
    request.toolChoice = { ToolChoice::Mode::Any, {} };
    ChatJob *job = m_provider->stream(request);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->stopReason(), QStringLiteral("tool_use"));
    const auto uses = job->message().toolUses();
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().id, QStringLiteral("call_9"));
    QCOMPARE(uses.first().name, QStringLiteral("Agent"));
    QCOMPARE(uses.first().input.value(QLatin1String("subagent_type")).toString(), QStringLiteral("test-runner"));
    const QJsonObject body = m_server->lastRequest().json();
    QCOMPARE(body.value(QLatin1String("tool_choice")).toString(), QStringLiteral("required"));
    const QJsonObject function
        = body.value(QLatin1String("tools")).toArray().at(0).toObject().value(QLatin1String("function")).toObject();
    QCOMPARE(function.value(QLatin1String("name")).toString(), QStringLiteral("Agent"));
    QCOMPARE(function.value(QLatin1String("parameters")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("object"));
}

void TestOpenAiProvider::toolHistoryMapped()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(ProviderStreams::openAiText({ QStringLiteral("x") }, { 1, 1 })));
    ChatRequest request = helloRequest();
    ChatMessage call { ChatMessage::Role::Assistant,
        { ContentBlock::makeToolUse(QStringLiteral("call_1"), QStringLiteral("Read"),
            QJsonObject { { QStringLiteral("path"), QStringLiteral("a") } }) } };
    ChatMessage result { ChatMessage::Role::User,
        { ContentBlock::makeToolResult(QStringLiteral("call_1"), QStringLiteral("contents")) } };
    request.messages << call << result;
    QVERIFY(runToEnd(m_provider->stream(request)));
    const QJsonArray messages = m_server->lastRequest().json().value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.size(), 4);
    const QJsonObject assistant = messages.at(2).toObject();
    QVERIFY(assistant.value(QLatin1String("content")).isNull());
    const QJsonObject fn = assistant.value(QLatin1String("tool_calls"))
                               .toArray()
                               .at(0)
                               .toObject()
                               .value(QLatin1String("function"))
                               .toObject();
    QCOMPARE(fn.value(QLatin1String("arguments")).toString(), QStringLiteral("{\"path\":\"a\"}"));
    QCOMPARE(messages.at(3).toObject().value(QLatin1String("role")).toString(), QStringLiteral("tool"));
    QCOMPARE(messages.at(3).toObject().value(QLatin1String("tool_call_id")).toString(), QStringLiteral("call_1"));
}

void TestOpenAiProvider::everySplitPoint()
{
    const QByteArray recorded
        = ProviderStreams::openAiText({ QStringLiteral("Grüße "), QStringLiteral("😀") }, { 2, 2 });
    for (qsizetype cut = 1; cut < recorded.size(); cut += 3) {
        ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(recorded);
        reply.splitAt({ cut });
        reply.delayMs = 1;
        m_server->setReply("POST", "/v1/chat/completions", reply);
        ChatJob *job = m_provider->stream(helloRequest());
        QVERIFY(runToEnd(job));
        if (job->error() != ProviderError::NoError || job->text() != QStringLiteral("Grüße 😀"))
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(job->errorString())));
        job->deleteLater();
    }
}

void TestOpenAiProvider::missingDone()
{
    // After finish_reason, a missing [DONE] is accepted (some compatible servers omit it)...
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(
            ProviderStreams::openAiText({ QStringLiteral("ok") }, { 1, 1 }, QStringLiteral("stop"), false)));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    // ...but a stream cut before finish_reason is incomplete.
    QByteArray cut = ProviderStreams::openAiText({ QStringLiteral("par"), QStringLiteral("tial") }, { 1, 1 });
    cut.truncate(cut.indexOf("\"finish_reason\":\"stop\""));
    cut.truncate(cut.lastIndexOf("\n\n") + 2);
    m_server->setReply("POST", "/v1/chat/completions", ProviderTestServer::Reply::sse(cut));
    ChatJob *second = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(second));
    QCOMPARE(second->error(), ProviderError::ConnectionDropped);
    QCOMPARE(second->text(), QStringLiteral("partial"));
    QVERIFY(second->isInterrupted());
}

void TestOpenAiProvider::errorChunk()
{
    QByteArray stream = ProviderStreams::openAiText({ QStringLiteral("a") }, { 1, 1 });
    stream.truncate(stream.indexOf("\"finish_reason\":\"stop\""));
    stream.truncate(stream.lastIndexOf("\n\n") + 2);
    stream += "data: {\"error\":{\"message\":\"upstream overloaded\",\"type\":\"server_error\"}}\n\n";
    m_server->setReply("POST", "/v1/chat/completions", ProviderTestServer::Reply::sse(stream));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::ServerError);
    QVERIFY(job->errorString().contains(QLatin1String("upstream overloaded")));
    QCOMPARE(job->text(), QStringLiteral("a"));
    QVERIFY(job->isInterrupted());
}

void TestOpenAiProvider::quota429NotRetried()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::json(429,
            R"({"error":{"message":"You exceeded your current quota, please check your plan and billing details.","type":"insufficient_quota","code":"insufficient_quota"}})"));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::SpendLimit);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestOpenAiProvider::extraHeadersAndNoKeyOnLoopback()
{
    ProviderConfig config = m_provider->config();
    config.extraHeaders = { { "HTTP-Referer", "https://example.invalid/awb" }, { "X-Title", "Agent Workbench" } };
    m_provider->setConfig(config);
    m_provider->setApiKey({});
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(ProviderStreams::openAiText({ QStringLiteral("x") }, { 1, 1 })));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError); // local servers need no key
    const auto sent = m_server->lastRequest();
    QCOMPARE(sent.header("x-title"), QByteArray("Agent Workbench"));
    QCOMPARE(sent.header("http-referer"), QByteArray("https://example.invalid/awb"));
    QVERIFY(!sent.hasHeader("authorization"));
}

QTEST_GUILESS_MAIN(TestOpenAiProvider)
#include "tst_openaiprovider.moc"
