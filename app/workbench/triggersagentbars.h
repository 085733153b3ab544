#pragma once

#include "triggers/triggermetrics.h"

#include <QWidget>

namespace awb {

/// Per-agent precision, recall and F1 as horizontal bars, the weakest agent first, with the number of
/// prompts that expect it; hovering a row tells the prompts it steals and loses.
class TriggersAgentBars : public QWidget
{
    Q_OBJECT
public:
    explicit TriggersAgentBars(QWidget *parent = nullptr);

    void setMetrics(const TriggerMetrics &metrics);
    /// Row order as drawn (indexes into metrics().agents()).
    const QList<int> &order() const { return m_order; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    /// The rectangle of the row that shows agent `name` (empty when it is not shown).
    QRect rowRect(const QString &name) const;

Q_SIGNALS:
    /// A row was clicked: show that agent's mistakes (the prompts it steals and loses).
    void agentActivated(const QString &name);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;
    int headerHeight() const;
    int rowAt(int y) const;

    TriggerMetrics m_metrics;
    QList<int> m_order;
};

} // namespace awb
