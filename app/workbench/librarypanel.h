#pragma once

#include <QWidget>

class QLineEdit;
class QTreeView;

namespace awb {

class LibraryFilterModel;
class LibraryModel;

/// The Library dock: scope groups of agents with color chips and problem badges, and a filter box.
class LibraryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit LibraryPanel(LibraryModel *model, QWidget *parent = nullptr);

    QTreeView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    LibraryFilterModel *proxy() const { return m_proxy; }
    /// Selects the row of an open file, if the library has it.
    void selectPath(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);
    /// From the context menu: export one agent (`path`) or, with an empty path, the whole library.
    void exportRequested(const QString &path, bool wholeLibrary);

private:
    LibraryModel *m_model;
    LibraryFilterModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_view;
};

} // namespace awb
