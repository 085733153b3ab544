#include "recoverystore.h"

#include "agent/agentdocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace awb {

QString RecoveryStore::defaultRoot()
{
    const QString overridden = qEnvironmentVariable("AWB_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

RecoveryStore::RecoveryStore(const QString &rootDir)
    : m_root(rootDir)
{
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_sessionDir = m_root + QLatin1Char('/') + session;
    QDir().mkpath(m_sessionDir);
    QFile::setPermissions(m_root, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_lock = std::make_unique<QLockFile>(m_sessionDir + QStringLiteral("/.lock"));
    m_lock->setStaleLockTime(0);
    m_lock->tryLock(0);
    // Sessions that died with nothing unsaved leave only an empty folder behind.
    for (const QString &session : QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = m_root + QLatin1Char('/') + session;
        if (dir == m_sessionDir || !QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty())
            continue;
        QLockFile stale(dir + QStringLiteral("/.lock"));
        stale.setStaleLockTime(0);
        if (stale.tryLock(0)) {
            stale.unlock();
            QDir(dir).removeRecursively();
        }
    }
}

RecoveryStore::~RecoveryStore()
{
    // A clean exit leaves nothing to recover.
    m_lock->unlock();
    QDir(m_sessionDir).removeRecursively();
}

bool RecoveryStore::save(const QString &id, const QString &originalPath, const QString &title,
                         const QByteArray &content, QString *error)
{
    QSaveFile data(m_sessionDir + QLatin1Char('/') + id + QStringLiteral(".md"));
    if (!data.open(QIODevice::WriteOnly) || data.write(content) != content.size() || !data.commit()) {
        if (error)
            *error = data.errorString();
        return false;
    }
    const QJsonObject meta{{QStringLiteral("originalPath"), originalPath},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile metaFile(m_sessionDir + QLatin1Char('/') + id + QStringLiteral(".json"));
    if (!metaFile.open(QIODevice::WriteOnly) || metaFile.write(QJsonDocument(meta).toJson()) < 0
        || !metaFile.commit()) {
        if (error)
            *error = metaFile.errorString();
        return false;
    }
    return true;
}

void RecoveryStore::remove(const QString &id)
{
    QFile::remove(m_sessionDir + QLatin1Char('/') + id + QStringLiteral(".md"));
    QFile::remove(m_sessionDir + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const
{
    QList<Entry> out;
    const QDir root(m_root);
    for (const QString &session : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString dir = root.filePath(session);
        if (dir == m_sessionDir)
            continue;
        QLockFile lock(dir + QStringLiteral("/.lock"));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // its instance is still running
        lock.unlock();
        const QDir sessionDir(dir);
        // The snapshot is what matters: an instance killed between writing it and its metadata
        // (on a tab's first autosave) left no .json, and the text is offered all the same.
        for (const QString &dataName : sessionDir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            const QString id = dataName.chopped(3);
            QFile data(sessionDir.filePath(dataName));
            if (!data.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = data.readAll();
            QFile meta(sessionDir.filePath(id + QStringLiteral(".json")));
            const QJsonObject o = meta.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(meta.readAll()).object()
                                                                 : QJsonObject();
            QString title = o.value(QLatin1String("title")).toString();
            if (title.isEmpty())
                title = AgentDocument::fromBytes(content).name();
            if (title.isEmpty())
                title = id;
            const QDateTime savedAt = o.contains(QLatin1String("savedAt"))
                ? QDateTime::fromString(o.value(QLatin1String("savedAt")).toString(), Qt::ISODate)
                : QFileInfo(data).lastModified();
            out.append({id, o.value(QLatin1String("originalPath")).toString(), title, savedAt, content, dir});
        }
    }
    return out;
}

void RecoveryStore::discardOrphans(const QList<Entry> &entries)
{
    QStringList dirs;
    for (const Entry &e : entries) {
        QFile::remove(e.sessionDir + QLatin1Char('/') + e.id + QStringLiteral(".md"));
        QFile::remove(e.sessionDir + QLatin1Char('/') + e.id + QStringLiteral(".json"));
        if (!dirs.contains(e.sessionDir))
            dirs.append(e.sessionDir);
    }
    for (const QString &dir : dirs) {
        if (QDir(dir).entryList({QStringLiteral("*.md")}, QDir::Files).isEmpty())
            QDir(dir).removeRecursively();
    }
}

} // namespace awb
