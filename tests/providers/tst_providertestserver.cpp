#include "providertesthelpers.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace awb;
using namespace awb::test;

// The test server as other tests use it: the executable with a scenario file (the format in
// providertestserver.h), and the in-process class's recording.
class TestProviderTestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void executableServesScenario();
    void badScenario();
    void unmatchedRouteIs404();
};

void TestProviderTestServer::executableServesScenario()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        QFile body(dir.filePath(QStringLiteral("reply.sse")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        body.write(ProviderStreams::anthropicText({ QStringLiteral("from "), QStringLiteral("a file") }, { 4, 2 }));
    }
    QFile scenario(dir.filePath(QStringLiteral("scenario.json")));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"routes": {
        "POST /v1/messages": [
            {"status": 529, "headers": {"content-type": "application/json"}, "chunked": false,
             "body": "{\"type\":\"error\",\"error\":{\"type\":\"overloaded_error\",\"message\":\"Overloaded\"}}"},
            {"headers": {"content-type": "text/event-stream"}, "bodyFile": "reply.sse", "chunkSize": 7, "delayMs": 1}
        ],
        "GET /v1/models": [{"headers": {"content-type": "application/json"}, "chunked": false,
                            "body": "{\"data\":[{\"id\":\"m1\"}],\"has_more\":false}"}]
    }})");
    scenario.close();

    QProcess server;
    server.start(QStringLiteral(AWB_BINARY_DIR "/tests/servers/awb-provider-test-server"), { scenario.fileName() });
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY(server.canReadLine());
    const QByteArray line = server.readLine().trimmed();
    QVERIFY2(line.startsWith("PORT "), line.constData());
    const quint16 port = line.mid(5).toUShort();
    QVERIFY(port > 0);

    ProviderConfig config = ProviderConfig::anthropic();
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.retry.initialDelayMs = 10;
    ChatProvider provider(config);
    provider.setApiKey(testKey());
    ChatJob *job = provider.stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NoError);
    QCOMPARE(job->attempts(), 2);
    QCOMPARE(job->text(), QStringLiteral("from a file"));

    ModelListJob *models = provider.listModels();
    QSignalSpy listed(models, &ProviderJob::finished);
    QVERIFY(listed.wait());
    QCOMPARE(models->models().size(), 1);
    QCOMPARE(models->models().first().id, QStringLiteral("m1"));

    QByteArray log;
    QTRY_VERIFY((log += server.readAllStandardOutput()).contains("REQUEST GET /v1/models"));
    QCOMPARE(log.count("REQUEST POST /v1/messages"), 2);
    server.closeWriteChannel(); // stdin closed: the server quits
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 0);
}

void TestProviderTestServer::badScenario()
{
    QTemporaryDir dir;
    QFile scenario(dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(scenario.open(QIODevice::WriteOnly));
    scenario.write(R"({"routes": {"POST /x": [{"end": "explode"}]}})");
    scenario.close();
    QProcess server;
    server.start(QStringLiteral(AWB_BINARY_DIR "/tests/servers/awb-provider-test-server"), { scenario.fileName() });
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("unknown end 'explode'"));
}

void TestProviderTestServer::unmatchedRouteIs404()
{
    ProviderTestServer server;
    QVERIFY(server.listen());
    ProviderConfig config = configFor(ProviderConfig::Kind::Anthropic, server);
    ChatProvider provider(config);
    provider.setApiKey(testKey());
    ChatJob *job = provider.stream(helloRequest());
    QVERIFY(runToEnd(job));
    QCOMPARE(job->error(), ProviderError::NotFound);
    QCOMPARE(server.requestCount(), 1);
    QCOMPARE(server.lastRequest().method, QByteArray("POST"));
    QCOMPARE(server.lastRequest().path, QByteArray("/v1/messages"));
}

QTEST_GUILESS_MAIN(TestProviderTestServer)
#include "tst_providertestserver.moc"
