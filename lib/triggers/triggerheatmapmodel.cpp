#include "triggerheatmapmodel.h"

#include "agent/plaintooltip.h"

namespace awb {

TriggerHeatmapModel::TriggerHeatmapModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void TriggerHeatmapModel::setResult(const TriggerResult &result)
{
    const bool sameShape = result.agents == m_result.agents && result.prompts == m_result.prompts;
    if (sameShape) {
        // Live updates keep the shape: tell the view the cells changed, keep its selection and scroll.
        m_result = result;
        if (rowCount() > 0 && columnCount() > 0)
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_result = result;
    m_flipped = QList<bool>(result.promptCount(), false);
    m_expected.clear();
    for (int p = 0; p < result.promptCount(); ++p)
        m_expected.append(result.expectedIndex(p));
    endResetModel();
}

void TriggerHeatmapModel::setFlipped(const QList<int> &rows)
{
    QList<bool> flipped(m_result.promptCount(), false);
    for (const int row : rows) {
        if (row >= 0 && row < flipped.size())
            flipped[row] = true;
    }
    m_flipped = flipped;
    if (rowCount() > 0 && columnCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { FlippedRole });
}

int TriggerHeatmapModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_result.promptCount();
}

int TriggerHeatmapModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_result.agentCount();
}

QVariant TriggerHeatmapModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int p = index.row();
    const int a = index.column();
    const int expected = m_expected.value(p, TriggerResult::None);
    const int winner = m_result.winner(p);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(m_result.score(p, a), 'f', 2);
    case Qt::ToolTipRole:
        return plainToolTip(QStringLiteral("%1\n%2: %3")
                                .arg(m_result.prompts.at(p).text, m_result.agents.at(a))
                                .arg(m_result.score(p, a), 0, 'f', 3));
    case ScoreRole:
        return m_result.score(p, a);
    case IsExpectedRole:
        return expected == a;
    case IsWinnerRole:
        return winner == a;
    case IsMistakeRole:
        return !m_result.isCorrect(p) && (winner == a || expected == a);
    case RowCorrectRole:
        return m_result.isCorrect(p);
    case MarginRole:
        return m_result.margin(p);
    case ExpectedRole:
        return m_result.prompts.at(p).expected;
    case WinnerRole:
        return m_result.winnerName(p);
    case PromptRole:
        return m_result.prompts.at(p).text;
    case IsExampleRole:
        return m_result.prompts.at(p).isExample();
    case FlippedRole:
        return m_flipped.value(p, false);
    default:
        return {};
    }
}

QVariant TriggerHeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_result.agentCount())
            return {};
        if (role == Qt::DisplayRole)
            return m_result.agents.at(section);
        if (role == Qt::ToolTipRole)
            return plainToolTip(m_result.agents.at(section));
        return {};
    }
    if (section < 0 || section >= m_result.promptCount())
        return {};
    const TriggerPrompt &prompt = m_result.prompts.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return prompt.text;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole: {
        const QString expected = prompt.expected.isEmpty() ? QStringLiteral("none") : prompt.expected;
        const QString winner = m_result.winner(section) >= 0 ? m_result.winnerName(section) : QStringLiteral("none");
        const QString text = QStringLiteral("%1\nexpected: %2\nwinner: %3").arg(prompt.text, expected, winner);
        return role == Qt::ToolTipRole ? plainToolTip(text) : text;
    }
    case RowCorrectRole:
        return m_result.isCorrect(section);
    case FlippedRole:
        return m_flipped.value(section, false);
    default:
        return {};
    }
}

QHash<int, QByteArray> TriggerHeatmapModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ScoreRole, "score");
    names.insert(IsExpectedRole, "isExpected");
    names.insert(IsWinnerRole, "isWinner");
    names.insert(IsMistakeRole, "isMistake");
    names.insert(RowCorrectRole, "rowCorrect");
    names.insert(MarginRole, "margin");
    names.insert(ExpectedRole, "expected");
    names.insert(WinnerRole, "winner");
    names.insert(PromptRole, "prompt");
    names.insert(IsExampleRole, "isExample");
    names.insert(FlippedRole, "flipped");
    return names;
}

} // namespace awb
