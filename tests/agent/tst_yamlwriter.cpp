#include "agent/yamlreader.h"
#include "agent/yamlwriter.h"

#include <QTest>

using namespace awb;

// Whatever the writer produces, a strict YAML reader reads back as the same value.
class TestYamlWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strings_data();
    void strings();
    void styles_data();
    void styles();
    void collections();
};

void TestYamlWriter::strings_data()
{
    QTest::addColumn<QString>("value");
    const QStringList values {
        "plain",
        "with: colon",
        "hash # inside",
        "C# and F#",
        "yes",
        "No",
        "on",
        "null",
        "~",
        "42",
        "0x1F",
        "1e3",
        "1_000",
        "12:30",
        ".inf",
        "true",
        "-leading dash",
        "- list like",
        "? question",
        "[bracket",
        "{brace}",
        "'single'",
        "\"double\"",
        "back\\slash",
        "tab\there",
        "line\nbreak",
        "trailing\n",
        "two\n\n",
        "  leading spaces",
        "trailing spaces  ",
        "dashes --- inside",
        "---",
        "a---b----c",
        "unicode é ✓ 漢字",
        "emoji 🚀",
        "control \x01 char",
        "percent %",
        "at @home",
        "star *",
        "amp &x",
        "bang !x",
        "pipe |x",
        "gt >x",
        "`code`",
        "",
        " ",
        "\\n literal",
        "multi\nline: with colon\n  indented",
        "\nleading newline",
        "b",
        "x",
        "e",
        "be",
        "it's",
        "''",
        "  it's spaced  ",
    };
    for (const QString &v : values)
        QTest::newRow(qPrintable(QString(v).replace(QLatin1Char('\n'), QLatin1String("\\n")))) << v;
}

void TestYamlWriter::strings()
{
    QFETCH(QString, value);
    const QList<YamlValue::Style> styles { YamlValue::Style::Plain, YamlValue::Style::Literal,
        YamlValue::Style::DoubleQuoted, YamlValue::Style::SingleQuoted };
    for (const auto style : styles) {
        // Callers always end the entry with a line ending; keep-chomped blocks depend on it.
        const QString text = YamlWriter::entry(QStringLiteral("k"), YamlValue::makeString(value), style) + '\n';
        QVERIFY2(!text.contains(QLatin1String("---")), qPrintable(text));
        const YamlParseResult parsed = YamlReader::parse(text.toUtf8());
        QVERIFY2(parsed.ok, qPrintable(text + QStringLiteral(" -> ") + parsed.errorString));
        const YamlValue *v = parsed.root.find(QStringLiteral("k"));
        QVERIFY(v);
        QVERIFY2(v->isString(), qPrintable(text));
        QCOMPARE(v->text(), value);
    }
}

void TestYamlWriter::styles_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("preferred");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain stays plain") << "hello" << int(YamlValue::Style::Plain) << "k: hello";
    QTest::newRow("double kept") << "hello" << int(YamlValue::Style::DoubleQuoted) << "k: \"hello\"";
    QTest::newRow("single kept") << "hello" << int(YamlValue::Style::SingleQuoted) << "k: 'hello'";
    QTest::newRow("single kept with a quote") << "it's" << int(YamlValue::Style::SingleQuoted) << "k: 'it''s'";
    QTest::newRow("one letter stays plain") << "b" << int(YamlValue::Style::Plain) << "k: b";
    QTest::newRow("colon quoted") << "a: b" << int(YamlValue::Style::Plain) << "k: \"a: b\"";
    QTest::newRow("literal block") << "one\ntwo" << int(YamlValue::Style::Literal) << "k: |-\n  one\n  two";
    QTest::newRow("literal keep newline") << "one\n" << int(YamlValue::Style::Literal) << "k: |\n  one";
    QTest::newRow("newline in plain becomes escape")
        << "one\ntwo" << int(YamlValue::Style::Plain) << "k: \"one\\ntwo\"";
    QTest::newRow("dashes escaped") << "a --- b" << int(YamlValue::Style::Plain) << "k: \"a --\\x2D b\"";
}

void TestYamlWriter::styles()
{
    QFETCH(QString, value);
    QFETCH(int, preferred);
    QFETCH(QString, expected);
    QCOMPARE(
        YamlWriter::entry(QStringLiteral("k"), YamlValue::makeString(value), YamlValue::Style(preferred)), expected);
}

void TestYamlWriter::collections()
{
    const YamlParseResult source = YamlReader::parse(
        "tools: [Read, 'Bash(git *)']\nhooks:\n  PreToolUse:\n    - matcher: Bash\n      hooks:\n        - type: "
        "command\n"
        "          command: \"echo 'x: y'\"\nmcpServers:\n  - github\n  - local: {type: stdio, command: srv}\n"
        "flags: {}\nempty: []\n");
    QVERIFY2(source.ok, qPrintable(source.errorString));
    const QString written = YamlWriter::mapping(source.root);
    const YamlParseResult reread = YamlReader::parse(written.toUtf8());
    QVERIFY2(reread.ok, qPrintable(written + QStringLiteral("\n") + reread.errorString));
    QCOMPARE(reread.root.toJson(), source.root.toJson());
    QVERIFY(written.contains(QLatin1String("tools: [Read, Bash(git *)]"))
        || written.contains(QLatin1String("tools: [Read, \"Bash(git *)\"]")));
}

QTEST_GUILESS_MAIN(TestYamlWriter)
#include "tst_yamlwriter.moc"
