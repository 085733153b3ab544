#pragma once

#include "export/exportwriter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace awb {

class ExportPreview;

/// File ▸ Import…: agents from another tool's file, a folder or a .zip, converted to Claude Code
/// files, with the report and a diff for each before anything is written.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    /// `destination` is the agents folder the files go to by default.
    explicit ImportDialog(const QString &destination, QWidget *parent = nullptr);
    ~ImportDialog() override;

    void setSource(const QString &path);
    /// Empty: guess each file's format from its path.
    void setFormat(const QString &formatId);
    void setDestination(const QString &folder);
    void setOverwrite(ExportWriter::Overwrite overwrite);
    QString destination() const;
    ExportPreview *preview() const { return m_preview; }
    QPushButton *importButton() const { return m_import; }
    QString statusText() const;
    QStringList writtenPaths() const { return m_written; }

    /// True while the source is being read (on a worker thread).
    bool isReading() const { return m_readSerial != m_shownSerial; }

    /// Writes the converted agents; false, with the reason shown, on failure.
    bool write();
    /// What the Import button does: writes on a worker thread and closes the dialog when done.
    void writeInBackground();

Q_SIGNALS:
    /// The source (set by setSource, setFormat or typing) has been read and the list shows it.
    void sourceRead();

private:
    bool finishWrite(const ExportWriter::Result &result, const QList<PlannedFile> &plan);
    void reload();
    void updatePlan();

    QLineEdit *m_source;
    QComboBox *m_format;
    QLineEdit *m_destination;
    QComboBox *m_overwrite;
    ExportPreview *m_preview;
    QLabel *m_status;
    QPushButton *m_import;
    QList<ExportedFile> m_files;
    QStringList m_errors;
    QStringList m_written;
    QWidget *m_form;
    quint64 m_readSerial = 0;
    quint64 m_shownSerial = 0;
};

} // namespace awb
