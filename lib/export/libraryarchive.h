#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace awb {

struct ExportedFile;

/// A library as one .zip file (QuaZip underneath). Reading refuses entries that would land
/// outside the output folder (absolute paths, `..`, backslashes, drive letters, symbolic
/// links), duplicate entries, and archives too large to be a library of agents, judged by the
/// bytes that actually come out rather than the sizes the archive declares.
class LibraryArchive
{
public:
    struct Limits
    {
        int maxEntries = 20000;
        qint64 maxEntryBytes = 4 * 1024 * 1024;
        qint64 maxTotalBytes = 256 * 1024 * 1024;
    };
    struct Entry
    {
        QString path; ///< relative, with '/' separators, checked
        QByteArray content;
    };
    struct ReadResult
    {
        bool ok = false;
        QString errorString;
        QList<Entry> entries;
    };

    /// Writes all files or nothing: the archive appears under its name only when complete.
    static bool write(const QString &zipPath, const QList<ExportedFile> &files, QString *error);
    static ReadResult read(const QString &zipPath, const Limits &limits);
    static ReadResult read(const QString &zipPath) { return read(zipPath, Limits()); }
    /// Whether an entry name stays inside the folder it is unpacked into.
    static bool isSafeEntryName(const QString &name);
};

} // namespace awb
