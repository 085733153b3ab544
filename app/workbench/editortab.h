#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTabWidget;
class QTimer;

namespace awb {

class AgentBuffer;
class AgentForm;
class CodeEditor;
class FindBar;

/// One open agent: the Form and Source views of one AgentBuffer, and its file on disk.
class EditorTab : public QWidget
{
    Q_OBJECT
public:
    explicit EditorTab(QWidget *parent = nullptr);

    AgentBuffer *buffer() const { return m_buffer; }
    AgentForm *form() const { return m_form; }
    CodeEditor *sourceEdit() const { return m_source; }
    FindBar *findBar() const { return m_findBar; }
    QTabWidget *views() const { return m_views; }
    /// A stable id for autosave snapshots.
    QString id() const { return m_id; }

    /// Loads a file; on failure returns false with a message a person can act on.
    bool openFile(const QString &path, QString *error);
    /// Starts an unsaved agent from text (a template or a recovered snapshot).
    void openText(const QByteArray &bytes, const QString &path, bool modified);
    /// Saves atomically to `path` (or the current path); the file is either old or new, never partial.
    bool save(const QString &path, QString *error);
    /// Re-reads the file from disk, dropping unsaved changes.
    bool revert(QString *error);
    /// The bytes last written to or read from disk (to tell our own saves from outside changes).
    QByteArray diskBytes() const { return m_diskBytes; }

    QString path() const;
    QString title() const;
    /// Unsaved changes, or a file that is no longer on disk: closing asks, autosave keeps the text.
    bool isModified() const;
    /// The file was removed (or its folder was) by another program while it was open.
    void setMissingOnDisk(bool missing);
    bool isMissingOnDisk() const { return m_missingOnDisk; }
    void showSource();
    void showForm();
    bool isSourceShown() const;

Q_SIGNALS:
    void titleChanged();
    /// The text changed; the main window autosaves and refreshes the preview.
    void edited();

private:
    void restorePosition(int position, int scroll);

    AgentBuffer *m_buffer;
    QTabWidget *m_views;
    AgentForm *m_form;
    CodeEditor *m_source;
    FindBar *m_findBar;
    QWidget *m_sourcePage;
    QString m_id;
    QByteArray m_diskBytes;
    bool m_missingOnDisk = false;
};

} // namespace awb
