// Provider jobs whose owners go while a request runs, against the local provider test server: the
// provider (and with it the job) destroyed mid-request, the network access manager destroyed first,
// and the owner destroyed from the job's own finished(). Nothing calls into what is gone (the
// sanitizer build runs this under AddressSanitizer), the connection is closed, and a job that
// outlives its network access manager still finishes once, saying why.
#include "../providers/providertesthelpers.h"

#include <QNetworkAccessManager>

#include <memory>

using namespace awb;
using namespace awb::test;

namespace {

// Which request is open when its owner goes (an int in the test data).
enum Call { Models, ChatWaiting, ChatStreaming };

} // namespace

class TestProviderTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ownerDestroyedMidRequest_data();
    void ownerDestroyedMidRequest();
    void networkDestroyedFirst_data();
    void networkDestroyedFirst();
    void ownerDestroyedFromFinished_data();
    void ownerDestroyedFromFinished();

private:
    void addCalls();
    /// Serves `call` so that the request stays open (no answer yet, or a reply that drips for minutes).
    void serveSlowly(int call);
    ProviderConfig config() const;
    ProviderJob *start(ChatProvider *provider, int call);
    /// Returns once the request is at the server (and for a stream, once text has arrived).
    bool inFlight(ProviderJob *job, int call);

    std::unique_ptr<ProviderTestServer> m_server;
};

void TestProviderTeardown::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
}

void TestProviderTeardown::addCalls()
{
    QTest::addColumn<int>("call");
    QTest::newRow("model list, no answer yet") << int(Models);
    QTest::newRow("chat, no answer yet") << int(ChatWaiting);
    QTest::newRow("chat, streaming") << int(ChatStreaming);
}

void TestProviderTeardown::serveSlowly(int call)
{
    ProviderTestServer::Reply silent = ProviderTestServer::Reply::json(200, "{}");
    silent.end = ProviderTestServer::Reply::End::HangBeforeHeaders;
    if (call == Models) {
        m_server->setReply("GET", "/v1/models", silent);
    } else if (call == ChatWaiting) {
        m_server->setReply("POST", "/v1/messages", silent);
    } else {
        ProviderTestServer::Reply drip = ProviderTestServer::Reply::sse(
            ProviderStreams::anthropicText(ProviderStreams::words(2000), { 10, 2000, 0, 0 }))
                                             .splitEvery(64);
        drip.delayMs = 20;
        m_server->setReply("POST", "/v1/messages", drip);
    }
}

ProviderConfig TestProviderTeardown::config() const
{
    ProviderConfig config = configFor(ProviderConfig::Kind::Anthropic, *m_server);
    // Long limits: an end that came only from a time limit would come too late for these tests.
    config.timeouts = { 60000, 60000, 60000 };
    config.retry.maxRetries = 0;
    return config;
}

ProviderJob *TestProviderTeardown::start(ChatProvider *provider, int call)
{
    provider->setApiKey(testKey());
    if (call == Models)
        return provider->listModels();
    return provider->stream(helloRequest());
}

bool TestProviderTeardown::inFlight(ProviderJob *job, int call)
{
    if (call == ChatStreaming) {
        QSignalSpy text(static_cast<ChatJob *>(job), &ChatJob::textDelta);
        return text.wait(20000);
    }
    QSignalSpy received(m_server.get(), &ProviderTestServer::requestReceived);
    return received.wait(20000) && m_server->openConnections() == 1;
}

void TestProviderTeardown::ownerDestroyedMidRequest_data()
{
    QTest::addColumn<int>("call");
    QTest::addColumn<bool>("sharedNetwork");
    const QList<QPair<const char *, int>> calls { { "model list, no answer yet", Models },
        { "chat, no answer yet", ChatWaiting }, { "chat, streaming", ChatStreaming } };
    for (const auto &[name, call] : calls) {
        QTest::addRow("%s, own network", name) << call << false;
        QTest::addRow("%s, shared network", name) << call << true;
    }
}

void TestProviderTeardown::ownerDestroyedMidRequest()
{
    QFETCH(int, call);
    QFETCH(bool, sharedNetwork);
    serveSlowly(call);
    QNetworkAccessManager network;
    auto *provider = ChatProvider::create(config());
    if (sharedNetwork)
        provider->setNetworkAccessManager(&network);
    ProviderJob *job = start(provider, call);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(inFlight(job, call));
    delete provider; // and its job, mid-request
    // The request is closed on the wire, not left running.
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(finished.size(), 0);
    // The shared network access manager still serves the next provider.
    m_server->setReply("GET", "/v1/models",
        ProviderTestServer::Reply::json(200, R"({"data":[{"id":"claude-test-1"}],"has_more":false})"));
    ChatProvider next(config());
    next.setNetworkAccessManager(&network);
    next.setApiKey(testKey());
    ModelListJob *list = next.listModels();
    QSignalSpy listed(list, &ProviderJob::finished);
    QVERIFY(listed.wait(20000));
    QCOMPARE(list->error(), ProviderError::NoError);
    QCOMPARE(list->models().size(), 1);
}

void TestProviderTeardown::networkDestroyedFirst_data()
{
    addCalls();
}

void TestProviderTeardown::networkDestroyedFirst()
{
    QFETCH(int, call);
    serveSlowly(call);
    ChatProvider provider(config());
    auto *network = new QNetworkAccessManager;
    provider.setNetworkAccessManager(network);
    ProviderJob *job = start(&provider, call);
    QSignalSpy finished(job, &ProviderJob::finished);
    QVERIFY(inFlight(job, call));
    delete network; // takes its replies with it; the job stays
    // The job ends at once (no time limit is near), once, and says why.
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY2(job->error() == ProviderError::ConnectionFailed || job->error() == ProviderError::ConnectionDropped,
        qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(QStringLiteral("network access")), qPrintable(job->errorString()));
    if (call == ChatStreaming) {
        // What had arrived is kept.
        QVERIFY(static_cast<ChatJob *>(job)->message().text().startsWith(QStringLiteral("w0 ")));
    }
    QTRY_COMPARE(m_server->openConnections(), 0);
    QTest::qWait(0);
    QCOMPARE(finished.size(), 1);
}

void TestProviderTeardown::ownerDestroyedFromFinished_data()
{
    QTest::addColumn<bool>("chat");
    QTest::addColumn<int>("status");
    QTest::newRow("model list, answered") << false << 200;
    QTest::newRow("model list, refused") << false << 400;
    QTest::newRow("chat, answered") << true << 200;
    QTest::newRow("chat, refused") << true << 400;
}

void TestProviderTeardown::ownerDestroyedFromFinished()
{
    // An owner that goes as soon as the answer is in, from inside finished() (not deleteLater()).
    QFETCH(bool, chat);
    QFETCH(int, status);
    const QByteArray refusal = R"({"type":"error","error":{"type":"invalid_request_error","message":"no"}})";
    if (chat) {
        m_server->setReply("POST", "/v1/messages",
            status == 200 ? ProviderTestServer::Reply::sse(
                ProviderStreams::anthropicText(ProviderStreams::words(5), { 10, 5, 0, 0 }))
                          : ProviderTestServer::Reply::json(status, refusal));
    } else {
        m_server->setReply("GET", "/v1/models",
            status == 200 ? ProviderTestServer::Reply::json(200, R"({"data":[{"id":"m1"}],"has_more":false})")
                          : ProviderTestServer::Reply::json(status, refusal));
    }
    auto *provider = ChatProvider::create(config());
    ProviderJob *job = start(provider, chat ? ChatWaiting : Models);
    ProviderError error = ProviderError::Cancelled;
    bool gone = false;
    connect(job, &ProviderJob::finished, this, [&] {
        error = job->error();
        delete provider;
        gone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(gone, 20000);
    QCOMPARE(error, status == 200 ? ProviderError::NoError : ProviderError::InvalidRequest);
    QTRY_COMPARE(m_server->openConnections(), 0);
}

QTEST_GUILESS_MAIN(TestProviderTeardown)
#include "tst_providerteardown.moc"
