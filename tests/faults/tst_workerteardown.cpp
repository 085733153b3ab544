// The library model and the Triggers pane read and analyse on worker threads. Several scans at once
// all finish. Destroyed while that work runs (a library of thousands of agents, so it is in flight)
// or waits in the thread pool's queue, model and pane return at once without doing or awaiting the
// work, and the workers end soon after without touching what is gone (the sanitizer build runs
// this under AddressSanitizer).
#include "triggerspane.h"

#include "library/librarymodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

using namespace awb;

namespace {

// Occupies every thread of the global pool until released, so that tasks started meanwhile wait in
// its queue: a destructor that waited for them would have to run them itself.
class PoolBlocker
{
public:
    PoolBlocker()
        : m_count(QThreadPool::globalInstance()->maxThreadCount())
    {
        for (int i = 0; i < m_count; ++i) {
            QThreadPool::globalInstance()->start([this] {
                ++m_running;
                m_gate.acquire();
                --m_running;
            });
        }
    }
    ~PoolBlocker()
    {
        release();
        QThreadPool::globalInstance()->waitForDone();
    }
    bool holdsEveryThread() const { return m_running.load() == m_count; }
    void release()
    {
        if (!m_released)
            m_gate.release(m_count);
        m_released = true;
    }

private:
    const int m_count;
    QSemaphore m_gate;
    std::atomic_int m_running { 0 };
    bool m_released = false;
};

} // namespace

class TestWorkerTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void scansAtOnceAllFinish();
    void modelDestroyedWhileScanning();
    void modelDestroyedWithScanQueued();
    void paneDestroyedWhileReading();
    void paneDestroyedWithReadQueued();
    void paneDestroyedWhileAnalysing();

private:
    static bool makeLibrary(const QString &folder, int count);
    /// The model has scanned `folder` (default: the 3,000 agents) and holds `count` agents.
    bool scanned(LibraryModel *model, const QString &folder = {}, int count = 3000);

    QTemporaryDir m_dir;
    QString m_agents; ///< 3,000 agents
    QString m_fewer; ///< 1,000 agents: their analysis takes about a second
};

void TestWorkerTeardown::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_agents = m_dir.filePath(QStringLiteral("agents"));
    m_fewer = m_dir.filePath(QStringLiteral("fewer"));
    QVERIFY(makeLibrary(m_agents, 3000));
    QVERIFY(makeLibrary(m_fewer, 1000));
}

bool TestWorkerTeardown::makeLibrary(const QString &folder, int count)
{
    if (!QDir().mkpath(folder))
        return false;
    // Descriptions share words, so the analysis has pairs to weigh.
    QStringList vocabulary;
    for (int w = 0; w < 400; ++w)
        vocabulary.append(QStringLiteral("term%1x").arg(w));
    quint32 state = 12345;
    for (int a = 0; a < count; ++a) {
        QStringList words;
        for (int i = 0; i < 24; ++i) {
            state = state * 1664525u + 1013904223u;
            words.append(vocabulary.at(int((state >> 8) % quint32(vocabulary.size()))));
        }
        QFile file(folder + QStringLiteral("/agent-%1.md").arg(a, 4, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write(QStringLiteral("---\nname: agent-%1\ndescription: Use for %2\n---\nYou help.\n")
                       .arg(a, 4, 10, QLatin1Char('0'))
                       .arg(words.join(QLatin1Char(' ')))
                       .toUtf8());
    }
    return true;
}

void TestWorkerTeardown::cleanup()
{
    // Nothing of one case may still run in the next.
    QTRY_COMPARE_WITH_TIMEOUT(LibraryModel::scansAlive(), 0, 60000);
    QTRY_COMPARE_WITH_TIMEOUT(TriggersPane::workersAlive(), 0, 60000);
}

bool TestWorkerTeardown::scanned(LibraryModel *model, const QString &folder, int count)
{
    QSignalSpy done(model, &LibraryModel::scanFinished);
    model->addFolder(AgentScope::Project, folder.isEmpty() ? m_agents : folder);
    return done.wait(60000) && model->agentCount() == count;
}

void TestWorkerTeardown::scansAtOnceAllFinish()
{
    // Each scan reads its files in parallel from within a pool thread; as many scans as the global
    // pool has threads, started together, once held every thread waiting for a free one.
    const int count = QThreadPool::globalInstance()->maxThreadCount() + 1;
    std::vector<std::unique_ptr<LibraryModel>> models;
    std::vector<std::unique_ptr<QSignalSpy>> done;
    for (int i = 0; i < count; ++i) {
        models.push_back(std::make_unique<LibraryModel>());
        done.push_back(std::make_unique<QSignalSpy>(models.back().get(), &LibraryModel::scanFinished));
    }
    for (int i = 0; i < count; ++i)
        models.at(i)->addFolder(AgentScope::Project, i % 2 ? m_fewer : m_agents);
    for (int i = 0; i < count; ++i) {
        QTRY_COMPARE_WITH_TIMEOUT(done.at(i)->size(), 1, 60000);
        QCOMPARE(models.at(i)->agentCount(), i % 2 ? 1000 : 3000);
    }
}

void TestWorkerTeardown::modelDestroyedWhileScanning()
{
    auto *model = new LibraryModel;
    model->addFolder(AgentScope::Project, m_agents);
    QVERIFY(model->isScanning());
    QCOMPARE(LibraryModel::scansAlive(), 1);
    delete model;
    // The scan stops at its next file and goes; it reports to nobody.
    QTRY_COMPARE_WITH_TIMEOUT(LibraryModel::scansAlive(), 0, 30000);
    // A new model of the same folder is not disturbed by the old scan.
    LibraryModel again;
    QVERIFY(scanned(&again));
}

void TestWorkerTeardown::modelDestroyedWithScanQueued()
{
    PoolBlocker blocker;
    QTRY_VERIFY(blocker.holdsEveryThread());
    auto *model = new LibraryModel;
    model->addFolder(AgentScope::Project, m_agents);
    QCOMPARE(LibraryModel::scansAlive(), 1);
    delete model;
    // Neither waited for nor run here: the scan is still in the pool's queue.
    QCOMPARE(LibraryModel::scansAlive(), 1);
    blocker.release();
    QTRY_COMPARE(LibraryModel::scansAlive(), 0);
}

void TestWorkerTeardown::paneDestroyedWhileReading()
{
    LibraryModel library;
    QVERIFY(scanned(&library));
    auto *pane = new TriggersPane(&library);
    // It reads the 3,000 agents at once.
    QCOMPARE(TriggersPane::workersAlive(), 1);
    delete pane;
    QTRY_COMPARE_WITH_TIMEOUT(TriggersPane::workersAlive(), 0, 30000);
}

void TestWorkerTeardown::paneDestroyedWithReadQueued()
{
    LibraryModel library;
    QVERIFY(scanned(&library));
    PoolBlocker blocker;
    QTRY_VERIFY(blocker.holdsEveryThread());
    auto *pane = new TriggersPane(&library);
    QCOMPARE(TriggersPane::workersAlive(), 1);
    delete pane;
    QCOMPARE(TriggersPane::workersAlive(), 1);
    blocker.release();
    QTRY_COMPARE(TriggersPane::workersAlive(), 0);
}

void TestWorkerTeardown::paneDestroyedWhileAnalysing()
{
    LibraryModel library;
    QVERIFY(scanned(&library, m_fewer, 1000));
    auto *pane = new TriggersPane(&library);
    QSignalSpy shown(pane, &TriggersPane::resultShown);
    QVERIFY(shown.wait(60000));
    QCOMPARE(pane->result().agentCount(), 1000);
    // The map and the competing pairs start shortly after the result shows and take a while (every
    // pair of agents is compared).
    QSignalSpy analysed(pane, &TriggersPane::analysisReady);
    QTRY_COMPARE(TriggersPane::workersAlive(), 1);
    QCOMPARE(analysed.size(), 0);
    delete pane;
    QTRY_COMPARE_WITH_TIMEOUT(TriggersPane::workersAlive(), 0, 60000);
}

QTEST_MAIN(TestWorkerTeardown)
#include "tst_workerteardown.moc"
