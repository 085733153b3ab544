#include "problemspane.h"

#include "agent/diagnosticsmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace awb {

ProblemsPane::ProblemsPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new DiagnosticsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_summary(new QLabel(this))
    , m_fixButton(new QPushButton(tr("Apply Fix"), this))
{
    setAccessibleName(tr("Problems"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DiagnosticsModel::SortRole);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Problems list"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // the linter's order until a header is clicked
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::SeverityColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::LineColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(DiagnosticsModel::CodeColumn, QHeaderView::ResizeToContents);

    m_summary->setAccessibleName(tr("Problem count"));
    m_fixButton->setToolTip(tr("Apply the suggested fix of the selected problem (Ctrl+.)"));
    m_fixButton->setEnabled(false);
    // Ctrl+. applies the selected problem's fix (Alt+F belongs to the File menu).
    auto *fixAction = new QAction(tr("Apply Fix"), this);
    fixAction->setShortcut(QKeySequence(tr("Ctrl+.")));
    fixAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(fixAction, &QAction::triggered, this, &ProblemsPane::applyCurrentFix);
    addAction(fixAction);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_fixButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_view, &QTreeView::activated, this, &ProblemsPane::onActivated);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &ProblemsPane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ProblemsPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProblemsPane::updateActions);
    connect(m_fixButton, &QPushButton::clicked, this, &ProblemsPane::applyCurrentFix);
    updateActions();
}

void ProblemsPane::setDiagnostics(const Diagnostics &diagnostics)
{
    m_model->setDiagnostics(diagnostics);
    updateActions();
}

Diagnostic ProblemsPane::diagnosticAt(const QModelIndex &viewIndex) const
{
    const QModelIndex source = m_proxy->mapToSource(viewIndex);
    return source.isValid() ? m_model->diagnostic(source.row()) : Diagnostic();
}

bool ProblemsPane::currentDiagnostic(Diagnostic *out) const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return false;
    if (out)
        *out = diagnosticAt(index);
    return true;
}

QString ProblemsPane::summaryText() const
{
    return m_summary->text();
}

void ProblemsPane::applyCurrentFix()
{
    Diagnostic d;
    if (currentDiagnostic(&d) && d.fix.isValid())
        Q_EMIT fixRequested(d.fix);
}

void ProblemsPane::onActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const Diagnostic d = diagnosticAt(index);
    Q_EMIT activated(d.line, d.column);
}

void ProblemsPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    const Diagnostic d = diagnosticAt(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    // Copies, not indexes: the model may be reset while the menu is open.
    menu->addAction(tr("&Go to Line %1").arg(d.line), this, [this, d] { Q_EMIT activated(d.line, d.column); });
    QAction *fix = menu->addAction(d.fix.isValid() ? tr("Apply &Fix: %1").arg(d.fix.label) : tr("No Fix Available"),
        this, [this, fix = d.fix] { Q_EMIT fixRequested(fix); });
    fix->setEnabled(d.fix.isValid());
    menu->addSeparator();
    menu->addAction(tr("&Copy"), this, [d] {
        QApplication::clipboard()->setText(QStringLiteral("%1:%2: %3: %4 [%5]")
                                               .arg(d.line)
                                               .arg(d.column)
                                               .arg(Diagnostic::severityName(d.severity), d.message, d.code));
    });
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

void ProblemsPane::updateActions()
{
    Diagnostic d;
    m_fixButton->setEnabled(currentDiagnostic(&d) && d.fix.isValid());
    const QString summary = m_model->summary();
    m_summary->setText(summary.isEmpty() ? tr("No problems") : summary);
}

} // namespace awb
