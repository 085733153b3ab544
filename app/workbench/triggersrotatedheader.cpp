#include "triggersrotatedheader.h"

#include <QPainter>

#include <algorithm>

namespace awb {

TriggersRotatedHeader::TriggersRotatedHeader(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignBottom);
}

QSize TriggersRotatedHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    int longest = 0;
    QFont bold = font(); // the current column's label is drawn bold
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    if (model()) {
        for (int i = 0; i < count(); ++i)
            longest = std::max(longest, metrics.horizontalAdvance(model()->headerData(i, Qt::Horizontal).toString()));
    }
    size.setHeight(std::min(longest, MaxLabel) + 14);
    return size;
}

void TriggersRotatedHeader::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid() || !model())
        return;
    // Let the style draw the section's background and frame, without text.
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    const bool current = selectionModel() && selectionModel()->currentIndex().column() == logicalIndex;
    if (current)
        option.state |= QStyle::State_On;
    style()->drawControl(QStyle::CE_Header, &option, painter, this);

    const QString text = model()->headerData(logicalIndex, Qt::Horizontal).toString();
    painter->save();
    // The view's clip does not survive the rotation below; clip to the section ourselves.
    painter->setClipRect(rect, Qt::ReplaceClip);
    QFont font = painter->font();
    font.setBold(current);
    painter->setFont(font);
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->translate(rect.left() + rect.width() / 2 + fontMetrics().ascent() / 2 - 1, rect.bottom() - 6);
    painter->rotate(-90);
    const QString shown = QFontMetrics(font).elidedText(text, Qt::ElideMiddle, rect.height() - 12);
    painter->drawText(0, 0, shown);
    painter->restore();
}

} // namespace awb
