#include "export/agentdata.h"
#include "export/agentexporter.h"
#include "export/agentimporter.h"
#include "export/targetmaps.h"
#include "export/tomlwriter.h"

#include "agent/modelaliases.h"
#include "library/agentfinder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void reportCoversEveryField_data();
    void reportCoversEveryField();
    void roundTripCorpus_data();
    void roundTripCorpus();
    void fileNames();
    void toml();
    void cliClashAndOverwrite();
    void cliReadOnlyFolder();
    void cliBadInput();

private:
    static AgentDocument full();
};

static QString dataDir()
{
    return QStringLiteral(AWB_SOURCE_DIR "/tests/export/data");
}

AgentDocument TestExport::full()
{
    return AgentDocument::fromFile(dataDir() + QStringLiteral("/full.md"));
}

static void addFormats()
{
    QTest::addColumn<int>("format");
    for (const ExportFormatInfo &info : ExportFormats::all())
        QTest::newRow(qPrintable(info.id)) << int(info.format);
}

void TestExport::golden_data()
{
    addFormats();
}

void TestExport::golden()
{
    QFETCH(int, format);
    const AgentDocument doc = full();
    QVERIFY(doc.loads());
    const ExportedFile file = AgentExporter::exportAgent(doc, ExportFormat(format));
    const QString actual = QStringLiteral("path: ") + file.relativePath + QStringLiteral("\n--- content\n")
        + QString::fromUtf8(file.content) + QStringLiteral("--- report\n") + file.report.toText() + QLatin1Char('\n');
    const QString goldenPath = dataDir() + QStringLiteral("/golden/") + ExportFormats::info(ExportFormat(format)).id
        + QStringLiteral(".txt");
    if (qEnvironmentVariableIntValue("AWB_UPDATE_GOLDEN")) {
        QDir().mkpath(dataDir() + QStringLiteral("/golden"));
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath));
    QCOMPARE(actual, QString::fromUtf8(golden.readAll()));
}

void TestExport::reportCoversEveryField_data()
{
    addFormats();
}

void TestExport::reportCoversEveryField()
{
    QFETCH(int, format);
    const AgentDocument doc = full();
    const ExportedFile file = AgentExporter::exportAgent(doc, ExportFormat(format));
    // Every field the agent has is accounted for exactly once: carried, mapped or dropped.
    QStringList reported;
    for (const ExportReport::Item &item : file.report.items)
        reported.append(item.field);
    QStringList present = AgentData::fromDocument(doc).presentFields();
    present.sort();
    QStringList sortedReported = reported;
    sortedReported.sort();
    QCOMPARE(sortedReported, present);
}

void TestExport::roundTripCorpus_data()
{
    QTest::addColumn<int>("format");
    for (const ExportFormatInfo &info : ExportFormats::all()) {
        if (info.importable)
            QTest::newRow(qPrintable(info.id)) << int(info.format);
    }
}

void TestExport::roundTripCorpus()
{
    QFETCH(int, format);
    const ExportFormat f = ExportFormat(format);
    QStringList files = AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"));
    files.append(dataDir() + QStringLiteral("/full.md"));
    int checked = 0;
    for (const QString &path : files) {
        const AgentDocument doc = AgentDocument::fromFile(path);
        if (!doc.loads())
            continue;
        const AgentData original = AgentData::fromDocument(doc);
        const ExportedFile file = AgentExporter::exportAgent(doc, f);
        const AgentImporter::Result back = AgentImporter::import(file.content, f, file.relativePath);
        QVERIFY2(back.ok, qPrintable(path + QStringLiteral(": ") + back.errorString));
        QCOMPARE(back.agents.size(), 1);
        const AgentData &again = back.agents.first().agent;
        const QStringList dropped = file.report.droppedFields();
        if (f != ExportFormat::Gemini)
            QCOMPARE(again.name, original.name);
        QCOMPARE(again.description, original.description);
        QCOMPARE(again.body, original.body);
        if (!dropped.contains(QStringLiteral("model")) && !original.model.isEmpty())
            QCOMPARE(ModelAliases::defaults().resolve(again.model), ModelAliases::defaults().resolve(original.model));
        if (!dropped.contains(QStringLiteral("maxTurns")))
            QCOMPARE(again.maxTurns, original.maxTurns);
        if (f == ExportFormat::ClaudeCode || f == ExportFormat::ClaudeCodeStrict || f == ExportFormat::AgentsJson) {
            QCOMPARE(again.allTools, original.allTools);
            QCOMPARE(again.tools, original.tools);
            QCOMPARE(again.permissionMode, original.permissionMode);
            if (f != ExportFormat::AgentsJson)
                QCOMPARE(again.color, original.color);
        }
        const TargetMaps::Pairs *map = f == ExportFormat::OpenCode ? &TargetMaps::openCodeTools()
            : f == ExportFormat::Copilot                            ? &TargetMaps::copilotTools()
            : f == ExportFormat::Gemini                             ? &TargetMaps::geminiTools()
                                                                    : nullptr;
        if (map && !original.allTools) {
            // Every tool the target knows comes back (aliases may bring siblings along).
            for (const QString &tool : original.tools) {
                if (!TargetMaps::forward(*map, tool).isEmpty())
                    QVERIFY2(again.tools.contains(ToolList::baseName(tool)),
                             qPrintable(path + QStringLiteral(": ") + tool + QStringLiteral(" lost")));
            }
        }
        // What comes back is a Claude Code file that loads.
        const AgentDocument written = AgentDocument::fromText(again.toClaudeMarkdown());
        QVERIFY2(written.loads(), qPrintable(path + QStringLiteral(": ") + written.skipMessage()));
        QCOMPARE(written.readMode(), AgentDocument::ReadMode::Strict);
        ++checked;
    }
    QVERIFY(checked >= 200);
}

void TestExport::fileNames()
{
    QString why;
    QVERIFY(AgentExporter::isPortableFileName(QStringLiteral("code-reviewer")));
    QVERIFY(!AgentExporter::isPortableFileName(QStringLiteral("a/b"), &why));
    QVERIFY(why.contains(QLatin1Char('/')));
    QVERIFY(!AgentExporter::isPortableFileName(QStringLiteral("CON")));
    QVERIFY(!AgentExporter::isPortableFileName(QStringLiteral("what?")));
    QVERIFY(!AgentExporter::isPortableFileName(QStringLiteral(".hidden")));
    const AgentDocument doc = AgentDocument::fromText(
        QStringLiteral("---\nname: \"Review: Code/Style?\"\ndescription: d\n---\nb\n"));
    QVERIFY(doc.loads());
    const ExportedFile file = AgentExporter::exportAgent(doc, ExportFormat::OpenCode);
    QCOMPARE(file.relativePath, QStringLiteral(".opencode/agent/review-code-style.md"));
    QVERIFY(file.report.warnings.join(QLatin1Char(' ')).contains(QLatin1String("cannot be a file name")));
}

void TestExport::toml()
{
    TomlWriter w;
    w.add(QStringLiteral("name"), QStringLiteral("a \"quoted\" \\ name\twith tab"));
    w.addMultiline(QStringLiteral("body"), QStringLiteral("line one\nit's ''' tricky\n"));
    w.addMultiline(QStringLiteral("plain"), QStringLiteral("two\nlines"));
    const TomlReader::Result r = TomlReader::read(w.text());
    QVERIFY2(r.ok, qPrintable(r.errorString));
    QCOMPARE(r.values.size(), 3);
    QCOMPARE(r.values.at(0).second.toString(), QStringLiteral("a \"quoted\" \\ name\twith tab"));
    QCOMPARE(r.values.at(1).second.toString(), QStringLiteral("line one\nit's ''' tricky\n"));
    QCOMPARE(r.values.at(2).second.toString(), QStringLiteral("two\nlines"));
    QVERIFY(!TomlReader::read(QStringLiteral("name = \"never closed\n")).ok);
    const TomlReader::Result tables = TomlReader::read(QStringLiteral("name = 'x'\n[mcp_servers.docs]\ncommand = 'y'\n"));
    QVERIFY(tables.ok);
    QCOMPARE(tables.values.size(), 1);
    QCOMPARE(tables.tables, QStringList{QStringLiteral("mcp_servers.docs")});
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

void TestExport::cliClashAndOverwrite()
{
    QTemporaryDir out;
    const QString agent = dataDir() + QStringLiteral("/full.md");
    QCOMPARE(runAwb({QStringLiteral("export"), agent, QStringLiteral("--to"), QStringLiteral("cursor,codex"),
                  QStringLiteral("--out"), out.path()}),
             0);
    const QString target = out.filePath(QStringLiteral(".cursor/agents/full-agent.md"));
    QVERIFY(QFile::exists(target));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral(".codex/agents/full-agent.toml"))));
    // Same content again: unchanged, fine.
    QCOMPARE(runAwb({QStringLiteral("export"), agent, QStringLiteral("--to"), QStringLiteral("cursor"), QStringLiteral("--out"),
                  out.path()}),
             0);
    // A different file in the way is not replaced without --overwrite.
    QFile f(target);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("mine\n");
    f.close();
    QString err;
    QCOMPARE(runAwb({QStringLiteral("export"), agent, QStringLiteral("--to"), QStringLiteral("cursor"), QStringLiteral("--out"),
                  out.path()},
                 &err),
             1);
    QVERIFY(err.contains(QLatin1String("exists and differs")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("mine\n"));
    f.close();
    QCOMPARE(runAwb({QStringLiteral("export"), agent, QStringLiteral("--to"), QStringLiteral("cursor"), QStringLiteral("--out"),
                  out.path(), QStringLiteral("--overwrite")}),
             0);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("---\nname: full-agent"));
}

void TestExport::cliReadOnlyFolder()
{
    // Root writes into folders whatever their mode, so a file stands where the folder must go
    // (tst_exportwriter covers read-only folders for other users).
    QTemporaryDir out;
    QFile blocker(out.filePath(QStringLiteral(".opencode")));
    QVERIFY(blocker.open(QIODevice::WriteOnly)); // a file where the folder should go
    blocker.close();
    QString err;
    QCOMPARE(runAwb({QStringLiteral("export"), dataDir() + QStringLiteral("/full.md"), QStringLiteral("--to"),
                  QStringLiteral("opencode"), QStringLiteral("--out"), out.path()},
                 &err),
             2);
    QVERIFY2(err.contains(QLatin1String("cannot")), qPrintable(err));
}

void TestExport::cliBadInput()
{
    QTemporaryDir dir;
    QFile toml(dir.filePath(QStringLiteral("bad.toml")));
    QVERIFY(toml.open(QIODevice::WriteOnly));
    toml.write("name = \"open\ndescription = 'x'\n");
    toml.close();
    QString err;
    QCOMPARE(runAwb({QStringLiteral("import"), toml.fileName(), QStringLiteral("--out"), dir.filePath(QStringLiteral("out"))},
                 &err),
             2);
    QVERIFY(err.contains(QLatin1String("line")));
    QCOMPARE(runAwb({QStringLiteral("export"), dataDir() + QStringLiteral("/full.md"), QStringLiteral("--to"),
                  QStringLiteral("nonsense"), QStringLiteral("--out"), dir.path()},
                 &err),
             2);
    QVERIFY(err.contains(QLatin1String("unknown format")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
