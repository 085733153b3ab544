// SimpleYamlReader against libfyaml: whenever the fast reader answers, its answer must be
// libfyaml's in every detail (values, kinds, styles, positions); everything else it must decline.
#include "agent/frontmatter.h"
#include "agent/simpleyamlreader.h"
#include "agent/yamlreader.h"
#include "library/agentfinder.h"
#include "yamlsame.h"

#include <QDebug>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace awb;

namespace {

/// Compares the fast reader with libfyaml on one text; returns whether the fast reader answered.
bool checkAgainstLibfyaml(const QByteArray &yaml)
{
    const std::optional<YamlParseResult> simple = SimpleYamlReader::parse(yaml);
    if (!simple)
        return false;
    const YamlParseResult full = YamlReader::parseWithLibfyaml(yaml);
    if (!full.ok) {
        qWarning().noquote() << "libfyaml refuses what the fast reader read:" << full.errorString << "in\n" << yaml;
        QTest::qVerify(false, "libfyaml reads it", "", __FILE__, __LINE__);
        return true;
    }
    const QString difference = test::yamlDifference(simple->root, full.root);
    if (!difference.isEmpty()) {
        qWarning().noquote() << "differs from libfyaml:" << difference << "in\n" << yaml;
        QTest::qVerify(false, "same as libfyaml", "", __FILE__, __LINE__);
    }
    return true;
}

} // namespace

class TestSimpleYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answers_data();
    void answers();
    void declines_data();
    void declines();
    void corpus();
    void generated();
};

void TestSimpleYamlReader::answers_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("plain") << QByteArray("name: reviewer\ndescription: Reviews code. Use proactively\n");
    QTest::newRow("no final newline") << QByteArray("name: reviewer\ndescription: x");
    QTest::newRow("core schema") << QByteArray(
        "a: 42\nb: -7\nc: 0x1F\nd: 3.5\ne: .inf\nf: true\ng: null\nh: ~\ni: yes\n");
    QTest::newRow("url and colons") << QByteArray("a: see https://example.com/a:b for more\nb: 12:30\n");
    QTest::newRow("comment after value") << QByteArray("a: value   # why\n# a note\nb: 'q' # c\n");
    QTest::newRow("hash inside word") << QByteArray("a: C# and F#\n");
    QTest::newRow("trailing spaces") << QByteArray("a:   spaced out   \nb: x\n");
    QTest::newRow("unicode columns") << QByteArray("a: [é, ü, \"ß\"]\nb: 😀 emoji\n");
    QTest::newRow("double quoted escapes")
        << QByteArray("a: \"line\\nnext \\\"q\\\" \\\\ \\t \\u00e9 \\x41 \\U0001F600 \\/ \\e\"\n");
    QTest::newRow("single quoted") << QByteArray("a: 'it''s here'\nb: ''\n");
    QTest::newRow("quotes in a row") << QByteArray("a: 'a''''b'\nb: '''''d'''\n");
    QTest::newRow("empty double quoted") << QByteArray("a: \"\"\n");
    QTest::newRow("null value") << QByteArray("a:\nb: 1\n");
    QTest::newRow("null value last") << QByteArray("a: 1\nb:\n");
    QTest::newRow("null value with comment") << QByteArray("a: # nothing\nb: 1\n");
    QTest::newRow("flow list") << QByteArray("tools: [Read, 'Grep', \"Bash\"]\n");
    QTest::newRow("empty flow list") << QByteArray("tools: []\nmodel: [ ]\n");
    QTest::newRow("block list") << QByteArray("tools:\n  - Read\n  - 'Grep'\n  - \"Bash\"\nmodel: sonnet\n");
    QTest::newRow("block list at column 0") << QByteArray("tools:\n- Read\n- Grep\nmodel: sonnet\n");
    QTest::newRow("block list with comments")
        << QByteArray("tools: # these\n  # first\n  - Read\n# between\n  - Grep # why\n\nx: 1\n");
    QTest::newRow("block list of numbers") << QByteArray("a:\n  - 1\n  - true\n  - ~\n");
    QTest::newRow("literal") << QByteArray("d: |\n  line one\n    more\n\n  two\n\nnext: 1\n");
    QTest::newRow("literal strip") << QByteArray("d: |-\n  x\n\n# c\ne: 1\n");
    QTest::newRow("literal keep") << QByteArray("d: |+\n  x\n\n\ne: 1\n");
    QTest::newRow("literal at end") << QByteArray("d: |\n  x\n  y\n");
    QTest::newRow("literal leading blank lines") << QByteArray("d: |\n\n\n  x\ne: 1");
    QTest::newRow("literal keeps comments inside") << QByteArray("d: |\n  # not a comment\n  x\n");
    QTest::newRow("folded") << QByteArray("d: >\n  x\n  y\n\n  z\n");
    QTest::newRow("folded strip") << QByteArray("d: >-\n  x\n  y\n\n\n  z\n\n");
    QTest::newRow("folded leading blank") << QByteArray("d: >\n\n  x\n  y\n\n\n  z\n\n");
    QTest::newRow("header comment") << QByteArray("d: | # text follows\n  x\n");
    QTest::newRow("only comments") << QByteArray("# nothing\n\n# here\n");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("blank lines between") << QByteArray("\n\na: 1\n\n   \nb: 2\n\n");
    QTest::newRow("keys") << QByteArray("allowed-tools: x\nsome_key: y\na.b: z\n1: one\ntrue: t\n");
    QTest::newRow("dash scalars") << QByteArray("a: -x\nb: -1\nc:\n  - -y\n");
    QTest::newRow("brackets inside plain") << QByteArray("a: x [y] {z}, w\n");
}

void TestSimpleYamlReader::answers()
{
    QFETCH(QByteArray, yaml);
    QVERIFY2(SimpleYamlReader::parse(yaml).has_value(), "the fast reader should read this");
    QVERIFY(checkAgainstLibfyaml(yaml));
    // And YamlReader, which uses it, gives the same as before.
    QCOMPARE(test::yamlDifference(YamlReader::parse(yaml).root, YamlReader::parseWithLibfyaml(yaml).root), QString());
}

void TestSimpleYamlReader::declines_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::newRow("anchor and alias") << QByteArray("a: &x 1\nb: *x\n");
    QTest::newRow("tag") << QByteArray("a: !!str 1\n");
    QTest::newRow("nested mapping") << QByteArray("a:\n  b: 1\n");
    QTest::newRow("flow mapping") << QByteArray("a: {b: 1}\n");
    QTest::newRow("multi-line plain") << QByteArray("a: one\n  two\n");
    QTest::newRow("multi-line quoted") << QByteArray("a: \"one\n  two\"\n");
    QTest::newRow("tab") << QByteArray("a:\tb\n");
    QTest::newRow("crlf") << QByteArray("a: b\r\nc: d\r\n");
    QTest::newRow("duplicate key") << QByteArray("a: 1\na: 2\n");
    QTest::newRow("colon space in value") << QByteArray("description: Examples: one\n");
    QTest::newRow("trailing colon") << QByteArray("a: b:\n");
    QTest::newRow("unclosed quote") << QByteArray("a: \"b\n");
    QTest::newRow("text after quote") << QByteArray("a: \"b\" c\n");
    QTest::newRow("unknown escape") << QByteArray("a: \"\\q\"\n");
    QTest::newRow("surrogate escape") << QByteArray("a: \"\\ud800\"\n");
    QTest::newRow("line separator") << QByteArray("a: x\xe2\x80\xa8y\n");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf"
                                                   "a: 1\n");
    QTest::newRow("invalid utf-8") << QByteArray("a: \xff\n");
    QTest::newRow("NUL") << QByteArray("a: b\0c\n", 7);
    QTest::newRow("indented key") << QByteArray(" a: 1\n");
    QTest::newRow("sequence root") << QByteArray("- a\n- b\n");
    QTest::newRow("scalar root") << QByteArray("just text\n");
    QTest::newRow("document marker") << QByteArray("a: 1\n...\n");
    QTest::newRow("directive") << QByteArray("%YAML 1.2\na: 1\n");
    QTest::newRow("quoted key") << QByteArray("\"a\": 1\n");
    QTest::newRow("complex key") << QByteArray("? a\n: 1\n");
    QTest::newRow("empty list item") << QByteArray("a:\n  -\n  - b\n");
    QTest::newRow("nested list") << QByteArray("a:\n  - - b\n");
    QTest::newRow("mapping in list") << QByteArray("a:\n  - b: 1\n");
    QTest::newRow("flow trailing comma") << QByteArray("a: [b, c,]\n");
    QTest::newRow("unclosed flow") << QByteArray("a: [b, c\n");
    QTest::newRow("indentation indicator") << QByteArray("a: |2\n  x\n");
    QTest::newRow("empty block scalar") << QByteArray("a: |\nb: 1\n");
    QTest::newRow("folded more indented") << QByteArray("d: >\n  x\n   y\n  z\n");
    QTest::newRow("indented comment after value") << QByteArray("a: foo\n  # c\nb: 1\n");
    QTest::newRow("block list badly indented") << QByteArray("a:\n  - b\n - c\n");
    QTest::newRow("key without space") << QByteArray("a:b\n");
    QTest::newRow("indicator start") << QByteArray("a: @b\n");
    QTest::newRow("block scalar without final break") << QByteArray("d: |\n  x\n  y");
}

void TestSimpleYamlReader::declines()
{
    QFETCH(QByteArray, yaml);
    QVERIFY2(!SimpleYamlReader::parse(yaml).has_value(), "this is libfyaml's to read");
    // YamlReader still answers exactly as libfyaml does, errors included.
    const YamlParseResult viaReader = YamlReader::parse(yaml);
    const YamlParseResult full = YamlReader::parseWithLibfyaml(yaml);
    QCOMPARE(viaReader.ok, full.ok);
    QCOMPARE(viaReader.errorString, full.errorString);
    QCOMPARE(viaReader.errorLine, full.errorLine);
    QCOMPARE(test::yamlDifference(viaReader.root, full.root), QString());
}

void TestSimpleYamlReader::corpus()
{
    const QStringList files = AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"));
    QVERIFY(files.size() >= 200);
    int withFrontmatter = 0;
    int answered = 0;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const FrontmatterSplit split = FrontmatterSplit::find(text);
        if (!split.found)
            continue;
        ++withFrontmatter;
        if (checkAgainstLibfyaml(split.frontmatter(text).toUtf8()))
            ++answered;
        if (QTest::currentTestFailed())
            qFatal("at %s", qPrintable(path));
    }
    qInfo(
        "corpus: the fast reader answered for %d of %d frontmatters, all as libfyaml does", answered, withFrontmatter);
    // The point of the fast reader: nearly every real file takes it.
    QVERIFY(answered * 10 >= withFrontmatter * 9);
}

void TestSimpleYamlReader::generated()
{
    // Frontmatters put together from pieces, then mutated: many fall outside the subset, and
    // every one the fast reader answers must match libfyaml.
    const QList<QByteArray> keys { "name", "description", "tools", "model", "x-y", "a.b", "_k", "1", "true" };
    const QList<QByteArray> values { "reviewer", "Use proactively. Reviews code", "  spaced  ", "-1", "0x1F", "3.14",
        ".5", "null", "~", "true", "yes", "https://x.y/z:1", "C#", "a # note", "a: b", "a:", "\"x\\ny\"",
        "\"\\u00e9 \\x41\"", "\"\\q\"", "'it''s'", "''", "[a, b]", "[]", "[ a ,'b' , \"c\" ]", "[a,]", "[a, [b]]",
        "{a: 1}", "&x y", "*x", "!!str 1", "é ü — 😀", "x [y] z", "-", "- x", "?x", "|", ">", "|-", "'open", "\"open",
        "", "# only a comment" };
    const QList<QByteArray> blocks { "|\n  x\n  y\n", "|-\n  x\n\n  y\n\n", "|+\n  x\n\n", ">\n  x\n  y\n\n  z\n",
        ">-\n  x\n  y\n", ">\n  x\n   y\n", "|\n\n  x\n", "|\n    x\n  y\n", "|\n  x\n # c\n", "|\n  a\n    b\n  c\n",
        ">+\n  a\n\n", "| # c\n  x\n", "|\n  x  \n", "\n  - a\n  - 'b'\n", "\n- a\n- b\n", "\n  - a\n  # c\n  - b\n",
        "\n  - a: b\n", "\n  -\n", "\n  - a\n    b\n", "\n  - [a]\n", "\n  b: 1\n", "\n  - \"q\" # c\n",
        "\n    - deep\n    - deeper\n", "\n  - a\n - b\n" };
    const QByteArray noise(" \n:-#'\"[]|>abc\\,");
    QRandomGenerator random(20261125);
    int answered = 0;
    const int total = 20000;
    for (int n = 0; n < total; ++n) {
        QByteArray yaml;
        const int entries = 1 + random.bounded(5);
        for (int e = 0; e < entries; ++e) {
            if (random.bounded(6) == 0)
                yaml += random.bounded(2) ? "# comment\n" : "\n";
            yaml += keys.at(random.bounded(keys.size())) + ':';
            if (random.bounded(4) == 0) {
                const QByteArray &block = blocks.at(random.bounded(blocks.size()));
                yaml += (block.startsWith('\n') ? "" : " ") + block;
            } else {
                const QByteArray &value = values.at(random.bounded(values.size()));
                yaml += (value.isEmpty() ? "" : " ") + value + '\n';
            }
        }
        if (random.bounded(3) == 0) {
            const int edits = 1 + random.bounded(3);
            for (int k = 0; k < edits && !yaml.isEmpty(); ++k) {
                const int at = random.bounded(int(yaml.size()));
                if (random.bounded(2))
                    yaml.remove(at, 1);
                else
                    yaml.insert(at, noise.at(random.bounded(noise.size())));
            }
        }
        if (random.bounded(5) == 0 && yaml.endsWith('\n'))
            yaml.chop(1);
        if (checkAgainstLibfyaml(yaml))
            ++answered;
        if (QTest::currentTestFailed())
            return;
    }
    qInfo("generated: the fast reader answered for %d of %d texts, all as libfyaml does", answered, total);
    QVERIFY(answered > total / 10); // the generator does reach the fast reader
}

QTEST_GUILESS_MAIN(TestSimpleYamlReader)
#include "tst_simpleyamlreader.moc"
