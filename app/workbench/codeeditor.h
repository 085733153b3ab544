#pragma once

#include "agent/diagnostic.h"

#include <QPlainTextEdit>
#include <QTextCursor>

namespace awb {

class LineNumberArea;

/// The Source view's text editor: line numbers, current-line highlight, diagnostics drawn as wavy
/// underlines with tooltips, a monospace font and 4-space tabs. It only shows the document it is
/// given; it never changes text on its own.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CodeEditor(QWidget *parent = nullptr);
    ~CodeEditor() override;

    /// Shows these problems (1-based positions in the current text). Neither the cursor nor the
    /// scroll position moves. The marks follow later edits until the next call.
    void setDiagnostics(const Diagnostics &diagnostics);
    Diagnostics diagnostics() const;
    /// The diagnostics whose range covers a document position (a position at either end counts).
    Diagnostics diagnosticsAt(int position) const;
    /// The rich-text tooltip for a document position; empty when no diagnostic is there.
    QString toolTipAt(int position) const;

    /// Puts the cursor at a 1-based line and column (clamped) and scrolls it into view.
    void goToLine(int line, int column = 1);
    int currentLine() const; ///< 1-based
    int currentColumn() const; ///< 1-based, in characters

    int lineNumberAreaWidth() const;
    /// The colour an underline of this severity is drawn in, for the current palette.
    QColor severityColor(Diagnostic::Severity severity) const;
    bool isDarkPalette() const;

Q_SIGNALS:
    /// 1-based; for a status bar.
    void cursorLineColumnChanged(int line, int column);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    friend class LineNumberArea;
    struct Mark
    {
        Diagnostic diagnostic;
        QTextCursor range;
    };

    void paintLineNumbers(QPaintEvent *event);
    void updateGutterWidth();
    void updateGutter(const QRect &rect, int dy);
    void refreshSelections();
    void applyFontMetrics();
    QTextCursor rangeFor(const Diagnostic &diagnostic) const;
    QList<const Mark *> marksOnBlock(int blockNumber) const;
    QString toolTipFor(const QList<const Mark *> &marks) const;

    LineNumberArea *m_gutter = nullptr;
    QList<Mark> m_marks;
};

} // namespace awb
