#include "agentmetricsmodel.h"

namespace awb {

AgentMetricsModel::AgentMetricsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AgentMetricsModel::setMetrics(const TriggerMetrics &metrics)
{
    beginResetModel();
    m_metrics = metrics;
    endResetModel();
}

int AgentMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.agents().size());
}

int AgentMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgentMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgentMetrics &m = m_metrics.agents().at(index.row());
    const auto percent = [](double value) { return QStringLiteral("%1%").arg(value * 100, 0, 'f', 0); };
    if (role == Qt::DisplayRole || role == ValueRole) {
        const bool text = role == Qt::DisplayRole;
        switch (Column(index.column())) {
        case Name:
            return m.name;
        case Expected:
            return m.expected;
        case Won:
            return m.won;
        case Precision:
            return text ? QVariant(percent(m.precision)) : QVariant(m.precision);
        case Recall:
            return text ? QVariant(percent(m.recall)) : QVariant(m.recall);
        case F1:
            return text ? QVariant(QString::number(m.f1, 'f', 2)) : QVariant(m.f1);
        case Steals:
            return int(m.steals.size());
        case Loses:
            return int(m.loses.size());
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == PromptRowsRole) {
        if (index.column() == Steals)
            return QVariant::fromValue(m.steals);
        if (index.column() == Loses)
            return QVariant::fromValue(m.loses);
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() != Name)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AgentMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Name:
        return QStringLiteral("Agent");
    case Expected:
        return QStringLiteral("Expected");
    case Won:
        return QStringLiteral("Won");
    case Precision:
        return QStringLiteral("Precision");
    case Recall:
        return QStringLiteral("Recall");
    case F1:
        return QStringLiteral("F1");
    case Steals:
        return QStringLiteral("Steals");
    case Loses:
        return QStringLiteral("Loses");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace awb
