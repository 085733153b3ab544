#include "confusionmodel.h"

#include "agent/plaintooltip.h"

namespace awb {

ConfusionModel::ConfusionModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConfusionModel::setMetrics(const TriggerMetrics &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    m_rowTotals.clear();
    const int n = metrics.total() > 0 || !metrics.agents().isEmpty() ? metrics.confusionSize() : 0;
    for (int r = 0; r < n; ++r) {
        int total = 0;
        for (int c = 0; c < n; ++c)
            total += metrics.confusion(r, c);
        m_rowTotals.append(total);
    }
    endResetModel();
}

int ConfusionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowTotals.size());
}

int ConfusionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rowTotals.size());
}

QVariant ConfusionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int count = m_metrics.confusion(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return count == 0 ? QString() : QString::number(count);
    case CountRole:
        return count;
    case IsDiagonalRole:
        return index.row() == index.column();
    case RowShareRole: {
        const int total = m_rowTotals.at(index.row());
        return total == 0 ? 0.0 : double(count) / total;
    }
    case Qt::ToolTipRole: {
        const QStringList labels = m_metrics.confusionLabels();
        return plainToolTip(QStringLiteral("expected %1, went to %2: %3 prompt(s)")
                                .arg(labels.at(index.row()), labels.at(index.column()))
                                .arg(count));
    }
    default:
        return {};
    }
}

QVariant ConfusionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_rowTotals.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_metrics.confusionLabels().at(section);
    if (role == Qt::ToolTipRole)
        return plainToolTip(orientation == Qt::Vertical
                ? QStringLiteral("expected: %1").arg(m_metrics.confusionLabels().at(section))
                : QStringLiteral("winner: %1").arg(m_metrics.confusionLabels().at(section)));
    return {};
}

} // namespace awb
