#include "triggersconfusiondelegate.h"

#include "triggerscolors.h"

#include "triggers/confusionmodel.h"

#include <QPainter>

#include <algorithm>

namespace awb {

TriggersConfusionDelegate::TriggersConfusionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

void TriggersConfusionDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const int count = index.data(ConfusionModel::CountRole).toInt();
    const bool diagonal = index.data(ConfusionModel::IsDiagonalRole).toBool();
    const double share = std::clamp(index.data(ConfusionModel::RowShareRole).toDouble(), 0.0, 1.0);
    painter->save();
    const QColor base = palette.color(QPalette::Base);
    painter->fillRect(option.rect, base);
    QColor fill = base;
    if (count > 0) {
        const QColor hue = diagonal ? TriggersColors::good(palette) : TriggersColors::bad(palette);
        fill = hue;
        fill.setAlphaF(float(0.18 + 0.72 * share));
        painter->fillRect(option.rect.adjusted(1, 1, -1, -1), fill);
        // Blend for the text color decision: what the eye sees is the fill over the base.
        const float a = fill.alphaF();
        const QColor seen = QColor::fromRgbF(base.redF() * (1 - a) + hue.redF() * a,
            base.greenF() * (1 - a) + hue.greenF() * a, base.blueF() * (1 - a) + hue.blueF() * a);
        painter->setPen(TriggersColors::textOn(seen));
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->drawText(option.rect, Qt::AlignCenter, QString::number(count));
    } else if (diagonal) {
        painter->setPen(TriggersColors::none(palette));
        painter->drawText(option.rect, Qt::AlignCenter, QStringLiteral("·"));
    }
    painter->setPen(palette.color(QPalette::Mid));
    painter->drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5));
    if (option.state & QStyle::State_Selected) {
        painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
        painter->drawRect(QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5));
    }
    painter->restore();
}

QSize TriggersConfusionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const int side = option.fontMetrics.horizontalAdvance(QStringLiteral("0000")) + 12;
    return QSize(side, std::max(side * 2 / 3, option.fontMetrics.height() + 10));
}

} // namespace awb
