#include "agent/agentbuffer.h"
#include "editortab.h"
#include "recoverystore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace awb;

// A disk that fills up during a save. The test process gets a file size limit (RLIMIT_FSIZE, with
// SIGXFSZ ignored), so every write past it fails as it would on a full disk; this needs no root and
// no mounts. The save must fail with a message, the file on disk must stay as it was, and the
// unsaved text must stay in the editor.
class TestFullDisk : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void saveKeepsTheOldFile();
    void autosaveKeepsTheLastSnapshot();

private:
    void limitFileSize(rlim_t bytes);

    QTemporaryDir m_dir;
    rlimit m_original {};
};

static const QByteArray oldText("---\nname: kept\ndescription: The version on disk.\n---\nOld body.\n");

void TestFullDisk::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &m_original), 0);
    std::signal(SIGXFSZ, SIG_IGN);
}

void TestFullDisk::cleanup()
{
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &m_original), 0);
}

void TestFullDisk::limitFileSize(rlim_t bytes)
{
    rlimit limit = m_original;
    limit.rlim_cur = bytes;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limit), 0);
}

void TestFullDisk::saveKeepsTheOldFile()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(oldText);
    }
    EditorTab tab;
    QString error;
    QVERIFY2(tab.openFile(path, &error), qPrintable(error));
    const QString body = QStringLiteral("A long new body line that does not fit on the disk.\n").repeated(4000);
    tab.buffer()->setBody(body);
    QVERIFY(tab.isModified());

    limitFileSize(64 * 1024);
    QVERIFY(!tab.save(QString(), &error));
    QVERIFY2(error.contains(path) && error.contains(QLatin1String("not changed")), qPrintable(error));
    QVERIFY(tab.isModified());
    QVERIFY(tab.buffer()->text().contains(body));
    QFile onDisk(path);
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), oldText);
    onDisk.close();

    // Space again: the same tab saves.
    cleanup();
    QVERIFY2(tab.save(QString(), &error), qPrintable(error));
    QVERIFY(!tab.isModified());
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(onDisk.readAll(), tab.buffer()->bytesToSave());
}

void TestFullDisk::autosaveKeepsTheLastSnapshot()
{
    const QString root = m_dir.filePath(QStringLiteral("recovery"));
    RecoveryStore store(root);
    QString error;
    QVERIFY2(store.save(QStringLiteral("t1"), QString(), QStringLiteral("kept"), oldText, &error), qPrintable(error));

    limitFileSize(64 * 1024);
    QVERIFY(!store.save(QStringLiteral("t1"), QString(), QStringLiteral("kept"), QByteArray(200 * 1024, 'x'), &error));
    QVERIFY(!error.isEmpty());
    cleanup();

    QFile snapshot(store.sessionDir() + QStringLiteral("/t1.md"));
    QVERIFY(snapshot.open(QIODevice::ReadOnly));
    QCOMPARE(snapshot.readAll(), oldText);
}

QTEST_MAIN(TestFullDisk)
#include "tst_fulldisk.moc"
