// A chat with a key, run the way the application runs it, leaves the key in no file and no log line:
// the settings, transcripts, Markdown exports, the chat autosave and the recovery files are scanned,
// and so is everything logged (every category, debug included).
#include "chatcolumn.h"
#include "chatcomposer.h"
#include "chatpane.h"
#include "chatproviders.h"
#include "recoverystore.h"

#include "chat/chatsession.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QApplication>
#include <QDirIterator>
#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace awb;
using namespace awb::test;

namespace {

const QByteArray Secret = "sk-ant-SCAN-ME-4b1d9e0c7a62f3";

QMutex logMutex;
QStringList logLines;

void captureMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&logMutex);
    logLines << QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""), message);
}

// The key as it could be written: as is, and in the encodings a careless writer would use.
QList<QByteArray> keyForms()
{
    const QString key = QString::fromLatin1(Secret);
    return { Secret, Secret.toBase64(), Secret.toBase64(QByteArray::Base64UrlEncoding), Secret.toPercentEncoding(),
        QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2), Secret.toHex() };
}

// Every file under `dir` (hidden ones too) is read; returns how many, and fails the test on a
// file that holds the key in any form.
int scanFiles(const QString &dir)
{
    int files = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning("cannot read %s", qPrintable(file.fileName()));
            return -1;
        }
        const QByteArray bytes = file.readAll();
        ++files;
        for (const QByteArray &form : keyForms()) {
            if (bytes.contains(form)) {
                qWarning("the key (as %s) is in %s", form.constData(), qPrintable(file.fileName()));
                return -1;
            }
        }
    }
    return files;
}

void enableEverything(QLoggingCategory *category)
{
    for (QtMsgType type : { QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg })
        category->setEnabled(type, true);
}

} // namespace

class TestChatSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void keyIsInNoFileAndNoLog();

private:
    QTemporaryDir m_home;
    QtMessageHandler m_previousHandler = nullptr;
    QLoggingCategory::CategoryFilter m_previousFilter = nullptr;
};

void TestChatSecrets::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Every place the application keeps things lies under this temporary home.
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", m_home.filePath(QStringLiteral("cache")).toLocal8Bit());
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("tmp"))));
    qputenv("TMPDIR", m_home.filePath(QStringLiteral("tmp")).toLocal8Bit());
    qunsetenv("AWB_RECOVERY_DIR");
    QApplication::setApplicationName(QStringLiteral("agent-workbench-tst-chatsecrets"));
    QVERIFY(RecoveryStore::defaultRoot().startsWith(m_home.path()));
    QVERIFY(QDir::tempPath().startsWith(m_home.path()));
    m_previousFilter = QLoggingCategory::installFilter(enableEverything);
    m_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestChatSecrets::cleanupTestCase()
{
    qInstallMessageHandler(m_previousHandler);
    QLoggingCategory::installFilter(m_previousFilter);
}

void TestChatSecrets::keyIsInNoFileAndNoLog()
{
    ProviderTestServer server;
    QVERIFY(server.listen());
    ProviderTestServer::Reply slow = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicText(
            { QStringLiteral("Hello "), QStringLiteral("there, "), QStringLiteral("how can I help?") }, { 12, 6 }))
                                         .splitEvery(16);
    slow.delayMs = 5;
    // A reply, a refused key (the error path), then a reply again.
    server.setReplies("POST", "/v1/messages",
        { slow,
            ProviderTestServer::Reply::json(
                401, R"({"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"}})"),
            slow });

    int files = 0;
    const QString transcripts = m_home.filePath(QStringLiteral("transcripts"));
    QVERIFY(QDir().mkpath(transcripts));
    {
        auto providers = std::make_unique<ChatProviders>(QString(), QStringLiteral("agent-workbench-tst-chatsecrets"));
        ProviderConfig keyed = ProviderConfig::anthropic();
        keyed.id = QStringLiteral("keyed");
        keyed.displayName = QStringLiteral("Keyed test server");
        keyed.baseUrl = server.url();
        keyed.timeouts = { 5000, 5000, 5000 };
        keyed.retry.maxRetries = 0;
        QVERIFY(providers->setConfigured(providers->configured() << keyed));
        providers->setKey(QStringLiteral("keyed"), { QString::fromLatin1(Secret), QStringLiteral("127.0.0.1") });

        RecoveryStore recovery(RecoveryStore::defaultRoot());
        QVERIFY(recovery.save(QStringLiteral("tab1"), QStringLiteral("/agents/a.md"), QStringLiteral("a"),
            "---\nname: a\ndescription: d\n---\nBody\n"));
        ChatPane pane(providers.get());
        pane.setAutosavePath(ChatPane::autosavePathIn(RecoveryStore::defaultRoot()));
        ChatAgent agent;
        agent.key = agent.path = QStringLiteral("/agents/a.md");
        agent.name = QStringLiteral("a");
        agent.editedBody = QStringLiteral("Be brief.");
        pane.setAgent(agent);
        pane.setPrimaryChoice({ QStringLiteral("keyed"), QStringLiteral("claude-test-1") });
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));

        for (const QString &text : { QStringLiteral("Hi"), QStringLiteral("Again"), QStringLiteral("Third") }) {
            QSignalSpy finished(pane.session(0), &ChatSession::replyFinished);
            pane.send(text);
            QVERIFY(finished.wait(15000) || finished.size() == 1);
        }
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(server.lastRequest().header("x-api-key"), Secret); // the key was really used
        QVERIFY(!pane.session(0)->lastError().isEmpty() || pane.session(0)->conversation().count() >= 4);

        QString error;
        QVERIFY(pane.autosaveNow(&error));
        QVERIFY(QFile::exists(pane.autosavePath()));
        QVERIFY2(
            pane.saveTranscript(QDir(transcripts).filePath(QStringLiteral("chat.json")), &error), qPrintable(error));
        QVERIFY2(pane.exportMarkdown(QDir(transcripts).filePath(QStringLiteral("chat.md")), &error), qPrintable(error));
        QVERIFY(providers->setConfigured(providers->configured())); // settings written again
        // Scanned while the window is still open: its recovery files exist now.
        files = scanFiles(m_home.path());
        QVERIFY2(files >= 5, qPrintable(QString::number(files))); // settings, transcript, export, autosave, recovery
    }
    // And again once everything is closed: what the pane and the providers write as they go.
    QVERIFY(scanFiles(m_home.path()) > 0);

    QMutexLocker lock(&logMutex);
    const QStringList lines = logLines;
    lock.unlock();
    QVERIFY(!lines.isEmpty()); // debug output was captured at all
    for (const QString &line : lines) {
        for (const QByteArray &form : keyForms()) {
            if (!form.contains('\0')) // the UTF-16 form is for files
                QVERIFY2(!line.contains(QString::fromLatin1(form)), qPrintable(line));
        }
    }
    std::fprintf(stderr, "scanned %d files and %d log lines\n", files, int(lines.size()));
}

QTEST_MAIN(TestChatSecrets)
#include "tst_chatsecrets.moc"
