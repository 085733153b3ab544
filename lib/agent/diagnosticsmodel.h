#pragma once

#include "diagnostic.h"

#include <QAbstractTableModel>

namespace awb {

/// The problems of one document as a table: severity, line, code, message. Severity is also
/// given as a colour in Qt::DecorationRole (views draw it as a swatch) so the model needs no
/// pixmaps and stays usable without a GUI.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LineColumn, CodeColumn, MessageColumn, ColumnCount };
    enum Role {
        LineRole = Qt::UserRole + 1, ///< int, 1-based
        ColumnRole, ///< int, 1-based
        EndLineRole,
        EndColumnRole,
        SeverityRole, ///< int of Diagnostic::Severity
        CodeRole,
        MessageRole,
        HasFixRole, ///< bool
        FixLabelRole, ///< QString, empty without a fix
        SortRole, ///< a value that sorts each column meaningfully
    };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    /// Replaces the rows; does nothing when the list is unchanged (views keep their selection).
    void setDiagnostics(const Diagnostics &diagnostics);
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    Diagnostic diagnostic(int row) const { return m_diagnostics.value(row); }

    int count(Diagnostic::Severity severity) const;
    /// "2 errors, 1 warning" (empty when there is nothing).
    QString summary() const;
    static QString severityColor(Diagnostic::Severity severity); ///< `#rrggbb`, readable on light and dark

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    Diagnostics m_diagnostics;
};

} // namespace awb
