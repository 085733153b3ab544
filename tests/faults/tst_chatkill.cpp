// The application killed (SIGKILL) while a reply streams into the Chat pane: the autosaved
// transcript keeps what had arrived, and it opens again.
#include "chatpane.h"
#include "chatproviders.h"

#include "chat/chatsession.h"
#include "chat/transcript.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;
using namespace awb::test;

namespace {

// The reply text in the autosave, or empty when there is none (yet) or it is not a transcript.
QString savedReply(const QString &path)
{
    Conversation conversation;
    QString error;
    if (!QFile::exists(path) || !Transcript::load(path, &conversation, &error) || conversation.count() < 2)
        return {};
    return conversation.at(1).text;
}

// Chat requests the server has received (a model list fetched on the side does not count).
int chatRequests(const ProviderTestServer &server)
{
    int count = 0;
    for (const ProviderTestServer::Request &request : server.requests())
        count += request.path == "/v1/messages" ? 1 : 0;
    return count;
}

} // namespace

class TestChatKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killWhileStreamingKeepsWhatArrived();
};

void TestChatKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChatKill::killWhileStreamingKeepsWhatArrived()
{
    ProviderTestServer server;
    QVERIFY(server.listen());
    // 2,000 words, one SSE event per piece, 20 ms apart: the reply takes far longer than the test.
    ProviderTestServer::Reply slow = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicText(ProviderStreams::words(2000), { 10, 2000, 0, 0 }))
                                         .splitEvery(64);
    slow.delayMs = 20;
    server.setReply("POST", "/v1/messages", slow);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString autosave = ChatPane::autosavePathIn(dir.path());
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(AWB_CHAT_STREAM_HELPER),
        { QString::number(server.port()), autosave, dir.filePath(QStringLiteral("providers.json")) });
    QVERIFY(helper.waitForStarted());
    // Wait for the chat request itself (the helper prints "sent" before its event loop even opens the
    // connection). The condition must read no state away: QTRY_* evaluates it again after the loop,
    // and a condition that consumed the helper's output there turned false and failed at once.
    // A helper that dies stops the wait at once too, with its exit code instead of a timeout.
    QTRY_VERIFY_WITH_TIMEOUT(chatRequests(server) > 0 || helper.state() == QProcess::NotRunning, 15000);
    QVERIFY2(helper.state() == QProcess::Running,
        qPrintable(QStringLiteral("the helper ended early (exit code %1): %2")
                       .arg(helper.exitCode())
                       .arg(QString::fromLocal8Bit(helper.readAllStandardOutput()))));
    QCOMPARE(chatRequests(server), 1);

    // Wait until the autosave holds part of the reply (it is written while the reply streams).
    QString seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen = savedReply(autosave)).contains(QStringLiteral("w20 ")), 20000);
    QVERIFY(!seen.contains(QStringLiteral("w1999")));
    QCOMPARE(helper.state(), QProcess::Running);
    helper.kill();
    QVERIFY(helper.waitForFinished(10000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);

    // What is on disk is a whole transcript with at least what had been seen arriving.
    Conversation conversation;
    QString error;
    QVERIFY2(Transcript::load(autosave, &conversation, &error), qPrintable(error));
    QCOMPARE(conversation.count(), 2);
    QCOMPARE(conversation.at(0).text, QStringLiteral("Tell me everything"));
    const QString partial = conversation.at(1).text;
    QVERIFY2(partial.startsWith(seen), qPrintable(partial.left(200)));
    QVERIFY(partial.startsWith(ProviderStreams::words(21).join(QString())));
    QVERIFY(!partial.contains(QStringLiteral("w1999")));

    // The next start offers it: the pane moves it aside and restores it.
    ChatProviders providers(dir.filePath(QStringLiteral("providers2.json")), QStringLiteral("agent-workbench-tests"));
    ChatPane pane(&providers);
    pane.setAutosavePath(autosave);
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(QFile::exists(pane.previousPath()));
    QVERIFY2(pane.restoreLast(&error), qPrintable(error));
    QCOMPARE(pane.session(0)->conversation().count(), 2);
    QCOMPARE(pane.session(0)->conversation().at(1).text, partial);
}

QTEST_MAIN(TestChatKill)
#include "tst_chatkill.moc"
