#include "findbar.h"
#include "gotolinedialog.h"

#include <QAction>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace awb;

namespace {

// An editor with the bar under it, as the Source view has it.
struct Window
{
    QWidget widget;
    QPlainTextEdit *editor = new QPlainTextEdit(&widget);
    FindBar *bar = new FindBar(&widget);

    explicit Window(const QString &text)
    {
        auto *layout = new QVBoxLayout(&widget);
        layout->addWidget(editor);
        layout->addWidget(bar);
        editor->setPlainText(text);
        bar->setEditor(editor);
        widget.resize(700, 400);
    }
    QString selected() const { return editor->textCursor().selectedText(); }
    int selectionStart() const { return editor->textCursor().selectionStart(); }
};

const QString Text = QStringLiteral("foo bar Foo\nfoobar foo_x foo\nbaz foo.");

} // namespace

class TestFindBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void findNextAndPreviousWrap();
    void enterAndShiftEnter();
    void shortcutsFromEditor();
    void replaceAllIsOneUndoStep();
    void replaceAllWithGroups();
    void replaceCurrent();
    void invalidRegex();
    void escapeCloses();
    void goToLineParse_data();
    void goToLineParse();
    void goToLineDialog();
};

void TestFindBar::counts_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("caseSensitive");
    QTest::addColumn<bool>("wholeWords");
    QTest::addColumn<bool>("regex");
    QTest::addColumn<int>("count");

    QTest::newRow("plain, any case") << "foo" << false << false << false << 6;
    QTest::newRow("plain, case") << "Foo" << true << false << false << 1;
    QTest::newRow("whole words") << "foo" << false << true << false << 4;
    QTest::newRow("whole words, case") << "foo" << true << true << false << 3;
    QTest::newRow("regex") << "fo+\\b" << false << false << true << 4;
    QTest::newRow("regex chars are plain without regex") << "foo." << false << false << false << 1;
    QTest::newRow("regex dot") << "foo." << false << false << true << 4;
    QTest::newRow("empty matches are skipped") << "x*" << false << false << true << 1;
    QTest::newRow("nothing") << "qux" << false << false << false << 0;
}

void TestFindBar::counts()
{
    QFETCH(QString, pattern);
    QFETCH(bool, caseSensitive);
    QFETCH(bool, wholeWords);
    QFETCH(bool, regex);
    QFETCH(int, count);

    Window w(Text);
    w.bar->setOptions({ caseSensitive, wholeWords, regex });
    w.bar->setFindText(pattern);
    QCOMPARE(w.bar->matchCount(), count);
    QCOMPARE(TextSearch(pattern, { caseSensitive, wholeWords, regex }).matches(w.editor->document()).size(), count);
}

void TestFindBar::findNextAndPreviousWrap()
{
    Window w(Text);
    w.bar->setOptions({ true, true, false });
    w.bar->setFindText(QStringLiteral("foo"));
    QCOMPARE(w.bar->matchCount(), 3);
    // As-you-type selected the first match from the cursor.
    QCOMPARE(w.selectionStart(), 0);
    QVERIFY(w.bar->findNext());
    QCOMPARE(w.selectionStart(), 25);
    QCOMPARE(w.bar->statusText(), QStringLiteral("2 of 3"));
    QVERIFY(w.bar->findNext());
    QCOMPARE(w.selectionStart(), 33);
    QVERIFY(w.bar->findNext()); // wraps
    QCOMPARE(w.selectionStart(), 0);
    QVERIFY(w.bar->statusText().contains(QLatin1String("wrapped")));
    QVERIFY(w.bar->findPrevious()); // wraps backwards
    QCOMPARE(w.selectionStart(), 33);
    QVERIFY(w.bar->findPrevious());
    QCOMPARE(w.selectionStart(), 25);
    QCOMPARE(w.selected(), QStringLiteral("foo"));

    w.bar->setFindText(QStringLiteral("absent"));
    QVERIFY(!w.bar->findNext());
    QCOMPARE(w.bar->statusText(), QStringLiteral("No matches"));
}

void TestFindBar::enterAndShiftEnter()
{
    Window w(Text);
    w.widget.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w.widget));
    w.bar->showFind();
    QVERIFY(w.bar->isVisible());
    QVERIFY(!w.bar->isReplaceVisible());
    auto *field = w.bar->findChild<QLineEdit *>();
    QVERIFY(field);
    w.bar->setOptions({ true, true, false });
    QTest::keyClicks(field, QStringLiteral("foo"));
    QCOMPARE(w.selectionStart(), 0);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(w.selectionStart(), 25);
    QTest::keyClick(field, Qt::Key_Enter);
    QCOMPARE(w.selectionStart(), 33);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(w.selectionStart(), 25);
    QCOMPARE(w.editor->toPlainText(), Text); // nothing typed into the editor

    const QByteArray dir = qgetenv("AWB_GRAB_DIR");
    if (!dir.isEmpty()) {
        w.bar->showReplace();
        QVERIFY(w.widget.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/findbar.png")));
    }
}

void TestFindBar::shortcutsFromEditor()
{
    Window w(Text);
    w.widget.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.widget));
    w.editor->setFocus();
    QTRY_VERIFY(w.editor->hasFocus());

    QTextCursor c = w.editor->textCursor();
    c.setPosition(8);
    c.setPosition(11, QTextCursor::KeepAnchor); // "Foo"
    w.editor->setTextCursor(c);
    QTest::keyClick(w.editor, Qt::Key_F, Qt::ControlModifier);
    QVERIFY(w.bar->isVisible());
    QCOMPARE(w.bar->findText(), QStringLiteral("Foo"));

    w.editor->setFocus();
    QTRY_VERIFY(w.editor->hasFocus());
    const int before = w.selectionStart();
    QTest::keyClick(w.editor, Qt::Key_F3);
    QVERIFY(w.selectionStart() != before);
    const int after = w.selectionStart();
    QTest::keyClick(w.editor, Qt::Key_F3, Qt::ShiftModifier);
    QCOMPARE(w.selectionStart(), before);
    QVERIFY(after != before);

    QTest::keyClick(w.editor, Qt::Key_H, Qt::ControlModifier);
    QVERIFY(w.bar->isReplaceVisible());
    QCOMPARE(w.editor->toPlainText(), Text);
}

void TestFindBar::replaceAllIsOneUndoStep()
{
    Window w(Text);
    QTextDocument *doc = w.editor->document();
    QTextCursor(doc).insertText(QStringLiteral(">")); // an earlier edit, its own undo step
    const QString before = w.editor->toPlainText();
    w.bar->setOptions({ false, true, false });
    w.bar->setFindText(QStringLiteral("foo"));
    w.bar->setReplaceText(QStringLiteral("qux"));
    QCOMPARE(w.bar->replaceAll(), 4);
    const QString replaced = QStringLiteral(">qux bar qux\nfoobar foo_x qux\nbaz qux.");
    QCOMPARE(w.editor->toPlainText(), replaced);
    QVERIFY(w.bar->statusText().contains(QLatin1String("replaced 4")));

    doc->undo(); // one step takes back all four replacements, and only them
    QCOMPARE(w.editor->toPlainText(), before);
    doc->redo();
    QCOMPARE(w.editor->toPlainText(), replaced);
    doc->undo();
    doc->undo();
    QCOMPARE(w.editor->toPlainText(), Text);
}

void TestFindBar::replaceAllWithGroups()
{
    Window w(QStringLiteral("name: alpha\nname: beta\n"));
    w.bar->setOptions({ true, false, true });
    w.bar->setFindText(QStringLiteral("^name: (\\w+)$"));
    w.bar->setReplaceText(QStringLiteral("name: \"\\1\"\\t# was \\\\\\1"));
    QCOMPARE(w.bar->replaceAll(), 2);
    QCOMPARE(w.editor->toPlainText(), QStringLiteral("name: \"alpha\"\t# was \\alpha\nname: \"beta\"\t# was \\beta\n"));

    // Replacement text that looks like a group is literal without regex.
    Window plain(QStringLiteral("a.b a.b"));
    plain.bar->setFindText(QStringLiteral("a.b"));
    plain.bar->setReplaceText(QStringLiteral("\\1"));
    QCOMPARE(plain.bar->replaceAll(), 2);
    QCOMPARE(plain.editor->toPlainText(), QStringLiteral("\\1 \\1"));
}

void TestFindBar::replaceCurrent()
{
    Window w(Text);
    w.bar->setOptions({ true, true, false });
    w.bar->setFindText(QStringLiteral("foo")); // selects the first
    w.bar->setReplaceText(QStringLiteral("X"));
    QVERIFY(w.bar->replaceCurrent());
    QVERIFY(w.editor->toPlainText().startsWith(QLatin1String("X bar Foo\n")));
    QCOMPARE(w.selected(), QStringLiteral("foo")); // moved on to the next
    QCOMPARE(w.selectionStart(), 23);
    w.editor->document()->undo();
    QCOMPARE(w.editor->toPlainText(), Text);

    w.editor->setReadOnly(true);
    QVERIFY(!w.bar->replaceCurrent());
    QCOMPARE(w.bar->replaceAll(), 0);
    QCOMPARE(w.editor->toPlainText(), Text);
}

void TestFindBar::invalidRegex()
{
    Window w(Text);
    w.bar->setOptions({ false, false, true });
    w.bar->setFindText(QStringLiteral("foo("));
    QCOMPARE(w.bar->matchCount(), 0);
    QVERIFY2(w.bar->statusText().startsWith(QLatin1String("Invalid pattern")), qPrintable(w.bar->statusText()));
    QCOMPARE(w.bar->replaceAll(), 0);
    QCOMPARE(w.editor->toPlainText(), Text);
}

void TestFindBar::escapeCloses()
{
    Window w(Text);
    w.widget.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.widget));
    QSignalSpy dismissed(w.bar, &FindBar::dismissed);
    w.bar->showReplace();
    auto *field = w.bar->findChild<QLineEdit *>();
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!w.bar->isVisible());
    QCOMPARE(dismissed.size(), 1);
    QTRY_VERIFY(w.editor->hasFocus());
    // With the bar hidden, Escape belongs to the editor again (the action is disabled).
    bool escapeEnabled = true;
    for (QAction *action : w.bar->actions()) {
        if (action->shortcut() == QKeySequence(Qt::Key_Escape))
            escapeEnabled = action->isEnabled();
    }
    QVERIFY(!escapeEnabled);
}

void TestFindBar::goToLineParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("line") << "12" << true << 12 << 1;
    QTest::newRow("line:column") << "12:5" << true << 12 << 5;
    QTest::newRow("spaces") << " 3 : 4 " << true << 3 << 4;
    QTest::newRow("zero") << "0" << false << 0 << 0;
    QTest::newRow("column zero") << "4:0" << false << 0 << 0;
    QTest::newRow("empty") << "" << false << 0 << 0;
    QTest::newRow("words") << "ten" << false << 0 << 0;
    QTest::newRow("negative") << "-2" << false << 0 << 0;
    QTest::newRow("trailing colon") << "7:" << false << 0 << 0;
}

void TestFindBar::goToLineParse()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(int, line);
    QFETCH(int, column);
    int l = 0, c = 0;
    QCOMPARE(GoToLineDialog::parse(text, &l, &c), ok);
    if (ok) {
        QCOMPARE(l, line);
        QCOMPARE(c, column);
    }
}

void TestFindBar::goToLineDialog()
{
    QString text;
    for (int i = 1; i <= 50; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    Window w(text);
    w.widget.show();
    QVERIFY(QTest::qWaitForWindowActive(&w.widget));
    w.editor->setFocus();
    QTRY_VERIFY(w.editor->hasFocus());

    QTest::keyClick(w.editor, Qt::Key_G, Qt::ControlModifier);
    GoToLineDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = w.widget.findChild<GoToLineDialog *>()) && dialog->isVisible());
    QCOMPARE(dialog->text(), QStringLiteral("1"));
    QSignalSpy chosen(dialog, &GoToLineDialog::lineChosen);
    dialog->setText(QStringLiteral("30:4"));
    dialog->accept();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).toInt(), 30);
    QCOMPARE(chosen.at(0).at(1).toInt(), 4);
    QCOMPARE(w.editor->textCursor().blockNumber(), 29);
    QCOMPARE(w.editor->textCursor().positionInBlock(), 3);

    GoToLineDialog::moveCursor(w.editor, 999, 999); // clamped
    QCOMPARE(w.editor->textCursor().blockNumber(), w.editor->blockCount() - 1);
}

QTEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
