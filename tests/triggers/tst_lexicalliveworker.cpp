#include "triggers/lexicalliveworker.h"

#include <QSignalSpy>
#include <QTest>

using namespace awb;

// Live lexical updates while a description is edited: off the GUI thread, newest edit wins, flipped prompts
// reported against the baseline.
class TestLexicalLiveWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void baselineThenFlip();
    void burstOfEditsEndsWithTheNewest();
    void acceptAsBaseline();
    void editBeforeInputIsIgnored();
};

namespace {

TriggerAgents agents()
{
    return { TriggerAgent::make(QStringLiteral("reviewer"), QStringLiteral("Reviews code for bugs.")),
        TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys services to servers.")) };
}

TriggerPrompts prompts()
{
    return { TriggerPrompt::user(QStringLiteral("review my code"), QStringLiteral("reviewer")),
        TriggerPrompt::user(QStringLiteral("deploy the service"), QStringLiteral("deployer")),
        TriggerPrompt::user(QStringLiteral("check the kubernetes manifests"), QStringLiteral("deployer")) };
}

LexicalLiveWorker::Update last(const QSignalSpy &spy)
{
    return spy.isEmpty() ? LexicalLiveWorker::Update() : spy.last().first().value<LexicalLiveWorker::Update>();
}

} // namespace

void TestLexicalLiveWorker::baselineThenFlip()
{
    LexicalLiveWorker worker;
    QSignalSpy ready(&worker, &LexicalLiveWorker::ready);
    const quint64 first = worker.setInput(agents(), prompts(), 0.05);
    QVERIFY(ready.wait(10000));
    QCOMPARE(last(ready).serial, first);
    QVERIFY(last(ready).flipped.isEmpty());
    QCOMPARE(worker.baseline().winner(2), TriggerResult::None); // nobody mentions kubernetes yet
    const quint64 edit
        = worker.editDescription(1, QStringLiteral("Deploys services to servers and checks Kubernetes manifests."));
    QTRY_COMPARE_WITH_TIMEOUT(last(ready).serial, edit, 10000);
    const LexicalLiveWorker::Update update = last(ready);
    QCOMPARE(update.flipped, QList<int> { 2 });
    QCOMPARE(update.result.winnerName(2), QStringLiteral("deployer"));
    QCOMPARE(worker.baseline().winner(2), TriggerResult::None); // the baseline stays until accepted
    QCOMPARE(update.result.threshold, worker.baseline().threshold);
}

void TestLexicalLiveWorker::burstOfEditsEndsWithTheNewest()
{
    LexicalLiveWorker worker;
    QSignalSpy ready(&worker, &LexicalLiveWorker::ready);
    worker.setInput(agents(), prompts(), 0.05);
    QString text = QStringLiteral("Deploys services");
    quint64 serial = 0;
    for (const QString &word : { QStringLiteral(" to"), QStringLiteral(" kubernetes"), QStringLiteral(" clusters"),
             QStringLiteral(" and"), QStringLiteral(" manifests") }) {
        text += word;
        serial = worker.editDescription(1, text);
    }
    QTRY_COMPARE_WITH_TIMEOUT(last(ready).serial, serial, 10000);
    QTRY_VERIFY(!worker.isBusy());
    // Edits that arrived during a run were merged: fewer runs than requests.
    QVERIFY(worker.runCount() <= 6);
    QCOMPARE(last(ready).result.winnerName(2), QStringLiteral("deployer"));
    // The newest text is what was scored: "review" only in the reviewer, "manifest" in the deployer.
    QVERIFY(last(ready).result.score(2, 1) > 0.0f);
}

void TestLexicalLiveWorker::acceptAsBaseline()
{
    LexicalLiveWorker worker;
    QSignalSpy ready(&worker, &LexicalLiveWorker::ready);
    worker.setInput(agents(), prompts(), 0.05);
    QVERIFY(ready.wait(10000));
    const quint64 edit = worker.editDescription(1, QStringLiteral("Checks Kubernetes manifests and deploys services."));
    QTRY_COMPARE_WITH_TIMEOUT(last(ready).serial, edit, 10000);
    QCOMPARE(last(ready).flipped.size(), 1);
    worker.acceptAsBaseline();
    QCOMPARE(worker.baseline().winnerName(2), QStringLiteral("deployer"));
    const quint64 again
        = worker.editDescription(1, QStringLiteral("Checks Kubernetes manifests and deploys services!"));
    QTRY_COMPARE_WITH_TIMEOUT(last(ready).serial, again, 10000);
    QVERIFY(last(ready).flipped.isEmpty());
}

void TestLexicalLiveWorker::editBeforeInputIsIgnored()
{
    LexicalLiveWorker worker;
    QSignalSpy ready(&worker, &LexicalLiveWorker::ready);
    worker.editDescription(0, QStringLiteral("x"));
    QVERIFY(!worker.isBusy());
    const quint64 serial = worker.setInput(agents(), prompts(), 0.05);
    QVERIFY(ready.wait(10000));
    QCOMPARE(last(ready).serial, serial);
    QCOMPARE(last(ready).result.promptCount(), 3);
}

QTEST_GUILESS_MAIN(TestLexicalLiveWorker)
#include "tst_lexicalliveworker.moc"
