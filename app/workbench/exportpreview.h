#pragma once

#include "export/exportwriter.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTreeWidget;

namespace awb {

/// The files an export or import would write: a list with what happens to each, and for the
/// selected one the new content, a diff against what is on disk, and the field report.
class ExportPreview : public QWidget
{
    Q_OBJECT
public:
    explicit ExportPreview(QWidget *parent = nullptr);

    /// Paths are shown relative to `root` (a folder or a zip file).
    void setPlan(const QList<PlannedFile> &plan, const QString &root);
    const QList<PlannedFile> &plan() const { return m_plan; }
    /// How an existing different file is treated, for the status column.
    void setOverwrite(ExportWriter::Overwrite overwrite);

    QTreeWidget *fileList() const { return m_files; }
    QTabWidget *tabs() const { return m_tabs; }
    QPlainTextEdit *contentView() const { return m_content; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QTreeWidget *reportView() const { return m_report; }
    void selectFile(int row);
    /// What the status column says of one planned file.
    static QString statusText(const PlannedFile &file, ExportWriter::Overwrite overwrite);

private:
    void showFile(int row);
    void fillList();

    QList<PlannedFile> m_plan;
    QString m_root;
    ExportWriter::Overwrite m_overwrite = ExportWriter::Overwrite::Skip;
    QTreeWidget *m_files;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_content;
    QPlainTextEdit *m_diff;
    QTreeWidget *m_report;
};

} // namespace awb
