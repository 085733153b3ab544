#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QTabWidget;
class QTimer;
class QStackedWidget;

namespace awb {

class ChatPane;
class ChatProviders;
class EditorTab;
class LibraryModel;
class LibraryPanel;
class ModelSelector;
class PreviewPane;
class PreviewWorker;
class ProblemsPane;
struct Preview;
class RecoveryStore;
class TriggersPane;

/// The editor window of product.md: library on the left, editor tabs in the middle, preview,
/// chat and triggers on the right, problems below.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// `recoveryRoot` empty means the default folder under the user's data location.
    explicit MainWindow(const QString &recoveryRoot = QString(), QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path);
    void openLibrary(const QString &folder);
    EditorTab *newFromTemplate(const QString &templateName);
    EditorTab *currentTab() const;
    QList<EditorTab *> tabs() const;
    QTabWidget *tabWidget() const { return m_tabs; }
    LibraryModel *library() const { return m_library; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    PreviewPane *preview() const { return m_preview; }
    ProblemsPane *problems() const { return m_problems; }
    TriggersPane *triggers() const { return m_triggers; }
    ChatPane *chat() const { return m_chat; }
    ModelSelector *modelSelector() const { return m_modelSelector; }

    bool save(EditorTab *tab);
    bool saveAs(EditorTab *tab);
    bool saveAll();
    void revert(EditorTab *tab);
    bool closeTab(EditorTab *tab);

    /// Offers to restore what a crashed or killed instance left unsaved; returns how many were restored.
    int offerRecovery(bool ask = true);
    /// Autosaves every modified tab now (normally done on a timer after edits).
    void autosaveNow();
    QStringList recentFiles() const;
    /// File ▸ Export…: one agent (`agentPath`, or the current tab when empty) or the whole library.
    void showExportDialog(const QString &agentPath, bool wholeLibrary);
    void showImportDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void addTab(EditorTab *tab);
    void updateActions();
    void updateCenter();
    void updateTitle();
    void updateStatus();
    void updatePreview();
    void updateChat();
    void showPreview(const Preview &preview);
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void fileChangedOnDisk(const QString &path);
    void showError(const QString &message);
    EditorTab *tabForPath(const QString &path) const;
    void restoreSettings();
    void showPreferences();

    QTabWidget *m_tabs;
    LibraryModel *m_library;
    LibraryPanel *m_libraryPanel;
    QStackedWidget *m_center;
    QWidget *m_welcome;
    PreviewPane *m_preview;
    ProblemsPane *m_problems;
    TriggersPane *m_triggers = nullptr;
    PreviewWorker *m_previewWorker;
    QHash<quint64, QPointer<EditorTab>> m_previewRequests;
    QTabWidget *m_sideTabs;
    ChatProviders *m_chatProviders = nullptr;
    ChatPane *m_chat = nullptr;
    ModelSelector *m_modelSelector = nullptr;
    QString m_chatAgentModel; ///< the agent model last preselected in the toolbar
    QLabel *m_position;
    QLabel *m_loadState;
    QMenu *m_recentMenu = nullptr;
    QFileSystemWatcher *m_watcher;
    QTimer *m_autosave;
    RecoveryStore *m_recovery;
    QHash<QString, QAction *> m_actions;
};

} // namespace awb
