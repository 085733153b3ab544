#pragma once

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

namespace awb {

/// Unsaved work kept on disk so a crash or a kill loses nothing. Each running instance writes into
/// its own session folder, guarded by a lock file; a folder whose lock is stale belonged to an
/// instance that died, and its entries are offered for restoring at the next start.
class RecoveryStore
{
public:
    struct Entry
    {
        QString id;
        QString originalPath; ///< empty for a never-saved agent
        QString title;
        QDateTime savedAt;
        QByteArray content;
        QString sessionDir;
    };

    explicit RecoveryStore(const QString &rootDir);
    ~RecoveryStore();

    static QString defaultRoot();

    /// Writes (atomically) or replaces the snapshot for `id`.
    bool save(const QString &id, const QString &originalPath, const QString &title, const QByteArray &content,
              QString *error = nullptr);
    void remove(const QString &id);

    /// Entries left by instances that are no longer running.
    QList<Entry> orphans() const;
    /// Forget orphans (after they were restored or declined).
    void discardOrphans(const QList<Entry> &entries);

    QString sessionDir() const { return m_sessionDir; }

private:
    QString m_root;
    QString m_sessionDir;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace awb
