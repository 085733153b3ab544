#pragma once

#include "triggerresult.h"

#include <QAbstractTableModel>

namespace awb {

/// The prompts × agents matrix of one result, for the heatmap: one row per prompt, one column per agent.
/// DisplayRole is the score with two decimals; the roles below carry what a delegate needs to draw.
/// Header: agent names across, prompt texts down (ToolTipRole: the expected agent and the winner;
/// AccessibleTextRole: the same as plain text, where the tooltip may be escaped HTML).
class TriggerHeatmapModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ScoreRole = Qt::UserRole + 1, ///< float in [0, 1]
        IsExpectedRole, ///< bool: this column is the prompt's expected agent
        IsWinnerRole, ///< bool: this column won the prompt
        IsMistakeRole, ///< bool: winner cell of a wrongly routed prompt, or expected cell it lost
        RowCorrectRole, ///< bool: the prompt is routed right
        MarginRole, ///< float: the prompt's margin
        ExpectedRole, ///< QString: the prompt's expected agent ("" for none)
        WinnerRole, ///< QString: the prompt's winner ("" for none)
        PromptRole, ///< QString: the prompt text
        IsExampleRole, ///< bool: the prompt comes from an agent's example
        FlippedRole, ///< bool: the prompt's winner changed since the baseline (see setFlipped)
    };
    Q_ENUM(Role)

    explicit TriggerHeatmapModel(QObject *parent = nullptr);

    void setResult(const TriggerResult &result);
    const TriggerResult &result() const { return m_result; }
    /// Marks rows whose winner flipped (live editing).
    void setFlipped(const QList<int> &rows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    TriggerResult m_result;
    QList<bool> m_flipped;
    QList<int> m_expected; ///< cached expected index per row
};

} // namespace awb
