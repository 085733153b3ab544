#include "agentform.h"
#include "codeeditor.h"
#include "previewpane.h"
#include "problemspane.h"

#include "agent/diagnosticsmodel.h"
#include "colorpicker.h"
#include "editortab.h"
#include "exampleseditor.h"
#include "librarypanel.h"
#include "mainwindow.h"

#include "agent/agentbuffer.h"
#include "library/librarymodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace awb;

// The editor as a person uses it: typing in the form and the source, undo, saving, recovery.
class TestEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typeInFormShowsInSourceAndPreview();
    void editSourceShowsInForm();
    void undoAcrossFormAndSource();
    void formEditKeepsSourceCursor();
    void saveKeepsBytes();
    void examplesListWritesBlocks();
    void colorSwatch();
    void outsideChangeWhenClean();
    void outsideChangeWhenDirtyAsks();
    void closeDirtyAsks();
    void removedWhileOpenKeepsTheText();
    void problemJumpsToLine();
    void killAndRecover();
    void templates();
    void helpShowsGuideAndShortcuts();
    void welcomeWhenNothingOpen();
    void saveAsAndRecentFiles();
    void saveAllSavesEveryModifiedTab();
    void revertAsksAndRestores();
    void windowStateRemembered();
    void openStartsAtTopAndReloadKeepsThePlace();
    void previewCardNamesTheScope();
    void dropFilesAndFolders();
    void mnemonicsAreUniqueAndReachable();
    void focusableWidgetsHaveNames();
    void fileFromAnAgentsFolderBringsItsLibrary();

private:
    QString writeAgent(const QString &name, const QByteArray &bytes);
    static void answerNextMessageBox(QMessageBox::StandardButton button);
    static inline QString m_lastQuestion;
    QAction *action(const QString &text) const;
    static void typeInName(EditorTab *tab, const QString &text);
    QTemporaryDir m_dir;
    QTemporaryDir m_recovery;
    MainWindow *m_window = nullptr;
};

void TestEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestEditor::init()
{
    m_window = new MainWindow(m_recovery.path());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestEditor::cleanup()
{
    for (EditorTab *tab : m_window->tabs())
        tab->buffer()->markSaved(); // no prompts on teardown
    delete m_window;
    m_window = nullptr;
}

QString TestEditor::writeAgent(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write");
    f.write(bytes);
    return path;
}

void TestEditor::answerNextMessageBox(QMessageBox::StandardButton button)
{
    // Waits for the box (it may come only after a file watcher fires), then answers it.
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        m_lastQuestion = box->text();
        if (box->button(button))
            box->button(button)->click();
        else
            box->reject();
    });
    timer->start();
}

static const QByteArray sample("---\nname: reviewer\n# a comment that must survive\ndescription: Use proactively after "
                               "edits.\ncolor: blue\n---\n\nYou review code.\n");

void TestEditor::typeInFormShowsInSourceAndPreview()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("a.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    QLineEdit *name = tab->form()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-pro"));
    QVERIFY(
        tab->sourceEdit()->toPlainText().contains(QLatin1String("name: reviewer-pro\n# a comment that must survive")));
    // The preview is built off the GUI thread and arrives shortly after.
    QTRY_VERIFY(m_window->preview()->toPlainText().contains(QLatin1String("- reviewer-pro: Use proactively")));
    QVERIFY(tab->isModified());
    QVERIFY(m_window->tabWidget()->tabText(0).endsWith(QLatin1Char('*')));
}

void TestEditor::editSourceShowsInForm()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("b.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    tab->showSource();
    QPlainTextEdit *source = tab->sourceEdit();
    source->setFocus();
    QTextCursor cursor(source->document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    source->setTextCursor(cursor);
    QTest::keyClicks(source, QStringLiteral("-x"));
    QCOMPARE(tab->form()->nameEdit()->text(), QStringLiteral("reviewer-x"));
    // A model typed in the source shows in the form's model box.
    cursor.movePosition(QTextCursor::End);
    source->setTextCursor(cursor);
    tab->buffer()->setScalarField(QStringLiteral("model"), QStringLiteral("haiku"));
    QCOMPARE(tab->form()->modelBox()->currentText(), QStringLiteral("haiku"));
}

void TestEditor::undoAcrossFormAndSource()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("c.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    // Form: type into the name, click a swatch.
    QLineEdit *name = tab->form()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-v2"));
    for (QAbstractButton *b : tab->form()->colorPicker()->findChildren<QAbstractButton *>()) {
        if (b->property("colorName").toString() == QLatin1String("red"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("red"));
    // Source: type at the end.
    QTest::keySequence(m_window, QKeySequence(tr("Ctrl+2")));
    QVERIFY(tab->isSourceShown());
    QPlainTextEdit *source = tab->sourceEdit();
    source->setFocus();
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, QStringLiteral("More."));
    QVERIFY(tab->buffer()->text().endsWith(QLatin1String("More.")));
    // Ctrl+Z walks back through both, newest first.
    QTest::keySequence(source, QKeySequence::Undo);
    QVERIFY(!tab->buffer()->text().contains(QLatin1String("More.")));
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("red"));
    QTest::keySequence(source, QKeySequence::Undo);
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("blue"));
    QCOMPARE(tab->form()->colorPicker()->color(), QStringLiteral("blue"));
    QCOMPARE(tab->buffer()->document().name(), QStringLiteral("reviewer-v2"));
    QTest::keySequence(source, QKeySequence::Undo);
    QCOMPARE(tab->buffer()->bytesToSave(), sample);
    QVERIFY(!tab->buffer()->isModified());
    QCOMPARE(tab->form()->nameEdit()->text(), QStringLiteral("reviewer"));
    QVERIFY(!m_window->tabWidget()->tabText(0).endsWith(QLatin1Char('*')));
    // And forward again.
    QTest::keySequence(source, QKeySequence::Redo);
    QCOMPARE(tab->form()->nameEdit()->text(), QStringLiteral("reviewer-v2"));
}

void TestEditor::formEditKeepsSourceCursor()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("d.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    QPlainTextEdit *source = tab->sourceEdit();
    source->moveCursor(QTextCursor::End);
    const int fromEnd = source->document()->characterCount() - source->textCursor().position();
    tab->buffer()->setScalarField(QStringLiteral("model"), QStringLiteral("opus"));
    QCOMPARE(source->document()->characterCount() - source->textCursor().position(), fromEnd);
}

void TestEditor::saveKeepsBytes()
{
    const QByteArray crlf = QByteArray(sample).replace("\n", "\r\n");
    const QString path = writeAgent(QStringLiteral("e.md"), crlf);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    QTest::keySequence(m_window, QKeySequence::Save);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), crlf);
    f.close();
    for (QAbstractButton *b : tab->form()->colorPicker()->findChildren<QAbstractButton *>()) {
        if (b->property("colorName").toString() == QLatin1String("green"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QVERIFY(tab->isModified());
    QTest::keySequence(m_window, QKeySequence::Save);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(crlf).replace("color: blue", "color: green"));
    QVERIFY(!tab->isModified());
}

void TestEditor::examplesListWritesBlocks()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("f.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    ExamplesEditor *examples = tab->form()->examplesEditor();
    examples->addExample();
    QCOMPARE(tab->buffer()->document().examples().size(), 1);
    QVERIFY(tab->buffer()->text().contains(QLatin1String("<example>")));
    examples->addExample();
    examples->moveCurrent(-1);
    QCOMPARE(examples->currentIndex(), 0);
    examples->removeCurrent();
    QCOMPARE(tab->buffer()->document().examples().size(), 1);
    QVERIFY(tab->buffer()->document().loads());
    QCOMPARE(tab->buffer()->document().readMode(), AgentDocument::ReadMode::Strict);
}

void TestEditor::colorSwatch()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("g.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    const auto buttons = tab->form()->colorPicker()->findChildren<QAbstractButton *>();
    for (QAbstractButton *b : buttons) {
        if (b->property("colorName").toString() == QLatin1String("purple"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("purple"));
    QVERIFY(tab->buffer()->text().contains(QLatin1String("color: purple\n")));
}

void TestEditor::outsideChangeWhenClean()
{
    const QString path = writeAgent(QStringLiteral("h.md"), sample);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    writeAgent(QStringLiteral("h.md"), QByteArray(sample).replace("reviewer", "changed-outside"));
    QTRY_COMPARE(tab->buffer()->document().name(), QStringLiteral("changed-outside"));
    QVERIFY(!tab->isModified());
}

void TestEditor::outsideChangeWhenDirtyAsks()
{
    const QString path = writeAgent(QStringLiteral("i.md"), sample);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    QLineEdit *name = tab->form()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-mine"));
    QVERIFY(tab->isModified());

    // Keep mine: the question comes, the text stays.
    m_lastQuestion.clear();
    answerNextMessageBox(QMessageBox::No);
    writeAgent(QStringLiteral("i.md"), QByteArray(sample).replace("reviewer", "outside"));
    QTRY_VERIFY(m_lastQuestion.contains(QLatin1String("changed by another program")));
    QCOMPARE(tab->buffer()->document().name(), QStringLiteral("reviewer-mine"));
    QVERIFY(tab->isModified());

    // Reload: the question comes again for the next change, and the disk wins.
    m_lastQuestion.clear();
    answerNextMessageBox(QMessageBox::Yes);
    writeAgent(QStringLiteral("i.md"), QByteArray(sample).replace("reviewer", "outside-two"));
    QTRY_VERIFY(m_lastQuestion.contains(QLatin1String("changed by another program")));
    QTRY_COMPARE(tab->buffer()->document().name(), QStringLiteral("outside-two"));
    QVERIFY(!tab->isModified());
}

// The file's folder removed while the file is open (a branch switched, a folder deleted): the text
// stays as unsaved work, autosave keeps it at once, closing asks, and Save puts the file back.
void TestEditor::removedWhileOpenKeepsTheText()
{
    const QString top = m_dir.filePath(QStringLiteral("removed-project"));
    const QString folder = top + QStringLiteral("/.claude/agents");
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/kept.md");
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(sample);
    }
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    QVERIFY(!tab->isModified());

    QVERIFY(QDir(top).removeRecursively());
    QTRY_VERIFY(tab->isMissingOnDisk());
    QVERIFY(tab->isModified());
    QVERIFY2(tab->title().contains(QLatin1String("(deleted)")), qPrintable(tab->title()));
    QCOMPARE(m_window->tabWidget()->tabText(m_window->tabWidget()->indexOf(tab)), tab->title());
    QCOMPARE(tab->buffer()->bytesToSave(), sample);
    QVERIFY(m_window->statusBar()->currentMessage().contains(QLatin1String("your text is kept")));
    // The message has room to show: the load state keeps to the right end of the status bar.
    const auto *loadState = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("loadState"));
    QVERIFY(loadState && loadState->isVisible());
    QVERIFY(loadState->geometry().left() > m_window->statusBar()->width() / 2);
    if (const QString shots = qEnvironmentVariable("AWB_SCREENSHOT_DIR"); !shots.isEmpty())
        m_window->grab().save(shots + QStringLiteral("/file-deleted-while-open.png"));

    int snapshots = 0;
    for (QDirIterator it(m_recovery.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        snapshots += f.readAll() == sample;
    }
    QCOMPARE(snapshots, 1);

    m_lastQuestion.clear();
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->closeTab(tab));
    QVERIFY(m_lastQuestion.contains(QLatin1String("unsaved changes")));

    QVERIFY(m_window->save(tab));
    QFile back(path);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), sample);
    QVERIFY(!tab->isModified());
    QVERIFY(!tab->isMissingOnDisk());
    QVERIFY(!tab->title().contains(QLatin1String("(deleted)")));
}

void TestEditor::closeDirtyAsks()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("j.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    tab->buffer()->setScalarField(QStringLiteral("model"), QStringLiteral("opus"));
    answerNextMessageBox(QMessageBox::Cancel);
    QVERIFY(!m_window->closeTab(tab));
    QCOMPARE(m_window->tabs().size(), 1);
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(m_window->closeTab(tab));
    QCOMPARE(m_window->tabs().size(), 0);
}

void TestEditor::problemJumpsToLine()
{
    QVERIFY(m_window->openFile(
        writeAgent(QStringLiteral("k.md"), "---\nname: k\ndescription: Use proactively.\n\ncolor: teal\n---\nbody\n")));
    EditorTab *tab = m_window->currentTab();
    ProblemsPane *problems = m_window->problems();
    QTRY_COMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(
        problems->model()->index(0, 0).data(DiagnosticsModel::CodeRole).toString(), QStringLiteral("color-dropped"));
    // Double-click the row, as a person does.
    QTreeView *view = problems->view();
    const QRect row = view->visualRect(view->model()->index(0, 3));
    QVERIFY(row.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, row.center());
    QVERIFY(tab->isSourceShown());
    QCOMPARE(tab->sourceEdit()->textCursor().blockNumber() + 1, 5);
    QCOMPARE(tab->sourceEdit()->textCursor().positionInBlock() + 1, 8); // at the value 'teal'
    QVERIFY(tab->sourceEdit()->hasFocus());
    QTRY_COMPARE(
        m_window->findChild<QLabel *>(QStringLiteral("cursorPosition"))->text(), QStringLiteral("Line 5, Column 8"));
    // The source view underlines the same problem.
    QTRY_COMPARE(tab->sourceEdit()->diagnostics().size(), 1);
    // Its quick fix (teal -> cyan) goes through the buffer: one undoable edit.
    const TextFix fix = tab->sourceEdit()->diagnostics().first().fix;
    QVERIFY(fix.isValid());
    Q_EMIT problems->fixRequested(fix);
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("cyan"));
    QTRY_COMPARE(problems->model()->rowCount(), 0);
}

void TestEditor::killAndRecover()
{
    QTemporaryDir recoveryRoot;
    const QString path = writeAgent(QStringLiteral("crash.md"), sample);
    QProcess helper;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    helper.setProcessEnvironment(env);
    helper.start(QStringLiteral(AWB_CRASH_HELPER), { recoveryRoot.path(), path });
    QVERIFY(helper.waitForStarted());
    QByteArray output;
    QTRY_VERIFY2_WITH_TIMEOUT((output += helper.readAllStandardOutput()).contains("autosaved"),
        qPrintable(QString::fromUtf8(output + helper.readAllStandardError())
            + QStringLiteral(" exit %1").arg(helper.exitCode())),
        20000);
    helper.kill(); // SIGKILL: no clean shutdown
    helper.waitForFinished();

    // The file on disk is untouched; the next start offers the unsaved text.
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), sample);
    MainWindow next(recoveryRoot.path());
    QCOMPARE(next.offerRecovery(false), 1);
    EditorTab *tab = next.currentTab();
    QVERIFY(tab);
    QCOMPARE(tab->buffer()->document().name(), QStringLiteral("recovered-name"));
    QCOMPARE(tab->path(), QFileInfo(path).absoluteFilePath());
    QVERIFY(tab->isModified());
    QVERIFY(tab->buffer()->text().contains(QLatin1String("# a comment that must survive")));
    tab->buffer()->markSaved();
    // Restored entries are not offered twice.
    MainWindow again(recoveryRoot.path());
    QCOMPARE(again.offerRecovery(false), 0);
}

void TestEditor::templates()
{
    for (const QString &name : { QStringLiteral("blank"), QStringLiteral("reviewer"), QStringLiteral("planner"),
             QStringLiteral("classic-example") }) {
        EditorTab *tab = m_window->newFromTemplate(name);
        QVERIFY2(tab, qPrintable(name));
        QVERIFY2(tab->buffer()->document().loads(), qPrintable(name));
        QVERIFY(!tab->isModified()); // untouched: closes without a question
        QVERIFY(tab->path().isEmpty());
    }
    QCOMPARE(m_window->currentTab()->buffer()->document().examples().size(), 1);
}

void TestEditor::helpShowsGuideAndShortcuts()
{
    QAction *guide = nullptr;
    QAction *shortcuts = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == QLatin1String("&User Guide"))
            guide = a;
        if (a->text() == QLatin1String("&Keyboard Shortcuts"))
            shortcuts = a;
    }
    QVERIFY(guide && shortcuts);
    guide->trigger();
    QTextBrowser *browser = nullptr;
    QTRY_VERIFY((browser = m_window->findChild<QTextBrowser *>(QStringLiteral("UserGuide"))));
    QVERIFY(browser->toPlainText().contains(QLatin1String("Saving and recovery")));
    shortcuts->trigger();
    QTableWidget *table = nullptr;
    QTRY_VERIFY((table = m_window->findChild<QTableWidget *>(QStringLiteral("Shortcuts"))));
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
    QVERIFY2(rows.contains(QStringLiteral("Save=Ctrl+S")), qPrintable(rows.join(QLatin1Char(','))));
    QVERIFY(rows.contains(QStringLiteral("Go to Line=Ctrl+G")));
}

void TestEditor::welcomeWhenNothingOpen()
{
    auto *welcome = m_window->findChild<QWidget *>(QStringLiteral("WelcomePage"));
    QVERIFY(welcome);
    QVERIFY(welcome->isVisible());
    m_window->newFromTemplate(QStringLiteral("blank"));
    QVERIFY(!welcome->isVisible());
    QVERIFY(m_window->closeTab(m_window->currentTab()));
    QVERIFY(welcome->isVisible());
}

QAction *TestEditor::action(const QString &text) const
{
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

void TestEditor::typeInName(EditorTab *tab, const QString &text)
{
    QLineEdit *name = tab->form()->nameEdit();
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, text);
}

void TestEditor::saveAsAndRecentFiles()
{
    const QString path = writeAgent(QStringLiteral("as.md"), sample);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    typeInName(tab, QStringLiteral("-copy"));
    const QString target = m_dir.filePath(QStringLiteral("as-copy.md"));
    // The file dialog is Qt's own on this platform: fill it in as a person would.
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [timer, target] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        fileName->setText(target);
        QTest::keyClick(fileName, Qt::Key_Return);
    });
    timer->start();
    QAction *saveAs = action(QStringLiteral("Save &As…"));
    QVERIFY(saveAs);
    QVERIFY(!saveAs->shortcut().isEmpty());
    QTest::keySequence(m_window, saveAs->shortcut());
    QTRY_COMPARE(tab->path(), QFileInfo(target).absoluteFilePath());
    QFile saved(target);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), QByteArray(sample).replace("name: reviewer", "name: reviewer-copy"));
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), sample); // Save As leaves the old file alone
    QVERIFY(!tab->isModified());
    // Recent files: newest first, in the menu, and remembered by the next window.
    QCOMPARE(m_window->recentFiles().value(0), QFileInfo(target).absoluteFilePath());
    QCOMPARE(m_window->recentFiles().value(1), QFileInfo(path).absoluteFilePath());
    QMenu *recent = m_window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(recent);
    QVERIFY(recent->actions().value(0)->text().endsWith(QStringLiteral("as-copy.md")));
    MainWindow next(m_recovery.path());
    QCOMPARE(next.recentFiles().value(0), QFileInfo(target).absoluteFilePath());
    m_window->closeTab(tab);
    recent->actions().value(1)->trigger(); // reopen the original from the menu
    QCOMPARE(m_window->currentTab()->path(), QFileInfo(path).absoluteFilePath());
}

void TestEditor::saveAllSavesEveryModifiedTab()
{
    const QString a = writeAgent(QStringLiteral("all-a.md"), sample);
    const QString b = writeAgent(QStringLiteral("all-b.md"), QByteArray(sample).replace("reviewer", "other"));
    QVERIFY(m_window->openFile(a));
    typeInName(m_window->currentTab(), QStringLiteral("-1"));
    QVERIFY(m_window->openFile(b));
    typeInName(m_window->currentTab(), QStringLiteral("-2"));
    QTest::keySequence(m_window, QKeySequence(tr("Ctrl+Alt+S")));
    for (EditorTab *tab : m_window->tabs())
        QVERIFY(!tab->isModified());
    QFile fa(a);
    QVERIFY(fa.open(QIODevice::ReadOnly));
    QVERIFY(fa.readAll().contains("name: reviewer-1\n# a comment that must survive\n"));
    QFile fb(b);
    QVERIFY(fb.open(QIODevice::ReadOnly));
    QVERIFY(fb.readAll().contains("name: other-2\n"));
}

void TestEditor::revertAsksAndRestores()
{
    const QString path = writeAgent(QStringLiteral("revert.md"), sample);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    typeInName(tab, QStringLiteral("-changed"));
    QAction *revert = action(QStringLiteral("Re&vert"));
    QVERIFY(revert && revert->isEnabled());
    m_lastQuestion.clear();
    answerNextMessageBox(QMessageBox::No);
    revert->trigger();
    QVERIFY(m_lastQuestion.contains(QLatin1String("Discard")));
    QVERIFY(tab->isModified());
    answerNextMessageBox(QMessageBox::Yes);
    revert->trigger();
    QVERIFY(!tab->isModified());
    QCOMPARE(tab->buffer()->bytesToSave(), sample);
    QCOMPARE(tab->form()->nameEdit()->text(), QStringLiteral("reviewer"));
}

void TestEditor::windowStateRemembered()
{
    auto *problems = m_window->findChild<QDockWidget *>(QStringLiteral("ProblemsDock"));
    QVERIFY(problems && problems->isVisible());
    problems->close();
    m_window->resize(1111, 777);
    QVERIFY(m_window->close());
    MainWindow next(m_recovery.path());
    next.show();
    QVERIFY(QTest::qWaitForWindowExposed(&next));
    QCOMPARE(next.size(), QSize(1111, 777));
    QVERIFY(!next.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->isVisible());
    next.findChild<QDockWidget *>(QStringLiteral("ProblemsDock"))->show();
    QVERIFY(next.close()); // leave the default for the other tests
}

void TestEditor::openStartsAtTopAndReloadKeepsThePlace()
{
    const QString path = writeAgent(QStringLiteral("place.md"), sample);
    QVERIFY(m_window->openFile(path));
    EditorTab *tab = m_window->currentTab();
    QCOMPARE(tab->sourceEdit()->textCursor().position(), 0);
    QCOMPARE(
        m_window->findChild<QLabel *>(QStringLiteral("cursorPosition"))->text(), QStringLiteral("Line 1, Column 1"));
    QTextCursor cursor(tab->sourceEdit()->document()->findBlockByNumber(3));
    cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 5);
    tab->sourceEdit()->setTextCursor(cursor);
    writeAgent(QStringLiteral("place.md"), QByteArray(sample).replace("color: blue", "color: red"));
    QTRY_COMPARE(tab->buffer()->document().color(), QStringLiteral("red"));
    QCOMPARE(tab->sourceEdit()->textCursor().blockNumber(), 3);
    QCOMPARE(tab->sourceEdit()->textCursor().positionInBlock(), 5);
}

void TestEditor::previewCardNamesTheScope()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("loose.md"), sample)));
    QTRY_VERIFY(m_window->preview()->toPlainText().contains(QStringLiteral("File · ")));
    QTemporaryDir project;
    QDir().mkpath(project.filePath(QStringLiteral(".claude/agents")));
    const QString inProject = project.filePath(QStringLiteral(".claude/agents/p.md"));
    QFile f(inProject);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(sample).replace("reviewer", "proj"));
    f.close();
    m_window->openLibrary(project.path());
    QTRY_VERIFY(
        m_window->currentTab()->buffer()->document().name() == QLatin1String("proj") || m_window->openFile(inProject));
    QTRY_VERIFY2(m_window->preview()->toPlainText().contains(QStringLiteral("Project · ")),
        qPrintable(m_window->preview()->toPlainText().left(300)));
}

void TestEditor::dropFilesAndFolders()
{
    // A file dropped on the window opens in a tab; a folder joins the library.
    const QString file = writeAgent(QStringLiteral("dropped.md"), QByteArray(sample).replace("reviewer", "dropped"));
    QTemporaryDir folder;
    QDir().mkpath(folder.filePath(QStringLiteral(".claude/agents")));
    QFile f(folder.filePath(QStringLiteral(".claude/agents/in-folder.md")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(sample).replace("reviewer", "in-folder"));
    f.close();
    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(file), QUrl::fromLocalFile(folder.path()) });
    const QPoint at = m_window->rect().center();
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    bool opened = false;
    for (EditorTab *tab : m_window->tabs())
        opened = opened || tab->path() == QFileInfo(file).absoluteFilePath();
    QVERIFY(opened);
    QTRY_VERIFY(m_window->library()->indexForPath(f.fileName()).isValid());
    QCOMPARE(m_window->library()->indexForPath(f.fileName()).data().toString(), QStringLiteral("in-folder"));
}

static QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

void TestEditor::mnemonicsAreUniqueAndReachable()
{
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("mn.md"), sample)));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QSet<QChar> menus;
    for (QAction *a : m_window->menuBar()->actions())
        menus.insert(mnemonicOf(a->text()));
    // Alt+letter in the editor and the problems pane: one target per letter, never a menu's.
    const QList<QWidget *> scopes { static_cast<QWidget *>(m_window->currentTab()), m_window->problems(),
        m_window->libraryPanel() };
    QHash<QChar, QWidget *> targets;
    for (QWidget *scope : scopes) {
        for (QLabel *label : scope->findChildren<QLabel *>()) {
            const QChar m = mnemonicOf(label->text());
            if (m.isNull() || !label->isVisible())
                continue;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(!menus.contains(m), qPrintable(label->text()));
            QVERIFY2(!targets.contains(m), qPrintable(label->text()));
            targets.insert(m, label->buddy());
        }
        for (QAbstractButton *button : scope->findChildren<QAbstractButton *>()) {
            const QChar m = mnemonicOf(button->text());
            if (m.isNull() || !button->isVisible())
                continue;
            QVERIFY2(!menus.contains(m), qPrintable(button->text()));
            QVERIFY2(!targets.contains(m), qPrintable(button->text()));
            targets.insert(m, nullptr); // a button clicks; its letter is only checked for clashes
        }
    }
    QVERIFY(targets.size() >= 15);
    for (auto it = targets.cbegin(); it != targets.cend(); ++it) {
        if (!it.value())
            continue;
        QWidget *expected = it.value();
        while (expected->focusProxy())
            expected = expected->focusProxy();
        m_window->currentTab()->form()->nameEdit()->setFocus();
        QTest::keySequence(QApplication::focusWidget(), QKeySequence(QStringLiteral("Alt+") + it.key()));
        QVERIFY2(QApplication::focusWidget() == expected || expected->isAncestorOf(QApplication::focusWidget()),
            qPrintable(QStringLiteral("Alt+%1 went to %2")
                           .arg(it.key(),
                               QApplication::focusWidget() ? QApplication::focusWidget()->accessibleName()
                                                           : QStringLiteral("nothing"))));
    }
}

void TestEditor::focusableWidgetsHaveNames()
{
    // What a screen reader says for every control a person can reach with Tab in the editor,
    // the library, the preview and the problems pane.
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("names.md"), sample)));
    EditorTab *tab = m_window->currentTab();
    const QList<QWidget *> scopes { static_cast<QWidget *>(tab->form()), m_window->problems(), m_window->libraryPanel(),
        m_window->preview(), tab->sourceEdit() };
    QStringList unnamed;
    for (QWidget *scope : scopes) {
        QList<QWidget *> widgets = scope->findChildren<QWidget *>();
        widgets.prepend(scope);
        for (QWidget *w : widgets) {
            if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy() || !w->isVisibleTo(m_window))
                continue;
            if (qobject_cast<QAbstractButton *>(w) && !qobject_cast<QAbstractButton *>(w)->text().isEmpty())
                continue; // a button's text is its name
            if (w->accessibleName().isEmpty())
                unnamed << QString::fromLatin1(w->metaObject()->className()) + QLatin1Char('/') + w->objectName();
        }
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
}

void TestEditor::fileFromAnAgentsFolderBringsItsLibrary()
{
    QTemporaryDir project;
    QDir().mkpath(project.filePath(QStringLiteral(".claude/agents/team")));
    for (const char *name : { "one", "two" }) {
        QFile f(project.filePath(QStringLiteral(".claude/agents/team/%1.md").arg(QLatin1String(name))));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(sample).replace("reviewer", name));
    }
    // As with `agent-workbench path/.claude/agents/team/one.md`: its siblings show in the library.
    QVERIFY(m_window->openFile(project.filePath(QStringLiteral(".claude/agents/team/one.md"))));
    QTRY_VERIFY(
        m_window->library()->indexForPath(project.filePath(QStringLiteral(".claude/agents/team/two.md"))).isValid());
    QCOMPARE(m_window->library()->folders(AgentScope::Project),
        QStringList { QFileInfo(project.filePath(QStringLiteral(".claude/agents"))).absoluteFilePath() });
    QTRY_VERIFY(m_window->preview()->toPlainText().contains(QStringLiteral("Project · ")));
}

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"
