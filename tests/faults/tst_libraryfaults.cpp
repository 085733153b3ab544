#include "library/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

// The library under disk events it cannot control: ten thousand files arriving at once in a
// watched folder, and folders removed while they are open or while they are being read.
class TestLibraryFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tenThousandFilesAtOnce();
    void folderRemovedWhileOpen();
    void folderRemovedDuringScan();
    void hugeFileListedWithItsReason();

private:
    QString writeAgents(const QString &folder, int count, int from = 0);
    QStringList agentPaths() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestLibraryFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_model = std::make_unique<LibraryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLibraryFaults::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_dir.reset();
}

QString TestLibraryFaults::writeAgents(const QString &folder, int count, int from)
{
    const QString path = m_dir->filePath(folder);
    QDir().mkpath(path);
    for (int i = from; i < from + count; ++i) {
        QFile f(QStringLiteral("%1/agent-%2.md").arg(path).arg(i, 5, 10, QLatin1Char('0')));
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("---\nname: agent-" + QByteArray::number(i) + "\ndescription: Use for task " + QByteArray::number(i)
            + ".\n---\nBody.\n");
    }
    return path;
}

QStringList TestLibraryFaults::agentPaths() const
{
    QStringList out;
    for (int g = 0; g < m_model->rowCount(); ++g) {
        const QModelIndex group = m_model->index(g, 0);
        for (int r = 0; r < m_model->rowCount(group); ++r)
            out.append(m_model->index(r, 0, group).data(LibraryModel::FilePathRole).toString());
    }
    return out;
}

void TestLibraryFaults::tenThousandFilesAtOnce()
{
    const QString folder = writeAgents(QStringLiteral("watched"), 3);
    QSignalSpy scans(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, folder);
    QVERIFY(scans.wait());
    QCOMPARE(m_model->agentCount(), 3);
    scans.clear();
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // Written in one go while the event loop is not running: every change notice arrives together.
    QVERIFY(!writeAgents(QStringLiteral("watched"), 10000, 3).isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->agentCount(), 10003, 120000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isScanning(), 120000);
    QCOMPARE(m_model->agentCount(), 10003);

    const QStringList paths = agentPaths();
    QCOMPARE(paths.size(), 10003);
    QCOMPARE(QSet<QString>(paths.begin(), paths.end()).size(), 10003);
    QVERIFY(paths.contains(folder + QStringLiteral("/agent-10002.md")));
    const QModelIndex last = m_model->indexForPath(folder + QStringLiteral("/agent-10002.md"));
    QCOMPARE(last.data().toString(), QStringLiteral("agent-10002"));
    QVERIFY2(scans.size() < 50, qPrintable(QString::number(scans.size()))); // debounced, not one per file
    // New files arrive in runs, so a view lays out a few insertions, not ten thousand.
    QVERIFY2(inserted.size() < 100, qPrintable(QString::number(inserted.size())));
}

void TestLibraryFaults::folderRemovedWhileOpen()
{
    const QString kept = writeAgents(QStringLiteral("kept"), 2);
    const QString gone = writeAgents(QStringLiteral("project/.claude/agents"), 5);
    QSignalSpy scans(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::User, kept);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("project")));
    QTRY_VERIFY(!m_model->isScanning());
    QTRY_COMPARE(m_model->agentCount(), 7);

    QVERIFY(QDir(m_dir->filePath(QStringLiteral("project"))).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->agentCount(), 2, 10000);
    for (const QString &path : agentPaths())
        QVERIFY2(path.startsWith(kept), qPrintable(path));
    // The folder is still part of the library; when it comes back, a rescan finds it.
    QVERIFY(m_model->folders(AgentScope::Project).size() == 1);
    QVERIFY(!writeAgents(QStringLiteral("project/.claude/agents"), 1).isEmpty());
    m_model->rescan();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->agentCount(), 3, 10000);
    QVERIFY(m_model->indexForPath(gone + QStringLiteral("/agent-00000.md")).isValid());
}

void TestLibraryFaults::folderRemovedDuringScan()
{
    const QString folder = writeAgents(QStringLiteral("big"), 5000);
    m_model->addFolder(AgentScope::Project, folder);
    QVERIFY(m_model->isScanning());
    // Gone while the scan reads it: the scan finishes with what it could read, the watcher
    // reports the removal, and the library ends up empty, whichever comes first.
    QVERIFY(QDir(folder).removeRecursively());
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isScanning(), 60000);
    m_model->rescan();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isScanning(), 60000);
    QCOMPARE(m_model->agentCount(), 0);
    QVERIFY(agentPaths().isEmpty());
}

// A 5 MB file among agents: the scan does not read it, lists it as a file that does not load with
// the reason, and reads the others.
void TestLibraryFaults::hugeFileListedWithItsReason()
{
    const QString folder = writeAgents(QStringLiteral("mixed"), 3);
    const QString huge = folder + QStringLiteral("/huge.md");
    {
        QFile f(huge);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("---\nname: huge\ndescription: Too big to be an agent.\n---\n");
        const QByteArray line = QByteArray(79, 'x') + '\n';
        for (int i = 0; i < 5 * 1024 * 1024 / line.size(); ++i)
            f.write(line);
    }
    QSignalSpy scans(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, folder);
    QTRY_VERIFY(!m_model->isScanning());
    QCOMPARE(m_model->agentCount(), 4);
    const QModelIndex entry = m_model->indexForPath(huge);
    QVERIFY(entry.isValid());
    QCOMPARE(entry.data(LibraryModel::LoadsRole).toBool(), false);
    QCOMPARE(entry.data(LibraryModel::ErrorCountRole).toInt(), 1);
    const QString why = entry.data(LibraryModel::SkipMessageRole).toString();
    QVERIFY2(why.contains(QLatin1String("5.0 MB")) && why.contains(QLatin1String("larger than 4 MB")), qPrintable(why));
    QVERIFY(m_model->indexForPath(folder + QStringLiteral("/agent-00002.md")).data(LibraryModel::LoadsRole).toBool());
}

QTEST_GUILESS_MAIN(TestLibraryFaults)
#include "tst_libraryfaults.moc"
