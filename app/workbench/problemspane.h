#pragma once

#include "agent/diagnostic.h"

#include <QWidget>

class QLabel;
class QMenu;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace awb {

class DiagnosticsModel;

/// The Problems panel: every diagnostic of the current document, sortable. Double-click or Enter
/// asks to jump to it; "Apply Fix" (button and context menu) asks to apply its fix. The pane only
/// emits; the document session does the jumping and the editing.
class ProblemsPane : public QWidget
{
    Q_OBJECT
public:
    explicit ProblemsPane(QWidget *parent = nullptr);

    void setDiagnostics(const Diagnostics &diagnostics);
    DiagnosticsModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    /// The diagnostic of the current row, if any.
    bool currentDiagnostic(Diagnostic *out) const;
    QString summaryText() const;

public Q_SLOTS:
    /// Applies the fix of the current row, if it has one.
    void applyCurrentFix();

Q_SIGNALS:
    void activated(int line, int column);
    void fixRequested(const awb::TextFix &fix);

private:
    void onActivated(const QModelIndex &index);
    void showContextMenu(const QPoint &pos);
    void updateActions();
    Diagnostic diagnosticAt(const QModelIndex &viewIndex) const;

    DiagnosticsModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_fixButton = nullptr;
};

} // namespace awb
