#pragma once

#include <QStyledItemDelegate>

namespace awb {

/// Draws one cell of the prompts × agents heatmap from TriggerHeatmapModel's roles: the fill by score,
/// the expected agent as a corner mark, the winner outlined (green when right, red when wrong), the
/// expected cell of a lost prompt outlined dashed, the score as text when the cell is wide enough.
/// Paints only; no per-cell widgets, so large matrices scroll smoothly.
class TriggersHeatmapDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TriggersHeatmapDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace awb
