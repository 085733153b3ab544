#pragma once

#include <QHeaderView>

namespace awb {

/// A horizontal header whose labels run upwards, so narrow heatmap columns can carry long agent names.
class TriggersRotatedHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit TriggersRotatedHeader(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    /// The longest label, in pixels, before it is elided.
    static constexpr int MaxLabel = 130;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
};

} // namespace awb
