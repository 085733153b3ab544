#include "triggersheatmapfilter.h"

#include "triggers/triggerheatmapmodel.h"

#include <QPainter>
#include <QPixmap>

namespace awb {

TriggersHeatmapFilter::TriggersHeatmapFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setMarkerColors(QColor(0x1e, 0x8e, 0x3e), QColor(0xd0, 0x2b, 0x2b), QColor(0xc7, 0x7c, 0x02));
}

void TriggersHeatmapFilter::setOnlyWrong(bool only)
{
    if (m_onlyWrong == only)
        return;
    m_onlyWrong = only;
    refilter();
}

void TriggersHeatmapFilter::setOnlyFlipped(bool only)
{
    if (m_onlyFlipped == only)
        return;
    m_onlyFlipped = only;
    refilter();
}

void TriggersHeatmapFilter::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    refilter();
}

void TriggersHeatmapFilter::setRoute(const QString &expected, const QString &winner)
{
    m_route = true;
    m_routeExpected = expected;
    m_routeWinner = winner;
    refilter();
}

void TriggersHeatmapFilter::clearRoute()
{
    if (!m_route)
        return;
    m_route = false;
    refilter();
}

void TriggersHeatmapFilter::refilter()
{
    // Qt 6.4 has no begin/endFilterChange; invalidateFilter() keeps the sort.
    invalidateFilter();
}

void TriggersHeatmapFilter::setOrder(Order order, int column)
{
    m_order = order;
    m_column = column;
    if (order == Order::Column && column >= 0)
        sort(column, Qt::DescendingOrder);
    else
        sort(0, Qt::AscendingOrder);
    invalidate();
}

void TriggersHeatmapFilter::setMarkerColors(const QColor &right, const QColor &wrong, const QColor &flipped)
{
    m_right = marker(right, QChar(0x2713)); // ✓
    m_wrong = marker(wrong, QChar(0x2717)); // ✗
    m_flipped = marker(flipped, QChar(0x21c4)); // ⇄
    if (sourceModel() && rowCount() > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QIcon TriggersHeatmapFilter::marker(const QColor &color, QChar glyph)
{
    QIcon icon;
    for (const int size : { 12, 16, 24 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1));
        QFont font;
        font.setPixelSize(int(size * 0.75));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(Qt::white);
        painter.drawText(QRect(0, 0, size, size), Qt::AlignCenter, QString(glyph));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QVariant TriggersHeatmapFilter::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && sourceModel() && section >= 0 && section < rowCount()) {
        const int source = mapToSource(index(section, 0)).row();
        if (role == Qt::DecorationRole) {
            if (sourceModel()->headerData(source, Qt::Vertical, TriggerHeatmapModel::FlippedRole).toBool())
                return m_flipped;
            return sourceModel()->headerData(source, Qt::Vertical, TriggerHeatmapModel::RowCorrectRole).toBool()
                ? m_right
                : m_wrong;
        }
        if (role == Qt::AccessibleTextRole || role == Qt::AccessibleDescriptionRole)
            return sourceModel()->headerData(source, Qt::Vertical, Qt::AccessibleTextRole);
    }
    return QSortFilterProxyModel::headerData(section, orientation, role);
}

bool TriggersHeatmapFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (!model)
        return false;
    if (m_onlyWrong && model->headerData(sourceRow, Qt::Vertical, TriggerHeatmapModel::RowCorrectRole).toBool())
        return false;
    if (m_onlyFlipped && !model->headerData(sourceRow, Qt::Vertical, TriggerHeatmapModel::FlippedRole).toBool())
        return false;
    if (m_route) {
        if (model->columnCount(sourceParent) == 0)
            return false;
        const QModelIndex first = model->index(sourceRow, 0, sourceParent);
        if (first.data(TriggerHeatmapModel::ExpectedRole).toString() != m_routeExpected
            || first.data(TriggerHeatmapModel::WinnerRole).toString() != m_routeWinner)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    if (model->columnCount(sourceParent) == 0)
        return model->headerData(sourceRow, Qt::Vertical).toString().contains(m_text, Qt::CaseInsensitive);
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    for (const int role : { int(TriggerHeatmapModel::PromptRole), int(TriggerHeatmapModel::ExpectedRole),
             int(TriggerHeatmapModel::WinnerRole) }) {
        if (first.data(role).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool TriggersHeatmapFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (m_order) {
    case Order::Suite:
        return left.row() < right.row();
    case Order::MistakesFirst: {
        const bool l = left.data(TriggerHeatmapModel::RowCorrectRole).toBool();
        const bool r = right.data(TriggerHeatmapModel::RowCorrectRole).toBool();
        if (l != r)
            return !l;
        return left.row() < right.row();
    }
    case Order::SmallestMargin: {
        const double l = left.data(TriggerHeatmapModel::MarginRole).toDouble();
        const double r = right.data(TriggerHeatmapModel::MarginRole).toDouble();
        if (l != r)
            return l < r;
        return left.row() < right.row();
    }
    case Order::Column: {
        const double l = left.data(TriggerHeatmapModel::ScoreRole).toDouble();
        const double r = right.data(TriggerHeatmapModel::ScoreRole).toDouble();
        if (l != r)
            return l < r;
        return left.row() > right.row(); // ties keep suite order under the descending sort
    }
    }
    return false;
}

} // namespace awb
