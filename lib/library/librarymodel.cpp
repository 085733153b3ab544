#include "librarymodel.h"

#include "taskcounter.h"

#include "agentfinder.h"

#include "agent/plaintooltip.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMimeData>
#include <QSet>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace awb {

namespace {

quintptr noParent = 0;
TaskCounter scanTasks; ///< for scansAlive()

bool entryLess(const AgentEntry &a, const AgentEntry &b)
{
    const int byName = QString::compare(a.displayName(), b.displayName(), Qt::CaseInsensitive);
    return byName != 0 ? byName < 0 : a.path < b.path;
}

} // namespace

LibraryModel::LibraryModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_groups { { AgentScope::Project, {} }, { AgentScope::User, {} }, { AgentScope::Plugin, {} } }
    , m_fsWatcher(new QFileSystemWatcher(this))
    , m_debounce(new QTimer(this))
{
    // Bursts of changes (a checkout, 10,000 files copied in) become one rescan.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &LibraryModel::rescan);
    connect(m_fsWatcher, &QFileSystemWatcher::directoryChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_fsWatcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFutureWatcher<ScanResult>::finished, this, [this] {
        m_scanInFlight = false;
        applyScan(m_watcher.result());
        if (m_rescanPending) {
            m_rescanPending = false;
            startScan();
        } else {
            Q_EMIT scanFinished();
        }
    });
}

LibraryModel::~LibraryModel()
{
    // No waiting: a scan of a large or slow folder takes seconds. It owns copies of its input and
    // reports only through m_watcher, which goes with the model: a queued scan is skipped, a running
    // one stops at its next file.
    m_stop->store(true);
    m_watcher.cancel();
}

int LibraryModel::scansAlive()
{
    return scanTasks.alive();
}

QString LibraryModel::agentsFolderFor(const QString &folder)
{
    const QString nested = folder + QStringLiteral("/.claude/agents");
    return QFileInfo(nested).isDir() ? QFileInfo(nested).absoluteFilePath() : QFileInfo(folder).absoluteFilePath();
}

void LibraryModel::addFolder(AgentScope scope, const QString &folder)
{
    const QPair<AgentScope, QString> root { scope, QFileInfo(folder).absoluteFilePath() };
    if (!m_roots.contains(root))
        m_roots.append(root);
    rescan();
}

void LibraryModel::removeFolder(AgentScope scope, const QString &folder)
{
    m_roots.removeAll(QPair<AgentScope, QString> { scope, QFileInfo(folder).absoluteFilePath() });
    rescan();
}

void LibraryModel::clear()
{
    m_roots.clear();
    rescan();
}

QStringList LibraryModel::folders(AgentScope scope) const
{
    QStringList out;
    for (const auto &root : m_roots) {
        if (root.first == scope)
            out.append(root.second);
    }
    return out;
}

void LibraryModel::rescan()
{
    if (m_scanInFlight) {
        m_rescanPending = true; // newest state wins: one more scan after this one
        return;
    }
    startScan();
}

bool LibraryModel::isScanning() const
{
    // Not the future's state: it is done before its result reaches the model on this thread.
    return m_scanInFlight || m_rescanPending || m_debounce->isActive();
}

int LibraryModel::agentCount() const
{
    int n = 0;
    for (const Group &g : m_groups)
        n += int(g.entries.size());
    return n;
}

void LibraryModel::startScan()
{
    QHash<QString, AgentEntry> previous;
    for (const Group &g : std::as_const(m_groups)) {
        for (const AgentEntry &e : g.entries)
            previous.insert(e.path, e);
    }
    m_scanInFlight = true;
    m_watcher.setFuture(QtConcurrent::run([roots = m_roots, previous, stop = m_stop, token = scanTasks.token()] {
        return scan(roots, previous, stop.get());
    }));
}

LibraryModel::ScanResult LibraryModel::scan(const QList<QPair<AgentScope, QString>> &roots,
    const QHash<QString, AgentEntry> &previous, const std::atomic_bool *stop)
{
    const auto stopped = [stop] { return stop && stop->load(std::memory_order_relaxed); };
    ScanResult result;
    QList<QPair<AgentScope, QString>> files;
    QSet<QString> seen;
    for (const auto &root : roots) {
        if (stopped())
            return result;
        if (!QFileInfo(root.second).isDir()) {
            result.missingRoots.append(root.second);
            continue;
        }
        result.folders.append(root.second);
        QDirIterator dirs(root.second, QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (dirs.hasNext() && !stopped()) {
            const QString dir = dirs.next();
            if (!dir.contains(QLatin1String("/.git")) && !dir.contains(QLatin1String("/node_modules")))
                result.folders.append(dir);
        }
        for (const QString &file : AgentFinder::filesIn(root.second)) {
            if (!seen.contains(file)) {
                seen.insert(file);
                files.append({ root.first, file });
            }
        }
    }
    // Unchanged files keep their entry; the rest are read in parallel.
    std::function<AgentEntry(const QPair<AgentScope, QString> &)> readOne
        = [&previous, &stopped](const QPair<AgentScope, QString> &file) {
              if (stopped())
                  return AgentEntry();
              const auto it = previous.constFind(file.second);
              if (it != previous.constEnd() && it->scope == file.first) {
                  const QFileInfo info(file.second);
                  if (info.size() == it->size && info.lastModified().toMSecsSinceEpoch() == it->modified) {
                      AgentEntry same = *it;
                      same.shadowedBy.clear();
                      same.collision = false;
                      same.overrides.clear();
                      return same;
                  }
              }
              return AgentEntry::read(file.second, file.first);
          };
    // On a pool of their own: this runs in a thread of the global pool, and a blocking map there would
    // wait for that pool's free threads, which other tasks doing the same may hold (two scans at once
    // on a 2-thread pool waited for each other forever). Its threads only read files.
    static QThreadPool readers;
    result.entries = QtConcurrent::blockingMapped(&readers, files, readOne);
    if (!stopped())
        resolveNames(result.entries);
    return result;
}

void LibraryModel::resolveNames(QList<AgentEntry> &entries)
{
    QHash<QString, QList<int>> byName;
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).loads)
            byName[entries.at(i).name].append(i);
    }
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const QList<int> &indexes = it.value();
        if (indexes.size() < 2)
            continue;
        int best = indexes.first();
        for (int i : indexes) {
            if (int(entries.at(i).scope) > int(entries.at(best).scope))
                best = i;
        }
        const AgentScope winningScope = entries.at(best).scope;
        int sameScope = 0;
        for (int i : indexes)
            sameScope += entries.at(i).scope == winningScope ? 1 : 0;
        for (int i : indexes) {
            AgentEntry &e = entries[i];
            if (e.scope == winningScope) {
                // Claude Code keeps one of them; which one is not defined.
                e.collision = sameScope > 1;
            } else {
                const QString reason = QStringLiteral("(%1 beats %2)")
                                           .arg(scopeName(winningScope).toLower(), scopeName(e.scope).toLower());
                e.shadowedBy = entries.at(best).path + QLatin1Char(' ') + reason;
                // The winner says whom it overrides; same-scope twins share the win.
                for (int w : indexes) {
                    if (entries.at(w).scope == winningScope)
                        entries[w].overrides.append(e.path + QLatin1Char(' ') + reason);
                }
            }
        }
    }
}

void LibraryModel::applyScan(const ScanResult &result)
{
    for (int g = 0; g < m_groups.size(); ++g) {
        QList<AgentEntry> entries;
        for (const AgentEntry &e : result.entries) {
            if (e.scope == m_groups.at(g).scope)
                entries.append(e);
        }
        std::sort(entries.begin(), entries.end(), entryLess);
        applyGroup(g, std::move(entries));
    }
    updateWatches(result.folders);
}

void LibraryModel::applyGroup(int groupRow, QList<AgentEntry> entries)
{
    const QModelIndex parent = index(groupRow, 0);
    QList<AgentEntry> &current = m_groups[groupRow].entries;
    QSet<QString> wanted;
    for (const AgentEntry &e : entries)
        wanted.insert(e.path);
    // Removed files first, bottom up, in contiguous runs.
    for (int i = int(current.size()) - 1; i >= 0;) {
        if (wanted.contains(current.at(i).path)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !wanted.contains(current.at(first - 1).path))
            --first;
        beginRemoveRows(parent, first, i);
        current.remove(first, i - first + 1);
        endRemoveRows();
        i = first - 1;
    }
    QSet<QString> present;
    for (const AgentEntry &e : std::as_const(current))
        present.insert(e.path);
    // Then walk the wanted order: update in place, insert new ones, move the rest by remove+insert.
    for (int i = 0; i < entries.size(); ++i) {
        const AgentEntry &e = entries.at(i);
        if (i < current.size() && current.at(i).path == e.path) {
            if (!(current.at(i) == e)) {
                current[i] = e;
                Q_EMIT dataChanged(index(i, 0, parent), index(i, 0, parent));
            }
            continue;
        }
        if (!present.contains(e.path)) {
            // A run of new files (10,000 copied in at once) is one insertion, not one per file.
            int end = i + 1;
            while (end < entries.size() && !present.contains(entries.at(end).path))
                ++end;
            beginInsertRows(parent, i, end - 1);
            current = current.mid(0, i) + entries.mid(i, end - i) + current.mid(i);
            endInsertRows();
            i = end - 1;
            continue;
        }
        int at = -1;
        for (int k = i + 1; k < current.size(); ++k) {
            if (current.at(k).path == e.path) {
                at = k;
                break;
            }
        }
        if (at >= 0) {
            beginRemoveRows(parent, at, at);
            current.removeAt(at);
            endRemoveRows();
        }
        beginInsertRows(parent, i, i);
        current.insert(i, e);
        endInsertRows();
    }
    if (current.size() > entries.size()) {
        beginRemoveRows(parent, int(entries.size()), int(current.size()) - 1);
        current.resize(entries.size());
        endRemoveRows();
    }
    Q_EMIT dataChanged(parent, parent); // the group's count
}

void LibraryModel::updateWatches(const QStringList &folders)
{
    const QStringList watched = m_fsWatcher->directories();
    QStringList toRemove;
    for (const QString &dir : watched) {
        if (!folders.contains(dir))
            toRemove.append(dir);
    }
    if (!toRemove.isEmpty())
        m_fsWatcher->removePaths(toRemove);
    QStringList toAdd;
    for (const QString &dir : folders) {
        if (!watched.contains(dir))
            toAdd.append(dir);
    }
    if (!toAdd.isEmpty())
        m_fsWatcher->addPaths(toAdd);
    // Files edited in place do not change their folder; watch them while there are few enough.
    QStringList files;
    for (const Group &g : std::as_const(m_groups)) {
        for (const AgentEntry &e : g.entries)
            files.append(e.path);
    }
    const QStringList watchedFiles = m_fsWatcher->files();
    if (!watchedFiles.isEmpty())
        m_fsWatcher->removePaths(watchedFiles);
    if (files.size() <= 2000 && !files.isEmpty())
        m_fsWatcher->addPaths(files);
}

AgentEntry LibraryModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == noParent)
        return {};
    const Group &g = m_groups.at(int(index.internalId()) - 1);
    return index.row() < g.entries.size() ? g.entries.at(index.row()) : AgentEntry();
}

QModelIndex LibraryModel::indexForPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int g = 0; g < m_groups.size(); ++g) {
        for (int i = 0; i < m_groups.at(g).entries.size(); ++i) {
            if (m_groups.at(g).entries.at(i).path == absolute || m_groups.at(g).entries.at(i).path == path)
                return index(i, 0, index(g, 0));
        }
    }
    return {};
}

QModelIndex LibraryModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, 0, noParent) : QModelIndex();
    if (parent.internalId() != noParent || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).entries.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex LibraryModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == noParent)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, noParent);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0 || parent.internalId() != noParent)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int LibraryModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags LibraryModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == noParent)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled;
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == noParent) {
        const Group &g = m_groups.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            const QString scope = g.scope == AgentScope::User ? tr("User")
                : g.scope == AgentScope::Plugin               ? tr("Plugin")
                                                              : tr("Project");
            return tr("%1 (%2)", "scope and number of agents").arg(scope).arg(g.entries.size());
        }
        case ScopeRole:
            return int(g.scope);
        case IsGroupRole:
            return true;
        case Qt::ToolTipRole:
            return plainToolTip(folders(g.scope).join(QLatin1Char('\n')));
        default:
            return {};
        }
    }
    const AgentEntry e = entry(index);
    switch (role) {
    case Qt::DisplayRole:
        return e.displayName();
    case Qt::ToolTipRole: {
        QString tip = e.path;
        if (!e.loads)
            tip += QLatin1Char('\n') + tr("Skipped by Claude Code: %1").arg(e.skipMessage);
        if (!e.shadowedBy.isEmpty())
            tip += QLatin1Char('\n') + tr("Overridden by %1").arg(e.shadowedBy);
        for (const QString &loser : e.overrides)
            tip += QLatin1Char('\n') + tr("Wins over %1").arg(loser);
        if (e.collision)
            tip += QLatin1Char('\n')
                + tr("Another file in this scope declares the name '%1'; Claude Code keeps one of them, "
                     "which one is not defined")
                      .arg(e.name);
        return plainToolTip(tip);
    }
    case FilePathRole:
        return e.path;
    case ColorRole:
        return e.color;
    case ErrorCountRole:
        return e.errors;
    case WarningCountRole:
        return e.warnings;
    case LoadsRole:
        return e.loads;
    case SkipMessageRole:
        return e.skipMessage;
    case ShadowedByRole:
        return e.shadowedBy;
    case CollisionRole:
        return e.collision;
    case ScopeRole:
        return int(e.scope);
    case DescriptionRole:
        return e.description;
    case IsGroupRole:
        return false;
    case OverridesRole:
        return e.overrides;
    case BadgeRole:
        if (!e.loads || e.errors > 0)
            return QStringLiteral("✗ %1").arg(std::max(1, e.errors));
        if (e.collision)
            return QStringLiteral("⇄");
        if (!e.shadowedBy.isEmpty())
            return QStringLiteral("↧");
        if (e.warnings > 0)
            return QStringLiteral("⚠ %1").arg(e.warnings);
        if (!e.overrides.isEmpty())
            return QStringLiteral("↥"); // wins over a same-named agent of a lower scope
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> LibraryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(FilePathRole, "filePath");
    names.insert(ColorRole, "color");
    names.insert(ErrorCountRole, "errors");
    names.insert(WarningCountRole, "warnings");
    names.insert(LoadsRole, "loads");
    names.insert(SkipMessageRole, "skipMessage");
    names.insert(ShadowedByRole, "shadowedBy");
    names.insert(CollisionRole, "collision");
    names.insert(ScopeRole, "scope");
    names.insert(BadgeRole, "badge");
    names.insert(DescriptionRole, "description");
    names.insert(IsGroupRole, "isGroup");
    names.insert(OverridesRole, "overrides");
    return names;
}

QStringList LibraryModel::mimeTypes() const
{
    return { QStringLiteral("text/uri-list") };
}

QMimeData *LibraryModel::mimeData(const QModelIndexList &indexes) const
{
    QList<QUrl> urls;
    for (const QModelIndex &i : indexes) {
        const QString path = data(i, FilePathRole).toString();
        if (!path.isEmpty())
            urls.append(QUrl::fromLocalFile(path));
    }
    auto *mime = new QMimeData;
    mime->setUrls(urls);
    return mime;
}

LibraryFilterModel::LibraryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void LibraryFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool LibraryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString needle = m_text.trimmed();
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(LibraryModel::IsGroupRole).toBool())
        return needle.isEmpty();
    if (needle.isEmpty())
        return true;
    for (int role : { int(Qt::DisplayRole), int(LibraryModel::DescriptionRole), int(LibraryModel::FilePathRole) }) {
        if (index.data(role).toString().contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace awb
