#include "providertesthelpers.h"

#include "providers/localserverdetector.h"
#include "providers/modelaliascheck.h"

#include <QUrlQuery>

using namespace awb;
using namespace awb::test;

// Model lists of each provider (Anthropic's paged), the alias check against them, and the
// detection of local servers.
class TestModelLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void anthropicPaged();
    void openAi();
    void ollamaTags();
    void listError();
    void aliasCheck();
    void detectsLocalServers();
    void countTokensUnsupported();
    void cancelWhileWaiting_data();
    void cancelWhileWaiting();
    void cancelBeforeStart();
    void requestIdAndStatus_data();
    void requestIdAndStatus();

private:
    ModelListJob *list(ProviderConfig::Kind kind);
    ProviderJob *anthropicJob(const QString &which);
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
};

void TestModelLists::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
}

ModelListJob *TestModelLists::list(ProviderConfig::Kind kind)
{
    m_provider.reset(ChatProvider::create(configFor(kind, *m_server)));
    m_provider->setApiKey(testKey());
    return m_provider->listModels();
}

/// A model list or a token count against Anthropic (the two single-request jobs).
ProviderJob *TestModelLists::anthropicJob(const QString &which)
{
    if (which == QLatin1String("models"))
        return list(ProviderConfig::Kind::Anthropic);
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::Anthropic, *m_server)));
    m_provider->setApiKey(testKey());
    return m_provider->countTokens(helloRequest());
}

void TestModelLists::anthropicPaged()
{
    m_server->setReplies("GET", "/v1/models",
        { ProviderTestServer::Reply::json(200, R"({"data":[
                              {"type":"model","id":"claude-opus-4-8","display_name":"Claude Opus 4.8","created_at":"2026-05-01T00:00:00Z"},
                              {"type":"model","id":"claude-sonnet-5","display_name":"Claude Sonnet 5","created_at":"2026-04-01T00:00:00Z"}],
                              "has_more":true,"first_id":"claude-opus-4-8","last_id":"claude-sonnet-5"})"),
            ProviderTestServer::Reply::json(200, R"({"data":[
                              {"type":"model","id":"claude-haiku-4-5-20251001","display_name":"Claude Haiku 4.5","created_at":"2025-10-01T00:00:00Z"}],
                              "has_more":false,"first_id":"claude-haiku-4-5-20251001","last_id":"claude-haiku-4-5-20251001"})") });
    ModelListJob *job = list(ProviderConfig::Kind::Anthropic);
    job->setPageSize(2);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->pagesFetched(), 2);
    const auto models = job->models();
    QCOMPARE(models.size(), 3);
    QCOMPARE(models.at(0).id, QStringLiteral("claude-opus-4-8"));
    QCOMPARE(models.at(0).displayName, QStringLiteral("Claude Opus 4.8"));
    QCOMPARE(models.at(0).createdAt, QDateTime(QDate(2026, 5, 1), QTime(0, 0), Qt::UTC));
    QCOMPARE(models.at(2).id, QStringLiteral("claude-haiku-4-5-20251001"));
    const auto requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(QUrlQuery(QString::fromLatin1(requests.at(0).query)).queryItemValue(QStringLiteral("limit")),
        QStringLiteral("2"));
    QVERIFY(!QUrlQuery(QString::fromLatin1(requests.at(0).query)).hasQueryItem(QStringLiteral("after_id")));
    QCOMPARE(QUrlQuery(QString::fromLatin1(requests.at(1).query)).queryItemValue(QStringLiteral("after_id")),
        QStringLiteral("claude-sonnet-5"));
    QCOMPARE(requests.at(1).header("x-api-key"), QByteArray("sk-test-secret-0123"));
    QCOMPARE(requests.at(1).header("anthropic-version"), QByteArray("2023-06-01"));
}

void TestModelLists::openAi()
{
    m_server->setReply("GET", "/v1/models", ProviderTestServer::Reply::json(200, R"({"object":"list","data":[
        {"id":"gpt-test","object":"model","created":1700000000,"owned_by":"system"},
        {"id":"local-model","object":"model","created":1700000001,"owned_by":"user"}]})"));
    ModelListJob *job = list(ProviderConfig::Kind::OpenAI);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->models().size(), 2);
    QCOMPARE(job->models().at(0).id, QStringLiteral("gpt-test"));
    QCOMPARE(job->models().at(0).ownedBy, QStringLiteral("system"));
    QCOMPARE(job->models().at(0).createdAt.toSecsSinceEpoch(), qint64(1700000000));
    QCOMPARE(m_server->lastRequest().header("authorization"), QByteArray("Bearer sk-test-secret-0123"));
}

void TestModelLists::ollamaTags()
{
    m_server->setReply("GET", "/api/tags", ProviderTestServer::Reply::json(200, R"({"models":[
        {"name":"llama3.2:1b","model":"llama3.2:1b","modified_at":"2026-01-02T03:04:05.123Z","size":1321098329,
         "details":{"family":"llama","parameter_size":"1.2B"}}]})"));
    ModelListJob *job = list(ProviderConfig::Kind::Ollama);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->models().size(), 1);
    QCOMPARE(job->models().first().id, QStringLiteral("llama3.2:1b"));
    QCOMPARE(job->models().first().ownedBy, QStringLiteral("llama"));
    QCOMPARE(job->models().first().sizeBytes, qint64(1321098329));
    QVERIFY(job->models().first().createdAt.isValid());
}

void TestModelLists::listError()
{
    m_server->setReply("GET", "/v1/models",
        ProviderTestServer::Reply::json(401,
            ProviderStreams::anthropicErrorBody(
                QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"))));
    ModelListJob *job = list(ProviderConfig::Kind::Anthropic);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->error(), ProviderError::Authentication);
    QVERIFY(job->models().isEmpty());
}

void TestModelLists::aliasCheck()
{
    ModelAliases aliases;
    QList<ModelInfo> models;
    for (const auto &pair : aliases.aliases())
        models.append({ pair.second, pair.second, {}, {}, 0 });
    models.append({ aliases.sessionModel(), {}, {}, {}, 0 });
    QVERIFY(ModelAliasCheck::check(aliases, models).isEmpty());

    aliases.setAlias(QStringLiteral("sonnet"), QStringLiteral("claude-sonnet-0"));
    models.append({ QStringLiteral("claude-sonnet-6"), {}, QDateTime(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC), {}, 0 });
    const auto problems = ModelAliasCheck::check(aliases, models);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().alias, QStringLiteral("sonnet"));
    QCOMPARE(problems.first().id, QStringLiteral("claude-sonnet-0"));
    QCOMPARE(problems.first().suggestion, QStringLiteral("claude-sonnet-6"));
}

void TestModelLists::detectsLocalServers()
{
    // One server that answers like Ollama, one like an OpenAI-compatible server, one port closed.
    ProviderTestServer openAiLike;
    QVERIFY(openAiLike.listen());
    m_server->setReply("GET", "/api/tags", ProviderTestServer::Reply::json(200, R"({"models":[]})"));
    openAiLike.setReply("GET", "/v1/models", ProviderTestServer::Reply::json(200, R"({"data":[{"id":"qwen"}]})"));
    quint16 closed = 0;
    {
        ProviderTestServer gone;
        QVERIFY(gone.listen());
        closed = gone.port();
    }
    LocalServerDetector detector;
    detector.setCandidates({ { ProviderConfig::Kind::Ollama, QStringLiteral("ollama-local"),
                                 QStringLiteral("Ollama (local)"), m_server->port() },
        { ProviderConfig::Kind::OpenAI, QStringLiteral("lmstudio-local"), QStringLiteral("LM Studio (local)"),
            openAiLike.port() },
        { ProviderConfig::Kind::OpenAI, QStringLiteral("llamacpp-local"), QStringLiteral("llama.cpp (local)"),
            closed } });
    QSignalSpy found(&detector, &LocalServerDetector::serverFound);
    QSignalSpy finished(&detector, &LocalServerDetector::finished);
    detector.start(); // returns at once
    QVERIFY(detector.isRunning());
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(found.size(), 2);
    QCOMPARE(detector.servers().size(), 2);
    QStringList ids;
    for (const ProviderConfig &config : detector.servers()) {
        ids.append(config.id);
        QVERIFY(config.detected);
    }
    ids.sort();
    QCOMPARE(ids, (QStringList { QStringLiteral("lmstudio-local"), QStringLiteral("ollama-local") }));
    for (const ProviderConfig &config : detector.servers()) {
        if (config.kind == ProviderConfig::Kind::OpenAI)
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(openAiLike.port())));
        else
            QCOMPARE(config.baseUrl, QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->port())));
    }
    QCOMPARE(LocalServerDetector::defaultCandidates().size(), 3);
    QCOMPARE(LocalServerDetector::defaultCandidates().at(0).port, quint16(11434));
}

void TestModelLists::countTokensUnsupported()
{
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::Ollama, *m_server)));
    CountTokensJob *job = m_provider->countTokens(helloRequest());
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(job->error(), ProviderError::Unsupported);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestModelLists::cancelWhileWaiting_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("model list") << QStringLiteral("models") << QByteArray("GET") << QByteArray("/v1/models");
    QTest::newRow("token count") << QStringLiteral("tokens") << QByteArray("POST")
                                 << QByteArray("/v1/messages/count_tokens");
}

void TestModelLists::cancelWhileWaiting()
{
    QFETCH(QString, which);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    ProviderTestServer::Reply hang = ProviderTestServer::Reply::json(200, "{}");
    hang.end = ProviderTestServer::Reply::End::HangBeforeHeaders;
    m_server->setReply(method, path, hang);
    ProviderJob *job = anthropicJob(which);
    QSignalSpy finished(job, &ProviderJob::finished);
    QTRY_VERIFY(
        m_server->openConnections() >= 1 && !m_server->requests().isEmpty() && m_server->lastRequest().path == path);
    QVERIFY(finished.isEmpty());
    job->cancel();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(job->error(), ProviderError::Cancelled);
    QVERIFY(job->isFinished());
    job->cancel(); // harmless
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0); // the connection is closed
    QCOMPARE(finished.size(), 1);
}

void TestModelLists::cancelBeforeStart()
{
    ModelListJob *models = list(ProviderConfig::Kind::Anthropic);
    CountTokensJob *tokens = m_provider->countTokens(helloRequest());
    QSignalSpy modelsFinished(models, &ProviderJob::finished);
    QSignalSpy tokensFinished(tokens, &ProviderJob::finished);
    models->cancel();
    tokens->cancel();
    QCOMPARE(modelsFinished.size(), 1);
    QCOMPARE(tokensFinished.size(), 1);
    // The starts that were due on the next event loop turn send nothing and finish nothing again:
    // a job made after them starts after them, so once it has finished they have run.
    m_server->setReply("GET", "/v1/models", ProviderTestServer::Reply::json(200, R"({"data":[],"has_more":false})"));
    ModelListJob *after = m_provider->listModels();
    QSignalSpy afterFinished(after, &ProviderJob::finished);
    QVERIFY(afterFinished.wait());
    QCOMPARE(after->error(), ProviderError::NoError);
    QCOMPARE(models->error(), ProviderError::Cancelled);
    QCOMPARE(tokens->error(), ProviderError::Cancelled);
    QCOMPARE(modelsFinished.size(), 1);
    QCOMPARE(tokensFinished.size(), 1);
    QCOMPARE(m_server->requestCount(), 1); // only the one made after
}

void TestModelLists::requestIdAndStatus_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<ProviderError>("error");
    QTest::newRow("model list, request-id")
        << QStringLiteral("models") << 200 << QByteArray("request-id") << ProviderError::NoError;
    QTest::newRow("model list, x-request-id, 401")
        << QStringLiteral("models") << 401 << QByteArray("x-request-id") << ProviderError::Authentication;
    QTest::newRow("token count, request-id")
        << QStringLiteral("tokens") << 200 << QByteArray("request-id") << ProviderError::NoError;
    QTest::newRow("token count, 404") << QStringLiteral("tokens") << 404 << QByteArray("request-id")
                                      << ProviderError::NotFound;
}

void TestModelLists::requestIdAndStatus()
{
    QFETCH(QString, which);
    QFETCH(int, status);
    QFETCH(QByteArray, header);
    QFETCH(ProviderError, error);
    QByteArray body;
    if (status == 401)
        body = ProviderStreams::anthropicErrorBody(QStringLiteral("authentication_error"), QStringLiteral("bad key"));
    else if (status == 404)
        body = ProviderStreams::anthropicErrorBody(QStringLiteral("not_found_error"), QStringLiteral("model: x"));
    else if (which == QLatin1String("models"))
        body = R"({"data":[{"id":"claude-test-1"}],"has_more":false})";
    else
        body = R"({"input_tokens": 7})";
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::json(status, body);
    reply.header(header, "req_0123");
    m_server->setReply("GET", "/v1/models", reply);
    m_server->setReply("POST", "/v1/messages/count_tokens", reply);
    ProviderJob *job = anthropicJob(which);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(finished.wait());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), error);
    QCOMPARE(job->httpStatus(), status);
    QCOMPARE(job->requestId(), QStringLiteral("req_0123"));
    if (error != ProviderError::NoError)
        QVERIFY(!job->errorString().isEmpty());
    else if (which == QLatin1String("models"))
        QCOMPARE(qobject_cast<ModelListJob *>(job)->models().size(), 1);
    else
        QCOMPARE(qobject_cast<CountTokensJob *>(job)->inputTokens(), qint64(7));
}

QTEST_GUILESS_MAIN(TestModelLists)
#include "tst_modellists.moc"
