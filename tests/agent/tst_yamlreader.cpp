#include "agent/yamlreader.h"

#include <QTest>

using namespace awb;
using Kind = YamlValue::Kind;

class TestYamlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreSchema_data();
    void coreSchema();
    void styles();
    void escapedQuotesInARow();
    void errors();
};

void TestYamlReader::coreSchema_data()
{
    QTest::addColumn<QString>("plain");
    QTest::addColumn<int>("kind");
    const QList<QPair<const char *, Kind>> cases{
        {"", Kind::Null},         {"~", Kind::Null},         {"null", Kind::Null},      {"NULL", Kind::Null},
        {"nULL", Kind::String},   {"true", Kind::Bool},      {"False", Kind::Bool},     {"TRUE", Kind::Bool},
        {"tRUE", Kind::String},   {"yes", Kind::String},     {"no", Kind::String},      {"on", Kind::String},
        {"42", Kind::Int},        {"-42", Kind::Int},        {"+7", Kind::Int},         {"0o17", Kind::Int},
        {"0x1F", Kind::Int},      {"0x", Kind::String},      {"0b101", Kind::String},   {"1_000", Kind::String},
        {"3.14", Kind::Float},    {".5", Kind::Float},       {"5.", Kind::Float},       {"1e3", Kind::Float},
        {"-1.5E-3", Kind::Float}, {".", Kind::String},       {"-", Kind::String},       {"1e", Kind::String},
        {".inf", Kind::Float},    {"-.Inf", Kind::Float},    {".nan", Kind::Float},     {".NaN", Kind::Float},
        {"-.nan", Kind::String},  {"12:30", Kind::String},   {"1.2.3", Kind::String},   {"fable", Kind::String},
        {"tools", Kind::String},  {"99 bottles", Kind::String},
    };
    for (const auto &c : cases)
        QTest::newRow(c.first[0] ? c.first : "(empty)") << QString::fromLatin1(c.first) << int(c.second);
}

void TestYamlReader::coreSchema()
{
    QFETCH(QString, plain);
    QFETCH(int, kind);
    QCOMPARE(int(YamlReader::resolvePlain(plain).kind()), kind);
    if (plain == QLatin1String("-"))
        return; // a sequence indicator when written after a key
    // The same through the parser, as a mapping value.
    const YamlParseResult parsed = YamlReader::parse(("k: " + plain).toUtf8());
    QVERIFY(parsed.ok);
    QCOMPARE(int(parsed.root.find(QStringLiteral("k"))->kind()), kind);
}

void TestYamlReader::escapedQuotesInARow()
{
    // Both readers: libfyaml alone reads a'''' wrongly, and the fast reader takes this text.
    for (const YamlParseResult &parsed : { YamlReader::parse("a: 'a''''b'\nb: '''''d'''\n"),
             YamlReader::parseWithLibfyaml("a: 'a''''b'\nb: '''''d'''\n") }) {
        QVERIFY(parsed.ok);
        QCOMPARE(parsed.root.find(QStringLiteral("a"))->text(), QStringLiteral("a''b"));
        QCOMPARE(parsed.root.find(QStringLiteral("b"))->text(), QStringLiteral("''d'"));
    }
}

void TestYamlReader::styles()
{
    const YamlParseResult parsed = YamlReader::parse("a: '42'\nb: \"true\"\nc: !!str 7\nd: |\n  x\ne: [1, two]\n");
    QVERIFY(parsed.ok);
    QCOMPARE(parsed.root.find(QStringLiteral("a"))->kind(), Kind::String);
    QCOMPARE(parsed.root.find(QStringLiteral("a"))->style(), YamlValue::Style::SingleQuoted);
    QCOMPARE(parsed.root.find(QStringLiteral("b"))->kind(), Kind::String);
    QCOMPARE(parsed.root.find(QStringLiteral("c"))->kind(), Kind::String);
    QCOMPARE(parsed.root.find(QStringLiteral("d"))->style(), YamlValue::Style::Literal);
    QCOMPARE(parsed.root.find(QStringLiteral("d"))->text(), QStringLiteral("x\n"));
    QCOMPARE(parsed.root.find(QStringLiteral("e"))->items().at(0).kind(), Kind::Int);
    QCOMPARE(parsed.root.find(QStringLiteral("e"))->style(), YamlValue::Style::Flow);
}

void TestYamlReader::errors()
{
    const YamlParseResult bad = YamlReader::parse("a: b: c\n");
    QVERIFY(!bad.ok);
    QVERIFY(!bad.errorString.isEmpty());
    QCOMPARE(bad.errorLine, 0);
    QVERIFY(!YamlReader::parse("a: 1\na: 2\n").ok); // duplicate keys
    QVERIFY(YamlReader::parse("# only a comment\n").ok);
    QVERIFY(YamlReader::parse(QByteArray(300, '[') ).ok == false);
}

QTEST_GUILESS_MAIN(TestYamlReader)
#include "tst_yamlreader.moc"
