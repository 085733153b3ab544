#include "linenumberarea.h"

#include "codeeditor.h"

#include <QHelpEvent>
#include <QToolTip>

namespace awb {

LineNumberArea::LineNumberArea(CodeEditor *editor)
    : QWidget(editor)
    , m_editor(editor)
{
    setAccessibleName(tr("Line numbers"));
}

QSize LineNumberArea::sizeHint() const
{
    return { m_editor->lineNumberAreaWidth(), 0 };
}

void LineNumberArea::paintEvent(QPaintEvent *event)
{
    m_editor->paintLineNumbers(event);
}

bool LineNumberArea::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint inViewport(0, help->pos().y());
        const int block = m_editor->cursorForPosition(inViewport).blockNumber();
        const QString tip = m_editor->toolTipFor(m_editor->marksOnBlock(block));
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace awb
