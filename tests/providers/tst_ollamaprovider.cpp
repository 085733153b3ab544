#include "providertesthelpers.h"

#include <QJsonArray>

using namespace awb;
using namespace awb::test;

// Ollama's native /api/chat (NDJSON) against the local test server.
class TestOllamaProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void streamsText();
    void sendsBody();
    void thinking();
    void toolCall();
    void errorLine();
    void modelNotFound();
    void everySplitPoint();
    void dropped();

private:
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
};

void TestOllamaProvider::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::Ollama, *m_server)));
}

void TestOllamaProvider::streamsText()
{
    m_server->setReply("POST", "/api/chat",
        ProviderTestServer::Reply::ndjson(
            ProviderStreams::ollamaText({ QStringLiteral("The "), QStringLiteral("sky "), QStringLiteral("is blue.") },
                { 26, 298 }, 4'709'213'000)));
    ChatJob *job = m_provider->stream(helloRequest(QStringLiteral("llama-test:1b")));
    QSignalSpy text(job, &ChatJob::textDelta);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), QStringLiteral("The sky is blue."));
    QCOMPARE(text.size(), 3);
    QCOMPARE(job->usage(), (Usage { 26, 298, 0, 0 }));
    QCOMPARE(job->generationNs(), qint64(4'709'213'000));
    QCOMPARE(job->stopReason(), QStringLiteral("end_turn"));
    QCOMPARE(job->model(), QStringLiteral("llama-test:1b"));
}

void TestOllamaProvider::sendsBody()
{
    m_server->setReply("POST", "/api/chat",
        ProviderTestServer::Reply::ndjson(ProviderStreams::ollamaText({ QStringLiteral("x") }, { 1, 1 }, 10)));
    ChatRequest request = helloRequest(QStringLiteral("llama-test:1b"));
    request.temperature = 0.1;
    request.extra = QJsonObject { { QStringLiteral("options"), QJsonObject { { QStringLiteral("num_ctx"), 8192 } } },
        { QStringLiteral("keep_alive"), QStringLiteral("5m") } };
    QVERIFY(runToEnd(m_provider->stream(request)));
    const auto sent = m_server->lastRequest();
    QVERIFY(!sent.hasHeader("authorization"));
    QVERIFY(!sent.hasHeader("x-api-key"));
    const QJsonObject body = sent.json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("llama-test:1b"));
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    const QJsonObject options = body.value(QLatin1String("options")).toObject();
    QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 256);
    QCOMPARE(options.value(QLatin1String("temperature")).toDouble(), 0.1);
    QCOMPARE(options.value(QLatin1String("num_ctx")).toInt(), 8192);
    QCOMPARE(body.value(QLatin1String("keep_alive")).toString(), QStringLiteral("5m"));
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    QCOMPARE(messages.at(0).toObject().value(QLatin1String("role")).toString(), QStringLiteral("system"));
    QCOMPARE(messages.at(1).toObject().value(QLatin1String("content")).toString(), QStringLiteral("Hello"));
}

void TestOllamaProvider::thinking()
{
    m_server->setReply("POST", "/api/chat",
        ProviderTestServer::Reply::ndjson(ProviderStreams::ollamaText({ QStringLiteral("42") }, { 1, 1 }, 10,
            QStringLiteral("stop"), { QStringLiteral("Count"), QStringLiteral("ing.") })));
    ChatRequest request = helloRequest();
    request.thinkingBudget = 1;
    ChatJob *job = m_provider->stream(request);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->message().thinking(), QStringLiteral("Counting."));
    QCOMPARE(job->text(), QStringLiteral("42"));
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("think")).toBool(), true);
}

void TestOllamaProvider::toolCall()
{
    m_server->setReply("POST", "/api/chat",
        ProviderTestServer::Reply::ndjson(
            ProviderStreams::ollamaToolCall(QStringLiteral("Agent"), R"({"subagent_type":"docs-writer"})", { 5, 5 })));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->stopReason(), QStringLiteral("tool_use"));
    const auto uses = job->message().toolUses();
    QCOMPARE(uses.size(), 1);
    QCOMPARE(uses.first().input.value(QLatin1String("subagent_type")).toString(), QStringLiteral("docs-writer"));
}

void TestOllamaProvider::errorLine()
{
    const QByteArray stream
        = "{\"model\":\"m\",\"message\":{\"role\":\"assistant\",\"content\":\"Par\"},\"done\":false}\n"
          "{\"error\":\"an unexpected error occurred while generating\"}\n";
    m_server->setReply("POST", "/api/chat", ProviderTestServer::Reply::ndjson(stream));
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::ServerError);
    QVERIFY(job->errorString().contains(QLatin1String("unexpected error")));
    QCOMPARE(job->text(), QStringLiteral("Par"));
    QVERIFY(job->isInterrupted());
}

void TestOllamaProvider::modelNotFound()
{
    m_server->setReply(
        "POST", "/api/chat", ProviderTestServer::Reply::json(404, R"({"error":"model 'nope' not found"})"));
    ChatJob *job = m_provider->stream(helloRequest(QStringLiteral("nope")));
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NotFound);
    QVERIFY(job->errorString().contains(QLatin1String("model 'nope' not found")));
    QVERIFY(job->errorString().contains(QLatin1String("'nope'")));
}

void TestOllamaProvider::everySplitPoint()
{
    const QByteArray recorded
        = ProviderStreams::ollamaText({ QStringLiteral("Grüße "), QStringLiteral("😀") }, { 3, 2 }, 99);
    for (qsizetype cut = 1; cut < recorded.size(); cut += 2) {
        ProviderTestServer::Reply reply = ProviderTestServer::Reply::ndjson(recorded);
        reply.splitAt({ cut });
        reply.delayMs = 1;
        m_server->setReply("POST", "/api/chat", reply);
        ChatJob *job = m_provider->stream(helloRequest());
        QVERIFY(runToEnd(job));
        if (job->error() != ProviderError::NoError || job->text() != QStringLiteral("Grüße 😀"))
            QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(job->errorString())));
        job->deleteLater();
    }
}

void TestOllamaProvider::dropped()
{
    QByteArray recorded = ProviderStreams::ollamaText({ QStringLiteral("one "), QStringLiteral("two") }, { 3, 2 }, 99);
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::ndjson(recorded);
    reply.end = ProviderTestServer::Reply::End::Drop;
    reply.dropAfter = recorded.indexOf("\"done\":true");
    m_server->setReply("POST", "/api/chat", reply);
    ChatJob *job = m_provider->stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::ConnectionDropped);
    QCOMPARE(job->text(), QStringLiteral("one two"));
    QVERIFY(job->isInterrupted());
}

QTEST_GUILESS_MAIN(TestOllamaProvider)
#include "tst_ollamaprovider.moc"
