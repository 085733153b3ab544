#include "agentform.h"
#include "codeeditor.h"
#include "previewpane.h"
#include "problemspane.h"

#include "agent/diagnosticsmodel.h"
#include "colorpicker.h"
#include "editortab.h"
#include "exampleseditor.h"
#include "mainwindow.h"

#include "agent/agentbuffer.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeWidget>

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
    void problemJumpsToLine();
    void killAndRecover();
    void templates();
    void helpShowsGuideAndShortcuts();
    void welcomeWhenNothingOpen();

private:
    QString writeAgent(const QString &name, const QByteArray &bytes);
    static void answerNextMessageBox(QMessageBox::StandardButton button);
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
    QTimer::singleShot(50, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (box && box->button(button))
            box->button(button)->click();
        else if (box)
            box->reject();
    });
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
    QVERIFY(tab->sourceEdit()->toPlainText().contains(QLatin1String("name: reviewer-pro\n# a comment that must survive")));
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
    tab->form()->colorPicker()->setColor(QStringLiteral("red"));
    tab->buffer()->setScalarField(QStringLiteral("color"), QStringLiteral("red"));
    QPlainTextEdit *source = tab->sourceEdit();
    tab->showSource();
    source->setFocus();
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, QStringLiteral("More."));
    QVERIFY(tab->buffer()->text().endsWith(QLatin1String("More.")));
    QTest::keySequence(m_window, QKeySequence::Undo);
    QVERIFY(!tab->buffer()->text().contains(QLatin1String("More.")));
    QCOMPARE(tab->buffer()->document().color(), QStringLiteral("red"));
    QTest::keySequence(m_window, QKeySequence::Undo);
    QCOMPARE(tab->buffer()->bytesToSave(), sample);
    QVERIFY(!tab->buffer()->isModified());
    QCOMPARE(tab->form()->colorPicker()->color(), QStringLiteral("blue"));
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
    QVERIFY(m_window->save(tab));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), crlf);
    f.close();
    tab->buffer()->setScalarField(QStringLiteral("color"), QStringLiteral("green"));
    QVERIFY(m_window->save(tab));
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
    tab->buffer()->setScalarField(QStringLiteral("model"), QStringLiteral("opus"));
    answerNextMessageBox(QMessageBox::No); // keep mine
    writeAgent(QStringLiteral("i.md"), QByteArray(sample).replace("reviewer", "outside"));
    QTest::qWait(600);
    QCOMPARE(tab->buffer()->document().name(), QStringLiteral("reviewer"));
    QCOMPARE(tab->buffer()->document().model(), QStringLiteral("opus"));
    QVERIFY(tab->isModified());
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
    QVERIFY(m_window->openFile(writeAgent(QStringLiteral("k.md"),
                                          "---\nname: k\ndescription: Use proactively.\n\ncolor: teal\n---\nbody\n")));
    EditorTab *tab = m_window->currentTab();
    ProblemsPane *problems = m_window->problems();
    QTRY_COMPARE(problems->model()->rowCount(), 1);
    QCOMPARE(problems->model()->index(0, 0).data(DiagnosticsModel::CodeRole).toString(), QStringLiteral("color-dropped"));
    Q_EMIT problems->activated(5, 1);
    QVERIFY(tab->isSourceShown());
    QCOMPARE(tab->sourceEdit()->textCursor().blockNumber() + 1, 5);
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
    helper.start(QStringLiteral(AWB_CRASH_HELPER), {recoveryRoot.path(), path});
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
    for (const QString &name : {QStringLiteral("blank"), QStringLiteral("reviewer"), QStringLiteral("planner"),
                                QStringLiteral("classic-example")}) {
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

QTEST_MAIN(TestEditor)
#include "tst_editor.moc"

