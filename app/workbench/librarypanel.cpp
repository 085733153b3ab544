#include "librarypanel.h"

#include "colorpicker.h"

#include "library/librarymodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

namespace awb {

namespace {

// A color chip before the name and a problem badge at the right edge.
class LibraryDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(LibraryModel::IsGroupRole).toBool()) {
            QStyleOptionViewItem o = option;
            o.font.setBold(true);
            QStyledItemDelegate::paint(painter, o, index);
            return;
        }
        QStyleOptionViewItem o = option;
        initStyleOption(&o, index);
        const QString badge = index.data(LibraryModel::BadgeRole).toString();
        const int chip = o.rect.height() / 2;
        const int badgeWidth = badge.isEmpty() ? 0 : o.fontMetrics.horizontalAdvance(badge) + 10;
        const QRect textRect = o.rect.adjusted(chip + 10, 0, -badgeWidth, 0);
        o.text.clear();
        o.widget->style()->drawControl(QStyle::CE_ItemViewItem, &o, painter, o.widget);

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QColor color = ColorPicker::swatch(index.data(LibraryModel::ColorRole).toString());
        const QRectF chipRect(o.rect.left() + 4, o.rect.center().y() - chip / 2.0, chip, chip);
        if (color.isValid()) {
            painter->setBrush(color);
            painter->setPen(Qt::NoPen);
        } else {
            painter->setBrush(Qt::NoBrush);
            painter->setPen(QPen(o.palette.color(QPalette::PlaceholderText), 1));
        }
        painter->drawEllipse(chipRect);

        const bool selected = o.state & QStyle::State_Selected;
        QColor text = o.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const bool dimmed = !index.data(LibraryModel::LoadsRole).toBool()
            || !index.data(LibraryModel::ShadowedByRole).toString().isEmpty();
        if (dimmed && !selected)
            text = o.palette.color(QPalette::PlaceholderText);
        painter->setPen(text);
        QFont font = o.font;
        font.setStrikeOut(!index.data(LibraryModel::ShadowedByRole).toString().isEmpty());
        painter->setFont(font);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          o.fontMetrics.elidedText(index.data().toString(), Qt::ElideRight, textRect.width()));
        if (!badge.isEmpty()) {
            const bool error = badge.startsWith(QChar(0x2717));
            const bool warning = badge.startsWith(QChar(0x26a0));
            painter->setPen(error ? QColor(0xd9, 0x3f, 0x3f) : warning ? QColor(0xd0, 0x8a, 0x10) : text);
            painter->setFont(o.font);
            painter->drawText(o.rect.adjusted(0, 0, -4, 0), Qt::AlignVCenter | Qt::AlignRight, badge);
        }
        painter->restore();
    }
};

} // namespace

LibraryPanel::LibraryPanel(LibraryModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new LibraryFilterModel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTreeView(this))
{
    m_proxy->setSourceModel(model);
    m_filter->setPlaceholderText(tr("Filter agents"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter agents"));
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setItemDelegate(new LibraryDelegate(m_view));
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Library"));
    m_view->setDragEnabled(true);
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    m_view->expandAll();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterText(text);
        m_view->expandAll();
    });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &parent) {
        if (!parent.isValid())
            m_view->expandAll();
        else
            m_view->expand(parent);
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QString path = m_view->indexAt(pos).data(LibraryModel::FilePathRole).toString();
        QMenu menu(this);
        if (!path.isEmpty())
            menu.addAction(tr("Export This Agent…"), this, [this, path] { Q_EMIT exportRequested(path, false); });
        menu.addAction(tr("Export Library…"), this, [this] { Q_EMIT exportRequested(QString(), true); });
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString path = index.data(LibraryModel::FilePathRole).toString();
        if (!path.isEmpty())
            Q_EMIT openRequested(path);
    });
}

void LibraryPanel::selectPath(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return;
    const QModelIndex proxy = m_proxy->mapFromSource(source);
    if (proxy.isValid())
        m_view->setCurrentIndex(proxy);
}

} // namespace awb
