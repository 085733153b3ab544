#include "libraryarchive.h"

#include "agentexporter.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/quazipnewinfo.h>

#include <QBuffer>
#include <QDir>
#include <QSaveFile>
#include <QSet>

namespace awb {

bool LibraryArchive::isSafeEntryName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QLatin1Char(':')) || name.contains(QChar(0)))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return false;
    }
    return QDir::cleanPath(name) == name || (name.endsWith(QLatin1Char('/')) && QDir::cleanPath(name) + '/' == name);
}

bool LibraryArchive::write(const QString &zipPath, const QList<ExportedFile> &files, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Built in memory (a library is a few megabytes at most), then saved under its name in one
    // step, so a failure never leaves half an archive behind.
    QByteArray bytes;
    QBuffer device(&bytes);
    device.open(QIODevice::ReadWrite);
    QuaZip zip(&device);
    if (!zip.open(QuaZip::mdCreate))
        return fail(QStringLiteral("cannot create %1 (zip error %2)").arg(zipPath).arg(zip.getZipError()));
    for (const ExportedFile &file : files) {
        if (!isSafeEntryName(file.relativePath))
            return fail(QStringLiteral("'%1' is not a path inside the archive").arg(file.relativePath));
        QuaZipFile out(&zip);
        QuaZipNewInfo info(file.relativePath);
        info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        if (!out.open(QIODevice::WriteOnly, info) || out.write(file.content) != file.content.size())
            return fail(QStringLiteral("cannot add %1 to %2").arg(file.relativePath, zipPath));
        out.close();
        if (out.getZipError() != 0)
            return fail(QStringLiteral("cannot add %1 to %2 (zip error %3)")
                            .arg(file.relativePath, zipPath)
                            .arg(out.getZipError()));
    }
    zip.close();
    if (zip.getZipError() != 0)
        return fail(QStringLiteral("cannot finish %1 (zip error %2)").arg(zipPath).arg(zip.getZipError()));
    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(zipPath, file.errorString()));
    return true;
}

LibraryArchive::ReadResult LibraryArchive::read(const QString &zipPath, const Limits &limits)
{
    ReadResult result;
    auto fail = [&result, &zipPath](const QString &message) {
        result.errorString = zipPath + QStringLiteral(": ") + message + QStringLiteral("; nothing was imported");
        result.entries.clear();
        return result;
    };
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(QStringLiteral("not a zip file that can be read"));
    if (zip.getEntriesCount() > limits.maxEntries)
        return fail(QStringLiteral("%1 entries; a library of agents has at most %2")
                        .arg(zip.getEntriesCount())
                        .arg(limits.maxEntries));
    const double mb = 1024 * 1024;
    qint64 total = 0;
    int count = 0;
    QSet<QString> seen;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (++count > limits.maxEntries)
            return fail(QStringLiteral("more than %1 entries").arg(limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(QStringLiteral("damaged (cannot read entry %1)").arg(count));
        if (!isSafeEntryName(info.name))
            return fail(QStringLiteral("the entry '%1' would be written outside the output folder").arg(info.name));
        if (info.isSymbolicLink())
            return fail(
                QStringLiteral("the entry '%1' is a symbolic link, which a library never holds").arg(info.name));
        if (info.name.endsWith(QLatin1Char('/')))
            continue;
        if (seen.contains(info.name.toCaseFolded()))
            return fail(QStringLiteral("the entry '%1' appears twice").arg(info.name));
        seen.insert(info.name.toCaseFolded());
        // Compared unsigned: a zip64 size of 2^63 or more would be negative as a qint64.
        if (info.uncompressedSize > quint64(limits.maxEntryBytes))
            return fail(QStringLiteral("'%1' unpacks to %2 MB; an agent file is at most %3 MB")
                            .arg(info.name)
                            .arg(double(info.uncompressedSize) / mb, 0, 'f', 1)
                            .arg(double(limits.maxEntryBytes) / mb, 0, 'f', 1));
        if (total + qint64(info.uncompressedSize) > limits.maxTotalBytes)
            return fail(QStringLiteral("unpacks to more than %1 MB; a library of agents is smaller")
                            .arg(double(limits.maxTotalBytes) / mb, 0, 'f', 1));
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read '%1' (encrypted or damaged)").arg(info.name));
        // The declared size may lie: read what it declares (within the limit, checked above) and
        // one byte more to notice. Not the limit itself: QIODevice::read(n) reserves n bytes
        // rounded up, which every entry kept (8 MB each for agent files of a few kilobytes).
        QByteArray content = file.read(qint64(info.uncompressedSize) + 1);
        const bool moreData = !file.atEnd();
        file.close();
        content.squeeze();
        if (content.size() > qint64(info.uncompressedSize) || moreData)
            return fail(QStringLiteral("'%1' unpacks to more than its declared %2 bytes")
                            .arg(info.name)
                            .arg(info.uncompressedSize));
        if (file.getZipError() != 0 || qint64(content.size()) != qint64(info.uncompressedSize))
            return fail(QStringLiteral("'%1' is damaged (its size or checksum does not match)").arg(info.name));
        total += content.size();
        if (total > limits.maxTotalBytes)
            return fail(QStringLiteral("unpacks to more than %1 MB; a library of agents is smaller")
                            .arg(double(limits.maxTotalBytes) / mb, 0, 'f', 1));
        result.entries.append({ info.name, content });
    }
    if (zip.getZipError() != 0)
        return fail(QStringLiteral("damaged (zip error %1)").arg(zip.getZipError()));
    result.ok = true;
    return result;
}

} // namespace awb
