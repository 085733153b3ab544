#include "agent/agentdocument.h"
#include "library/agentfinder.h"
#include "triggers/triggerlibrary.h"
#include "triggers/triggersuite.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

// Suites: the stored format, imports (text, CSV, JSON) with their edge cases, example prompts, where the
// suite of a library lives, and example extraction over the shared corpus.
class TestTriggerSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saveAndLoad();
    void loadMissingFileIsEmpty();
    void badSuites_data();
    void badSuites();
    void csv_data();
    void csv();
    void csvErrors_data();
    void csvErrors();
    void text();
    void jsonImports_data();
    void jsonImports();
    void importFileByExtension();
    void examplePrompts();
    void allPromptsSkipsDuplicates();
    void libraryPaths();
    void libraryLoad();
    void corpusExamples();

private:
    static QByteArray file(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void TestTriggerSuite::saveAndLoad()
{
    QTemporaryDir dir;
    TriggerSuite suite;
    suite.add(TriggerPrompt::user(QStringLiteral("Review my PR, please"), QStringLiteral("code-reviewer")));
    suite.add(TriggerPrompt::user(QStringLiteral("Line one\nline \"two\""), QString()));
    suite.add(TriggerPrompt::user(QStringLiteral("Ünïcödé ✓"), QStringLiteral("intl")));
    suite.setIncludeExamples(false);
    const QString path = dir.filePath(QStringLiteral("deep/folder/triggers.json"));
    QString error;
    QVERIFY2(suite.save(path, &error), qPrintable(error));
    const QJsonObject root = QJsonDocument::fromJson(file(path)).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("agent-workbench-trigger-suite"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QVERIFY(root.value(QLatin1String("prompts")).toArray().at(1).toObject().value(QLatin1String("expected")).isNull());
    TriggerSuite loaded;
    QVERIFY2(TriggerSuite::load(path, &loaded, &error), qPrintable(error));
    QCOMPARE(loaded, suite);
    QCOMPARE(loaded.prompts().at(1).text, QStringLiteral("Line one\nline \"two\""));
    QVERIFY(loaded.prompts().at(1).expectsNone());
    QVERIFY(!loaded.includeExamples());
    // Saving again gives the same bytes (stable diffs).
    const QByteArray first = file(path);
    QVERIFY(loaded.save(path, &error));
    QCOMPARE(file(path), first);
}

void TestTriggerSuite::loadMissingFileIsEmpty()
{
    TriggerSuite suite;
    suite.add(TriggerPrompt::user(QStringLiteral("x")));
    QString error;
    QVERIFY(TriggerSuite::load(QStringLiteral("/nonexistent/triggers.json"), &suite, &error));
    QVERIFY(suite.isEmpty());
}

void TestTriggerSuite::badSuites_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{nope") << "not valid JSON";
    QTest::newRow("array") << QByteArray("[]") << "no JSON object";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"other","version":1})") << "not a trigger suite";
    QTest::newRow("newer version") << QByteArray(R"({"format":"agent-workbench-trigger-suite","version":2})")
                                   << "format version 2";
    QTest::newRow("version string") << QByteArray(R"({"format":"agent-workbench-trigger-suite","version":"1"})")
                                    << "positive integer";
    QTest::newRow("prompts not array") << QByteArray(
        R"({"format":"agent-workbench-trigger-suite","version":1,"prompts":{}})")
                                       << "must be an array";
    QTest::newRow("expected number") << QByteArray(
        R"({"format":"agent-workbench-trigger-suite","version":1,"prompts":[{"prompt":"a","expected":3}]})")
                                     << "prompt 1";
    QTest::newRow("empty prompt") << QByteArray(
        R"({"format":"agent-workbench-trigger-suite","version":1,"prompts":[{"prompt":"  "}]})")
                                  << "prompt 1 is empty";
}

void TestTriggerSuite::badSuites()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    TriggerSuite suite;
    suite.add(TriggerPrompt::user(QStringLiteral("kept")));
    QString error;
    QVERIFY(!TriggerSuite::fromJson(json, &suite, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(suite.size(), 1); // untouched on failure
}

void TestTriggerSuite::csv_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QStringList>("prompts");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("plain") << QByteArray("prompt,expected\nReview it,reviewer\nHello,\n")
                           << QStringList { "Review it", "Hello" } << QStringList { "reviewer", "" };
    QTest::newRow("quoted comma") << QByteArray("prompt,expected\n\"Fix this, then that\",fixer\n")
                                  << QStringList { "Fix this, then that" } << QStringList { "fixer" };
    QTest::newRow("quoted newline and quotes") << QByteArray("prompt,expected\n\"Line one\nsay \"\"hi\"\"\",greeter\n")
                                               << QStringList { "Line one\nsay \"hi\"" } << QStringList { "greeter" };
    QTest::newRow("CRLF and no final newline")
        << QByteArray("prompt,expected\r\na,x\r\nb,y") << QStringList { "a", "b" } << QStringList { "x", "y" };
    QTest::newRow("BOM and header case") << QByteArray("\xEF\xBB\xBFPrompt,Expected\na,x\n") << QStringList { "a" }
                                         << QStringList { "x" };
    QTest::newRow("columns swapped") << QByteArray("expected,prompt\nx,a\n") << QStringList { "a" }
                                     << QStringList { "x" };
    QTest::newRow("only a prompt column")
        << QByteArray("prompt\na\nb\n") << QStringList { "a", "b" } << QStringList { "", "" };
    QTest::newRow("no header") << QByteArray("a,x\nb,\n") << QStringList { "a", "b" } << QStringList { "x", "" };
    QTest::newRow("blank lines skipped") << QByteArray("prompt,expected\n\na,x\n\n") << QStringList { "a" }
                                         << QStringList { "x" };
    QTest::newRow("quoted empty expected")
        << QByteArray("prompt,expected\na,\"\"\n") << QStringList { "a" } << QStringList { "" };
}

void TestTriggerSuite::csv()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, prompts);
    QFETCH(QStringList, expected);
    TriggerPrompts read;
    QString error;
    QVERIFY2(TriggerSuite::parseCsv(csv, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), prompts.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).text, prompts.at(i));
        QCOMPARE(read.at(i).expected, expected.at(i));
        QCOMPARE(read.at(i).source, TriggerPrompt::Source::User);
    }
}

void TestTriggerSuite::csvErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message");
    QTest::newRow("unclosed quote") << QByteArray("prompt,expected\n\"never closed,x\n") << "line 2";
    QTest::newRow("unquoted comma") << QByteArray("a,b,c\n") << "3 fields";
    QTest::newRow("empty prompt") << QByteArray("prompt,expected\n,x\n") << "empty prompt";
}

void TestTriggerSuite::csvErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    TriggerPrompts read { TriggerPrompt::user(QStringLiteral("kept")) };
    QString error;
    QVERIFY(!TriggerSuite::parseCsv(csv, &read, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(read.size(), 1);
}

void TestTriggerSuite::text()
{
    TriggerPrompts read;
    QString error;
    QVERIFY(
        TriggerSuite::parseText("# a comment\nFirst prompt\r\n\n  Second prompt  \nThird\treviewer\n", &read, &error));
    QCOMPARE(read.size(), 3);
    QCOMPARE(read.at(0).text, QStringLiteral("First prompt"));
    QVERIFY(read.at(0).expectsNone());
    QCOMPARE(read.at(1).text, QStringLiteral("Second prompt"));
    QCOMPARE(read.at(2).text, QStringLiteral("Third"));
    QCOMPARE(read.at(2).expected, QStringLiteral("reviewer"));
}

void TestTriggerSuite::jsonImports_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("secondExpected");
    QTest::newRow("strings") << QByteArray(R"(["a","b"])") << 2 << "";
    QTest::newRow("objects") << QByteArray(R"([{"prompt":"a"},{"text":"b","expected":"x"}])") << 2 << "x";
    QTest::newRow("suite") << QByteArray(
        R"({"format":"agent-workbench-trigger-suite","version":1,"prompts":[{"prompt":"a"},{"prompt":"b","expected":"y"}]})")
                           << 2 << "y";
}

void TestTriggerSuite::jsonImports()
{
    QFETCH(QByteArray, json);
    QFETCH(int, count);
    QFETCH(QString, secondExpected);
    TriggerPrompts read;
    QString error;
    QVERIFY2(TriggerSuite::parse(json, TriggerSuite::ImportFormat::Auto, &read, &error), qPrintable(error));
    QCOMPARE(read.size(), count);
    QCOMPARE(read.at(1).expected, secondExpected);
}

void TestTriggerSuite::importFileByExtension()
{
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("s.csv"), "prompt,expected\n\"a,b\",x\n");
    write(QStringLiteral("s.txt"), "a,b\n");
    write(QStringLiteral("bad.json"), "{");
    TriggerPrompts read;
    QString error;
    QVERIFY(TriggerSuite::importFile(dir.filePath(QStringLiteral("s.csv")), &read, &error));
    QCOMPARE(read.first().text, QStringLiteral("a,b"));
    QCOMPARE(read.first().expected, QStringLiteral("x"));
    QVERIFY(TriggerSuite::importFile(dir.filePath(QStringLiteral("s.txt")), &read, &error));
    QCOMPARE(read.first().text, QStringLiteral("a,b")); // text: the whole line is the prompt
    QVERIFY(read.first().expectsNone());
    QVERIFY(!TriggerSuite::importFile(dir.filePath(QStringLiteral("bad.json")), &read, &error));
    QVERIFY(error.contains(QStringLiteral("bad.json")));
    QVERIFY(!TriggerSuite::importFile(dir.filePath(QStringLiteral("missing.csv")), &read, &error));
    QVERIFY(error.contains(QStringLiteral("cannot read")));
}

void TestTriggerSuite::examplePrompts()
{
    const TriggerAgent reviewer = TriggerAgent::make(QStringLiteral("reviewer"),
        QStringLiteral("Reviews code.\n<example>\nContext: a PR\nuser: \"Review my PR\"\nassistant: \"Using the "
                       "reviewer.\"\n</example>\n<example>\nuser: \"Is this safe?\"\n</example>\n<example>\nContext: "
                       "no user line\n</example>"));
    const TriggerAgent plain = TriggerAgent::make(QStringLiteral("plain"), QStringLiteral("No examples."));
    const TriggerPrompts prompts = TriggerSuite::examplePrompts({ plain, reviewer });
    QCOMPARE(prompts.size(), 2); // the example without a user line gives no prompt
    QCOMPARE(prompts.at(0).text, QStringLiteral("Review my PR"));
    QCOMPARE(prompts.at(0).expected, QStringLiteral("reviewer"));
    QCOMPARE(prompts.at(0).source, TriggerPrompt::Source::Example);
    QCOMPARE(prompts.at(0).exampleAgent, QStringLiteral("reviewer"));
    QCOMPARE(prompts.at(0).exampleIndex, 0);
    QCOMPARE(prompts.at(1).text, QStringLiteral("Is this safe?"));
    QCOMPARE(prompts.at(1).exampleIndex, 1);
}

void TestTriggerSuite::allPromptsSkipsDuplicates()
{
    const TriggerAgent reviewer = TriggerAgent::make(
        QStringLiteral("reviewer"), QStringLiteral("Reviews.\n<example>\nuser: \"Review my PR\"\n</example>"));
    TriggerSuite suite;
    suite.add(TriggerPrompt::user(QStringLiteral("Review my PR"), QStringLiteral("reviewer"))); // same as the example
    suite.add(TriggerPrompt::user(QStringLiteral("Review my PR"), QString())); // different expectation
    suite.add(TriggerPrompt::user(QStringLiteral("Hello")));
    TriggerPrompts all = suite.allPrompts({ reviewer });
    QCOMPARE(all.size(), 3);
    QVERIFY(all.at(0).isExample());
    QCOMPARE(all.at(1).expected, QString());
    suite.setIncludeExamples(false);
    all = suite.allPrompts({ reviewer });
    QCOMPARE(all.size(), 3);
    QVERIFY(!all.at(0).isExample());
}

void TestTriggerSuite::libraryPaths()
{
    QTemporaryDir dir;
    const QString root = QDir(dir.path()).canonicalPath();
    QVERIFY(QDir().mkpath(root + QStringLiteral("/proj/.claude/agents/sub")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/loose")));
    const QString expected = root + QStringLiteral("/proj/.claude/agent-workbench/triggers.json");
    QCOMPARE(TriggerLibrary::suitePath(root + QStringLiteral("/proj")), expected);
    QCOMPARE(TriggerLibrary::suitePath(root + QStringLiteral("/proj/.claude/agents")), expected);
    QCOMPARE(TriggerLibrary::suitePath(root + QStringLiteral("/proj/.claude/agents/sub")), expected);
    QCOMPARE(TriggerLibrary::suitePath(root + QStringLiteral("/loose")),
        root + QStringLiteral("/loose/.claude/agent-workbench/triggers.json"));
    QCOMPARE(
        TriggerLibrary::agentsFolder(root + QStringLiteral("/proj")), root + QStringLiteral("/proj/.claude/agents"));
    // The suite never lies where Claude Code looks for agents.
    QVERIFY(!expected.contains(QStringLiteral("/.claude/agents/")));
}

void TestTriggerSuite::libraryLoad()
{
    QTemporaryDir dir;
    const QString agents = dir.filePath(QStringLiteral(".claude/agents"));
    QVERIFY(QDir().mkpath(agents));
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(agents + QLatin1Char('/') + name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    write(QStringLiteral("b.md"), "---\nname: zeta\ndescription: Last by name.\n---\nBody\n");
    write(QStringLiteral("a.md"), "---\nname: alpha\ndescription: First.\ntools: Read, Grep\n---\nBody\n");
    write(QStringLiteral("c.md"), "---\nname: alpha\ndescription: Duplicate.\n---\n");
    write(QStringLiteral("d.md"), "---\ndescription: No name.\n---\n");
    const TriggerLibrary::Loaded loaded = TriggerLibrary::load(dir.path());
    QCOMPARE(loaded.agents.size(), 2);
    QCOMPARE(loaded.agents.at(0).name, QStringLiteral("alpha"));
    QCOMPARE(loaded.agents.at(0).listingLine, QStringLiteral("- alpha: First. (Tools: Read, Grep)"));
    QCOMPARE(loaded.agents.at(1).name, QStringLiteral("zeta"));
    QCOMPARE(loaded.errors.size(), 2);
    QVERIFY(loaded.errors.join(QLatin1Char('\n')).contains(QStringLiteral("already taken")));
    QVERIFY(loaded.errors.join(QLatin1Char('\n')).contains(QStringLiteral("would not list")));
    QVERIFY(!TriggerLibrary::load(dir.filePath(QStringLiteral("missing"))).errors.isEmpty());
}

// Every agent of the corpus: the example prompts are exactly the user lines of the <example> blocks of the
// description (what Claude Code sends), never of the body.
void TestTriggerSuite::corpusExamples()
{
    const QString corpus = QStringLiteral(AWB_SHARED_DIR "/corpus");
    if (!QFileInfo(corpus).isDir())
        QSKIP("the shared corpus is not next to the source tree");
    const QStringList files = AgentFinder::filesIn(corpus);
    QVERIFY(files.size() > 100);
    int agents = 0;
    int withBodyExamples = 0;
    for (const QString &path : files) {
        const AgentDocument doc = AgentDocument::fromFile(path);
        if (!doc.loads())
            continue;
        ++agents;
        const TriggerAgent agent = TriggerAgent::fromDocument(doc);
        QCOMPARE(agent.name, doc.name());
        QCOMPARE(agent.listingLine, doc.listingLine());
        const TriggerPrompts prompts = TriggerSuite::examplePrompts({ agent });
        int expected = 0;
        for (const AgentExample &example : doc.examples())
            expected += example.user().trimmed().isEmpty() ? 0 : 1;
        QCOMPARE(prompts.size(), expected);
        for (const TriggerPrompt &p : prompts) {
            QVERIFY(doc.description().contains(p.text));
            QCOMPARE(p.expected, doc.name());
        }
        if (doc.body().contains(QStringLiteral("<example>"))
            && !doc.description().contains(QStringLiteral("<example>")))
            ++withBodyExamples;
        if (doc.body().contains(QStringLiteral("<example>")))
            QVERIFY2(prompts.isEmpty() || doc.description().contains(QStringLiteral("<example>")), qPrintable(path));
    }
    QVERIFY(agents > 100);
    // The corpus has an agent whose examples sit in the body: Claude Code never shows them to the model.
    QVERIFY(withBodyExamples >= 1);
}

QTEST_GUILESS_MAIN(TestTriggerSuite)
#include "tst_triggersuite.moc"
