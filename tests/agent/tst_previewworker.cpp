#include "agent/previewworker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace awb;

namespace {

QString agentText(int i)
{
    QString body;
    for (int line = 0; line < 200; ++line)
        body += QStringLiteral("Paragraph %1 of the prompt with *emphasis* and `code`.\n\n").arg(line);
    return QStringLiteral("---\nname: agent-%1\ndescription: Revision %1 of the agent.\n---\n").arg(i) + body;
}

} // namespace

class TestPreviewWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newestWins();
    void debounceCoalesces();
    void readyOnGuiThread();
    void requestFromReadySlot();
};

void TestPreviewWorker::newestWins()
{
    PreviewWorker worker;
    QSignalSpy spy(&worker, &PreviewWorker::ready);
    quint64 last = 0;
    for (int i = 0; i < 50; ++i)
        last = worker.request(agentText(i), QStringLiteral("a.md"), QStringLiteral("Project"));
    QCOMPARE(last, quint64(50));
    QCOMPARE(worker.latestSerial(), last);

    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(0).value<Preview>().serial == last, 20000);
    QVERIFY(!worker.isBusy());
    const Preview final = spy.last().at(0).value<Preview>();
    QCOMPARE(final.document.name(), QStringLiteral("agent-49"));
    QVERIFY(final.html.contains(QLatin1String("Revision 49 of the agent.")));
    QCOMPARE(final.scope, QStringLiteral("Project"));

    // The first request starts at once; everything queued meanwhile collapses into the newest.
    QVERIFY2(worker.buildCount() <= 3, qPrintable(QString::number(worker.buildCount())));
    QCOMPARE(spy.size(), worker.buildCount());
    quint64 previous = 0;
    for (const QList<QVariant> &args : spy) {
        const quint64 serial = args.at(0).value<Preview>().serial;
        QVERIFY(serial > previous);
        previous = serial;
    }
}

void TestPreviewWorker::debounceCoalesces()
{
    PreviewWorker worker;
    worker.setDebounceInterval(100);
    QCOMPARE(worker.debounceInterval(), 100);
    QSignalSpy spy(&worker, &PreviewWorker::ready);
    for (int i = 0; i < 10; ++i)
        worker.request(agentText(i), {}, {});
    QVERIFY(worker.isBusy());
    QCOMPARE(worker.buildCount(), 0);
    QVERIFY(spy.wait(20000));
    QCOMPARE(worker.buildCount(), 1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<Preview>().document.name(), QStringLiteral("agent-9"));
}

void TestPreviewWorker::readyOnGuiThread()
{
    PreviewWorker worker;
    worker.setOptions({ true });
    QThread *seen = nullptr;
    connect(&worker, &PreviewWorker::ready, this, [&seen] { seen = QThread::currentThread(); });
    QSignalSpy spy(&worker, &PreviewWorker::ready);
    worker.request(agentText(1), {}, {});
    QVERIFY(spy.wait(20000));
    QCOMPARE(seen, QThread::currentThread());
    QVERIFY(spy.at(0).at(0).value<Preview>().html.contains(QLatin1String("#e6edf3")));
}

void TestPreviewWorker::requestFromReadySlot()
{
    PreviewWorker worker;
    QSignalSpy spy(&worker, &PreviewWorker::ready);
    bool asked = false;
    connect(&worker, &PreviewWorker::ready, this, [&worker, &asked] {
        if (!asked) {
            asked = true;
            worker.request(agentText(2), {}, {});
        }
    });
    worker.request(agentText(1), {}, {});
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, 20000);
    QCOMPARE(spy.at(1).at(0).value<Preview>().document.name(), QStringLiteral("agent-2"));
    QCOMPARE(worker.buildCount(), 2);
}

QTEST_MAIN(TestPreviewWorker)
#include "tst_previewworker.moc"
