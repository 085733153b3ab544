#include "exportdialog.h"
#include "exportpreview.h"
#include "importdialog.h"
#include "librarypanel.h"
#include "mainwindow.h"

#include "export/libraryarchive.h"
#include "library/librarymodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

using namespace awb;

namespace {

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

const QByteArray Reviewer = "---\nname: reviewer\ndescription: Reviews code for bugs.\ntools: Read, Grep, WebSearch\n"
                            "color: blue\n---\nYou review code.\n";
const QByteArray Planner = "---\nname: planner\ndescription: Plans the work.\nmodel: opus\n---\nYou plan.\n";

QStringList column(QTreeWidget *tree, int c)
{
    QStringList out;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        out.append(tree->topLevelItem(i)->text(c));
    return out;
}

// Saves what the dialog looks like when AWB_SCREENSHOT_DIR is set (for people to look at).
void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + name);
}

// Runs `look` on the modal Export dialog once its plan is shown, then closes the dialog.
void whenPlanned(QObject *context, const std::function<void(ExportDialog *)> &look)
{
    QTimer::singleShot(0, context, [look] {
        auto *d = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!d)
            return;
        auto done = [d, look] {
            look(d);
            d->reject();
        };
        if (!d->isPlanning())
            done();
        else
            QObject::connect(d, &ExportDialog::planReady, d, done, Qt::SingleShotConnection);
        QTimer::singleShot(60000, d, &QDialog::reject); // the plan never came: the caller's check fails
    });
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void previewDiffReportAndWrite();
    void zipDestination();
    void nothingWrittenWhenBlocked();
    void importFromZipAndFolder();
    void mainWindowHooks();
    void largeLibraryPlannedOnWorker();
    void closedWhilePlanning_data();
    void closedWhilePlanning();

private:
    QTemporaryDir m_dir;
    QStringList m_largeLibrary;
    QString m_project;
    AgentDocument m_reviewer;
    AgentDocument m_planner;
};

void TestExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("awb-tests"));
    // A library large enough that reading and planning it takes a while.
    for (int i = 0; i < 2000; ++i) {
        const QString name = QStringLiteral("agent-%1").arg(i, 4, 10, QLatin1Char('0'));
        const QString path = m_dir.filePath(QStringLiteral("large/.claude/agents/%1.md").arg(name));
        QVERIFY(writeText(path,
            QStringLiteral("---\nname: %1\ndescription: Agent number %2 of the large library.\ntools: Read, Grep\n"
                           "---\nYou are agent %2.\n")
                .arg(name)
                .arg(i)
                .toUtf8()));
        m_largeLibrary.append(path);
    }
}

void TestExportDialog::init()
{
    QSettings().clear();
    m_project = m_dir.filePath(QStringLiteral("project-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QVERIFY(writeText(m_project + QStringLiteral("/.claude/agents/reviewer.md"), Reviewer));
    QVERIFY(writeText(m_project + QStringLiteral("/.claude/agents/planner.md"), Planner));
    m_reviewer = AgentDocument::fromFile(m_project + QStringLiteral("/.claude/agents/reviewer.md"));
    m_planner = AgentDocument::fromFile(m_project + QStringLiteral("/.claude/agents/planner.md"));
    QVERIFY(m_reviewer.loads() && m_planner.loads());
}

void TestExportDialog::previewDiffReportAndWrite()
{
    ExportDialog dialog(m_reviewer, { m_reviewer, m_planner });
    const QString out = m_dir.filePath(QStringLiteral("out"));
    // Something different is already where the reviewer's Cursor file goes.
    const QString cursorFile = out + QStringLiteral("/.cursor/agents/reviewer.md");
    QVERIFY(writeText(cursorFile, "---\nname: reviewer\ndescription: mine\n---\nMine.\n"));
    dialog.setDestination(ExportDialog::Destination::Folder, out);
    dialog.setFormats({ ExportFormat::OpenCode, ExportFormat::Cursor });
    dialog.setScope(ExportDialog::Scope::Library);
    dialog.resize(1000, 760);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTRY_VERIFY(!dialog.isPlanning());

    QTreeWidget *files = dialog.preview()->fileList();
    QCOMPARE(column(files, 0),
        (QStringList { QStringLiteral(".opencode/agent/reviewer.md"), QStringLiteral(".opencode/agent/planner.md"),
            QStringLiteral(".cursor/agents/reviewer.md"), QStringLiteral(".cursor/agents/planner.md") }));
    QCOMPARE(column(files, 1),
        (QStringList { QStringLiteral("new"), QStringLiteral("new"), QStringLiteral("differs on disk: skipped"),
            QStringLiteral("new") }));
    QVERIFY2(dialog.statusText().contains(QLatin1String("New files: 3;")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.statusText().contains(QLatin1String("different on disk, skipped: 1.")));

    // The first file: its content, a diff from nothing, and the report (WebSearch has no OpenCode tool).
    dialog.preview()->selectFile(0);
    const QString content = dialog.preview()->contentView()->toPlainText();
    QVERIFY2(content.startsWith(QLatin1String("---\ndescription: Reviews code for bugs.\nmode: subagent\n")),
        qPrintable(content));
    QVERIFY(
        dialog.preview()->diffView()->toPlainText().contains(QLatin1String("+description: Reviews code for bugs.")));
    QTreeWidget *report = dialog.preview()->reportView();
    QStringList fields = column(report, 0);
    QVERIFY2(fields.contains(QLatin1String("tools")) && fields.contains(QLatin1String("description")),
        qPrintable(fields.join(',')));
    QVERIFY(column(report, 2).join(QLatin1Char(' ')).contains(QLatin1String("WebSearch")));

    // The clashing file: a unified diff against what is on disk.
    dialog.preview()->selectFile(2);
    const QString diff = dialog.preview()->diffView()->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("-description: mine")), qPrintable(diff));
    QVERIFY(diff.contains(QLatin1String("+description: Reviews code for bugs.")));
    QVERIFY(diff.contains(QLatin1String("@@ ")));
    dialog.preview()->tabs()->setCurrentIndex(1);
    screenshot(&dialog, QStringLiteral("export-dialog.png"));
    dialog.preview()->tabs()->setCurrentIndex(2);
    screenshot(&dialog, QStringLiteral("export-dialog-report.png"));

    // Skip keeps the file on disk and writes the rest.
    QVERIFY2(dialog.write(), qPrintable(dialog.statusText()));
    QCOMPARE(readText(cursorFile), QByteArray("---\nname: reviewer\ndescription: mine\n---\nMine.\n"));
    QVERIFY(readText(out + QStringLiteral("/.opencode/agent/planner.md")).contains("description: Plans the work."));
    QVERIFY(readText(out + QStringLiteral("/.cursor/agents/planner.md")).startsWith("---\nname: planner\n"));
    QVERIFY2(dialog.statusText().endsWith(QLatin1String("/out: 3")), qPrintable(dialog.statusText()));

    // Overwrite replaces it; the list says so before writing.
    dialog.setOverwrite(ExportWriter::Overwrite::Replace);
    QTRY_VERIFY(!dialog.isPlanning());
    QCOMPARE(column(files, 1).at(2), QStringLiteral("differs on disk: overwritten"));
    QCOMPARE(column(files, 1).at(0), QStringLiteral("unchanged"));
    QVERIFY(dialog.write());
    QVERIFY(readText(cursorFile).contains("description: Reviews code for bugs."));

    // The home folder: each tool's place for the user's own agents.
    const QByteArray realHome = qgetenv("HOME");
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    dialog.setDestination(ExportDialog::Destination::Home);
    QTRY_VERIFY(!dialog.isPlanning());
    const QStringList homeFiles = column(files, 0);
    qputenv("HOME", realHome);
    QCOMPARE(homeFiles.first(), QStringLiteral(".config/opencode/agent/reviewer.md"));
    QCOMPARE(homeFiles.last(), QStringLiteral(".cursor/agents/planner.md"));

    // Only the current agent, written by the button on a worker thread; the dialog closes when done.
    dialog.setScope(ExportDialog::Scope::CurrentAgent);
    QTRY_VERIFY(!dialog.isPlanning());
    QCOMPARE(files->topLevelItemCount(), 2);
    const QString out2 = m_dir.filePath(QStringLiteral("out2"));
    dialog.setDestination(ExportDialog::Destination::Folder, out2);
    QVERIFY(!dialog.writeButton()->isEnabled()); // until the plan for out2 is there
    QTRY_VERIFY(!dialog.isPlanning());
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::mouseClick(dialog.writeButton(), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QVERIFY(
        readText(out2 + QStringLiteral("/.cursor/agents/reviewer.md")).contains("description: Reviews code for bugs."));
    QVERIFY(QFileInfo::exists(out2 + QStringLiteral("/.opencode/agent/reviewer.md")));
    QVERIFY(!QFileInfo::exists(out2 + QStringLiteral("/.opencode/agent/planner.md")));
}

void TestExportDialog::zipDestination()
{
    ExportDialog dialog(m_planner, { m_reviewer, m_planner });
    const QString zip = m_dir.filePath(QStringLiteral("library.zip"));
    QFile::remove(zip);
    dialog.setFormats({ ExportFormat::ClaudeCodeStrict, ExportFormat::Codex });
    dialog.setScope(ExportDialog::Scope::Library);
    dialog.setDestination(ExportDialog::Destination::Zip, zip);
    QVERIFY(!dialog.write()); // not while planning
    QTRY_VERIFY(!dialog.isPlanning());
    QCOMPARE(dialog.preview()->fileList()->topLevelItemCount(), 4);
    QVERIFY(dialog.write());
    const LibraryArchive::ReadResult r = LibraryArchive::read(zip);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.entries.size(), 4);
    QCOMPARE(r.entries.at(0).path, QStringLiteral(".claude/agents/reviewer.md"));
    // The archive exists now: not replaced unless asked.
    dialog.setFormats({ ExportFormat::Cursor });
    QTRY_VERIFY(!dialog.isPlanning());
    QVERIFY(!dialog.writeButton()->isEnabled());
    QVERIFY2(dialog.statusText().contains(QLatin1String("choose Overwrite")), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.write());
    QCOMPARE(LibraryArchive::read(zip).entries.size(), 4);
    dialog.setOverwrite(ExportWriter::Overwrite::Replace);
    QTRY_VERIFY(!dialog.isPlanning());
    QVERIFY(dialog.write());
    QCOMPARE(LibraryArchive::read(zip).entries.size(), 2);
}

void TestExportDialog::nothingWrittenWhenBlocked()
{
    ExportDialog dialog(m_reviewer, { m_reviewer, m_planner });
    const QString out = m_dir.filePath(QStringLiteral("blocked"));
    QVERIFY(writeText(out + QStringLiteral("/.gemini"), "a file where a folder must go\n"));
    dialog.setDestination(ExportDialog::Destination::Folder, out);
    dialog.setFormats({ ExportFormat::ClaudeCode, ExportFormat::Gemini });
    QTRY_VERIFY(!dialog.isPlanning());
    QVERIFY(!dialog.writeButton()->isEnabled());
    QVERIFY2(dialog.statusText().contains(QLatin1String("Nothing will be written")), qPrintable(dialog.statusText()));
    QVERIFY(dialog.preview()->fileList()->topLevelItem(1)->text(1).startsWith(QLatin1String("cannot write")));
    QVERIFY(!dialog.write());
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/.claude")));
}

void TestExportDialog::importFromZipAndFolder()
{
    // A zip of OpenCode and Codex files, as another machine would have exported them.
    const QString zip = m_dir.filePath(QStringLiteral("to-import.zip"));
    QFile::remove(zip);
    QList<ExportedFile> files { AgentExporter::exportAgent(m_reviewer, ExportFormat::OpenCode),
        AgentExporter::exportAgent(m_planner, ExportFormat::Codex) };
    QString error;
    QVERIFY2(LibraryArchive::write(zip, files, &error), qPrintable(error));
    const QString dest = m_dir.filePath(QStringLiteral("imported/.claude/agents"));
    QVERIFY(writeText(dest + QStringLiteral("/planner.md"), "---\nname: planner\ndescription: old\n---\nOld.\n"));

    ImportDialog dialog(dest);
    dialog.setSource(zip);
    QVERIFY(QSignalSpy(&dialog, &ImportDialog::sourceRead).wait());
    QTreeWidget *list = dialog.preview()->fileList();
    QCOMPARE(column(list, 0), (QStringList { QStringLiteral("reviewer.md"), QStringLiteral("planner.md") }));
    QCOMPARE(column(list, 1), (QStringList { QStringLiteral("new"), QStringLiteral("differs on disk: skipped") }));
    // The report is there before anything is written.
    dialog.preview()->selectFile(0);
    QVERIFY(column(dialog.preview()->reportView(), 0).contains(QLatin1String("name")));
    QVERIFY(dialog.preview()->contentView()->toPlainText().startsWith(QLatin1String("---\nname: reviewer\n")));
    QVERIFY(!QFileInfo::exists(dest + QStringLiteral("/reviewer.md")));
    dialog.resize(920, 680);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("import-dialog.png"));

    QVERIFY2(dialog.write(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.writtenPaths(), QStringList { dest + QStringLiteral("/reviewer.md") });
    QVERIFY(AgentDocument::fromFile(dest + QStringLiteral("/reviewer.md")).loads());
    QVERIFY(readText(dest + QStringLiteral("/planner.md")).contains("description: old"));
    dialog.setOverwrite(ExportWriter::Overwrite::Replace);
    QVERIFY(dialog.write());
    QVERIFY(readText(dest + QStringLiteral("/planner.md")).contains("description: Plans the work."));

    // A folder of exported files, with the format chosen by hand, imported by the button.
    ImportDialog folder(m_dir.filePath(QStringLiteral("from-folder")));
    folder.setSource(m_project);
    folder.setFormat(QStringLiteral("claude"));
    QVERIFY(QSignalSpy(&folder, &ImportDialog::sourceRead).wait());
    QCOMPARE(folder.preview()->fileList()->topLevelItemCount(), 2);
    QSignalSpy accepted(&folder, &QDialog::accepted);
    QTest::mouseClick(folder.importButton(), Qt::LeftButton);
    QVERIFY(accepted.wait());
    QCOMPARE(folder.writtenPaths().size(), 2);
    QVERIFY(readText(m_dir.filePath(QStringLiteral("from-folder/planner.md")))
                .contains("description: Plans the work.\nmodel: opus\n"));
    // A bad source says why.
    dialog.setSource(m_dir.filePath(QStringLiteral("missing")));
    QVERIFY(QSignalSpy(&dialog, &ImportDialog::sourceRead).wait());
    QCOMPARE(list->topLevelItemCount(), 0);
    QVERIFY(dialog.statusText().contains(QLatin1String("no such file or folder")));
    QVERIFY(!dialog.importButton()->isEnabled());
}

void TestExportDialog::mainWindowHooks()
{
    QTemporaryDir recovery;
    MainWindow window(recovery.path());
    QAction *exportAction = nullptr;
    QAction *importAction = nullptr;
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions()) {
        if (a->text() == QStringLiteral("&Export…"))
            exportAction = a;
        if (a->text() == QStringLiteral("&Import…"))
            importAction = a;
    }
    QVERIFY(exportAction && importAction);
    QCOMPARE(exportAction->shortcut(), QKeySequence(QStringLiteral("Ctrl+E")));
    QVERIFY(window.findChild<QToolBar *>(QStringLiteral("MainToolBar"))->actions().contains(exportAction));

    QVERIFY(window.openFile(m_project + QStringLiteral("/.claude/agents/reviewer.md")));
    // The dialog is modal; look at it once it is up, then close it.
    QString scopeShown;
    whenPlanned(this, [&scopeShown](ExportDialog *d) {
        scopeShown = d->preview()->fileList()->topLevelItemCount() > 0
            ? d->preview()->fileList()->topLevelItem(0)->text(0)
            : QStringLiteral("(empty)");
    });
    exportAction->trigger();
    QCOMPARE(scopeShown, QStringLiteral(".claude/agents/reviewer.md"));

    // From the library's context menu: the whole library, once it has been read (the file's
    // project joined the library when the file opened; its scan runs on workers).
    QTRY_VERIFY(!window.library()->isScanning() && window.library()->agentCount() >= 2);
    QStringList libraryFiles;
    whenPlanned(this, [&libraryFiles](ExportDialog *d) { libraryFiles = column(d->preview()->fileList(), 0); });
    Q_EMIT window.libraryPanel()->exportRequested(QString(), true);
    QVERIFY2(libraryFiles.contains(QLatin1String(".claude/agents/reviewer.md"))
            && libraryFiles.contains(QLatin1String(".claude/agents/planner.md")),
        qPrintable(libraryFiles.join(QLatin1Char(','))));
}

void TestExportDialog::largeLibraryPlannedOnWorker()
{
    ExportDialog dialog(AgentDocument(), m_largeLibrary);
    const QString out = m_dir.filePath(QStringLiteral("large-out"));
    dialog.setDestination(ExportDialog::Destination::Folder, out);
    dialog.resize(1000, 760);
    dialog.show();
    // Busy at first: the library is read on a worker, the preview and Write wait for the plan.
    QVERIFY(dialog.isPlanning());
    QVERIFY(dialog.busyIndicator()->isVisible());
    QVERIFY(!dialog.preview()->isEnabled());
    QVERIFY(!dialog.writeButton()->isEnabled());
    QVERIFY2(dialog.statusText().startsWith(QLatin1String("Reading the library")), qPrintable(dialog.statusText()));
    QStringList scopes;
    for (QRadioButton *radio : dialog.findChildren<QRadioButton *>())
        scopes.append(radio->text());
    QVERIFY2(scopes.contains(QStringLiteral("Whole library (reading 2000 files…)")),
        qPrintable(scopes.join(QLatin1Char('|'))));
    QVERIFY(!dialog.write());
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    screenshot(&dialog, QStringLiteral("export-dialog-busy.png"));

    QSignalSpy ready(&dialog, &ExportDialog::planReady);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPlanning(), 120000);
    QCOMPARE(ready.size(), 1);
    QCOMPARE(dialog.preview()->fileList()->topLevelItemCount(), 2000);
    QCOMPARE(dialog.preview()->fileList()->topLevelItem(1999)->text(0), QStringLiteral(".claude/agents/agent-1999.md"));
    QCOMPARE(dialog.statusText(), QStringLiteral("New files: 2000."));
    QVERIFY(!dialog.busyIndicator()->isVisible());
    QVERIFY(dialog.preview()->isEnabled());
    QVERIFY(dialog.writeButton()->isEnabled());
    scopes.clear();
    for (QRadioButton *radio : dialog.findChildren<QRadioButton *>())
        scopes.append(radio->text());
    QVERIFY2(scopes.contains(QLatin1String("Whole library (agents: 2000)")), qPrintable(scopes.join(QLatin1Char('|'))));
    dialog.preview()->selectFile(0);
    screenshot(&dialog, QStringLiteral("export-dialog-ready.png"));
    QVERIFY(!QFileInfo::exists(out)); // planning writes nothing
}

void TestExportDialog::closedWhilePlanning_data()
{
    QTest::addColumn<bool>("waitForProgress");
    QTest::newRow("at once") << false;
    QTest::newRow("while reading") << true;
}

void TestExportDialog::closedWhilePlanning()
{
    QFETCH(bool, waitForProgress);
    const QString out = m_dir.filePath(QStringLiteral("closed-out"));
    auto *dialog = new ExportDialog(AgentDocument(), m_largeLibrary);
    dialog->setDestination(ExportDialog::Destination::Folder, out);
    dialog->show();
    if (waitForProgress) {
        QSignalSpy progress(dialog->busyIndicator(), &QProgressBar::valueChanged);
        QVERIFY(progress.wait());
    }
    QVERIFY(dialog->isPlanning());
    QVERIFY(dialog->close());
    delete dialog; // as the main window's dialog goes when exec() returns
    // The workers were cancelled: the pool empties without anyone waiting for them, and nothing
    // they still deliver reaches the dialog that is gone.
    QTRY_COMPARE(QThreadPool::globalInstance()->activeThreadCount(), 0);
    QVERIFY(!QFileInfo::exists(out));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
