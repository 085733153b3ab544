#pragma once

#include "triggermetrics.h"

#include <QAbstractTableModel>

namespace awb {

/// One row per agent: name, expected, won, precision, recall, F1, steals, loses (columns in that order).
/// DisplayRole is text; ValueRole the number (for bars and sorting).
class AgentMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Expected, Won, Precision, Recall, F1, Steals, Loses, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< the column's number (double or int); the name for Name
        PromptRowsRole, ///< QList<int>: for Steals and Loses, the prompt rows
    };
    Q_ENUM(Role)

    explicit AgentMetricsModel(QObject *parent = nullptr);
    void setMetrics(const TriggerMetrics &metrics);
    const TriggerMetrics &metrics() const { return m_metrics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TriggerMetrics m_metrics;
};

} // namespace awb
