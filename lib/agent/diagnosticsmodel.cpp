#include "diagnosticsmodel.h"
#include "plaintooltip.h"

#include <QColor>
#include <QStringList>

namespace awb {

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DiagnosticsModel::setDiagnostics(const Diagnostics &diagnostics)
{
    if (diagnostics == m_diagnostics)
        return;
    beginResetModel();
    m_diagnostics = diagnostics;
    endResetModel();
}

int DiagnosticsModel::count(Diagnostic::Severity severity) const
{
    return int(std::count_if(m_diagnostics.cbegin(), m_diagnostics.cend(),
        [severity](const Diagnostic &d) { return d.severity == severity; }));
}

QString DiagnosticsModel::summary() const
{
    QStringList parts;
    if (const int n = count(Diagnostic::Severity::Error))
        parts << (n == 1 ? tr("1 error") : tr("%1 errors").arg(n));
    if (const int n = count(Diagnostic::Severity::Warning))
        parts << (n == 1 ? tr("1 warning") : tr("%1 warnings").arg(n));
    if (const int n = count(Diagnostic::Severity::Info))
        parts << (n == 1 ? tr("1 note") : tr("%1 notes").arg(n));
    return parts.join(QStringLiteral(", "));
}

QString DiagnosticsModel::severityColor(Diagnostic::Severity severity)
{
    switch (severity) {
    case Diagnostic::Severity::Error:
        return QStringLiteral("#e5484d");
    case Diagnostic::Severity::Warning:
        return QStringLiteral("#e09b13");
    case Diagnostic::Severity::Info:
        return QStringLiteral("#3b82f6");
    }
    return {};
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_diagnostics.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Diagnostic &d = m_diagnostics.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return Diagnostic::severityName(d.severity);
        case LineColumn:
            return d.line;
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return QColor(severityColor(d.severity));
        return {};
    case Qt::ToolTipRole: {
        QString tip = d.message;
        if (d.fix.isValid())
            tip += QLatin1Char('\n') + tr("Fix: %1").arg(d.fix.label);
        return plainToolTip(tip);
    }
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case LineRole:
        return d.line;
    case ColumnRole:
        return d.column;
    case EndLineRole:
        return d.endLine;
    case EndColumnRole:
        return d.endColumn;
    case SeverityRole:
        return int(d.severity);
    case CodeRole:
        return d.code;
    case MessageRole:
        return d.message;
    case HasFixRole:
        return d.fix.isValid();
    case FixLabelRole:
        return d.fix.label;
    case SortRole:
        switch (Column(index.column())) {
        case SeverityColumn:
            return int(d.severity) * 1000000 + d.line;
        case LineColumn:
            return d.line * 10000 + d.column;
        case CodeColumn:
            return d.code;
        case MessageColumn:
            return d.message;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case SeverityColumn:
        return tr("Severity");
    case LineColumn:
        return tr("Line");
    case CodeColumn:
        return tr("Code");
    case MessageColumn:
        return tr("Message");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> DiagnosticsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(LineRole, "line");
    names.insert(ColumnRole, "column");
    names.insert(EndLineRole, "endLine");
    names.insert(EndColumnRole, "endColumn");
    names.insert(SeverityRole, "severity");
    names.insert(CodeRole, "code");
    names.insert(MessageRole, "message");
    names.insert(HasFixRole, "hasFix");
    names.insert(FixLabelRole, "fixLabel");
    return names;
}

} // namespace awb
