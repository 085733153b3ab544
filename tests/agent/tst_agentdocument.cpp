#include "agent/agentdocument.h"

#include <QFile>
#include <QTest>

using namespace awb;
using Skip = AgentDocument::SkipReason;
using Mode = AgentDocument::ReadMode;

class TestAgentDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void read_data();
    void read();
    void fieldsAndBody();
    void invalidUtf8();
    void fileErrors();
};

void TestAgentDocument::read_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("skip");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("tools");

    QTest::newRow("plain") << "---\nname: a\ndescription: d\n---\nbody" << int(Skip::None) << int(Mode::Strict) << "a"
                           << "d"
                           << "All tools";
    QTest::newRow("retry needed") << "---\nname: a\ndescription: Use: when x\n---\n"
                                  << int(Skip::None) << int(Mode::Lenient) << "a"
                                  << "Use: when x"
                                  << "All tools";
    QTest::newRow("flow list tools kept") << "---\nname: a\ndescription: x: y\ntools: [Read, Grep]\n---\n"
                                          << int(Skip::None) << int(Mode::Lenient) << "a"
                                          << "x: y"
                                          << "Read, Grep";
    QTest::newRow("yes is a string") << "---\nname: yes\ndescription: d\n---\n"
                                     << int(Skip::None) << int(Mode::Strict) << "yes"
                                     << "d"
                                     << "All tools";
    QTest::newRow("name number") << "---\nname: 42\ndescription: d\n---\n"
                                 << int(Skip::NameNotString) << int(Mode::Strict) << ""
                                 << "d"
                                 << "All tools";
    QTest::newRow("name true") << "---\nname: true\ndescription: d\n---\n"
                               << int(Skip::NameNotString) << int(Mode::Strict) << ""
                               << "d"
                               << "All tools";
    QTest::newRow("empty frontmatter") << "---\n---\nbody" << int(Skip::NoName) << int(Mode::Strict) << ""
                                       << ""
                                       << "All tools";
    QTest::newRow("scalar frontmatter") << "---\njust text\n---\nbody" << int(Skip::NotAMapping) << int(Mode::Strict)
                                        << ""
                                        << ""
                                        << "All tools";
    QTest::newRow("no frontmatter") << "hello" << int(Skip::NoFrontmatter) << int(Mode::NoFrontmatter) << ""
                                    << ""
                                    << "All tools";
    QTest::newRow("duplicate key") << "---\nname: a\nname: b\ndescription: d\n---\n"
                                   << int(Skip::Unparseable) << int(Mode::Unparseable) << ""
                                   << ""
                                   << "All tools";
    QTest::newRow("space separated tools") << "---\nname: a\ndescription: d\ntools: Read Grep\n---\n"
                                           << int(Skip::None) << int(Mode::Strict) << "a"
                                           << "d"
                                           << "Read, Grep";
    QTest::newRow("tools list with star") << "---\nname: a\ndescription: d\ntools:\n  - '*'\n---\n"
                                          << int(Skip::None) << int(Mode::Strict) << "a"
                                          << "d"
                                          << "All tools";
    QTest::newRow("tools minus disallowed")
        << "---\nname: a\ndescription: d\ntools: Read, Write, Bash\ndisallowedTools: Write\n---\n"
        << int(Skip::None) << int(Mode::Strict) << "a"
        << "d"
        << "Read, Bash";
    QTest::newRow("mcp tool pattern") << "---\nname: a\ndescription: d\ntools: mcp__github__*, Read\n---\n"
                                      << int(Skip::None) << int(Mode::Strict) << "a"
                                      << "d"
                                      << "mcp__github__*, Read";
    QTest::newRow("description escaped newline in double quotes") << "---\nname: a\ndescription: \"one\\\\ntwo\"\n---\n"
                                                                  << int(Skip::None) << int(Mode::Strict) << "a"
                                                                  << "one\ntwo"
                                                                  << "All tools";
    QTest::newRow("whitespace only description loads") << "---\nname: a\ndescription: '  '\n---\n"
                                                       << int(Skip::None) << int(Mode::Strict) << "a"
                                                       << "  "
                                                       << "All tools";
    QTest::newRow("dash mid line truncates") << "---\nname: a\ndescription: x---y\ntools: Read\n---\n"
                                             << int(Skip::None) << int(Mode::Strict) << "a"
                                             << "x"
                                             << "All tools";
    QTest::newRow("anchor and alias") << "---\nname: &n a\ndescription: *n\n---\n"
                                      << int(Skip::None) << int(Mode::Strict) << "a"
                                      << "a"
                                      << "All tools";
}

void TestAgentDocument::read()
{
    QFETCH(QString, text);
    QFETCH(int, skip);
    QFETCH(int, mode);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, tools);
    const AgentDocument doc = AgentDocument::fromText(text);
    QCOMPARE(int(doc.skipReason()), skip);
    QCOMPARE(int(doc.readMode()), mode);
    QCOMPARE(doc.name(), name);
    QCOMPARE(doc.description(), description);
    QCOMPARE(doc.toolsShown(), tools);
    QCOMPARE(doc.loads(), skip == int(Skip::None));
    QCOMPARE(doc.listingLine().isEmpty(), !doc.loads());
    if (!doc.loads())
        QVERIFY(!doc.skipMessage().isEmpty());
}

void TestAgentDocument::fieldsAndBody()
{
    const QString text = QStringLiteral("---\nname: r\ndescription: d\nmodel: Sonnet\ncolor: teal\n"
                                        "maxTurns: 5\nunknown: [1, 2]\n---\n\n  You are a reviewer.\n\n");
    const AgentDocument doc = AgentDocument::fromText(text, QStringLiteral("r.md"));
    QVERIFY(doc.loads());
    QCOMPARE(doc.model(), QStringLiteral("Sonnet"));
    QCOMPARE(doc.color(), QString()); // teal is dropped
    QCOMPARE(doc.scalarField(QStringLiteral("color")), QStringLiteral("teal"));
    QCOMPARE(doc.field(QStringLiteral("maxTurns"))->kind(), YamlValue::Kind::Int);
    QCOMPARE(doc.field(QStringLiteral("unknown"))->items().size(), 2);
    QCOMPARE(doc.keys(), QStringList({ "name", "description", "model", "color", "maxTurns", "unknown" }));
    QCOMPARE(doc.body(), QStringLiteral("You are a reviewer."));
    QCOMPARE(doc.rawBody(), QStringLiteral("You are a reviewer.\n\n"));
    QCOMPARE(doc.toBytes(), text.toUtf8());
    QCOMPARE(doc.field(QStringLiteral("model"))->line(), 2); // 0-based within the frontmatter
    QCOMPARE(doc.fileLine(doc.frontmatter().entries().at(2).keyLine), 4);
}

void TestAgentDocument::invalidUtf8()
{
    const QByteArray bytes("---\nname: a\ndescription: caf\xe9 bar\n---\nbody");
    const AgentDocument doc = AgentDocument::fromBytes(bytes);
    QVERIFY(doc.hadInvalidUtf8());
    QVERIFY(doc.loads());
    QCOMPARE(doc.description(), QStringLiteral("caf\ufffd bar"));
}

void TestAgentDocument::fileErrors()
{
    QVERIFY(AgentDocument::fromFile(QStringLiteral("/nonexistent/x.md")).ioError().contains(QLatin1String("No such")));
    QVERIFY(AgentDocument::fromFile(QStringLiteral(AWB_SOURCE_DIR)).ioError().contains(QLatin1String("folder")));
    // Opens but fails to read (on Linux, reading this process's memory at offset 0 gives EIO):
    // a read error, not an empty file without frontmatter.
    if (QFile::exists(QStringLiteral("/proc/self/mem")))
        QVERIFY(AgentDocument::fromFile(QStringLiteral("/proc/self/mem"))
                    .ioError()
                    .startsWith(QLatin1String("Cannot read")));
}

QTEST_GUILESS_MAIN(TestAgentDocument)
#include "tst_agentdocument.moc"
