// libFuzzer target for the library archive reader that `awb import` and the Import dialog read
// .zip files with: any bytes, saved as a .zip, must be refused with a message or give entries
// that stay inside the folder they are unpacked into, within the size limits (in memory too).
// Accepted entries are then unpacked into a fresh folder (as an unpacker trusting the reader
// would) and imported the way `awb import` does; nothing may appear outside the output folder.
// An accepted archive, written again, reads back the same.
#include "export/exportwriter.h"
#include "export/importsource.h"
#include "export/libraryarchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "%s: %s\n", what, qPrintable(detail));
    std::abort();
}

// Small limits, so that inputs of a few kilobytes (a deflated run of zeros, many tiny entries)
// reach them.
awb::LibraryArchive::Limits tightLimits()
{
    awb::LibraryArchive::Limits limits;
    limits.maxEntries = 16;
    limits.maxEntryBytes = 64 * 1024;
    limits.maxTotalBytes = 128 * 1024;
    return limits;
}

// The sandbox holds the archive and, three folders down, the output folder, so that a name
// climbing out of it by up to three levels lands where strayFiles() sees it.
struct Sandbox
{
    QTemporaryDir dir;
    QString zip;
    QString out;
    QString imported;
};

Sandbox &sandbox()
{
    static Sandbox s = [] {
        Sandbox made;
        if (!made.dir.isValid())
            fail("cannot make a temporary folder", made.dir.errorString());
        made.zip = made.dir.filePath(QStringLiteral("input.zip"));
        made.out = made.dir.filePath(QStringLiteral("a/b/c/out"));
        made.imported = made.dir.filePath(QStringLiteral("a/b/c/imported"));
        return made;
    }();
    return s;
}

// The same rules as LibraryArchive::isSafeEntryName, written independently with plain string tests.
void checkName(const QString &name)
{
    if (!awb::LibraryArchive::isSafeEntryName(name))
        fail("accepted an entry its own check calls unsafe", name);
    if (name.isEmpty())
        fail("accepted an empty name", name);
    if (name.startsWith(QLatin1Char('/')))
        fail("accepted an absolute name", name);
    if (name.contains(QLatin1Char('\\')))
        fail("accepted a backslash", name);
    if (name.contains(QChar(0)))
        fail("accepted a NUL in a name", name);
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        fail("accepted a drive letter", name);
    if (name.endsWith(QLatin1Char('/')))
        fail("handed out a folder entry", name);
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            fail("accepted a '..' segment", name);
    }
}

void checkAccepted(const awb::LibraryArchive::ReadResult &r, const awb::LibraryArchive::Limits &limits)
{
    if (!r.errorString.isEmpty())
        fail("accepted with an error message", r.errorString);
    if (r.entries.size() > limits.maxEntries)
        fail("more entries than the limit", QString::number(r.entries.size()));
    qint64 total = 0;
    QSet<QString> seen;
    for (const awb::LibraryArchive::Entry &e : r.entries) {
        checkName(e.path);
        if (e.content.size() > limits.maxEntryBytes)
            fail("an entry over the entry limit", e.path);
        // The limits are there to bound memory, so an entry may not hold on to much more than its bytes.
        if (e.content.capacity() > 2 * e.content.size() + 4096)
            fail("an entry keeps far more memory than its bytes",
                e.path + QStringLiteral(": %1 bytes in %2").arg(e.content.size()).arg(e.content.capacity()));
        total += e.content.size();
        const QString key = e.path.toCaseFolded();
        if (seen.contains(key))
            fail("the same entry twice", e.path);
        seen.insert(key);
    }
    if (total > limits.maxTotalBytes)
        fail("more bytes than the total limit", QString::number(total));
}

// Every path under the sandbox except the archives and what lies under the two output folders.
QStringList strayFiles(const Sandbox &s)
{
    static const QStringList expected { QStringLiteral("input.zip"), QStringLiteral("a"), QStringLiteral("a/b"),
        QStringLiteral("a/b/c"), QStringLiteral("a/b/c/out"), QStringLiteral("a/b/c/imported") };
    QStringList stray;
    const QDir root(s.dir.path());
    QDirIterator it(s.dir.path(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
        QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = root.relativeFilePath(it.next());
        if (!expected.contains(path) && !path.startsWith(QLatin1String("a/b/c/out/"))
            && !path.startsWith(QLatin1String("a/b/c/imported/")))
            stray.append(path);
    }
    return stray;
}

// What an unpacker that trusts the reader's checks does: each entry at its name under `out`.
void unpack(const awb::LibraryArchive::ReadResult &r, const QString &out)
{
    const QDir root(out);
    for (const awb::LibraryArchive::Entry &e : r.entries) {
        const QString target = QDir::cleanPath(root.absoluteFilePath(e.path));
        if (!target.startsWith(out + QLatin1Char('/')))
            fail("an entry resolves outside the output folder", e.path);
        // A file where a folder should be (entries "a" and "a/b") only fails to write.
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            continue;
        QFile file(target);
        if (file.open(QIODevice::WriteOnly))
            file.write(e.content);
    }
}

// What `awb import ARCHIVE --out DIR` does with the entries once the archive is read.
void import(const awb::LibraryArchive::ReadResult &r, const QString &out)
{
    QList<awb::ImportSource::File> files;
    for (const awb::LibraryArchive::Entry &e : r.entries) {
        if (awb::ImportSource::isAgentFile(e.path))
            files.append({ e.path, e.content });
    }
    const awb::ImportSource::Converted converted = awb::ImportSource::convert(files, std::nullopt);
    if (converted.files.isEmpty())
        return;
    const QList<awb::PlannedFile> plan = awb::ExportWriter::plan(out, converted.files);
    for (const awb::PlannedFile &p : plan) {
        if (!p.target.startsWith(out + QLatin1Char('/')))
            fail("an imported agent is planned outside the output folder", p.target);
    }
    (void)awb::ExportWriter::write(plan, awb::ExportWriter::Overwrite::Skip);
}

void checkRewrite(const awb::LibraryArchive::ReadResult &r, const Sandbox &s)
{
    QList<awb::ExportedFile> files;
    for (const awb::LibraryArchive::Entry &e : r.entries)
        files.append({ e.path, e.content, {} });
    const QString again = s.dir.filePath(QStringLiteral("again.zip"));
    QString error;
    if (!awb::LibraryArchive::write(again, files, &error))
        fail("accepted entries cannot be written again", error);
    const awb::LibraryArchive::ReadResult back = awb::LibraryArchive::read(again);
    if (!back.ok)
        fail("an archive written from accepted entries is refused", back.errorString);
    if (back.entries.size() != r.entries.size())
        fail("written again, the archive has another number of entries", QString::number(back.entries.size()));
    for (qsizetype i = 0; i < r.entries.size(); ++i) {
        if (back.entries.at(i).path != r.entries.at(i).path || back.entries.at(i).content != r.entries.at(i).content)
            fail("written again, an entry changed", r.entries.at(i).path);
    }
    QFile::remove(again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Sandbox &s = sandbox();
    {
        QFile zip(s.zip);
        if (!zip.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || zip.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            fail("cannot write the input", zip.errorString());
    }
    const awb::LibraryArchive::Limits limits = tightLimits();
    const awb::LibraryArchive::ReadResult r = awb::LibraryArchive::read(s.zip, limits);
    if (!r.ok) {
        if (r.errorString.isEmpty())
            fail("refused without a message", QString());
        if (!r.entries.isEmpty())
            fail("refused but handed out entries", r.errorString);
        return 0;
    }
    checkAccepted(r, limits);

    // Within the default (larger) limits the same archive reads the same.
    const awb::LibraryArchive::ReadResult loose = awb::LibraryArchive::read(s.zip);
    if (!loose.ok)
        fail("accepted within small limits but refused within the default ones", loose.errorString);
    checkAccepted(loose, awb::LibraryArchive::Limits());
    if (loose.entries.size() != r.entries.size())
        fail("another number of entries within the default limits", QString::number(loose.entries.size()));
    for (qsizetype i = 0; i < r.entries.size(); ++i) {
        if (loose.entries.at(i).path != r.entries.at(i).path || loose.entries.at(i).content != r.entries.at(i).content)
            fail("an entry reads differently within the default limits", r.entries.at(i).path);
    }

    QDir(s.dir.filePath(QStringLiteral("a"))).removeRecursively();
    if (!QDir().mkpath(s.out) || !QDir().mkpath(s.imported))
        fail("cannot make the output folders", s.out);
    unpack(r, s.out);
    import(r, s.imported);
    checkRewrite(r, s);
    const QStringList stray = strayFiles(s);
    if (!stray.isEmpty())
        fail("files appeared outside the output folders", stray.join(QLatin1String(", ")));
    return 0;
}
