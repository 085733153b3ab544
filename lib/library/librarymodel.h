#pragma once

#include "agententry.h"

#include <QAbstractItemModel>
#include <QFutureWatcher>
#include <QHash>
#include <QSortFilterProxyModel>

#include <atomic>
#include <memory>

class QFileSystemWatcher;
class QTimer;

namespace awb {

/// Folders of agents grouped by scope (Project, User, Plugin), read off the GUI thread and kept
/// up to date with the disk. Names that collide are flagged; across scopes the later scope wins
/// and the loser is shown as shadowed, as in Claude Code.
class LibraryModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        FilePathRole = Qt::UserRole + 1,
        ColorRole,
        ErrorCountRole,
        WarningCountRole,
        LoadsRole,
        SkipMessageRole,
        ShadowedByRole,
        CollisionRole,
        ScopeRole,
        BadgeRole,
        DescriptionRole,
        IsGroupRole,
        OverridesRole, ///< QStringList: the same-named agents this one wins over, and why
    };

    struct ScanResult
    {
        QList<AgentEntry> entries;
        QStringList folders; ///< every folder under the library roots, for watching
        QStringList missingRoots;
    };

    explicit LibraryModel(QObject *parent = nullptr);
    ~LibraryModel() override;

    /// A project folder's agents live in its `.claude/agents/`; any other folder is taken as is.
    static QString agentsFolderFor(const QString &folder);

    void addFolder(AgentScope scope, const QString &folder);
    void removeFolder(AgentScope scope, const QString &folder);
    void clear();
    QStringList folders(AgentScope scope) const;
    /// Re-reads the folders (only files whose size or time changed are read again).
    void rescan();
    bool isScanning() const;
    int agentCount() const;

    AgentEntry entry(const QModelIndex &index) const;
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    /// Pure functions behind the model, public for tests. `scan` returns early, with a partial result,
    /// once `stop` is set.
    static ScanResult scan(const QList<QPair<AgentScope, QString>> &roots, const QHash<QString, AgentEntry> &previous,
        const std::atomic_bool *stop = nullptr);
    static void resolveNames(QList<AgentEntry> &entries);
    /// Scans of all models that still exist (queued, running, or skipped once cancelled). A model being
    /// destroyed does not wait for its scan: it tells it to stop. For tests.
    static int scansAlive();

Q_SIGNALS:
    void scanFinished();

private:
    struct Group
    {
        AgentScope scope;
        QList<AgentEntry> entries;
    };
    void startScan();
    void applyScan(const ScanResult &result);
    void applyGroup(int groupRow, QList<AgentEntry> entries);
    void updateWatches(const QStringList &folders);

    QList<Group> m_groups; ///< display order: Project, User, Plugin
    QList<QPair<AgentScope, QString>> m_roots;
    QFutureWatcher<ScanResult> m_watcher;
    /// Set when the model goes: the scan holds copies of its input and reports only through m_watcher.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    bool m_rescanPending = false;
    bool m_scanInFlight = false; ///< from startScan() until its result is applied
    QFileSystemWatcher *m_fsWatcher;
    QTimer *m_debounce;
};

/// Filters agents by name, description and path; a scope stays while any of its agents match.
class LibraryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LibraryFilterModel(QObject *parent = nullptr);
    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
};

} // namespace awb
