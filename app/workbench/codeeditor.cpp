#include "codeeditor.h"

#include "linenumberarea.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QTextBlock>
#include <QToolTip>

namespace awb {

namespace {

constexpr int MarkerWidth = 4;
constexpr int GutterPadding = 6;

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
        float(a.greenF() + (b.greenF() - a.greenF()) * amount), float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

int severityRank(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return 3;
    case Diagnostic::Severity::Warning:
        return 2;
    case Diagnostic::Severity::Info:
        return 1;
    }
    return 0;
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_gutter(new LineNumberArea(this))
{
    setAccessibleName(tr("Source"));
    setAccessibleDescription(tr("The agent file as text"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyFontMetrics();

    connect(this, &QPlainTextEdit::blockCountChanged, this, &CodeEditor::updateGutterWidth);
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateGutter);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        refreshSelections();
        Q_EMIT cursorLineColumnChanged(currentLine(), currentColumn());
    });
    updateGutterWidth();
    refreshSelections();
}

CodeEditor::~CodeEditor() = default;

void CodeEditor::setDiagnostics(const Diagnostics &diagnostics)
{
    m_marks.clear();
    m_marks.reserve(diagnostics.size());
    for (const Diagnostic &d : diagnostics)
        m_marks.append({ d, rangeFor(d) });
    refreshSelections();
    m_gutter->update();
}

Diagnostics CodeEditor::diagnostics() const
{
    Diagnostics out;
    for (const Mark &mark : m_marks)
        out.append(mark.diagnostic);
    return out;
}

Diagnostics CodeEditor::diagnosticsAt(int position) const
{
    Diagnostics out;
    for (const Mark &mark : m_marks) {
        if (!mark.range.isNull() && mark.range.selectionStart() <= position && position <= mark.range.selectionEnd())
            out.append(mark.diagnostic);
    }
    return out;
}

QString CodeEditor::toolTipAt(int position) const
{
    QList<const Mark *> marks;
    for (const Mark &mark : m_marks) {
        if (!mark.range.isNull() && mark.range.selectionStart() <= position && position <= mark.range.selectionEnd())
            marks.append(&mark);
    }
    return toolTipFor(marks);
}

QString CodeEditor::toolTipFor(const QList<const Mark *> &marks) const
{
    if (marks.isEmpty())
        return {};
    QStringList parts;
    for (const Mark *mark : marks) {
        const Diagnostic &d = mark->diagnostic;
        QString part = QStringLiteral("<b style=\"color:%1;\">%2</b>: %3 <code>[%4]</code>")
                           .arg(severityColor(d.severity).name(), Diagnostic::severityName(d.severity),
                               d.message.toHtmlEscaped(), d.code.toHtmlEscaped());
        if (d.fix.isValid())
            part += QStringLiteral("<br/><i>%1</i>").arg(tr("Fix available: %1").arg(d.fix.label).toHtmlEscaped());
        parts.append(part);
    }
    return QStringLiteral("<p style=\"white-space:pre-wrap;\">") + parts.join(QStringLiteral("<hr/>"))
        + QStringLiteral("</p>");
}

void CodeEditor::goToLine(int line, int column)
{
    const QTextBlock block = document()->findBlockByNumber(std::clamp(line, 1, blockCount()) - 1);
    const int offset = std::clamp(column, 1, std::max(1, block.length())) - 1;

    const QRectF geometry = blockBoundingGeometry(block).translated(contentOffset());
    const bool visible = block.isVisible() && geometry.top() >= 0 && geometry.bottom() <= viewport()->height();

    QTextCursor cursor(block);
    cursor.setPosition(block.position() + offset);
    setTextCursor(cursor);
    if (visible)
        ensureCursorVisible();
    else
        centerCursor();
}

int CodeEditor::currentLine() const
{
    return textCursor().blockNumber() + 1;
}

int CodeEditor::currentColumn() const
{
    return textCursor().positionInBlock() + 1;
}

bool CodeEditor::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightnessF() < 0.5;
}

QColor CodeEditor::severityColor(Diagnostic::Severity severity) const
{
    const bool dark = isDarkPalette();
    switch (severity) {
    case Diagnostic::Severity::Error:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd3, 0x2f, 0x2f);
    case Diagnostic::Severity::Warning:
        return dark ? QColor(0xf2, 0xc1, 0x4e) : QColor(0xd9, 0x8e, 0x04);
    case Diagnostic::Severity::Info:
        return dark ? QColor(0x6c, 0xa0, 0xff) : QColor(0x1e, 0x6f, 0xd9);
    }
    return palette().color(QPalette::Text);
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    digits = std::max(digits, 3);
    return MarkerWidth + GutterPadding * 2 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * digits;
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFontMetrics();
        updateGutterWidth();
    } else if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        refreshSelections();
        m_gutter->update();
    }
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QTextCursor cursor = cursorForPosition(help->pos());
        const QRect caret = cursorRect(cursor);
        const bool overText = std::abs(caret.center().x() - help->pos().x()) <= fontMetrics().averageCharWidth()
            && help->pos().y() >= caret.top() && help->pos().y() <= caret.bottom();
        const QString tip = overText ? toolTipAt(cursor.position()) : QString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport(), caret);
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void CodeEditor::applyFontMetrics()
{
    setTabStopDistance(QFontMetricsF(font()).horizontalAdvance(QLatin1Char(' ')) * 4);
}

void CodeEditor::updateGutterWidth()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    const QRect area = contentsRect();
    m_gutter->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::updateGutter(const QRect &rect, int dy)
{
    if (dy != 0)
        m_gutter->scroll(0, dy);
    else
        m_gutter->update(0, rect.y(), m_gutter->width(), rect.height());
    if (rect.contains(viewport()->rect()))
        updateGutterWidth();
}

QTextCursor CodeEditor::rangeFor(const Diagnostic &diagnostic) const
{
    QTextDocument *doc = document();
    const QTextBlock first = doc->findBlockByNumber(std::clamp(diagnostic.line, 1, doc->blockCount()) - 1);
    const QTextBlock last
        = doc->findBlockByNumber(std::clamp(std::max(diagnostic.endLine, diagnostic.line), 1, doc->blockCount()) - 1);
    // length() counts the block separator; a column may point just past the last character.
    int start = first.position() + std::clamp(diagnostic.column - 1, 0, first.length() - 1);
    int end = last.position() + std::clamp(diagnostic.endColumn - 1, 0, last.length() - 1);
    if (end <= start) {
        // An empty range still gets one character so it can be seen and hovered.
        const int lineEnd = first.position() + first.length() - 1;
        if (start < lineEnd) {
            end = start + 1;
        } else if (lineEnd > first.position()) {
            start = lineEnd - 1;
            end = lineEnd;
        } else {
            end = start;
        }
    }
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor;
}

QList<const CodeEditor::Mark *> CodeEditor::marksOnBlock(int blockNumber) const
{
    QList<const Mark *> out;
    const QTextBlock block = document()->findBlockByNumber(blockNumber);
    if (!block.isValid())
        return out;
    const int blockStart = block.position();
    const int blockEnd = block.position() + block.length() - 1;
    for (const Mark &mark : m_marks) {
        if (!mark.range.isNull() && mark.range.selectionStart() <= blockEnd && mark.range.selectionEnd() >= blockStart)
            out.append(&mark);
    }
    return out;
}

void CodeEditor::refreshSelections()
{
    const QPalette pal = palette();
    QList<QTextEdit::ExtraSelection> selections;

    QTextEdit::ExtraSelection line;
    line.format.setBackground(
        mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), isDarkPalette() ? 0.22 : 0.10));
    line.format.setProperty(QTextFormat::FullWidthSelection, true);
    line.cursor = textCursor();
    line.cursor.clearSelection();
    selections.append(line);

    for (const Mark &mark : m_marks) {
        if (mark.range.isNull() || !mark.range.hasSelection())
            continue;
        QTextEdit::ExtraSelection underline;
        underline.cursor = mark.range;
        underline.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        underline.format.setUnderlineColor(severityColor(mark.diagnostic.severity));
        selections.append(underline);
    }
    setExtraSelections(selections);
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    const QPalette pal = palette();
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    QPainter painter(m_gutter);
    painter.fillRect(event->rect(), mix(base, text, isDarkPalette() ? 0.06 : 0.04));
    painter.setFont(font());

    const int current = textCursor().blockNumber();
    const int numberRight = m_gutter->width() - GutterPadding;
    const int lineHeight = fontMetrics().height();
    QTextBlock block = firstVisibleBlock();
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal bottom = top + blockBoundingRect(block).height();
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int number = block.blockNumber();
            int worst = 0;
            Diagnostic::Severity worstSeverity = Diagnostic::Severity::Info;
            for (const Mark *mark : marksOnBlock(number)) {
                if (severityRank(mark->diagnostic.severity) > worst) {
                    worst = severityRank(mark->diagnostic.severity);
                    worstSeverity = mark->diagnostic.severity;
                }
            }
            if (worst > 0)
                painter.fillRect(QRectF(1, top + 1, MarkerWidth, bottom - top - 2), severityColor(worstSeverity));
            painter.setPen(number == current ? text : mix(base, text, 0.45));
            painter.drawText(QRectF(0, top, numberRight, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                QString::number(number + 1));
        }
        block = block.next();
        top = bottom;
    }
}

} // namespace awb
