#include "agentfinder.h"

#include <QDirIterator>
#include <QFileInfo>

namespace awb {

QStringList AgentFinder::filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.md")}, QDir::Files | QDir::Readable | QDir::Hidden,
                    QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(folder).relativeFilePath(path);
        if (rel.contains(QLatin1String("node_modules/")) || rel.startsWith(QLatin1String(".git/"))
            || rel.contains(QLatin1String("/.git/")))
            continue;
        files.append(path);
    }
    files.sort();
    return files;
}

AgentFinder::Result AgentFinder::find(const QStringList &paths)
{
    Result result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            result.errors.append(QStringLiteral("%1: no such file or folder").arg(path));
        } else if (info.isDir()) {
            const QStringList found = filesIn(path);
            if (found.isEmpty())
                result.errors.append(QStringLiteral("%1: no agent files (*.md) in this folder").arg(path));
            result.files.append(found);
        } else {
            result.files.append(path);
        }
    }
    return result;
}

} // namespace awb
