#include "exportwriter.h"

#include "libraryarchive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryFile>

#include <filesystem>

namespace awb {

namespace {

// Case-insensitive file systems (Windows, macOS) would put these in the same place.
QString clashKey(const QString &path)
{
    return QDir::cleanPath(path).toCaseFolded();
}

bool wouldWrite(const PlannedFile &p, ExportWriter::Overwrite overwrite)
{
    return p.state == PlannedFile::State::New
        || (p.state == PlannedFile::State::Differs && overwrite == ExportWriter::Overwrite::Replace);
}

// The folders mkpath() would create for `dir`, outermost first.
QStringList missingFolders(const QString &dir)
{
    QStringList missing;
    QString d = QDir::cleanPath(dir);
    while (!QFileInfo::exists(d)) {
        missing.prepend(d);
        const QString up = QFileInfo(d).path();
        if (up == d)
            break;
        d = up;
    }
    return missing;
}

} // namespace

QString ExportWriter::whyNotWritable(const QString &path)
{
    const QFileInfo target(path);
    if (target.exists()) {
        if (target.isDir())
            return QStringLiteral("%1 is a folder").arg(path);
        if (!target.isWritable())
            return QStringLiteral("%1 is read-only").arg(path);
    }
    QString dir = target.absolutePath();
    while (!QFileInfo::exists(dir)) {
        const QString up = QFileInfo(dir).path();
        if (up == dir)
            return QStringLiteral("%1 does not exist").arg(dir);
        dir = up;
    }
    const QFileInfo existing(dir);
    if (!existing.isDir())
        return QStringLiteral("%1 is a file, so the folder %2 cannot be created").arg(dir, target.absolutePath());
    if (!existing.isWritable())
        return QStringLiteral("the folder %1 is read-only").arg(dir);
    return {};
}

QList<PlannedFile> ExportWriter::plan(const QString &folder, const QList<ExportedFile> &files)
{
    QList<PlannedFile> out;
    QHash<QString, QByteArray> seen; // clash key -> what goes there first
    const QDir root(folder);
    for (const ExportedFile &file : files) {
        PlannedFile p;
        p.file = file;
        p.target = QDir::cleanPath(root.absoluteFilePath(file.relativePath));
        if (!LibraryArchive::isSafeEntryName(file.relativePath)) {
            p.problem = QStringLiteral("'%1' would be written outside %2").arg(file.relativePath, folder);
            out.append(p);
            continue;
        }
        const QString key = clashKey(p.target);
        if (seen.contains(key)) {
            // The same bytes twice (one agent reached twice) is no loss; different bytes are.
            p.state = PlannedFile::State::Duplicate;
            if (seen.value(key) != file.content)
                p.problem = QStringLiteral("an earlier agent also goes to %1, so %2 is not written")
                                .arg(file.relativePath, file.report.agent);
            out.append(p);
            continue;
        }
        seen.insert(key, file.content);
        const QFileInfo info(p.target);
        if (info.exists() && !info.isDir()) {
            QFile existing(p.target);
            if (existing.size() <= qMax<qint64>(file.content.size(), 16 * 1024 * 1024)
                && existing.open(QIODevice::ReadOnly)) {
                p.onDisk = existing.readAll();
                p.state = p.onDisk == file.content ? PlannedFile::State::Unchanged : PlannedFile::State::Differs;
            } else {
                p.state = PlannedFile::State::Differs;
            }
        }
        if (p.state != PlannedFile::State::Unchanged)
            p.problem = whyNotWritable(p.target);
        out.append(p);
    }
    return out;
}

ExportWriter::Result ExportWriter::write(const QList<PlannedFile> &plan, Overwrite overwrite)
{
    Result result;
    for (const PlannedFile &p : plan) {
        if (wouldWrite(p, overwrite) && !p.problem.isEmpty()) {
            result.errorString = QStringLiteral("cannot write %1: %2; nothing was written").arg(p.target, p.problem);
            return result;
        }
    }
    // First every file goes to a temporary file next to its target; only when all of them are
    // there do they take their names, so a failure half-way leaves the disk as it was.
    QStringList createdFolders;
    QList<QPair<QString, QString>> staged; // temporary file -> target
    auto rollBack = [&] {
        for (const auto &s : std::as_const(staged))
            QFile::remove(s.first);
        for (auto it = createdFolders.crbegin(); it != createdFolders.crend(); ++it)
            QDir().rmdir(*it);
    };
    for (const PlannedFile &p : plan) {
        if (!wouldWrite(p, overwrite))
            continue;
        const QString dir = QFileInfo(p.target).absolutePath();
        const QStringList missing = missingFolders(dir);
        if (!QDir().mkpath(dir)) {
            rollBack();
            result.errorString = QStringLiteral("cannot create the folder %1; nothing was written").arg(dir);
            return result;
        }
        createdFolders.append(missing);
        QTemporaryFile temp(dir + QStringLiteral("/.") + QFileInfo(p.target).fileName() + QStringLiteral(".XXXXXX"));
        temp.setAutoRemove(false);
        if (!temp.open() || temp.write(p.file.content) != p.file.content.size() || !temp.flush()) {
            const QString why = temp.errorString();
            if (!temp.fileName().isEmpty())
                QFile::remove(temp.fileName());
            rollBack();
            result.errorString = QStringLiteral("cannot write %1: %2; nothing was written").arg(p.target, why);
            return result;
        }
        temp.close();
        const QFile::Permissions keep = QFileInfo::exists(p.target)
            ? QFile::permissions(p.target)
            : QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
        QFile::setPermissions(temp.fileName(), keep);
        staged.append({ temp.fileName(), p.target });
    }
    for (int i = 0; i < staged.size(); ++i) {
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(staged.at(i).first.toStdU16String()),
            std::filesystem::path(staged.at(i).second.toStdU16String()), ec);
        if (ec) {
            for (int j = i; j < staged.size(); ++j)
                QFile::remove(staged.at(j).first);
            result.errorString
                = QStringLiteral("cannot write %1: %2").arg(staged.at(i).second, QString::fromStdString(ec.message()));
            if (i > 0)
                result.errorString += QStringLiteral(" (%1 files before it were written)").arg(i);
            return result;
        }
    }
    for (const PlannedFile &p : plan) {
        if (wouldWrite(p, overwrite))
            result.outcomes.append(Outcome::Written);
        else if (p.state == PlannedFile::State::Unchanged)
            result.outcomes.append(Outcome::Unchanged);
        else if (p.state == PlannedFile::State::Differs)
            result.outcomes.append(Outcome::Skipped);
        else
            result.outcomes.append(Outcome::NotWritten);
    }
    result.ok = true;
    return result;
}

QList<PlannedFile> ExportWriter::planZip(const QString &zipPath, const QList<ExportedFile> &files)
{
    QList<PlannedFile> out;
    QHash<QString, QByteArray> seen;
    for (const ExportedFile &f : files) {
        PlannedFile p;
        p.file = f;
        p.target = zipPath + QLatin1Char('/') + f.relativePath;
        const QString key = clashKey(f.relativePath);
        if (!seen.contains(key)) {
            seen.insert(key, f.content);
        } else {
            p.state = PlannedFile::State::Duplicate;
            if (seen.value(key) != f.content)
                p.problem = QStringLiteral("an earlier agent also goes to %1, so %2 is not written")
                                .arg(f.relativePath, f.report.agent);
        }
        out.append(p);
    }
    return out;
}

ExportWriter::Result ExportWriter::writeZip(
    const QString &zipPath, const QList<ExportedFile> &files, Overwrite overwrite)
{
    Result result;
    if (QFileInfo::exists(zipPath) && overwrite == Overwrite::Skip) {
        result.errorString = QStringLiteral("%1 exists; not replaced").arg(zipPath);
        return result;
    }
    const QString why = whyNotWritable(zipPath);
    if (!why.isEmpty()) {
        result.errorString = QStringLiteral("cannot write %1: %2").arg(zipPath, why);
        return result;
    }
    QList<ExportedFile> unique;
    for (const PlannedFile &p : planZip(zipPath, files)) {
        const bool first = p.state != PlannedFile::State::Duplicate;
        if (first)
            unique.append(p.file);
        result.outcomes.append(first ? Outcome::Written : Outcome::NotWritten);
        result.problems.append(p.problem);
    }
    if (!QDir().mkpath(QFileInfo(zipPath).absolutePath())
        || !LibraryArchive::write(zipPath, unique, &result.errorString)) {
        if (result.errorString.isEmpty())
            result.errorString = QStringLiteral("cannot create the folder %1").arg(QFileInfo(zipPath).absolutePath());
        result.outcomes.clear();
        result.problems.clear();
        return result;
    }
    result.ok = true;
    return result;
}

QString ExportWriter::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Written:
        return QStringLiteral("written");
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Skipped:
        return QStringLiteral("exists");
    case Outcome::NotWritten:
        return QStringLiteral("not written");
    }
    return {};
}

QString ExportWriter::stateName(PlannedFile::State state)
{
    switch (state) {
    case PlannedFile::State::New:
        return QStringLiteral("new");
    case PlannedFile::State::Unchanged:
        return QStringLiteral("unchanged");
    case PlannedFile::State::Differs:
        return QStringLiteral("differs");
    case PlannedFile::State::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

} // namespace awb
