#include "triggers/embeddingcache.h"
#include "triggers/embeddingrouter.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace awb;

namespace {

// A tiny OpenAI-compatible /v1/embeddings server on a real socket. Each text becomes a bag of words over
// three topic dimensions (sql, deploy, review) plus one for everything else, so cosines are predictable.
class EmbeddingStub : public QObject
{
public:
    enum class Mode { Answer, Unauthorized, WrongCount, Hang };

    EmbeddingStub()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_server.serverPort())); }

    Mode mode = Mode::Answer;
    int requests = 0;
    int texts = 0;
    QByteArray lastAuthorization;
    QByteArray lastPath;
    QString lastModel;

    static QJsonArray vectorFor(const QString &text)
    {
        double v[4] = { 0, 0, 0, 0 };
        for (const QString &word :
            text.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts)) {
            if (word.startsWith(QLatin1String("sql")) || word.startsWith(QLatin1String("quer")))
                v[0] += 1;
            else if (word.startsWith(QLatin1String("deploy")) || word.startsWith(QLatin1String("server")))
                v[1] += 1;
            else if (word.startsWith(QLatin1String("review")))
                v[2] += 1;
            else
                v[3] += 0.1;
        }
        return QJsonArray { v[0], v[1], v[2], v[3] };
    }

private:
    void onData(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QByteArray head = buffer.left(headerEnd);
        qsizetype length = 0;
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray trimmed = line.trimmed();
            if (trimmed.toLower().startsWith("content-length:"))
                length = trimmed.mid(15).trimmed().toLongLong();
            if (trimmed.toLower().startsWith("authorization:"))
                lastAuthorization = trimmed.mid(14).trimmed();
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        lastPath = head.split(' ').value(1);
        const QJsonObject request = QJsonDocument::fromJson(buffer.mid(headerEnd + 4, length)).object();
        buffer.clear();
        ++requests;
        lastModel = request.value(QLatin1String("model")).toString();
        if (mode == Mode::Hang)
            return;
        const QJsonArray inputs = request.value(QLatin1String("input")).toArray();
        texts += int(inputs.size());
        int status = 200;
        QJsonObject body;
        if (mode == Mode::Unauthorized) {
            status = 401;
            body = QJsonObject { { QStringLiteral("error"),
                QJsonObject { { QStringLiteral("message"), QStringLiteral("Invalid API key") } } } };
        } else {
            QJsonArray data;
            // Answer in reverse order: clients must use "index".
            for (qsizetype i = inputs.size() - 1; i >= 0; --i) {
                if (mode == Mode::WrongCount && i == 0)
                    continue;
                data.append(QJsonObject { { QStringLiteral("object"), QStringLiteral("embedding") },
                    { QStringLiteral("index"), int(i) },
                    { QStringLiteral("embedding"), vectorFor(inputs.at(i).toString()) } });
            }
            body = QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
                { QStringLiteral("data"), data } };
        }
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Unauthorized")
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size())
            + "\r\nConnection: close\r\n\r\n" + json);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

TriggerAgents agents()
{
    return { TriggerAgent::make(QStringLiteral("sql-pro"), QStringLiteral("Writes SQL queries.")),
        TriggerAgent::make(QStringLiteral("deployer"),
            QStringLiteral("Deploys servers.\n<example>\nuser: \"Review the SQL before the "
                           "release\"\n</example>")),
        TriggerAgent::make(QStringLiteral("reviewer"), QStringLiteral("Reviews code.")) };
}

TriggerPrompts prompts()
{
    TriggerPrompt example;
    example.text = QStringLiteral("Review the SQL before the release");
    example.expected = QStringLiteral("deployer");
    example.source = TriggerPrompt::Source::Example;
    example.exampleAgent = QStringLiteral("deployer");
    example.exampleIndex = 0;
    return { TriggerPrompt::user(QStringLiteral("optimize this sql query"), QStringLiteral("sql-pro")),
        TriggerPrompt::user(QStringLiteral("deploy to the servers"), QStringLiteral("deployer")),
        TriggerPrompt::user(QStringLiteral("hello there friend")), example };
}

} // namespace

// The embedding router against a local server: batching, the key header, cosine scores, held-out examples,
// the disk cache (a second run asks for nothing), errors in words, cancel.
class TestEmbeddingRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scoresAndCaches();
    void unauthorized();
    void wrongCount();
    void cancelWhileWaiting();
    void cacheRoundTrip();

private:
    std::unique_ptr<TriggerJob> runJob(const EmbeddingRouter::Settings &settings, const TriggerPrompts &p);
};

std::unique_ptr<TriggerJob> TestEmbeddingRouter::runJob(
    const EmbeddingRouter::Settings &settings, const TriggerPrompts &p)
{
    std::unique_ptr<TriggerJob> job(EmbeddingRouter(settings).createJob(agents(), p));
    QSignalSpy finished(job.get(), &TriggerJob::finished);
    job->start();
    if (!finished.wait(20000))
        return nullptr;
    if (finished.size() != 1)
        return nullptr;
    return job;
}

void TestEmbeddingRouter::scoresAndCaches()
{
    EmbeddingStub stub;
    QTemporaryDir cache;
    EmbeddingRouter::Settings settings;
    settings.baseUrl = stub.baseUrl();
    settings.model = QStringLiteral("test-embed");
    settings.apiKey = QStringLiteral("sk-test-secret");
    settings.cacheDir = cache.path();
    settings.batchSize = 3;
    settings.threshold = 0.5;
    std::unique_ptr<TriggerJob> job = runJob(settings, prompts());
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::None);
    // Texts: 3 agents + the deployer without its example + 4 prompts = 8, in batches of 3.
    QCOMPARE(stub.texts, 8);
    QCOMPARE(stub.requests, 3);
    QCOMPARE(stub.lastPath, QByteArray("/v1/embeddings"));
    QCOMPARE(stub.lastModel, QStringLiteral("test-embed"));
    QCOMPARE(stub.lastAuthorization, QByteArray("Bearer sk-test-secret"));
    const TriggerResult &r = job->result();
    QCOMPARE(r.router, QStringLiteral("embedding"));
    QCOMPARE(r.winnerName(0), QStringLiteral("sql-pro"));
    QCOMPARE(r.winnerName(1), QStringLiteral("deployer"));
    QCOMPARE(r.winner(2), TriggerResult::None); // only "other" words: cosine with every agent below 0.5
    // "optimize this sql query": (2, 0, 0, 0.2); sql-pro "sql-pro: Writes SQL queries.": (3, 0, 0, 0.2)
    const double expected = (2 * 3 + 0.2 * 0.2) / (std::sqrt(4 + 0.04) * std::sqrt(9 + 0.04));
    QVERIFY(std::abs(r.score(0, 0) - expected) < 1e-5);
    // The example prompt mentions review and SQL; held out, the deployer shares nothing with it but "other".
    QVERIFY(r.score(3, 1) < 0.2f);
    QVERIFY(r.explain(0, 0).note.contains(QStringLiteral("cosine")));
    QCOMPARE(job->done(), 8);

    // Nothing but vectors on disk: the key is never written.
    QDirIterator it(cache.path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains("sk-test-secret"));
        ++files;
    }
    QCOMPARE(files, 8);

    // Second run: everything from the cache, no request, same result.
    const int before = stub.requests;
    std::unique_ptr<TriggerJob> again = runJob(settings, prompts());
    QVERIFY(again);
    QCOMPARE(again->error(), TriggerJob::Error::None);
    QCOMPARE(stub.requests, before);
    QCOMPARE(again->result(), job->result());
}

void TestEmbeddingRouter::unauthorized()
{
    EmbeddingStub stub;
    stub.mode = EmbeddingStub::Mode::Unauthorized;
    QTemporaryDir cache;
    EmbeddingRouter::Settings settings;
    settings.baseUrl = stub.baseUrl();
    settings.cacheDir = cache.path();
    settings.apiKey = QStringLiteral("sk-wrong");
    std::unique_ptr<TriggerJob> job = runJob(settings, prompts());
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::Network);
    QVERIFY2(job->errorString().contains(QStringLiteral("Invalid API key")), qPrintable(job->errorString()));
    QVERIFY(job->errorString().contains(QStringLiteral("401")));
    QVERIFY(!job->errorString().contains(QStringLiteral("sk-wrong")));
}

void TestEmbeddingRouter::wrongCount()
{
    EmbeddingStub stub;
    stub.mode = EmbeddingStub::Mode::WrongCount;
    QTemporaryDir cache;
    EmbeddingRouter::Settings settings;
    settings.baseUrl = stub.baseUrl();
    settings.cacheDir = cache.path();
    std::unique_ptr<TriggerJob> job = runJob(settings, prompts());
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::Network);
    QVERIFY(job->errorString().contains(QStringLiteral("vectors for")));
}

void TestEmbeddingRouter::cancelWhileWaiting()
{
    EmbeddingStub stub;
    stub.mode = EmbeddingStub::Mode::Hang;
    QTemporaryDir cache;
    EmbeddingRouter::Settings settings;
    settings.baseUrl = stub.baseUrl();
    settings.cacheDir = cache.path();
    std::unique_ptr<TriggerJob> job(EmbeddingRouter(settings).createJob(agents(), prompts()));
    QSignalSpy finished(job.get(), &TriggerJob::finished);
    job->start();
    QTRY_COMPARE(stub.requests, 1);
    job->cancel();
    job->cancel(); // twice: still one finished()
    QVERIFY(finished.wait(10000));
    // A second finished() would have been queued before this marker: once the marker ran, count.
    bool marker = false;
    QMetaObject::invokeMethod(
        this, [&marker] { marker = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(marker);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), TriggerJob::Error::Cancelled);
}

void TestEmbeddingRouter::cacheRoundTrip()
{
    QTemporaryDir dir;
    EmbeddingCache cache(dir.path());
    QVERIFY(cache.get(QStringLiteral("m"), QStringLiteral("t")).isEmpty());
    QString error;
    QVERIFY(cache.put(QStringLiteral("m/x:1"), QStringLiteral("t"), { 1.5f, -2.0f, 0.25f }, &error));
    QCOMPARE(cache.get(QStringLiteral("m/x:1"), QStringLiteral("t")), (QList<float> { 1.5f, -2.0f, 0.25f }));
    QVERIFY(cache.get(QStringLiteral("other"), QStringLiteral("t")).isEmpty()); // keyed by model too
    QVERIFY(cache.get(QStringLiteral("m/x:1"), QStringLiteral("t2")).isEmpty());
    QCOMPARE(EmbeddingCache::key(QStringLiteral("a"), QStringLiteral("b")).size(), 64);
    QVERIFY(EmbeddingCache::key(QStringLiteral("ab"), QStringLiteral(""))
        != EmbeddingCache::key(QStringLiteral("a"), QStringLiteral("b")));
    // A truncated file is a miss, not garbage.
    QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QString path = it.next();
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.resize(10));
    f.close();
    QVERIFY(cache.get(QStringLiteral("m/x:1"), QStringLiteral("t")).isEmpty());
}

QTEST_GUILESS_MAIN(TestEmbeddingRouter)
#include "tst_embeddingrouter.moc"
