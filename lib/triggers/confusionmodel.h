#pragma once

#include "triggermetrics.h"

#include <QAbstractTableModel>

namespace awb {

/// The confusion matrix: rows are the expected agent, columns the winner, the last row and column
/// "(none)". DisplayRole and CountRole: the number of prompts; the diagonal is what went right.
class ConfusionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        CountRole = Qt::UserRole + 1, ///< int
        IsDiagonalRole, ///< bool
        RowShareRole, ///< double: count / prompts expecting the row's agent
    };
    Q_ENUM(Role)

    explicit ConfusionModel(QObject *parent = nullptr);
    void setMetrics(const TriggerMetrics &metrics);
    const TriggerMetrics &metrics() const { return m_metrics; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    TriggerMetrics m_metrics;
    QList<int> m_rowTotals;
};

} // namespace awb
