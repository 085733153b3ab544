#pragma once

#include "exportdialogplanner.h"

#include <QDialog>
#include <QFutureWatcher>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace awb {

class ExportPreview;
class LibraryModel;

/// File ▸ Export…: choose formats, the agents (the current one or the whole library) and where
/// the files go (a project folder, the home folder for user-level agents, or a .zip); see each
/// file with a preview, a diff against the disk and the field report before anything is written.
/// The library is read and the files are planned on a worker thread; until the plan is there the
/// dialog shows that it is busy and the preview and Write wait. The newest choice wins: a plan for
/// older choices is cancelled and dropped, and closing the dialog cancels what is running.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { CurrentAgent, Library };
    enum class Destination { Folder, Home, Zip };

    /// `current` may be an empty document when no agent is open; `library` is already read.
    ExportDialog(const AgentDocument &current, const QList<AgentDocument> &library, QWidget *parent = nullptr);
    /// The library's agent files are read on a worker thread.
    ExportDialog(const AgentDocument &current, const QStringList &libraryFiles, QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// Every agent file the library shows (each once), without reading them.
    static QStringList libraryFiles(const LibraryModel *library);

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
    /// True from a change of choices (or the start) until its plan is shown.
    bool isPlanning() const;
    QProgressBar *busyIndicator() const { return m_busy; }

    /// Writes the planned files (planned again, on this thread, against the disk as it is now);
    /// false, with the reason shown, on failure or while planning.
    bool write();
    /// What the Write button does: writes on a worker thread and closes the dialog when done.
    void writeInBackground();

Q_SIGNALS:
    /// The plan for the current choices is shown (or why there is none).
    void planReady();

private:
    void readLibrary(const QStringList &files);
    void onLibraryRead();
    void updatePlan();
    void showPlan(const ExportDialogPlanner::Plan &plan);
    void showNoPlan(const QString &why);
    void showBusy(const QString &text);
    bool finishWrite(const ExportWriter::Result &result);
    ExportDialogPlanner::Input planInput() const;
    void updateLibraryLabel();

    AgentDocument m_current;
    QList<AgentDocument> m_library;
    int m_libraryFileCount = 0;
    bool m_libraryRead = true;
    QFutureWatcher<QList<AgentDocument>> m_libraryWatcher;
    QFutureWatcher<ExportDialogPlanner::Plan> *m_planWatcher = nullptr;
    quint64 m_planSerial = 0; ///< the newest choices
    quint64 m_shownSerial = 0; ///< the choices whose plan is shown
    bool m_writing = false;
    QString m_note; ///< the last write's outcome, shown over the plan's counts until the next change
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
    QProgressBar *m_busy;
    QPushButton *m_write;
    QWidget *m_form;
};

} // namespace awb
