#pragma once

#include "triggers/maplayout.h"
#include "triggers/triggerresult.h"

#include <QWidget>

namespace awb {

/// The 2-D map: agents as labeled anchors and prompts as points colored by the agent that wins them (a
/// hollow gray point for none, a red ring when the prompt goes to the wrong place), laid out by
/// multidimensional scaling (MapLayout) so that near means similar. Hover tells what a point is; a
/// click on a prompt selects it.
class TriggersMapView : public QWidget
{
    Q_OBJECT
public:
    explicit TriggersMapView(QWidget *parent = nullptr);

    /// `layout` has one point per agent and per prompt of `result`.
    void setData(const MapLayout::Result &layout, const TriggerResult &result);
    void clear();
    bool hasData() const { return !m_layout.agents.isEmpty(); }
    /// The item under a widget position: {true, agent} or {false, prompt}; index −1 when nothing.
    QPair<bool, int> itemAt(const QPointF &pos) const;
    QPointF agentPosition(int agent) const;
    QPointF promptPosition(int prompt) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void promptClicked(int prompt);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QPointF toWidget(const QPointF &p) const;
    /// Prompt positions in widget coordinates, with prompts that land on the same spot fanned out around it.
    const QList<QPointF> &promptPositions() const;
    QRectF plotRect() const;

    MapLayout::Result m_layout;
    TriggerResult m_result;
    mutable QList<QPointF> m_promptPositions;
    mutable QSize m_positionsFor;
};

} // namespace awb
