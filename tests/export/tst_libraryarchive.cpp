#include "export/agentexporter.h"
#include "export/importsource.h"
#include "export/libraryarchive.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace awb;

namespace {

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// One entry of a hand-built archive: whatever name, sizes and attributes a hostile zip could carry.
struct RawEntry
{
    QByteArray name;
    QByteArray data; ///< the bytes stored (already deflated when deflate)
    bool deflate = false;
    qint64 realSize = -1; ///< uncompressed size of data; -1: data.size()
    qint64 declaredSize = -1; ///< what the headers claim; -1: the real size
    quint32 crc = 0; ///< 0: computed from `plain`
    QByteArray plain; ///< the uncompressed bytes, for the checksum
    quint32 externalAttr = 0;
    quint16 madeBy = 20;
};

RawEntry stored(const QByteArray &name, const QByteArray &data)
{
    RawEntry e;
    e.name = name;
    e.data = data;
    e.plain = data;
    return e;
}

RawEntry deflated(const QByteArray &name, const QByteArray &plain)
{
    RawEntry e;
    e.name = name;
    // qCompress gives a 4-byte length, a 2-byte zlib header, raw deflate, a 4-byte Adler-32.
    const QByteArray z = qCompress(plain, 9);
    e.data = z.mid(6, z.size() - 10);
    e.deflate = true;
    e.plain = plain;
    e.realSize = plain.size();
    return e;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

QByteArray buildZip(const QList<RawEntry> &entries)
{
    QByteArray out;
    QByteArray central;
    for (const RawEntry &e : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = e.crc ? e.crc : crc32(e.plain);
        const quint32 real = quint32(e.realSize >= 0 ? e.realSize : e.data.size());
        const quint32 declared = quint32(e.declaredSize >= 0 ? e.declaredSize : real);
        const quint16 method = e.deflate ? 8 : 0;
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, 0);
        put16(out, method);
        put16(out, 0);
        put16(out, 0x21);
        put32(out, crc);
        put32(out, quint32(e.data.size()));
        put32(out, declared);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(e.data);

        put32(central, 0x02014b50);
        put16(central, e.madeBy);
        put16(central, 20);
        put16(central, 0);
        put16(central, method);
        put16(central, 0);
        put16(central, 0x21);
        put32(central, crc);
        put32(central, quint32(e.data.size()));
        put32(central, declared);
        put16(central, quint16(e.name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, e.externalAttr);
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QString writeZip(const QTemporaryDir &dir, const QList<RawEntry> &entries)
{
    const QString path = dir.filePath(QStringLiteral("hostile.zip"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(buildZip(entries));
    return path;
}

const QByteArray Agent = "---\nname: helper\ndescription: Helps.\n---\nYou help.\n";

} // namespace

Q_DECLARE_METATYPE(RawEntry)

class TestLibraryArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void handBuiltZipReads();
    void hostile_data();
    void hostile();
    void limits_data();
    void limits();
    void safeNames_data();
    void safeNames();
    void cliZipExportAndImport();
    void cliRejectsHostileZip();
    void cliZipClash();
};

void TestLibraryArchive::roundTrip()
{
    QTemporaryDir dir;
    QList<ExportedFile> files;
    files.append({ QStringLiteral(".claude/agents/helper.md"), Agent, {} });
    files.append({ QStringLiteral(".codex/agents/helper.toml"), QByteArray("name = \"helper\"\n"), {} });
    const QString zip = dir.filePath(QStringLiteral("lib.zip"));
    QString error;
    QVERIFY2(LibraryArchive::write(zip, files, &error), qPrintable(error));
    const LibraryArchive::ReadResult back = LibraryArchive::read(zip);
    QVERIFY2(back.ok, qPrintable(back.errorString));
    QCOMPARE(back.entries.size(), 2);
    QCOMPARE(back.entries.at(0).path, files.at(0).relativePath);
    QCOMPARE(back.entries.at(0).content, files.at(0).content);
    QCOMPARE(back.entries.at(1).content, files.at(1).content);
    // Unsafe names are refused on writing too, and nothing is left behind.
    const QString bad = dir.filePath(QStringLiteral("bad.zip"));
    QVERIFY(!LibraryArchive::write(bad, { { QStringLiteral("../x.md"), Agent, {} } }, &error));
    QVERIFY(error.contains(QLatin1String("../x.md")));
    QVERIFY(!QFile::exists(bad));
}

void TestLibraryArchive::handBuiltZipReads()
{
    // The hand-built archives below are only meaningful if an honest one reads.
    QTemporaryDir dir;
    const QString path = writeZip(dir, { stored("a/helper.md", Agent), deflated("b/other.md", Agent) });
    const LibraryArchive::ReadResult r = LibraryArchive::read(path);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.entries.size(), 2);
    QCOMPARE(r.entries.at(1).content, Agent);
}

void TestLibraryArchive::hostile_data()
{
    QTest::addColumn<QList<RawEntry>>("entries");
    QTest::addColumn<QString>("message");
    QTest::newRow("parent") << QList<RawEntry> { stored("ok.md", Agent), stored("../evil.md", Agent) }
                            << QStringLiteral("outside the output folder");
    QTest::newRow("nested parent") << QList<RawEntry> { stored("a/../../evil.md", Agent) }
                                   << QStringLiteral("outside the output folder");
    QTest::newRow("absolute") << QList<RawEntry> { stored("/tmp/evil.md", Agent) }
                              << QStringLiteral("outside the output folder");
    QTest::newRow("backslash") << QList<RawEntry> { stored("..\\evil.md", Agent) }
                               << QStringLiteral("outside the output folder");
    QTest::newRow("drive") << QList<RawEntry> { stored("C:/evil.md", Agent) }
                           << QStringLiteral("outside the output folder");
    RawEntry link = stored("agents/link.md", "../../../etc/passwd");
    link.madeBy = quint16(3 << 8 | 20); // made on Unix, so the mode in the attributes counts
    link.externalAttr = quint32(0120777) << 16;
    QTest::newRow("symlink") << QList<RawEntry> { link } << QStringLiteral("symbolic link");
    QTest::newRow("twice") << QList<RawEntry> { stored("a.md", Agent), stored("A.md", Agent) }
                           << QStringLiteral("appears twice");
    RawEntry huge = stored("huge.md", Agent);
    huge.declaredSize = 3'000'000'000LL;
    QTest::newRow("huge declared") << QList<RawEntry> { huge } << QStringLiteral("unpacks to");
    // A bomb that understates its size: 64 MB of zeros declared as 100 bytes.
    RawEntry bomb = deflated("bomb.md", QByteArray(64 * 1024 * 1024, 'a'));
    bomb.declaredSize = 100;
    QTest::newRow("understated bomb") << QList<RawEntry> { bomb } << QStringLiteral("bomb.md");
    RawEntry badCrc = stored("a.md", Agent);
    badCrc.crc = 0x12345678;
    QTest::newRow("checksum") << QList<RawEntry> { badCrc } << QStringLiteral("damaged");
}

void TestLibraryArchive::hostile()
{
    QFETCH(QList<RawEntry>, entries);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = writeZip(dir, entries);
    const LibraryArchive::ReadResult r = LibraryArchive::read(path);
    QVERIFY(!r.ok);
    QVERIFY(r.entries.isEmpty());
    QVERIFY2(r.errorString.contains(message), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(QLatin1String("nothing was imported")), qPrintable(r.errorString));
    const ImportSource::Result source = ImportSource::read(path);
    QVERIFY(!source.ok);
    QVERIFY(source.files.isEmpty());
}

void TestLibraryArchive::limits_data()
{
    QTest::addColumn<QList<RawEntry>>("entries");
    QTest::addColumn<QString>("message");
    QList<RawEntry> many;
    for (int i = 0; i < 6; ++i)
        many.append(stored(QByteArray("a") + QByteArray::number(i) + ".md", Agent));
    QTest::newRow("entries") << many << QStringLiteral("entries");
    // Honest sizes, each under the entry limit, together over the total.
    QList<RawEntry> heavy;
    for (int i = 0; i < 3; ++i)
        heavy.append(deflated(QByteArray("h") + QByteArray::number(i) + ".md", QByteArray(900 * 1024, 'x')));
    QTest::newRow("total") << heavy << QStringLiteral("unpacks to more than 2.0 MB");
    QTest::newRow("entry") << QList<RawEntry> { deflated("big.md", QByteArray(2 * 1024 * 1024, 'x')) }
                           << QStringLiteral("'big.md' unpacks to 2.0 MB; an agent file is at most 1.0 MB");
}

void TestLibraryArchive::limits()
{
    QFETCH(QList<RawEntry>, entries);
    QFETCH(QString, message);
    QTemporaryDir dir;
    LibraryArchive::Limits limits;
    limits.maxEntries = 5;
    limits.maxEntryBytes = 1024 * 1024;
    limits.maxTotalBytes = 2 * 1024 * 1024;
    const LibraryArchive::ReadResult r = LibraryArchive::read(writeZip(dir, entries), limits);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(message), qPrintable(r.errorString));
    // The same archive is fine within the default limits, except for the count of entries.
    if (QByteArray(QTest::currentDataTag()) != "entries")
        QVERIFY(LibraryArchive::read(writeZip(dir, entries)).ok);
}

void TestLibraryArchive::safeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("safe");
    QTest::newRow("plain") << QStringLiteral(".claude/agents/a.md") << true;
    QTest::newRow("folder") << QStringLiteral("agents/") << true;
    QTest::newRow("dotdot") << QStringLiteral("a/../b.md") << false;
    QTest::newRow("dot") << QStringLiteral("./a.md") << false;
    QTest::newRow("double slash") << QStringLiteral("a//b.md") << false;
    QTest::newRow("absolute") << QStringLiteral("/a.md") << false;
    QTest::newRow("backslash") << QStringLiteral("a\\b.md") << false;
    QTest::newRow("colon") << QStringLiteral("c:a.md") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestLibraryArchive::safeNames()
{
    QFETCH(QString, name);
    QFETCH(bool, safe);
    QCOMPARE(LibraryArchive::isSafeEntryName(name), safe);
}

static int runAwb(const QStringList &args, QString *err = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), args);
    p.waitForFinished(60000);
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitCode();
}

static QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

void TestLibraryArchive::cliZipExportAndImport()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("library.zip"));
    QString err;
    QCOMPARE(runAwb({ QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"),
                        QStringLiteral("--to"), QStringLiteral("claude,opencode,codex"), QStringLiteral("--out"), zip },
                 &err),
        0);
    const LibraryArchive::ReadResult r = LibraryArchive::read(zip);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QStringList paths;
    for (const auto &e : r.entries)
        paths.append(e.path);
    QCOMPARE(paths,
        (QStringList { QStringLiteral(".claude/agents/full-agent.md"), QStringLiteral(".opencode/agent/full-agent.md"),
            QStringLiteral(".codex/agents/full-agent.toml") }));
    // Import reads every entry, guessing each format from its path; all three are one agent.
    const QString out = dir.filePath(QStringLiteral("imported"));
    QCOMPARE(runAwb({ QStringLiteral("import"), zip, QStringLiteral("--out"), out }, &err), 2);
    QVERIFY2(err.contains(QLatin1String("an earlier agent also goes to full-agent.md")), qPrintable(err));
    QCOMPARE(filesUnder(out), QStringList { QStringLiteral("full-agent.md") });
    QFile imported(dir.filePath(QStringLiteral("imported/full-agent.md")));
    QVERIFY(imported.open(QIODevice::ReadOnly));
    QVERIFY(imported.readAll().startsWith("---\nname: full-agent\n"));
}

void TestLibraryArchive::cliRejectsHostileZip()
{
    QTemporaryDir dir;
    const QString zip = writeZip(dir, { stored(".claude/agents/ok.md", Agent), stored("../../evil.md", Agent) });
    const QString out = dir.filePath(QStringLiteral("out"));
    QString err;
    QCOMPARE(runAwb({ QStringLiteral("import"), zip, QStringLiteral("--out"), out }, &err), 2);
    QVERIFY2(
        err.contains(QLatin1String("'../../evil.md' would be written outside the output folder")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("../evil.md"))));
}

void TestLibraryArchive::cliZipClash()
{
    QTemporaryDir dir;
    const QString zip = dir.filePath(QStringLiteral("library.zip"));
    QFile f(zip);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("precious");
    f.close();
    const QStringList args { QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"),
        QStringLiteral("--to"), QStringLiteral("claude"), QStringLiteral("--out"), zip };
    QString err;
    QCOMPARE(runAwb(args, &err), 1);
    QVERIFY2(err.contains(QLatin1String("exists; not replaced (use --overwrite)")), qPrintable(err));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("precious"));
    f.close();
    QCOMPARE(runAwb(args + QStringList { QStringLiteral("--overwrite") }, &err), 0);
    QVERIFY(LibraryArchive::read(zip).ok);
}

QTEST_GUILESS_MAIN(TestLibraryArchive)
#include "tst_libraryarchive.moc"
