// A disk that is really full: the test runs on a small tmpfs of its own (run-on-small-disk.sh),
// fills it, and saves. Every write path the application has (the editor's Save, the main
// window's Save, autosave snapshots, chat transcripts, exports) must fail with a message that
// says the disk is full, leave what was on disk as it was and leave no temporary files behind,
// keep the unsaved text, and succeed once there is room again. tst_fulldisk does the same with a
// file size limit, which needs no namespace; this one meets ENOSPC itself.
#include "editortab.h"
#include "mainwindow.h"
#include "recoverystore.h"

#include "agent/agentbuffer.h"
#include "agent/agentdocument.h"
#include "chat/conversation.h"
#include "chat/transcript.h"
#include "export/agentexporter.h"
#include "export/exportwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

class TestNoSpace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void editorSaveKeepsTheOldFile();
    void windowSaveKeepsTheText();
    void autosaveKeepsTheLastSnapshot();
    void transcriptKeepsTheOldFile();
    void exportWritesNothing();

private:
    void fill();
    QString writeFile(const QString &name, const QByteArray &bytes);
    QStringList filesOnDisk() const;

    QString m_root;
    QString m_filler;
};

namespace {

const QByteArray oldText("---\nname: kept\ndescription: The version on disk.\n---\nOld body.\n");
const QString bigBody = QStringLiteral("A new body line that does not fit on the disk any more.\n").repeated(2000);

bool saysDiskIsFull(const QString &message)
{
    return message.contains(QLatin1String("No space left on device"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<cannot read>");
}

} // namespace

void TestNoSpace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_root = qEnvironmentVariable("AWB_SMALL_DISK_DIR");
    if (m_root.isEmpty()) {
        const QString why = qEnvironmentVariable(
            "AWB_SMALL_DISK_UNAVAILABLE", QStringLiteral("run through tests/faults/run-on-small-disk.sh (ctest does)"));
        QSKIP(qPrintable(why));
    }
    // Never fill a real disk by mistake.
    const QStorageInfo disk(m_root);
    QVERIFY2(disk.rootPath() == m_root && disk.bytesTotal() <= 8 * 1024 * 1024,
        qPrintable(QStringLiteral("%1 is not a small disk of its own").arg(m_root)));
    m_filler = m_root + QStringLiteral("/filler");
}

void TestNoSpace::init()
{
    for (const QString &name : QDir(m_root).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)) {
        const QString path = m_root + QLatin1Char('/') + name;
        QFileInfo(path).isDir() ? QDir(path).removeRecursively() : QFile::remove(path);
    }
}

void TestNoSpace::cleanup()
{
    QFile::remove(m_filler);
}

// Takes every free block: a file grown until the file system refuses the next byte.
void TestNoSpace::fill()
{
    QFile filler(m_filler);
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    const QByteArray block(4096, 'x');
    while (filler.write(block) == block.size()) { }
    while (filler.write("x", 1) == 1) { }
    QVERIFY2(saysDiskIsFull(filler.errorString()), qPrintable(filler.errorString()));
    QCOMPARE(QStorageInfo(m_root).bytesAvailable(), 0);
}

QString TestNoSpace::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_root + QLatin1Char('/') + name;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// Every file on the disk but the filler, hidden ones (temporary files) included.
QStringList TestNoSpace::filesOnDisk() const
{
    QStringList files;
    QDir dir(m_root);
    for (const QFileInfo &info : dir.entryInfoList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (info.absoluteFilePath() != m_filler)
            files << info.fileName();
    }
    for (const QFileInfo &sub : dir.entryInfoList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &name : QDir(sub.absoluteFilePath()).entryList(QDir::Files | QDir::Hidden, QDir::Name))
            files << sub.fileName() + QLatin1Char('/') + name;
    }
    return files;
}

void TestNoSpace::editorSaveKeepsTheOldFile()
{
    const QString path = writeFile(QStringLiteral("kept.md"), oldText);
    EditorTab tab;
    QString error;
    QVERIFY2(tab.openFile(path, &error), qPrintable(error));
    tab.buffer()->setBody(bigBody);

    fill();
    QVERIFY(!tab.save(QString(), &error));
    QVERIFY2(saysDiskIsFull(error) && error.contains(path) && error.contains(QLatin1String("not changed")),
        qPrintable(error));
    QVERIFY(tab.isModified());
    QVERIFY(tab.buffer()->text().contains(bigBody));
    QCOMPARE(readAll(path), oldText);
    QCOMPARE(filesOnDisk(), QStringList { QStringLiteral("kept.md") });

    cleanup(); // room again
    QVERIFY2(tab.save(QString(), &error), qPrintable(error));
    QVERIFY(!tab.isModified());
    QCOMPARE(readAll(path), tab.buffer()->bytesToSave());
}

// The main window: Save fails with the message in the status bar, the tab stays modified, and the
// autosave snapshot (kept on another disk) holds the text; Save works once there is room.
void TestNoSpace::windowSaveKeepsTheText()
{
    const QString path = writeFile(QStringLiteral("window.md"), oldText);
    QTemporaryDir recovery;
    MainWindow window(recovery.path());
    QVERIFY(window.openFile(path));
    EditorTab *tab = window.currentTab();
    tab->buffer()->setBody(bigBody);

    fill();
    QVERIFY(!window.save(tab));
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(saysDiskIsFull(message) && message.contains(path), qPrintable(message));
    QVERIFY(tab->isModified());
    QCOMPARE(readAll(path), oldText);
    window.autosaveNow();
    int snapshots = 0;
    for (QDirIterator it(recovery.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        snapshots += readAll(it.next()).contains(bigBody.toUtf8());
    QCOMPARE(snapshots, 1);

    cleanup();
    QVERIFY(window.save(tab));
    QVERIFY(!tab->isModified());
    QVERIFY(readAll(path).contains(bigBody.toUtf8()));
}

void TestNoSpace::autosaveKeepsTheLastSnapshot()
{
    RecoveryStore store(m_root + QStringLiteral("/recovery"));
    QString error;
    QVERIFY2(store.save(QStringLiteral("t1"), QString(), QStringLiteral("kept"), oldText, &error), qPrintable(error));
    const QString snapshot = store.sessionDir() + QStringLiteral("/t1.md");
    QCOMPARE(readAll(snapshot), oldText);

    fill();
    QVERIFY(!store.save(QStringLiteral("t1"), QString(), QStringLiteral("kept"), bigBody.toUtf8(), &error));
    QVERIFY2(saysDiskIsFull(error), qPrintable(error));
    QCOMPARE(readAll(snapshot), oldText);
    // No temporary file left beside the snapshot, its metadata and the session's lock.
    QCOMPARE(QDir(store.sessionDir()).entryList(QDir::Files | QDir::Hidden, QDir::Name),
        (QStringList { QStringLiteral(".lock"), QStringLiteral("t1.json"), QStringLiteral("t1.md") }));
}

void TestNoSpace::transcriptKeepsTheOldFile()
{
    Conversation small;
    ChatTurn question;
    question.text = QStringLiteral("Is the disk full?");
    small.append(question);
    const QString path = m_root + QStringLiteral("/chat.json");
    QString error;
    QVERIFY2(Transcript::save(small, path, &error), qPrintable(error));
    const QByteArray before = readAll(path);

    Conversation big = small;
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    reply.text = bigBody;
    big.append(reply);
    fill();
    QVERIFY(!Transcript::save(big, path, &error));
    QVERIFY2(saysDiskIsFull(error) && error.contains(path), qPrintable(error));
    QCOMPARE(readAll(path), before);
    QCOMPARE(filesOnDisk(), QStringList { QStringLiteral("chat.json") });

    cleanup();
    QVERIFY2(Transcript::save(big, path, &error), qPrintable(error));
    Conversation back;
    QVERIFY2(Transcript::load(path, &back, &error), qPrintable(error));
    QCOMPARE(back.count(), 2);
    QCOMPARE(back.at(1).text, bigBody);
}

void TestNoSpace::exportWritesNothing()
{
    const AgentDocument doc = AgentDocument::fromBytes(
        "---\nname: exported\ndescription: Goes to every format.\n---\n" + bigBody.toUtf8(), QString());
    QList<ExportedFile> files;
    for (ExportFormat format : { ExportFormat::ClaudeCode, ExportFormat::OpenCode, ExportFormat::Codex })
        files << AgentExporter::exportAgent(doc, format);
    const QString out = m_root + QStringLiteral("/out");

    fill();
    ExportWriter::Result result = ExportWriter::write(ExportWriter::plan(out, files), ExportWriter::Overwrite::Skip);
    QVERIFY(!result.ok);
    QVERIFY2(saysDiskIsFull(result.errorString) && result.errorString.contains(QLatin1String("nothing was written")),
        qPrintable(result.errorString));
    QVERIFY(filesOnDisk().isEmpty());
    QVERIFY(!QFileInfo::exists(out)); // the folders it made are gone too

    cleanup();
    result = ExportWriter::write(ExportWriter::plan(out, files), ExportWriter::Overwrite::Skip);
    QVERIFY2(result.ok, qPrintable(result.errorString));
    QCOMPARE(result.outcomes.size(), files.size());
}

QTEST_MAIN(TestNoSpace)
#include "tst_nospace.moc"
