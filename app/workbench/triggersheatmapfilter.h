#pragma once

#include <QIcon>
#include <QSortFilterProxyModel>

namespace awb {

/// Filters and orders the rows (prompts) of a TriggerHeatmapModel: only wrong or only flipped prompts, a
/// text filter over the prompt, its expected agent and its winner; rows in suite order, mistakes first,
/// smallest margin first, or by the score in one agent's column. The row header gets a marker: wrong,
/// flipped by the last edit, or right.
class TriggersHeatmapFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Order { Suite, MistakesFirst, SmallestMargin, Column };
    Q_ENUM(Order)

    explicit TriggersHeatmapFilter(QObject *parent = nullptr);

    void setOnlyWrong(bool only);
    bool onlyWrong() const { return m_onlyWrong; }
    void setOnlyFlipped(bool only);
    bool onlyFlipped() const { return m_onlyFlipped; }
    void setText(const QString &text);
    /// Only prompts that expect `expected` and go to `winner` (empty: none), as a confusion matrix cell.
    void setRoute(const QString &expected, const QString &winner);
    void clearRoute();
    bool hasRoute() const { return m_route; }
    QString text() const { return m_text; }
    /// Column: sorts by the score in `column`, highest first.
    void setOrder(Order order, int column = -1);
    Order order() const { return m_order; }
    /// The markers drawn in the row header, in the colors of the current palette.
    void setMarkerColors(const QColor &right, const QColor &wrong, const QColor &flipped);

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    static QIcon marker(const QColor &color, QChar glyph);
    void refilter();

    bool m_onlyWrong = false;
    bool m_onlyFlipped = false;
    QString m_text;
    bool m_route = false;
    QString m_routeExpected;
    QString m_routeWinner;
    Order m_order = Order::Suite;
    int m_column = -1;
    QIcon m_right;
    QIcon m_wrong;
    QIcon m_flipped;
};

} // namespace awb
