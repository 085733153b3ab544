#include "triggersheatmapdelegate.h"

#include "triggerscolors.h"

#include "triggers/triggerheatmapmodel.h"

#include <QPainter>
#include <QPainterPath>

namespace awb {

TriggersHeatmapDelegate::TriggersHeatmapDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TriggersHeatmapDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const double score = index.data(TriggerHeatmapModel::ScoreRole).toDouble();
    const bool expected = index.data(TriggerHeatmapModel::IsExpectedRole).toBool();
    const bool winner = index.data(TriggerHeatmapModel::IsWinnerRole).toBool();
    const bool mistake = index.data(TriggerHeatmapModel::IsMistakeRole).toBool();
    const bool flipped = index.data(TriggerHeatmapModel::FlippedRole).toBool();
    const bool rowCorrect = index.data(TriggerHeatmapModel::RowCorrectRole).toBool();

    painter->save();
    const QRect r = option.rect;
    const QColor fill = TriggersColors::heat(score, palette);
    painter->fillRect(r, fill);
    // A faint tint on every cell of a wrong row, so mistakes stand out even when scrolled sideways.
    if (!rowCorrect) {
        QColor tint = TriggersColors::bad(palette);
        tint.setAlpha(TriggersColors::isDark(palette) ? 40 : 28);
        painter->fillRect(r, tint);
    }
    if (flipped) {
        QColor tint = TriggersColors::flipped(palette);
        tint.setAlpha(50);
        painter->fillRect(r, tint);
    }

    // Zeros stay blank: the eye should find the scores that exist, not read a wall of "0.00".
    if (option.rect.width() >= 34 && score >= 0.005) {
        painter->setPen(TriggersColors::textOn(fill));
        QFont font = option.font;
        if (winner)
            font.setBold(true);
        painter->setFont(font);
        painter->drawText(r.adjusted(2, 0, -2, 0), Qt::AlignCenter, index.data(Qt::DisplayRole).toString());
    }

    painter->setRenderHint(QPainter::Antialiasing, true);
    if (expected) {
        // A corner triangle: "this is where the prompt should go".
        const int s = std::min(10, std::min(r.width(), r.height()) / 2);
        QPainterPath corner;
        corner.moveTo(r.topLeft());
        corner.lineTo(r.left() + s, r.top());
        corner.lineTo(r.left(), r.top() + s);
        corner.closeSubpath();
        painter->fillPath(corner, TriggersColors::expected(palette));
    }
    if (winner) {
        QPen pen(mistake ? TriggersColors::bad(palette) : TriggersColors::good(palette), 2.5);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(r).adjusted(1.5, 1.5, -1.5, -1.5), 3, 3);
    } else if (expected && mistake) {
        QPen pen(TriggersColors::bad(palette), 1.5, Qt::DashLine);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(r).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    if (option.state & QStyle::State_Selected) {
        QPen pen(palette.color(QPalette::Highlight), 2);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(r).adjusted(3.5, 3.5, -3.5, -3.5));
    }
    if (option.state & QStyle::State_HasFocus) {
        QPen pen(palette.color(QPalette::Text), 1, Qt::DotLine);
        painter->setPen(pen);
        painter->drawRect(QRectF(r).adjusted(4.5, 4.5, -4.5, -4.5));
    }
    painter->restore();
}

QSize TriggersHeatmapDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    return QSize(option.fontMetrics.horizontalAdvance(QStringLiteral("0.00")) + 14, option.fontMetrics.height() + 8);
}

} // namespace awb
