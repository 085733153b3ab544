#include "export/agentexporter.h"
#include "export/exportwriter.h"
#include "export/importsource.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

namespace {

QStringList filesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(
        dir, QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

QByteArray readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("(missing)");
}

AgentDocument agent(const QString &name)
{
    return AgentDocument::fromText(
        QStringLiteral("---\nname: \"%1\"\ndescription: Reviews code.\ntools: Read, Grep\n---\nYou review.\n")
            .arg(name));
}

struct Awb
{
    int code = -1;
    QString out;
    QString err;
};

Awb runAwb(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), args);
    p.waitForFinished(60000);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

// Makes `dir` unwritable in one of three ways; false when this system cannot (root ignores modes).
bool makeUnwritable(const QString &how, QTemporaryDir &tmp, QString *out)
{
    if (how == QLatin1String("file in the way")) {
        *out = tmp.path();
        return writeText(tmp.filePath(QStringLiteral(".opencode")), "a file, where a folder must go\n");
    }
    if (how == QLatin1String("read-only folder")) {
        *out = tmp.filePath(QStringLiteral("locked"));
        QDir().mkpath(*out);
        QFile::setPermissions(*out, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
        return !QFileInfo(*out).isWritable();
    }
    // A folder no one can create files in, not even root.
    *out = QStringLiteral("/proc/awb-export-test");
    return true;
}

} // namespace

class TestExportWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void planStates();
    void skipOrReplace();
    void unwritable_data();
    void unwritable();
    void cliUnwritable_data() { unwritable_data(); }
    void cliUnwritable();
    void badNames_data();
    void badNames();
    void cliBadNames_data() { badNames_data(); }
    void cliBadNames();
    void cliImportBadNames();
    void cliClashReport();
    void guessFormat_data();
    void guessFormat();
    void cliImportExportedTree();
    void cliUserAgents();
    void importFolderLimits();
};

void TestExportWriter::planStates()
{
    QTemporaryDir dir;
    const ExportedFile same { QStringLiteral("a/same.md"), "same\n", {} };
    const ExportedFile differs { QStringLiteral("a/differs.md"), "new\n", {} };
    const ExportedFile fresh { QStringLiteral("b/new.md"), "new\n", {} };
    ExportedFile twin { QStringLiteral("B/NEW.md"), "other\n", {} };
    twin.report.agent = QStringLiteral("twin");
    const ExportedFile copy { QStringLiteral("b/new.md"), "new\n", {} };
    QVERIFY(writeText(dir.filePath(QStringLiteral("a/same.md")), "same\n"));
    QVERIFY(writeText(dir.filePath(QStringLiteral("a/differs.md")), "old\n"));
    const QList<PlannedFile> plan = ExportWriter::plan(dir.path(), { same, differs, fresh, twin, copy });
    QCOMPARE(plan.size(), 5);
    QCOMPARE(plan.at(0).state, PlannedFile::State::Unchanged);
    QCOMPARE(plan.at(1).state, PlannedFile::State::Differs);
    QCOMPARE(plan.at(1).onDisk, QByteArray("old\n"));
    QCOMPARE(plan.at(2).state, PlannedFile::State::New);
    QCOMPARE(plan.at(2).target, dir.filePath(QStringLiteral("b/new.md")));
    QVERIFY(plan.at(2).problem.isEmpty());
    // Same path on a case-insensitive disk, different bytes: a loss, said in words.
    QCOMPARE(plan.at(3).state, PlannedFile::State::Duplicate);
    QVERIFY2(plan.at(3).problem.contains(QLatin1String("twin is not written")), qPrintable(plan.at(3).problem));
    // The very same file twice is no loss.
    QCOMPARE(plan.at(4).state, PlannedFile::State::Duplicate);
    QVERIFY(plan.at(4).problem.isEmpty());
}

void TestExportWriter::skipOrReplace()
{
    QTemporaryDir dir;
    const QString mine = dir.filePath(QStringLiteral("x.md"));
    QVERIFY(writeText(mine, "mine\n"));
    const QList<ExportedFile> files { { QStringLiteral("x.md"), "exported\n", {} },
        { QStringLiteral("y.md"), "y\n", {} } };
    ExportWriter::Result r = ExportWriter::write(ExportWriter::plan(dir.path(), files), ExportWriter::Overwrite::Skip);
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(
        r.outcomes, (QList<ExportWriter::Outcome> { ExportWriter::Outcome::Skipped, ExportWriter::Outcome::Written }));
    QCOMPARE(readText(mine), QByteArray("mine\n"));
    QCOMPARE(readText(dir.filePath(QStringLiteral("y.md"))), QByteArray("y\n"));
    r = ExportWriter::write(ExportWriter::plan(dir.path(), files), ExportWriter::Overwrite::Replace);
    QVERIFY(r.ok);
    QCOMPARE(r.outcomes,
        (QList<ExportWriter::Outcome> { ExportWriter::Outcome::Written, ExportWriter::Outcome::Unchanged }));
    QCOMPARE(readText(mine), QByteArray("exported\n"));
    // No temporary files are left next to the targets.
    QCOMPARE(filesUnder(dir.path()), (QStringList { QStringLiteral("x.md"), QStringLiteral("y.md") }));
}

void TestExportWriter::unwritable_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("file in the way") << QStringLiteral("file in the way");
    QTest::newRow("read-only folder") << QStringLiteral("read-only folder");
    QTest::newRow("system folder") << QStringLiteral("system folder");
}

void TestExportWriter::unwritable()
{
    QFETCH(QString, how);
    QTemporaryDir tmp;
    QString out;
    if (!makeUnwritable(how, tmp, &out))
        QSKIP("this user can write into folders whatever their mode (root); the other rows cover it");
    const QStringList before = filesUnder(tmp.path());
    const AgentDocument doc = agent(QStringLiteral("reviewer"));
    QList<ExportedFile> files;
    files.append(AgentExporter::exportAgent(doc, ExportFormat::ClaudeCode));
    files.append(AgentExporter::exportAgent(doc, ExportFormat::OpenCode));
    const ExportWriter::Result r
        = ExportWriter::write(ExportWriter::plan(out, files), ExportWriter::Overwrite::Replace);
    QVERIFY(!r.ok);
    QVERIFY2(r.errorString.contains(QLatin1String("nothing was written")), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(out), qPrintable(r.errorString));
    // Not even the Claude Code file, which alone could have been written.
    QCOMPARE(filesUnder(tmp.path()), before);
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestExportWriter::cliUnwritable()
{
    QFETCH(QString, how);
    QTemporaryDir tmp;
    QString out;
    if (!makeUnwritable(how, tmp, &out))
        QSKIP("this user can write into folders whatever their mode (root); the other rows cover it");
    const QStringList before = filesUnder(tmp.path());
    const Awb r = runAwb({ QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"),
        QStringLiteral("--to"), QStringLiteral("claude,opencode"), QStringLiteral("--out"), out });
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("nothing was written")), qPrintable(r.err));
    QCOMPARE(filesUnder(tmp.path()), before);
    QFile::setPermissions(out, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestExportWriter::badNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a-b");
    QTest::newRow("parent") << QStringLiteral("../../evil") << QStringLiteral("evil");
    QTest::newRow("device") << QStringLiteral("CON") << QStringLiteral("agent-con");
    QTest::newRow("colon") << QStringLiteral(":") << QStringLiteral("agent-");
    QTest::newRow("windows") << QStringLiteral("what?*<>|") << QStringLiteral("what");
}

void TestExportWriter::badNames()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    const AgentDocument doc = agent(name);
    QVERIFY(doc.loads());
    for (const ExportFormatInfo &info : ExportFormats::all()) {
        const ExportedFile file = AgentExporter::exportAgent(doc, info.format);
        QCOMPARE(file.relativePath, ExportFormats::relativePath(info.format, fileName));
        QVERIFY2(file.report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("cannot be a file name")),
            qPrintable(info.id));
        // The agent keeps its name inside the file.
        if (info.format == ExportFormat::ClaudeCodeStrict)
            QVERIFY(AgentDocument::fromBytes(file.content).name() == name);
    }
}

void TestExportWriter::cliBadNames()
{
    QFETCH(QString, name);
    QFETCH(QString, fileName);
    QTemporaryDir tmp;
    const QString source = tmp.filePath(QStringLiteral("agents/source.md"));
    QVERIFY(writeText(source, agent(name).text().toUtf8()));
    const QString out = tmp.filePath(QStringLiteral("out"));
    const Awb r = runAwb({ QStringLiteral("export"), source, QStringLiteral("--to"), QStringLiteral("claude,codex"),
        QStringLiteral("--out"), out });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.err.contains(QLatin1String("cannot be a file name")), qPrintable(r.err));
    QCOMPARE(filesUnder(out),
        (QStringList { QStringLiteral(".claude"), QStringLiteral(".claude/agents"),
            QStringLiteral(".claude/agents/") + fileName + QStringLiteral(".md"), QStringLiteral(".codex"),
            QStringLiteral(".codex/agents"), QStringLiteral(".codex/agents/") + fileName + QStringLiteral(".toml") }));
    QCOMPARE(filesUnder(tmp.path()).filter(QLatin1String("evil")).size(), name.contains(QLatin1String("evil")) ? 2 : 0);
}

void TestExportWriter::cliImportBadNames()
{
    // Names from another tool's file never choose where the file goes.
    QTemporaryDir tmp;
    const QString json = tmp.filePath(QStringLiteral("in/agents.json"));
    QVERIFY(writeText(
        json, R"({"../../evil": {"description": "d", "prompt": "p"}, "CON": {"description": "d", "prompt": "p"}})"));
    const QString out = tmp.filePath(QStringLiteral("out"));
    const Awb r = runAwb({ QStringLiteral("import"), json, QStringLiteral("--from"), QStringLiteral("agents-json"),
        QStringLiteral("--out"), out });
    QCOMPARE(r.code, 0);
    QCOMPARE(filesUnder(out), (QStringList { QStringLiteral("agent-con.md"), QStringLiteral("evil.md") }));
    QCOMPARE(filesUnder(tmp.path()).filter(QLatin1String("evil")), QStringList { QStringLiteral("out/evil.md") });
}

void TestExportWriter::cliClashReport()
{
    QTemporaryDir tmp;
    const QString out = tmp.path();
    const QString target = tmp.filePath(QStringLiteral(".cursor/agents/full-agent.md"));
    QVERIFY(writeText(target, "mine\n"));
    const Awb r = runAwb({ QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"),
        QStringLiteral("--to"), QStringLiteral("cursor,gemini"), QStringLiteral("--out"), out,
        QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.code, 1);
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("exists"));
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("path")).toString(), target);
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("written"));
    QVERIFY(files.at(0).toObject().value(QStringLiteral("source")).toString().endsWith(QLatin1String("full.md")));
    QCOMPARE(readText(target), QByteArray("mine\n"));
}

void TestExportWriter::guessFormat_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("format");
    const QByteArray claude = "---\nname: a\ndescription: d\n---\nmode: subagent\n";
    const QByteArray opencode = "---\ndescription: d\nmode: subagent\n---\nBody.\n";
    const QByteArray gemini = "---\nname: a\ndescription: d\nkind: local\n---\nBody.\n";
    QTest::newRow("claude") << QStringLiteral("x/a.md") << claude << int(ExportFormat::ClaudeCode);
    QTest::newRow("opencode by content") << QStringLiteral("x/a.md") << opencode << int(ExportFormat::OpenCode);
    QTest::newRow("gemini by content") << QStringLiteral("x/a.md") << gemini << int(ExportFormat::Gemini);
    QTest::newRow("path wins") << QStringLiteral(".cursor/agents/a.md") << opencode << int(ExportFormat::Cursor);
    QTest::newRow("claude folder") << QStringLiteral("p/.claude/agents/a.md") << gemini
                                   << int(ExportFormat::ClaudeCode);
    QTest::newRow("toml") << QStringLiteral("a.toml") << QByteArray("name = 'a'\n") << int(ExportFormat::Codex);
}

void TestExportWriter::guessFormat()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QFETCH(int, format);
    QCOMPARE(int(ImportSource::guessFormat(path, content)), format);
}

void TestExportWriter::cliImportExportedTree()
{
    // An export folder (hidden .opencode/.codex folders) imports back without naming the format.
    QTemporaryDir tmp;
    const QString tree = tmp.filePath(QStringLiteral("tree"));
    QCOMPARE(runAwb({ QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"),
                        QStringLiteral("--to"), QStringLiteral("opencode"), QStringLiteral("--out"), tree })
                 .code,
        0);
    const QString out = tmp.filePath(QStringLiteral("back"));
    const Awb r = runAwb({ QStringLiteral("import"), tree, QStringLiteral("--out"), out, QStringLiteral("--format"),
        QStringLiteral("json") });
    QCOMPARE(r.code, 0);
    QCOMPARE(filesUnder(out), QStringList { QStringLiteral("full-agent.md") });
    const QJsonArray files = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.at(0).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("opencode"));
    QVERIFY(AgentDocument::fromFile(out + QStringLiteral("/full-agent.md")).loads());
}

void TestExportWriter::cliUserAgents()
{
    // --user writes where each tool reads the user's own agents, under HOME.
    QTemporaryDir home;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"),
        { QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"), QStringLiteral("--to"),
            QStringLiteral("claude,opencode,copilot,gemini,codex"), QStringLiteral("--user") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QStringList files = filesUnder(home.path()).filter(QLatin1String("full-agent"));
    QCOMPARE(files,
        (QStringList { QStringLiteral(".claude/agents/full-agent.md"), QStringLiteral(".codex/agents/full-agent.toml"),
            QStringLiteral(".config/opencode/agent/full-agent.md"),
            QStringLiteral(".copilot/agents/full-agent.agent.md"), QStringLiteral(".gemini/agents/full-agent.md") }));
    // One destination only.
    const Awb both = runAwb(
        { QStringLiteral("export"), QStringLiteral(AWB_SOURCE_DIR "/tests/export/data/full.md"), QStringLiteral("--to"),
            QStringLiteral("claude"), QStringLiteral("--user"), QStringLiteral("--out"), home.path() });
    QCOMPARE(both.code, 2);
    QVERIFY(both.err.contains(QLatin1String("usage")));
}

void TestExportWriter::importFolderLimits()
{
    QTemporaryDir dir;
    for (int i = 0; i < 4; ++i)
        QVERIFY(writeText(
            dir.filePath(QStringLiteral(".hidden/a%1.md").arg(i)), agent(QStringLiteral("a")).text().toUtf8()));
    QVERIFY(writeText(dir.filePath(QStringLiteral("node_modules/x/readme.md")), "not an agent"));
    QVERIFY(writeText(dir.filePath(QStringLiteral("notes.txt")), "not an agent"));
    const ImportSource::Result all = ImportSource::read(dir.path());
    QVERIFY(all.ok);
    QCOMPARE(all.files.size(), 4); // hidden folders read; node_modules and other extensions not
    LibraryArchive::Limits limits;
    limits.maxEntries = 3;
    const ImportSource::Result tooMany = ImportSource::read(dir.path(), limits);
    QVERIFY(!tooMany.ok);
    QVERIFY(tooMany.files.isEmpty());
    QVERIFY2(
        tooMany.errorString.contains(QLatin1String("more than 3 agent-like files")), qPrintable(tooMany.errorString));
    limits.maxEntries = 100;
    limits.maxTotalBytes = 100;
    QVERIFY(!ImportSource::read(dir.path(), limits).ok);
}

QTEST_GUILESS_MAIN(TestExportWriter)
#include "tst_exportwriter.moc"
