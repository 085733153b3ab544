#pragma once

#include <QStyledItemDelegate>

namespace awb {

/// Draws a cell of the confusion matrix (ConfusionModel): the count, on a fill whose strength is the share
/// of the row's prompts; green on the diagonal (routed right), red elsewhere (routed wrong); empty cells
/// stay blank so the mistakes are what catches the eye.
class TriggersConfusionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit TriggersConfusionDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace awb
