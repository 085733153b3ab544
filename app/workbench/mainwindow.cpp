#include "mainwindow.h"

#include "agentform.h"
#include "chatpane.h"
#include "chatproviders.h"
#include "codeeditor.h"
#include "editortab.h"
#include "exportdialog.h"
#include "findbar.h"
#include "helpdialogs.h"
#include "importdialog.h"
#include "librarypanel.h"
#include "modelselector.h"
#include "previewpane.h"
#include "problemspane.h"
#include "providersettingsdialog.h"
#include "recoverystore.h"
#include "settingsdialog.h"
#include "theme.h"
#include "triggerspane.h"
#include "welcomepage.h"

#include "agent/agentbuffer.h"
#include "agent/agentlinter.h"
#include "agent/modelaliases.h"
#include "agent/plaintooltip.h"
#include "agent/preview.h"
#include "agent/previewworker.h"
#include "library/librarymodel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>

namespace awb {

namespace {
constexpr int MaxRecent = 10;
const QString RecentKey = QStringLiteral("recentFiles");
} // namespace

MainWindow::MainWindow(const QString &recoveryRoot, QWidget *parent)
    : QMainWindow(parent)
    , m_tabs(new QTabWidget(this))
    , m_library(new LibraryModel(this))
    , m_libraryPanel(nullptr)
    , m_center(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_preview(nullptr)
    , m_problems(nullptr)
    , m_previewWorker(new PreviewWorker(this))
    , m_sideTabs(nullptr)
    , m_position(new QLabel(this))
    , m_loadState(new QLabel(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_autosave(new QTimer(this))
    , m_recovery(new RecoveryStore(recoveryRoot.isEmpty() ? RecoveryStore::defaultRoot() : recoveryRoot))
{
    setWindowTitle(tr("Agent Workbench"));
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_tabs);
    setCentralWidget(m_center);
    auto *welcome = static_cast<WelcomePage *>(m_welcome);
    connect(welcome, &WelcomePage::openProjectRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Project Folder"));
        if (!dir.isEmpty())
            openLibrary(dir);
    });
    connect(welcome, &WelcomePage::openUserAgentsRequested, this,
        [this] { openLibrary(QDir::homePath() + QStringLiteral("/.claude/agents")); });
    connect(
        welcome, &WelcomePage::openSamplesRequested, this, [this] { openLibrary(WelcomePage::sampleLibraryPath()); });
    connect(welcome, &WelcomePage::newAgentRequested, this, [this] { newFromTemplate(QStringLiteral("blank")); });
    // The welcome page's "Set up a provider" opens the same dialog as the toolbar's Providers….
    connect(welcome, &WelcomePage::setUpProviderRequested, this, [this] {
        if (QAction *providers = m_actions.value(QStringLiteral("providers")))
            providers->trigger();
    });
    createDocks();
    createActions();
    // Permanent and without stretch: the messages (Saved, a save that failed) need the room on the
    // left. (A normal widget would be drawn under a message shown before the window is.)
    statusBar()->addPermanentWidget(m_loadState);
    statusBar()->addPermanentWidget(m_position);
    m_position->setObjectName(QStringLiteral("cursorPosition"));
    m_position->setAccessibleName(tr("Cursor position"));
    m_loadState->setObjectName(QStringLiteral("loadState"));
    m_loadState->setTextFormat(Qt::PlainText); // the skip reason quotes the file
    m_loadState->setAccessibleName(tr("Loads in Claude Code"));

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &MainWindow::autosaveNow);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (EditorTab *tab = currentTab())
            m_libraryPanel->selectPath(tab->path());
        updateCenter();
        updateActions();
        updateTitle();
        updateStatus();
        updatePreview();
    });
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
        [this](int index) { closeTab(qobject_cast<EditorTab *>(m_tabs->widget(index))); });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateChat);
    // Local model servers and model lists are looked up once the window is up, never delaying it.
    QTimer::singleShot(0, m_chatProviders, [this] {
        m_chatProviders->detectLocalServers();
        m_chatProviders->refreshModels();
    });
    restoreSettings();
    updateActions();
    updateCenter();
}

void MainWindow::updateCenter()
{
    m_center->setCurrentWidget(m_tabs->count() > 0 ? static_cast<QWidget *>(m_tabs) : m_welcome);
}

MainWindow::~MainWindow()
{
    delete m_recovery;
}

void MainWindow::createDocks()
{
    m_libraryPanel = new LibraryPanel(m_library, this);
    connect(m_libraryPanel, &LibraryPanel::openRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_libraryPanel, &LibraryPanel::exportRequested, this, &MainWindow::showExportDialog);
    connect(m_library, &LibraryModel::scanFinished, this, &MainWindow::updatePreview); // the card's scope
    auto *left = new QDockWidget(tr("Library"), this);
    left->setObjectName(QStringLiteral("LibraryDock"));
    left->setWidget(m_libraryPanel);
    addDockWidget(Qt::LeftDockWidgetArea, left);
    // The user's own agents are always part of the library, as they are for Claude Code.
    const QString userAgents = QDir::homePath() + QStringLiteral("/.claude/agents");
    if (QFileInfo(userAgents).isDir())
        m_library->addFolder(AgentScope::User, userAgents);

    m_preview = new PreviewPane(this);
    m_previewWorker->setDebounceInterval(60);
    connect(m_previewWorker, &PreviewWorker::ready, this, &MainWindow::showPreview);
    connect(m_preview, &PreviewPane::darkPaletteChanged, this, [this](bool dark) {
        m_previewWorker->setOptions({ dark });
        updatePreview();
    });
    m_previewWorker->setOptions({ m_preview->isDarkPalette() });
    m_chatProviders = new ChatProviders(QString(), QString(), this);
    m_chat = new ChatPane(m_chatProviders, this);
    m_chat->setAutosavePath(ChatPane::autosavePathIn(QFileInfo(m_recovery->sessionDir()).absolutePath()));
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setDocumentMode(true);
    m_sideTabs->addTab(m_preview, tr("Preview"));
    m_sideTabs->addTab(m_chat, tr("Chat"));
    m_triggers = new TriggersPane(m_library, this);
    m_sideTabs->addTab(m_triggers, tr("Triggers"));
    // A hidden page's minimum width must not widen the dock and squeeze the editor.
    for (int i = 0; i < m_sideTabs->count(); ++i)
        m_sideTabs->widget(i)->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *right = new QDockWidget(tr("Preview"), this);
    right->setObjectName(QStringLiteral("PreviewDock"));
    right->setWidget(m_sideTabs);
    addDockWidget(Qt::RightDockWidgetArea, right);

    m_problems = new ProblemsPane(this);
    auto *bottom = new QDockWidget(tr("Problems"), this);
    bottom->setObjectName(QStringLiteral("ProblemsDock"));
    bottom->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, bottom);
    resizeDocks({ left, right }, { 260, 440 }, Qt::Horizontal);
    resizeDocks({ bottom }, { 130 }, Qt::Vertical);
    connect(m_problems, &ProblemsPane::activated, this, [this](int line, int column) {
        EditorTab *tab = currentTab();
        if (!tab)
            return;
        tab->showSource();
        tab->sourceEdit()->goToLine(line, column);
        tab->sourceEdit()->setFocus();
    });
    connect(m_problems, &ProblemsPane::fixRequested, this, [this](const TextFix &fix) {
        if (EditorTab *tab = currentTab())
            tab->buffer()->applyFix(fix);
    });
}

QAction *makeAction(QObject *parent, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, parent);
    action->setShortcut(shortcut);
    return action;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    const QList<QPair<QString, QString>> templates { { QStringLiteral("blank"), tr("&Blank Agent") },
        { QStringLiteral("reviewer"), tr("&Reviewer") }, { QStringLiteral("planner"), tr("&Planner") },
        { QStringLiteral("classic-example"), tr("Classic <&example> Style") } };
    for (const auto &t : templates) {
        QAction *a = newMenu->addAction(t.second, this, [this, name = t.first] { newFromTemplate(name); });
        if (t.first == QLatin1String("blank")) {
            a->setShortcut(QKeySequence::New);
            m_actions.insert(QStringLiteral("new"), a);
        }
    }
    m_actions.insert(QStringLiteral("open"), file->addAction(tr("&Open…"), QKeySequence::Open, this, [this] {
        const QStringList paths
            = QFileDialog::getOpenFileNames(this, tr("Open Agent"), QString(), tr("Agent files (*.md);;All files (*)"));
        for (const QString &p : paths)
            openFile(p);
    }));
    file->addAction(tr("Open &Folder…"), QKeySequence(tr("Ctrl+Shift+O")), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Agent Folder"));
        if (!dir.isEmpty())
            openLibrary(dir);
    });
    file->addAction(tr("Add &Plugin Agents Folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Plugin's agents Folder"));
        if (!dir.isEmpty())
            m_library->addFolder(AgentScope::Plugin, dir);
    });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    file->addSeparator();
    m_actions.insert(
        QStringLiteral("save"), file->addAction(tr("&Save"), QKeySequence::Save, this, [this] { save(currentTab()); }));
    m_actions.insert(QStringLiteral("saveAs"),
        file->addAction(tr("Save &As…"), QKeySequence::SaveAs, this, [this] { saveAs(currentTab()); }));
    // Some platforms' key schemes (Windows, and so the offscreen platform) have no Save As key.
    if (m_actions.value(QStringLiteral("saveAs"))->shortcut().isEmpty())
        m_actions.value(QStringLiteral("saveAs"))->setShortcut(QKeySequence(tr("Ctrl+Shift+S")));
    m_actions.insert(QStringLiteral("saveAll"),
        file->addAction(tr("Save A&ll"), QKeySequence(tr("Ctrl+Alt+S")), this, [this] { saveAll(); }));
    m_actions.insert(QStringLiteral("revert"), file->addAction(tr("Re&vert"), this, [this] { revert(currentTab()); }));
    m_actions.insert(QStringLiteral("close"),
        file->addAction(tr("&Close"), QKeySequence::Close, this, [this] { closeTab(currentTab()); }));
    file->addSeparator();
    m_actions.insert(QStringLiteral("export"),
        file->addAction(
            tr("&Export…"), QKeySequence(tr("Ctrl+E")), this, [this] { showExportDialog(QString(), false); }));
    file->addAction(tr("&Import…"), this, &MainWindow::showImportDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_actions.insert(QStringLiteral("undo"), edit->addAction(tr("&Undo"), QKeySequence::Undo, this, [this] {
        if (EditorTab *tab = currentTab())
            tab->buffer()->textDocument()->undo();
    }));
    m_actions.insert(QStringLiteral("redo"), edit->addAction(tr("&Redo"), QKeySequence::Redo, this, [this] {
        if (EditorTab *tab = currentTab())
            tab->buffer()->textDocument()->redo();
    }));

    edit->addSeparator();
    auto findIn = [this](void (FindBar::*show)()) {
        if (EditorTab *tab = currentTab()) {
            tab->showSource();
            (tab->findBar()->*show)();
        }
    };
    m_actions.insert(QStringLiteral("find"),
        edit->addAction(tr("&Find…"), QKeySequence::Find, this, [findIn] { findIn(&FindBar::showFind); }));
    m_actions.insert(QStringLiteral("replace"),
        edit->addAction(
            tr("R&eplace…"), QKeySequence(tr("Ctrl+H")), this, [findIn] { findIn(&FindBar::showReplace); }));
    m_actions.insert(QStringLiteral("goToLine"),
        edit->addAction(
            tr("&Go to Line…"), QKeySequence(tr("Ctrl+G")), this, [findIn] { findIn(&FindBar::showGoToLine); }));
    for (const QString &name : { QStringLiteral("find"), QStringLiteral("replace"), QStringLiteral("goToLine") })
        m_actions.value(name)->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] { showPreferences(); });
    preferences->setShortcut(QKeySequence(tr("Ctrl+,"))); // Cmd+, on macOS
    preferences->setMenuRole(QAction::PreferencesRole);
    m_actions.insert(QStringLiteral("preferences"), preferences);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_actions.insert(QStringLiteral("showForm"), view->addAction(tr("&Form"), QKeySequence(tr("Ctrl+1")), this, [this] {
        if (EditorTab *tab = currentTab())
            tab->showForm();
    }));
    m_actions.insert(
        QStringLiteral("showSource"), view->addAction(tr("&Source"), QKeySequence(tr("Ctrl+2")), this, [this] {
            if (EditorTab *tab = currentTab())
                tab->showSource();
        }));
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *themeMenu = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(this);
    themeGroup->setObjectName(QStringLiteral("ThemeGroup"));
    const QString current = QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    for (const auto &[mode, label] : { std::pair { Theme::Mode::System, tr("Follow &System") },
             std::pair { Theme::Mode::Light, tr("&Light") }, std::pair { Theme::Mode::Dark, tr("&Dark") } }) {
        QAction *a = themeMenu->addAction(label, this, [mode = mode] {
            Theme::apply(mode);
            QSettings().setValue(QStringLiteral("view/theme"), Theme::toString(mode));
        });
        a->setCheckable(true);
        a->setData(Theme::toString(mode));
        a->setChecked(Theme::toString(mode) == current);
        themeGroup->addAction(a);
    }

    QMenu *triggers = menuBar()->addMenu(tr("&Triggers"));
    triggers->addAction(m_triggers->runAction());
    triggers->addAction(m_triggers->cancelAction());
    triggers->addSeparator();
    triggers->addAction(m_triggers->exportAction());
    m_actions.insert(QStringLiteral("runTriggers"), m_triggers->runAction());
    connect(m_triggers->runAction(), &QAction::triggered, this, [this] {
        m_sideTabs->setCurrentWidget(m_triggers);
        if (auto *dock = findChild<QDockWidget *>(QStringLiteral("PreviewDock"))) {
            dock->show();
            dock->raise();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User Guide"), QKeySequence::HelpContents, this, [this] { HelpDialogs::showUserGuide(this); });
    help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        QList<QAction *> all;
        for (QAction *menuAction : menuBar()->actions()) {
            if (QMenu *menu = menuAction->menu()) {
                for (QAction *a : menu->actions()) {
                    all.append(a);
                    if (a->menu())
                        all.append(a->menu()->actions());
                }
            }
        }
        HelpDialogs::showShortcuts(this, all);
    });
    help->addSeparator();
    help->addAction(tr("&About Agent Workbench"), this, [this] {
        QMessageBox::about(this, tr("About Agent Workbench"),
            tr("<h3>Agent Workbench %1</h3><p>Author, test, route and export subagents for "
               "coding agents.</p>")
                .arg(QApplication::applicationVersion()));
    });

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->addAction(m_actions.value(QStringLiteral("new")));
    bar->addAction(m_actions.value(QStringLiteral("open")));
    bar->addAction(m_actions.value(QStringLiteral("save")));
    bar->addSeparator();
    // The chat's provider and model; the agent's own model is preselected (updateChat()).
    m_modelSelector = new ModelSelector(m_chatProviders, bar);
    bar->addWidget(m_modelSelector);
    connect(m_modelSelector, &ModelSelector::choiceChanged, m_chat, &ChatPane::setPrimaryChoice);
    m_triggers->setModelSource(m_chatProviders, m_modelSelector); // the model simulation asks this model
    m_chat->setPrimaryChoice(m_modelSelector->current());
    QAction *providers = bar->addAction(tr("Providers…"), this, [this] {
        ProviderSettingsDialog dialog(m_chatProviders, this);
        dialog.exec();
    });
    providers->setToolTip(tr("Add and edit model providers and their keys"));
    providers->setObjectName(QStringLiteral("ProvidersAction"));
    m_actions.insert(QStringLiteral("providers"), providers);
    bar->addSeparator();
    bar->addAction(m_triggers->runAction());
    bar->addAction(m_actions.value(QStringLiteral("export")));
    rebuildRecentMenu();
}

void MainWindow::showPreferences()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The theme may have changed in the dialog: keep View ▸ Theme in step.
    const QString theme = QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    if (auto *group = findChild<QActionGroup *>(QStringLiteral("ThemeGroup"))) {
        for (QAction *a : group->actions())
            a->setChecked(a->data().toString() == theme);
    }
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the docks at their preferred widths, the editor gets the rest (once the
        // window has its size).
        QTimer::singleShot(0, this, [this] {
            resizeDocks({ findChild<QDockWidget *>(QStringLiteral("LibraryDock")),
                            findChild<QDockWidget *>(QStringLiteral("PreviewDock")) },
                { 240, 460 }, Qt::Horizontal);
        });
    }
    // The editor is what the window is for: docks never squeeze it below a usable width.
    m_center->setMinimumWidth(420);
}

EditorTab *MainWindow::currentTab() const
{
    return qobject_cast<EditorTab *>(m_tabs->currentWidget());
}

QList<EditorTab *> MainWindow::tabs() const
{
    QList<EditorTab *> out;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *tab = qobject_cast<EditorTab *>(m_tabs->widget(i)))
            out.append(tab);
    }
    return out;
}

EditorTab *MainWindow::tabForPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (EditorTab *tab : tabs()) {
        if (tab->path() == absolute)
            return tab;
    }
    return nullptr;
}

void MainWindow::addTab(EditorTab *tab)
{
    m_tabs->addTab(tab, tab->title());
    m_tabs->setCurrentWidget(tab);
    connect(tab, &EditorTab::titleChanged, this, [this, tab] {
        m_tabs->setTabText(m_tabs->indexOf(tab), tab->title());
        updateTitle();
        updateActions();
    });
    connect(tab, &EditorTab::edited, this, [this, tab] {
        if (tab == currentTab()) {
            updatePreview();
            updateStatus();
        }
        m_tabs->setTabText(m_tabs->indexOf(tab), tab->title());
        if (tab->isModified())
            m_autosave->start();
    });
    connect(tab->sourceEdit(), &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updateStatus);
    connect(tab, &EditorTab::edited, this, [this, tab] {
        if (tab == currentTab())
            updateChat();
    });
    // Unsaved descriptions move the lexical trigger results live.
    connect(
        tab, &EditorTab::edited, m_triggers, [this, tab] { m_triggers->documentEdited(tab->buffer()->document()); });
    if (!tab->path().isEmpty())
        m_watcher->addPath(tab->path());
    updatePreview();
}

bool MainWindow::openFile(const QString &path)
{
    if (EditorTab *existing = tabForPath(path)) {
        m_tabs->setCurrentWidget(existing);
        return true;
    }
    auto *tab = new EditorTab(this);
    QString error;
    if (!tab->openFile(path, &error)) {
        delete tab;
        showError(error);
        return false;
    }
    addTab(tab);
    addRecent(tab->path());
    // A file from a project's (or the user's) agents folder brings its library along.
    const qsizetype agentsAt = tab->path().lastIndexOf(QLatin1String("/.claude/agents/"));
    if (agentsAt >= 0 && !m_library->indexForPath(tab->path()).isValid()) {
        const QString folder = tab->path().left(agentsAt) + QStringLiteral("/.claude/agents");
        const bool user = QFileInfo(folder) == QFileInfo(QDir::homePath() + QStringLiteral("/.claude/agents"));
        m_library->addFolder(user ? AgentScope::User : AgentScope::Project, folder);
    }
    return true;
}

void MainWindow::openLibrary(const QString &folder)
{
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        showError(tr("%1 is not a folder.").arg(folder));
        return;
    }
    const QString agents = LibraryModel::agentsFolderFor(folder);
    const QString home = QDir::homePath() + QStringLiteral("/.claude/agents");
    const AgentScope scope = QFileInfo(agents).absoluteFilePath() == QFileInfo(home).absoluteFilePath()
        ? AgentScope::User
        : AgentScope::Project;
    m_library->addFolder(scope, agents);
    m_triggers->setSuiteFolder(folder);
    statusBar()->showMessage(tr("Reading agents in %1…").arg(agents), 3000);
    // Something to look at right away: the first agent, once the library is read.
    if (tabs().isEmpty()) {
        auto *once = new QObject(this);
        connect(m_library, &LibraryModel::scanFinished, once, [this, once, agents] {
            once->deleteLater();
            if (!tabs().isEmpty())
                return;
            for (int g = 0; g < m_library->rowCount(); ++g) {
                const QModelIndex group = m_library->index(g, 0);
                for (int r = 0; r < m_library->rowCount(group); ++r) {
                    const QString path = m_library->index(r, 0, group).data(LibraryModel::FilePathRole).toString();
                    if (path.startsWith(agents)) {
                        openFile(path);
                        return;
                    }
                }
            }
        });
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir())
            openLibrary(path);
        else if (!path.isEmpty())
            openFile(path);
    }
    event->acceptProposedAction();
}

EditorTab *MainWindow::newFromTemplate(const QString &templateName)
{
    QFile file(QStringLiteral(":/templates/%1.md").arg(templateName));
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The template '%1' is missing from this build.").arg(templateName));
        return nullptr;
    }
    auto *tab = new EditorTab(this);
    tab->openText(file.readAll(), QString(), false);
    addTab(tab);
    return tab;
}

bool MainWindow::save(EditorTab *tab)
{
    if (!tab)
        return false;
    if (tab->path().isEmpty())
        return saveAs(tab);
    m_watcher->removePath(tab->path());
    QString error;
    const bool ok = tab->save(QString(), &error);
    m_watcher->addPath(tab->path());
    if (!ok) {
        showError(error);
        return false;
    }
    m_recovery->remove(tab->id());
    statusBar()->showMessage(tr("Saved %1").arg(tab->path()), 3000);
    return true;
}

bool MainWindow::saveAs(EditorTab *tab)
{
    if (!tab)
        return false;
    QString suggestion = tab->path();
    if (suggestion.isEmpty())
        suggestion = (tab->buffer()->document().name().isEmpty() ? tr("agent") : tab->buffer()->document().name())
            + QStringLiteral(".md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Agent As"), suggestion, tr("Agent files (*.md)"));
    if (path.isEmpty())
        return false;
    if (!tab->path().isEmpty())
        m_watcher->removePath(tab->path());
    QString error;
    if (!tab->save(path, &error)) {
        showError(error);
        return false;
    }
    m_watcher->addPath(tab->path());
    m_recovery->remove(tab->id());
    addRecent(tab->path());
    return true;
}

bool MainWindow::saveAll()
{
    bool ok = true;
    for (EditorTab *tab : tabs()) {
        if (tab->isModified())
            ok = save(tab) && ok;
    }
    return ok;
}

void MainWindow::revert(EditorTab *tab)
{
    if (!tab || tab->path().isEmpty())
        return;
    if (tab->isModified()
        && QMessageBox::question(this, tr("Revert"), tr("Discard your changes to %1?").arg(tab->title()))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!tab->revert(&error))
        showError(error);
}

bool MainWindow::closeTab(EditorTab *tab)
{
    if (!tab)
        return false;
    if (tab->isModified()) {
        m_tabs->setCurrentWidget(tab);
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("%1 has unsaved changes. Save them before closing?").arg(tab->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(tab)))
            return false;
    }
    if (!tab->path().isEmpty())
        m_watcher->removePath(tab->path());
    m_recovery->remove(tab->id());
    m_tabs->removeTab(m_tabs->indexOf(tab));
    tab->deleteLater();
    updateActions();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (EditorTab *tab : tabs()) {
        if (!tab->isModified())
            continue;
        m_tabs->setCurrentWidget(tab);
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("%1 has unsaved changes. Save them before quitting?").arg(tab->title()),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(tab))) {
            event->ignore();
            return;
        }
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

void MainWindow::autosaveNow()
{
    for (EditorTab *tab : tabs()) {
        if (!tab->isModified()) {
            m_recovery->remove(tab->id());
            continue;
        }
        QString error;
        if (!m_recovery->save(tab->id(), tab->path(), tab->title(), tab->buffer()->bytesToSave(), &error))
            statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 5000);
    }
}

int MainWindow::offerRecovery(bool ask)
{
    const QList<RecoveryStore::Entry> entries = m_recovery->orphans();
    if (entries.isEmpty())
        return 0;
    if (ask) {
        QStringList names;
        for (const auto &e : entries)
            names.append(e.originalPath.isEmpty() ? e.title : e.originalPath);
        const auto answer = QMessageBox::question(this, tr("Restore Unsaved Work"),
            tr("Agent Workbench did not close properly last time. Restore the unsaved changes to:\n\n%1")
                .arg(names.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer != QMessageBox::Yes) {
            m_recovery->discardOrphans(entries);
            return 0;
        }
    }
    for (const auto &e : entries) {
        auto *tab = new EditorTab(this);
        QString error;
        if (!e.originalPath.isEmpty() && QFileInfo::exists(e.originalPath) && tab->openFile(e.originalPath, &error))
            tab->buffer()->replaceText(QString::fromUtf8(e.content));
        else
            tab->openText(e.content, e.originalPath, true);
        addTab(tab);
    }
    m_recovery->discardOrphans(entries);
    autosaveNow();
    return int(entries.size());
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    EditorTab *tab = tabForPath(path);
    if (!tab)
        return;
    // Atomic replacements drop the watch; keep watching the path.
    if (QFileInfo::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        // Keep the text as unsaved work: closing asks, Save writes it back, autosave keeps it now.
        tab->setMissingOnDisk(!QFileInfo::exists(path));
        autosaveNow();
        statusBar()->showMessage(tr("%1 was removed or cannot be read; your text is kept.").arg(path), 8000);
        return;
    }
    tab->setMissingOnDisk(false);
    const QByteArray bytes = file.readAll();
    if (bytes == tab->diskBytes())
        return; // our own save, or a touch
    if (!tab->isModified()) {
        QString error;
        tab->openFile(path, &error);
        statusBar()->showMessage(tr("Reloaded %1: it changed on disk.").arg(path), 5000);
        return;
    }
    m_tabs->setCurrentWidget(tab);
    const auto answer = QMessageBox::question(this, tr("File Changed on Disk"),
        tr("%1 was changed by another program, and you have unsaved changes here.\n\nReload it and lose your "
           "changes, or keep your version?")
            .arg(path),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes) {
        QString error;
        tab->openFile(path, &error);
    }
}

void MainWindow::showError(const QString &message)
{
    statusBar()->showMessage(message, 10000);
    if (isVisible())
        QMessageBox::warning(this, tr("Agent Workbench"), message);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(RecentKey).toStringList();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (int i = 0; i < recent.size(); ++i) {
        m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(recent.at(i)), this,
            [this, path = recent.at(i)] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateActions()
{
    EditorTab *tab = currentTab();
    for (const QString &name : { QStringLiteral("save"), QStringLiteral("saveAs"), QStringLiteral("close"),
             QStringLiteral("undo"), QStringLiteral("redo"), QStringLiteral("showForm"), QStringLiteral("showSource"),
             QStringLiteral("find"), QStringLiteral("replace"), QStringLiteral("goToLine") })
        m_actions.value(name)->setEnabled(tab != nullptr);
    m_actions.value(QStringLiteral("revert"))->setEnabled(tab && !tab->path().isEmpty());
    m_actions.value(QStringLiteral("saveAll"))->setEnabled(!tabs().isEmpty());
}

void MainWindow::updateTitle()
{
    EditorTab *tab = currentTab();
    setWindowTitle(tab ? tr("%1 — Agent Workbench").arg(tab->title()) : tr("Agent Workbench"));
}

void MainWindow::updateStatus()
{
    EditorTab *tab = currentTab();
    if (!tab) {
        m_position->clear();
        m_loadState->clear();
        return;
    }
    const QTextCursor cursor = tab->sourceEdit()->textCursor();
    m_position->setText(tr("Line %1, Column %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
    const AgentDocument &doc = tab->buffer()->document();
    const QString state
        = doc.loads() ? tr("✓ Loads in Claude Code") : tr("✗ Skipped by Claude Code: %1").arg(doc.skipMessage());
    // Shortened to leave the messages room; the whole reason is in the tooltip and the Problems pane.
    m_loadState->setText(m_loadState->fontMetrics().elidedText(
        state, Qt::ElideRight, 60 * m_loadState->fontMetrics().averageCharWidth()));
    m_loadState->setToolTip(plainToolTip(state));
}

void MainWindow::updatePreview()
{
    EditorTab *tab = currentTab();
    if (!tab) {
        m_preview->clear();
        m_problems->setDiagnostics({});
        return;
    }
    // The card names where the agent comes from: its library scope, else a lone file.
    QString scope = tab->path().isEmpty() ? tr("Unsaved") : tr("File");
    const QModelIndex entry = tab->path().isEmpty() ? QModelIndex() : m_library->indexForPath(tab->path());
    if (entry.isValid()) {
        const auto s = AgentScope(entry.data(LibraryModel::ScopeRole).toInt());
        scope = s == AgentScope::User ? tr("User") : s == AgentScope::Plugin ? tr("Plugin") : tr("Project");
    }
    const quint64 serial = m_previewWorker->request(tab->buffer()->text(), tab->path(), scope);
    m_previewRequests.insert(serial, tab);
}

void MainWindow::showPreview(const Preview &preview)
{
    const QPointer<EditorTab> tab = m_previewRequests.take(preview.serial);
    // Requests that were replaced before they ran never answer; forget them.
    for (auto it = m_previewRequests.begin(); it != m_previewRequests.end();) {
        if (it.key() < preview.serial)
            it = m_previewRequests.erase(it);
        else
            ++it;
    }
    if (!tab)
        return;
    // Underlines belong to the text they were computed from; newer text gets them on its own build.
    if (preview.document.text() == tab->buffer()->text())
        tab->sourceEdit()->setDiagnostics(preview.diagnostics);
    if (tab != currentTab())
        return;
    m_preview->setPreview(preview);
    m_problems->setDiagnostics(preview.diagnostics);
}

void MainWindow::showExportDialog(const QString &agentPath, bool wholeLibrary)
{
    EditorTab *tab = agentPath.isEmpty() ? currentTab() : tabForPath(agentPath);
    // An open agent is exported as edited, unsaved changes included.
    const AgentDocument current = tab ? AgentDocument::fromText(tab->buffer()->text(), tab->path())
        : agentPath.isEmpty()         ? AgentDocument()
                                      : AgentDocument::fromFile(agentPath);
    ExportDialog dialog(current, ExportDialog::libraryFiles(m_library), this);
    if (wholeLibrary)
        dialog.setScope(ExportDialog::Scope::Library);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(dialog.statusText(), 8000);
}

void MainWindow::showImportDialog()
{
    const QString project = currentTab() ? QFileInfo(currentTab()->path()).absolutePath() : QString();
    ImportDialog dialog(project.endsWith(QLatin1String("/.claude/agents"))
            ? project
            : QDir::homePath() + QStringLiteral("/.claude/agents"),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(dialog.statusText(), 8000);
    openLibrary(dialog.destination());
}

void MainWindow::updateChat()
{
    EditorTab *tab = currentTab();
    if (!tab)
        return;
    const AgentDocument &document = tab->buffer()->document();
    ChatAgent agent;
    agent.key = tab->path().isEmpty() ? tab->id() : tab->path();
    agent.name = document.name();
    agent.path = tab->path();
    agent.editedBody = document.body();
    agent.hasSavedFile = !tab->path().isEmpty();
    if (agent.hasSavedFile)
        agent.savedBody = AgentDocument::fromBytes(tab->diskBytes(), tab->path()).body();
    agent.initialPrompt = document.scalarField(QStringLiteral("initialPrompt"));
    agent.model = ModelAliases::defaults().resolve(document.model());
    m_chat->setAgent(agent);
    // The agent's model is the default choice; a choice the person made stays until it changes.
    const QString wanted = agent.key + QLatin1Char('\n') + agent.model;
    if (wanted != m_chatAgentModel) {
        m_chatAgentModel = wanted;
        m_modelSelector->preselectModel(agent.model);
    }
}

} // namespace awb
