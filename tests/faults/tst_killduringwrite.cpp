#include "recoverystore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace awb;

// The application killed (SIGKILL) at random moments while it saves an agent and while it writes
// an autosave snapshot: what is on disk afterwards is a whole old or a whole new version, and an
// autosave is always offered back.
class TestKillDuringWrite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void checkCatchesTornFiles();
    void save();
    void autosave();
    void snapshotWithoutMetadataIsOffered();

private:
    /// Starts the helper, lets it write at least once, kills it after a random delay.
    void runAndKill(const QString &mode, const QString &target);

    QTemporaryDir m_dir;
    QByteArray m_a;
    QByteArray m_b;
    int m_kills = 20;
};

static QByteArray agentOfSize(const QByteArray &name, char fill, int bytes)
{
    QByteArray text = "---\nname: " + name + "\ndescription: Use for " + name + ".\n---\n";
    const QByteArray line = QByteArray(79, fill) + '\n';
    while (text.size() < bytes)
        text += line;
    return text;
}

static QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<unreadable>");
}

void TestKillDuringWrite::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Sizes that take a while to write, so that kills land inside the writes too.
    m_a = agentOfSize("old-version", 'a', 1024 * 1024);
    m_b = agentOfSize("new-version", 'b', 3 * 1024 * 1024);
    for (const auto &[name, bytes] : { std::pair { "a.md", m_a }, std::pair { "b.md", m_b } }) {
        QFile f(m_dir.filePath(QString::fromLatin1(name)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
    }
}

void TestKillDuringWrite::runAndKill(const QString &mode, const QString &target)
{
    QProcess helper;
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QStringLiteral(AWB_FAULT_HELPER),
        { mode, target, m_dir.filePath(QStringLiteral("a.md")), m_dir.filePath(QStringLiteral("b.md")) });
    QVERIFY(helper.waitForStarted());
    QSignalSpy output(&helper, &QProcess::readyReadStandardOutput);
    QVERIFY(output.wait(60000));
    QCOMPARE(helper.state(), QProcess::Running);
    // The helper keeps writing while this waits; the kill lands wherever it happens to be.
    QTimer killer;
    killer.setSingleShot(true);
    connect(&killer, &QTimer::timeout, &helper, &QProcess::kill);
    killer.start(int(QRandomGenerator::global()->bounded(60)));
    QSignalSpy finished(&helper, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
}

// The check below must be able to fail: with a plain, non-atomic write the same kills leave a
// torn file soon enough.
void TestKillDuringWrite::checkCatchesTornFiles()
{
    const QString target = m_dir.filePath(QStringLiteral("plain.md"));
    int kills = 0;
    for (bool torn = false; !torn; ++kills) {
        QVERIFY2(kills < 100, "100 kills of a non-atomic writer never left a torn file");
        runAndKill(QStringLiteral("plain"), target);
        if (QTest::currentTestFailed())
            return;
        const QByteArray on = readFile(target);
        torn = on != m_a && on != m_b;
    }
    qInfo("a plain write was torn after %d kills", kills);
}

void TestKillDuringWrite::save()
{
    const QString target = m_dir.filePath(QStringLiteral("saved/agent.md"));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));
    QFile::remove(target);
    QVERIFY(QFile::copy(m_dir.filePath(QStringLiteral("a.md")), target));
    int old = 0;
    int fresh = 0;
    for (int i = 0; i < m_kills; ++i) {
        runAndKill(QStringLiteral("save"), target);
        if (QTest::currentTestFailed())
            return;
        const QByteArray on = readFile(target);
        QVERIFY2(on == m_a || on == m_b,
            qPrintable(QStringLiteral("kill %1: %2 bytes on disk, neither version").arg(i).arg(on.size())));
        ++(on == m_a ? old : fresh);
    }
    qInfo("after %d kills: old version %d times, new version %d times", m_kills, old, fresh);
    // Whatever temporary files the kills left, none is taken for an agent.
    const QStringList agents
        = QDir(QFileInfo(target).absolutePath()).entryList({ QStringLiteral("*.md") }, QDir::Files);
    QCOMPARE(agents, QStringList { QStringLiteral("agent.md") });
}

void TestKillDuringWrite::autosave()
{
    const QString root = m_dir.filePath(QStringLiteral("recovery"));
    for (int i = 0; i < m_kills; ++i) {
        runAndKill(QStringLiteral("autosave"), root);
        if (QTest::currentTestFailed())
            return;
        RecoveryStore next(root); // what the next start of the application sees
        const QList<RecoveryStore::Entry> entries = next.orphans();
        QCOMPARE(entries.size(), 1);
        const RecoveryStore::Entry &e = entries.first();
        QVERIFY2(e.content == m_a || e.content == m_b,
            qPrintable(QStringLiteral("kill %1: %2 bytes offered, neither version").arg(i).arg(e.content.size())));
        QCOMPARE(e.id, QStringLiteral("tab1"));
        QCOMPARE(e.originalPath, QStringLiteral("/agents/kept.md"));
        next.discardOrphans(entries);
        QVERIFY(next.orphans().isEmpty());
    }
}

// A kill between the snapshot and its small metadata file (the window exists on the first
// autosave of a tab) must not hide the snapshot.
void TestKillDuringWrite::snapshotWithoutMetadataIsOffered()
{
    const QString root = m_dir.filePath(QStringLiteral("recovery-nometa"));
    const QString dead = root + QStringLiteral("/dead-session");
    QVERIFY(QDir().mkpath(dead));
    QFile snapshot(dead + QStringLiteral("/tab7.md"));
    QVERIFY(snapshot.open(QIODevice::WriteOnly));
    snapshot.write("---\nname: half-saved\ndescription: d\n---\nbody\n");
    snapshot.close();

    RecoveryStore next(root);
    const QList<RecoveryStore::Entry> entries = next.orphans();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, QStringLiteral("tab7"));
    QVERIFY(entries.first().content.contains("half-saved"));
    QCOMPARE(entries.first().title, QStringLiteral("half-saved"));
    QVERIFY(entries.first().originalPath.isEmpty());
    next.discardOrphans(entries);
    QVERIFY(!QDir(dead).exists());
}

QTEST_GUILESS_MAIN(TestKillDuringWrite)
#include "tst_killduringwrite.moc"
