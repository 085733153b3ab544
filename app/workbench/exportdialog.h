#pragma once

#include "agent/agentdocument.h"
#include "export/exportwriter.h"

#include <QDialog>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace awb {

class ExportPreview;
class LibraryModel;

/// File ▸ Export…: choose formats, the agents (the current one or the whole library) and where
/// the files go (a project folder, the home folder for user-level agents, or a .zip); see each
/// file with a preview, a diff against the disk and the field report before anything is written.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { CurrentAgent, Library };
    enum class Destination { Folder, Home, Zip };

    /// `current` may be an empty document when no agent is open.
    ExportDialog(const AgentDocument &current, const QList<AgentDocument> &library, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Every agent file the library shows, read from disk.
    static QList<AgentDocument> libraryDocuments(const LibraryModel *library);

    void setFormats(const QList<ExportFormat> &formats);
    QList<ExportFormat> formats() const;
    void setScope(Scope scope);
    void setDestination(Destination destination, const QString &path = QString());
    void setOverwrite(ExportWriter::Overwrite overwrite);
    QCheckBox *formatBox(ExportFormat format) const;
    ExportPreview *preview() const { return m_preview; }
    QPushButton *writeButton() const { return m_write; }
    QString statusText() const;
    /// The folder or zip file the export goes to.
    QString destinationPath() const;

    /// Writes the planned files; false, with the reason shown, on failure.
    bool write();
    /// What the Write button does: writes on a worker thread and closes the dialog when done.
    void writeInBackground();

private:
    void updatePlan();
    std::function<ExportWriter::Result()> writeJob() const;
    bool finishWrite(const ExportWriter::Result &result);
    QList<AgentDocument> agents() const;

    AgentDocument m_current;
    QList<AgentDocument> m_library;
    QList<QPair<ExportFormat, QCheckBox *>> m_formatBoxes;
    QRadioButton *m_currentScope;
    QRadioButton *m_libraryScope;
    QButtonGroup *m_destinations;
    QLineEdit *m_folder;
    QLineEdit *m_zip;
    QLabel *m_homeHint;
    QComboBox *m_overwrite;
    ExportPreview *m_preview;
    QLabel *m_status;
    QPushButton *m_write;
    QWidget *m_form;
};

} // namespace awb
