#include "providertesthelpers.h"

#include <QTcpServer>

using namespace awb;
using namespace awb::test;

// What goes wrong, and what a person is told: HTTP errors, retries with retry-after and
// backoff, error events, drops, timeouts, garbage, cancel, and the key policy.
class TestProviderErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void httpErrors_data();
    void httpErrors();
    void retryAfterHonoured();
    void overloadedRetriesThenGivesUp();
    void retryAfterTooLong();
    void errorEventMidStream();
    void errorEventBeforeContentIsRetried();
    void droppedMidStream();
    void firstByteTimeout();
    void idleTimeout();
    void garbage_data();
    void garbage();
    void cancelMidStream();
    void cancelDuringCountdown();
    void cancelFromInsideADelta();
    void cancelBeforeStart();
    void keyForAnotherHost();
    void plainHttpToRemoteHost();
    void missingKey();
    void connectionRefused();

private:
    ChatJob *stream() { return m_provider->stream(helloRequest()); }
    void setConfig(const std::function<void(ProviderConfig &)> &change);
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProvider> m_provider;
};

void TestProviderErrors::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_provider.reset(ChatProvider::create(configFor(ProviderConfig::Kind::Anthropic, *m_server)));
    m_provider->setApiKey(testKey());
}

void TestProviderErrors::setConfig(const std::function<void(ProviderConfig &)> &change)
{
    ProviderConfig config = m_provider->config();
    change(config);
    m_provider->setConfig(config);
}

void TestProviderErrors::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("message");
    QTest::addColumn<ProviderError>("error");
    QTest::addColumn<int>("requests");
    QTest::addColumn<QString>("hint"); // what the person is told to check

    QTest::newRow("401") << 401 << "authentication_error"
                         << "invalid x-api-key" << ProviderError::Authentication << 1 << "key";
    QTest::newRow("403") << 403 << "permission_error"
                         << "not allowed" << ProviderError::PermissionDenied << 1 << "permissions";
    QTest::newRow("404 model") << 404 << "not_found_error"
                               << "model: claude-nope" << ProviderError::NotFound << 1 << "model id";
    QTest::newRow("413") << 413 << "request_too_large"
                         << "too big" << ProviderError::RequestTooLarge << 1 << "shorten";
    QTest::newRow("400") << 400 << "invalid_request_error"
                         << "max_tokens: must be positive" << ProviderError::InvalidRequest << 1 << "max_tokens";
    QTest::newRow("429 spend limit") << 429 << "rate_limit_error"
                                     << "You have reached your specified workspace API spend limit"
                                     << ProviderError::SpendLimit << 1 << "billing";
    QTest::newRow("400 credit") << 400 << "invalid_request_error"
                                << "Your credit balance is too low" << ProviderError::SpendLimit << 1 << "billing";
    QTest::newRow("429 retried") << 429 << "rate_limit_error"
                                 << "slow down" << ProviderError::RateLimited << 3 << "3 attempts";
    QTest::newRow("500 retried") << 500 << "api_error"
                                 << "internal" << ProviderError::ServerError << 3 << "3 attempts";
}

void TestProviderErrors::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, message);
    QFETCH(ProviderError, error);
    QFETCH(int, requests);
    QFETCH(QString, hint);
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(status, ProviderStreams::anthropicErrorBody(type, message)));
    ChatJob *job = stream();
    QSignalSpy retrying(job, &ChatJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), error);
    QCOMPARE(job->httpStatus(), status);
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(job->attempts(), requests);
    QCOMPARE(retrying.size(), requests - 1);
    QVERIFY2(job->errorString().contains(message), qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(hint), qPrintable(job->errorString()));
    QVERIFY(job->text().isEmpty());
    QVERIFY(!job->isInterrupted());
}

void TestProviderErrors::retryAfterHonoured()
{
    ProviderTestServer::Reply limited = ProviderTestServer::Reply::json(
        429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("slow down")));
    limited.header("retry-after", "1");
    m_server->setReplies("POST", "/v1/messages",
        { limited,
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 1, 1 })) });
    ChatJob *job = stream();
    QSignalSpy retrying(job, &ChatJob::retrying);
    QSignalSpy countdown(job, &ChatJob::countdown);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), QStringLiteral("ok"));
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(0).toInt(), 2); // the coming attempt
    QCOMPARE(retrying.first().at(1).toInt(), 1); // seconds, from retry-after
    QCOMPARE(retrying.first().at(2).value<ProviderError>(), ProviderError::RateLimited);
    QCOMPARE(countdown.size(), 1);
    QCOMPARE(countdown.first().at(0).toInt(), 0);
    // The wait really happened (retry-after is not shortened).
    QVERIFY(job->elapsedMs() >= 900);
}

void TestProviderErrors::overloadedRetriesThenGivesUp()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(529,
            ProviderStreams::anthropicErrorBody(QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))));
    ChatJob *job = stream();
    QSignalSpy retrying(job, &ChatJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::Overloaded);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(retrying.size(), 2);
    QVERIFY(job->errorString().contains(QLatin1String("overloaded")));
}

void TestProviderErrors::retryAfterTooLong()
{
    setConfig([](ProviderConfig &c) { c.retry.maxRetryAfterMs = 5000; });
    ProviderTestServer::Reply limited = ProviderTestServer::Reply::json(
        429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("wait")));
    limited.header("retry-after", "3600");
    m_server->setReply("POST", "/v1/messages", limited);
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::RateLimited);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(job->errorString().contains(QLatin1String("3600 s")), qPrintable(job->errorString()));
}

void TestProviderErrors::errorEventMidStream()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(
            ProviderStreams::anthropicErrorAfter({ QStringLiteral("Part "), QStringLiteral("one") },
                QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))));
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::Overloaded);
    QCOMPARE(job->text(), QStringLiteral("Part one")); // kept
    QVERIFY(job->isInterrupted());
    QCOMPARE(m_server->requestCount(), 1); // shown text is never silently replaced by a retry
    QVERIFY(job->errorString().contains(QLatin1String("overloaded_error")));
}

void TestProviderErrors::errorEventBeforeContentIsRetried()
{
    m_server->setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::sse(ProviderStreams::anthropicErrorAfter(
              {}, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"))),
            ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("fine") }, { 2, 1 })) });
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->text(), QStringLiteral("fine"));
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(job->usage(), (Usage { 2, 1, 0, 0 }));
}

void TestProviderErrors::droppedMidStream()
{
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicUnfinished({ QStringLiteral("Half "), QStringLiteral("a reply") }, { 3, 2 }));
    reply.end = ProviderTestServer::Reply::End::Drop;
    m_server->setReply("POST", "/v1/messages", reply);
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::ConnectionDropped);
    QCOMPARE(job->text(), QStringLiteral("Half a reply"));
    QVERIFY(job->isInterrupted());
    QCOMPARE(m_server->requestCount(), 1);

    // Also when the cut falls inside an event: the complete events before it are kept.
    const QByteArray full = ProviderStreams::anthropicText({ QStringLiteral("abc"), QStringLiteral("def") }, { 1, 1 });
    ProviderTestServer::Reply cut = ProviderTestServer::Reply::sse(full);
    cut.end = ProviderTestServer::Reply::End::Drop;
    cut.dropAfter = full.indexOf("def") + 1;
    m_server->setReply("POST", "/v1/messages", cut);
    ChatJob *second = stream();
    QVERIFY(runToEnd(second));
    QCOMPARE(second->error(), ProviderError::ConnectionDropped);
    QCOMPARE(second->text(), QStringLiteral("abc"));
    QVERIFY(second->isInterrupted());
}

void TestProviderErrors::firstByteTimeout()
{
    setConfig([](ProviderConfig &c) {
        c.timeouts.firstByteMs = 300;
        c.retry.maxRetries = 1;
    });
    ProviderTestServer::Reply hang;
    hang.end = ProviderTestServer::Reply::End::HangBeforeHeaders;
    m_server->setReply("POST", "/v1/messages", hang);
    ChatJob *job = stream();
    QSignalSpy retrying(job, &ChatJob::retrying);
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::FirstByteTimeout);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(m_server->requestCount(), 2);
    QVERIFY2(job->errorString().contains(QLatin1String("did not start answering")), qPrintable(job->errorString()));
}

void TestProviderErrors::idleTimeout()
{
    setConfig([](ProviderConfig &c) { c.timeouts.idleMs = 300; });
    ProviderTestServer::Reply reply
        = ProviderTestServer::Reply::sse(ProviderStreams::anthropicUnfinished({ QStringLiteral("Waiting") }, { 1, 1 }));
    reply.end = ProviderTestServer::Reply::End::Hang;
    m_server->setReply("POST", "/v1/messages", reply);
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::IdleTimeout);
    QCOMPARE(job->text(), QStringLiteral("Waiting"));
    QVERIFY(job->isInterrupted());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestProviderErrors::garbage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("html page") << QByteArray("<html><body>Gateway says hi</body></html>") << QByteArray("text/html");
    QTest::newRow("bad json in event") << QByteArray("event: message_start\ndata: {not json\n\n")
                                       << QByteArray("text/event-stream");
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff\xfe\n\n", 7) << QByteArray("application/octet-stream");
    QTest::newRow("bad tool json") << ProviderStreams::anthropicToolUse(QStringLiteral("x"), QStringLiteral("t1"),
        QStringLiteral("Agent"), { QStringLiteral("{\"subagent_type\": ") }, { 1, 1 })
                                   << QByteArray("text/event-stream");
}

void TestProviderErrors::garbage()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    ProviderTestServer::Reply reply;
    reply.pieces = { body };
    reply.header("content-type", contentType);
    m_server->setReply("POST", "/v1/messages", reply);
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::MalformedResponse);
    QVERIFY(!job->errorString().isEmpty());
}

void TestProviderErrors::cancelMidStream()
{
    QStringList deltas;
    for (int i = 0; i < 50; ++i)
        deltas.append(QStringLiteral("token%1 ").arg(i));
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(deltas, { 1, 50 }));
    reply.splitEvery(40);
    reply.delayMs = 20;
    m_server->setReply("POST", "/v1/messages", reply);
    ChatJob *job = stream();
    QSignalSpy text(job, &ChatJob::textDelta);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(text.wait());
    QCOMPARE(m_server->openConnections(), 1);
    job->cancel();
    QCOMPARE(finished.size(), 1); // at once
    QCOMPARE(job->error(), ProviderError::Cancelled);
    QVERIFY(job->isInterrupted());
    QVERIFY(!job->text().isEmpty());
    const QString kept = job->text();
    job->cancel(); // harmless
    QCOMPARE(finished.size(), 1);
    QTRY_COMPARE(m_server->openConnections(), 0); // the connection is closed
    QCOMPARE(job->text(), kept);
    QCOMPARE(finished.size(), 1);
}

void TestProviderErrors::cancelDuringCountdown()
{
    ProviderTestServer::Reply limited = ProviderTestServer::Reply::json(
        429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("slow down")));
    limited.header("retry-after", "30");
    m_server->setReply("POST", "/v1/messages", limited);
    ChatJob *job = stream();
    QSignalSpy retrying(job, &ChatJob::retrying);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(retrying.wait());
    QCOMPARE(retrying.first().at(1).toInt(), 30);
    QCOMPARE(job->secondsUntilRetry(), 30);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), ProviderError::Cancelled);
    QCOMPARE(job->secondsUntilRetry(), 0);
    QVERIFY(!job->isInterrupted());
    QCOMPARE(m_server->requestCount(), 1);
}

void TestProviderErrors::cancelFromInsideADelta()
{
    // A receiver may stop the reply from its slot while the job is still decoding a chunk.
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(
            { QStringLiteral("first "), QStringLiteral("second "), QStringLiteral("third") }, { 1, 3 })));
    ChatJob *job = stream();
    QSignalSpy text(job, &ChatJob::textDelta);
    connect(job, &ChatJob::textDelta, job, [job] { job->cancel(); });
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::Cancelled);
    QCOMPARE(text.size(), 1);
    QCOMPARE(job->text(), QStringLiteral("first "));
    QVERIFY(job->isInterrupted());
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestProviderErrors::cancelBeforeStart()
{
    ChatJob *job = stream();
    QSignalSpy finished(job, &ProviderJob::finished);
    job->cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), ProviderError::Cancelled);
    QVERIFY(!finished.wait(200)); // the queued start does nothing
    QCOMPARE(m_server->requestCount(), 0);
}

void TestProviderErrors::keyForAnotherHost()
{
    m_provider->setApiKey({ QStringLiteral("sk-other"), QStringLiteral("api.anthropic.com") });
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::KeyPolicy);
    QVERIFY(job->errorString().contains(QLatin1String("api.anthropic.com")));
    QCOMPARE(m_server->requestCount(), 0); // nothing left the machine
}

void TestProviderErrors::plainHttpToRemoteHost()
{
    setConfig([](ProviderConfig &c) { c.baseUrl = QUrl(QStringLiteral("http://models.example.invalid")); });
    m_provider->setApiKey({ QStringLiteral("sk-x"), QStringLiteral("models.example.invalid") });
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::KeyPolicy);
    QVERIFY(job->errorString().contains(QLatin1String("plain http")));
}

void TestProviderErrors::missingKey()
{
    setConfig([](ProviderConfig &c) { c.baseUrl = QUrl(QStringLiteral("https://api.anthropic.com")); });
    m_provider->setApiKey({});
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::MissingKey);
    QVERIFY(job->errorString().contains(QLatin1String("ANTHROPIC_API_KEY")));
}

void TestProviderErrors::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    setConfig([port](ProviderConfig &c) { c.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)); });
    ChatJob *job = stream();
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::ConnectionFailed);
    QVERIFY2(job->errorString().contains(QString::number(port)), qPrintable(job->errorString()));
}

QTEST_GUILESS_MAIN(TestProviderErrors)
#include "tst_providererrors.moc"
