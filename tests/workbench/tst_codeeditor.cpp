#include "codeeditor.h"

#include <QFontInfo>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace awb;

namespace {

Diagnostic diag(
    Diagnostic::Severity severity, int line, int column, int endColumn, const QString &code, const QString &message)
{
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = column;
    d.endLine = line;
    d.endColumn = endColumn;
    d.code = code;
    d.message = message;
    return d;
}

int positionOf(const CodeEditor &editor, int line, int column)
{
    return editor.document()->findBlockByNumber(line - 1).position() + column - 1;
}

const QString Sample = QStringLiteral("---\n"
                                      "name: code-reviewer\n"
                                      "description: Reviews code\n"
                                      "color: teal\n"
                                      "---\n"
                                      "\n"
                                      "You review code.\n");

QList<QTextEdit::ExtraSelection> wavyUnderlines(const CodeEditor &editor)
{
    QList<QTextEdit::ExtraSelection> out;
    for (const auto &s : editor.extraSelections()) {
        if (s.format.underlineStyle() == QTextCharFormat::WaveUnderline)
            out.append(s);
    }
    return out;
}

} // namespace

class TestCodeEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void basics();
    void underlines_data();
    void underlines();
    void tooltipText();
    void tooltipOnHover();
    void cursorAndScrollUnchanged();
    void marksFollowEdits();
    void goToLine();
    void currentLineFollowsPalette();
    void renderToPng();
};

void TestCodeEditor::basics()
{
    CodeEditor editor;
    QVERIFY(!editor.accessibleName().isEmpty());
    QCOMPARE(editor.lineWrapMode(), QPlainTextEdit::NoWrap);
    QVERIFY(QFontInfo(editor.font()).fixedPitch());
    QCOMPARE(editor.tabStopDistance(), QFontMetricsF(editor.font()).horizontalAdvance(QLatin1Char(' ')) * 4);
    QVERIFY(editor.lineNumberAreaWidth() > 0);
    QCOMPARE(editor.viewport()->x() - editor.contentsRect().left(), editor.lineNumberAreaWidth());
}

void TestCodeEditor::underlines_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("endColumn");
    QTest::addColumn<int>("expectedStart"); // column
    QTest::addColumn<int>("expectedEnd");

    QTest::newRow("error on a word") << int(Diagnostic::Severity::Error) << 4 << 8 << 12 << 8 << 12;
    QTest::newRow("warning, whole line") << int(Diagnostic::Severity::Warning) << 2 << 1 << 20 << 1 << 20;
    QTest::newRow("note, empty range gets a character") << int(Diagnostic::Severity::Info) << 3 << 5 << 5 << 5 << 6;
    QTest::newRow("past the end of the line") << int(Diagnostic::Severity::Error) << 4 << 40 << 50 << 11 << 12;
}

void TestCodeEditor::underlines()
{
    QFETCH(int, severity);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, endColumn);
    QFETCH(int, expectedStart);
    QFETCH(int, expectedEnd);

    CodeEditor editor;
    editor.setPlainText(Sample);
    const auto sev = Diagnostic::Severity(severity);
    editor.setDiagnostics({ diag(sev, line, column, endColumn, QStringLiteral("some-code"), QStringLiteral("msg")) });
    const auto marks = wavyUnderlines(editor);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectionStart(), positionOf(editor, line, expectedStart));
    QCOMPARE(marks.first().cursor.selectionEnd(), positionOf(editor, line, expectedEnd));
    QCOMPARE(marks.first().format.underlineColor(), editor.severityColor(sev));
    QCOMPARE(editor.diagnostics().size(), 1);

    editor.setDiagnostics({});
    QVERIFY(wavyUnderlines(editor).isEmpty());
}

void TestCodeEditor::tooltipText()
{
    CodeEditor editor;
    editor.setPlainText(Sample);
    Diagnostic color = diag(Diagnostic::Severity::Warning, 4, 8, 12, QStringLiteral("unknown-color"),
        QStringLiteral("Claude Code drops the color 'teal' <silently>"));
    color.fix = TextFix { QStringLiteral("Use 'cyan'"), 0, 0, QStringLiteral("cyan") };
    editor.setDiagnostics(
        { color, diag(Diagnostic::Severity::Error, 2, 1, 5, QStringLiteral("e"), QStringLiteral("x")) });

    const QString tip = editor.toolTipAt(positionOf(editor, 4, 10));
    QVERIFY2(tip.contains(QLatin1String("Claude Code drops the color 'teal' &lt;silently&gt;")), qPrintable(tip));
    QVERIFY(tip.contains(QLatin1String("[unknown-color]")));
    QVERIFY(tip.contains(QLatin1String("warning")));
    QVERIFY(tip.contains(QLatin1String("Fix available: Use 'cyan'")));
    QVERIFY(!tip.contains(QLatin1String("[e]")));
    QVERIFY(editor.toolTipAt(positionOf(editor, 7, 3)).isEmpty());
    QCOMPARE(editor.diagnosticsAt(positionOf(editor, 2, 2)).size(), 1);
}

void TestCodeEditor::tooltipOnHover()
{
    CodeEditor editor;
    editor.resize(500, 300);
    editor.setPlainText(Sample);
    editor.setDiagnostics({ diag(
        Diagnostic::Severity::Error, 2, 7, 20, QStringLiteral("bad-name"), QStringLiteral("The name is wrong")) });
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    QTextCursor inside(editor.document());
    inside.setPosition(positionOf(editor, 2, 10));
    const QPoint over = editor.cursorRect(inside).center() + QPoint(2, 0);
    QHelpEvent hover(QEvent::ToolTip, over, editor.viewport()->mapToGlobal(over));
    QApplication::sendEvent(editor.viewport(), &hover);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(QLatin1String("The name is wrong")));
    QVERIFY(QToolTip::text().contains(QLatin1String("[bad-name]")));

    QTextCursor outside(editor.document());
    outside.setPosition(positionOf(editor, 7, 3));
    const QPoint away = editor.cursorRect(outside).center();
    QHelpEvent elsewhere(QEvent::ToolTip, away, editor.viewport()->mapToGlobal(away));
    QApplication::sendEvent(editor.viewport(), &elsewhere);
    QTRY_VERIFY(!QToolTip::isVisible());
}

void TestCodeEditor::cursorAndScrollUnchanged()
{
    CodeEditor editor;
    editor.resize(300, 200);
    QString text;
    for (int i = 1; i <= 300; ++i)
        text += QStringLiteral("line %1 with some words that make it wider than the editor is\n").arg(i);
    editor.setPlainText(text);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));

    editor.goToLine(150, 4);
    QTextCursor selection = editor.textCursor();
    selection.movePosition(QTextCursor::Right, QTextCursor::KeepAnchor, 5);
    editor.setTextCursor(selection);
    editor.horizontalScrollBar()->setValue(40);
    editor.verticalScrollBar()->setValue(editor.verticalScrollBar()->value() + 7);
    const int anchor = editor.textCursor().anchor();
    const int position = editor.textCursor().position();
    const int vertical = editor.verticalScrollBar()->value();
    const int horizontal = editor.horizontalScrollBar()->value();
    QVERIFY(vertical > 0);
    QCOMPARE(horizontal, 40);

    QSignalSpy scrolled(editor.verticalScrollBar(), &QScrollBar::valueChanged);
    QSignalSpy moved(&editor, &QPlainTextEdit::cursorPositionChanged);
    Diagnostics many;
    for (int line = 1; line <= 300; line += 3)
        many.append(diag(Diagnostic::Severity::Warning, line, 1, 5, QStringLiteral("w"), QStringLiteral("m")));
    editor.setDiagnostics(many);
    QCOMPARE(wavyUnderlines(editor).size(), many.size());
    editor.setDiagnostics({});
    editor.setDiagnostics(many.mid(0, 3));
    // Nothing deferred may move the view either.
    QVERIFY(!scrolled.wait(100));
    QCOMPARE(moved.size(), 0);

    QCOMPARE(editor.textCursor().anchor(), anchor);
    QCOMPARE(editor.textCursor().position(), position);
    QCOMPARE(editor.verticalScrollBar()->value(), vertical);
    QCOMPARE(editor.horizontalScrollBar()->value(), horizontal);
}

void TestCodeEditor::marksFollowEdits()
{
    CodeEditor editor;
    editor.setPlainText(Sample);
    editor.setDiagnostics(
        { diag(Diagnostic::Severity::Warning, 4, 8, 12, QStringLiteral("unknown-color"), QStringLiteral("m")) });
    QTextCursor top(editor.document());
    top.insertText(QStringLiteral("# comment\n"));
    const auto marks = wavyUnderlines(editor);
    QCOMPARE(marks.size(), 1);
    QCOMPARE(marks.first().cursor.selectedText(), QStringLiteral("teal"));
    QCOMPARE(marks.first().cursor.selectionStart(), positionOf(editor, 5, 8));
}

void TestCodeEditor::goToLine()
{
    CodeEditor editor;
    editor.resize(300, 150);
    QString text;
    for (int i = 1; i <= 200; ++i)
        text += QStringLiteral("line %1\n").arg(i);
    editor.setPlainText(text);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QList<QVariant> seen;
    connect(&editor, &CodeEditor::cursorLineColumnChanged, this, [&seen](int line, int column) {
        seen = { line, column };
    });

    editor.goToLine(120, 3);
    QCOMPARE(editor.currentLine(), 120);
    QCOMPARE(editor.currentColumn(), 3);
    QCOMPARE(seen, (QList<QVariant> { 120, 3 }));
    QVERIFY(editor.viewport()->rect().contains(editor.cursorRect()));

    editor.goToLine(5000, 99); // clamped to the last line (the empty one after the final newline)
    QCOMPARE(editor.currentLine(), editor.blockCount());
    QCOMPARE(editor.currentColumn(), 1);
    editor.goToLine(0, 0);
    QCOMPARE(editor.currentLine(), 1);
    QCOMPARE(editor.currentColumn(), 1);
}

void TestCodeEditor::currentLineFollowsPalette()
{
    CodeEditor editor;
    editor.setPlainText(Sample);
    auto currentLineColor = [&editor] {
        for (const auto &s : editor.extraSelections()) {
            if (s.format.property(QTextFormat::FullWidthSelection).toBool())
                return s.format.background().color();
        }
        return QColor();
    };
    const QColor light = currentLineColor();
    QVERIFY(light.isValid());
    QVERIFY(light.lightnessF() > 0.7);
    QVERIFY(!editor.isDarkPalette());

    QPalette dark = editor.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xdd, 0xdd, 0xdd));
    editor.setPalette(dark);
    QVERIFY(editor.isDarkPalette());
    const QColor darkLine = currentLineColor();
    QVERIFY(darkLine.lightnessF() < 0.4);
    QVERIFY(darkLine != light);
    QVERIFY(editor.severityColor(Diagnostic::Severity::Error) != QColor(0xd3, 0x2f, 0x2f));
}

// Renders the editor as a person would see it. With AWB_GRAB_DIR set the pictures are kept to look at.
void TestCodeEditor::renderToPng()
{
    for (const bool dark : { false, true }) {
        CodeEditor editor;
        if (dark) {
            QPalette p = editor.palette();
            p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
            p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
            p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
            editor.setPalette(p);
        }
        editor.resize(560, 220);
        editor.setPlainText(Sample + QStringLiteral("\tIndented with a tab.\n"));
        editor.setDiagnostics({
            diag(Diagnostic::Severity::Warning, 4, 8, 12, QStringLiteral("unknown-color"), QStringLiteral("teal")),
            diag(Diagnostic::Severity::Error, 2, 7, 20, QStringLiteral("e"), QStringLiteral("e")),
            diag(Diagnostic::Severity::Info, 3, 14, 26, QStringLiteral("n"), QStringLiteral("n")),
        });
        editor.goToLine(7, 5);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QImage image = editor.grab().toImage();
        QVERIFY(!image.isNull());
        const QByteArray dir = qgetenv("AWB_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(dir)
                + (dark ? QStringLiteral("/codeeditor-dark.png") : QStringLiteral("/codeeditor-light.png"))));

        // Somewhere under "teal" the wave is drawn in the warning colour.
        QTextCursor teal(editor.document());
        teal.setPosition(positionOf(editor, 4, 9));
        const QRect glyph = editor.cursorRect(teal).translated(editor.viewport()->pos());
        QCOMPARE(editor.severityColor(Diagnostic::Severity::Warning).blue() < 100, true);
        bool found = false;
        for (int y = glyph.top(); y <= glyph.bottom() + 4 && !found; ++y) {
            for (int x = glyph.left(); x < glyph.left() + 20 && !found; ++x) {
                // The wave is thin and antialiased: look for its hue, not its exact colour.
                const QColor px = image.pixelColor(x, y);
                found = px.red() - px.blue() > 60 && px.green() - px.blue() > 30;
            }
        }
        QVERIFY2(found, dark ? "dark" : "light");
    }
}

QTEST_MAIN(TestCodeEditor)
#include "tst_codeeditor.moc"
