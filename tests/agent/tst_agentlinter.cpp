#include "agent/agentdocument.h"
#include "agent/agentlinter.h"

#include <QTest>

using namespace awb;

class TestAgentLinter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codes_data();
    void codes();
    void fixesMakeItLoad_data();
    void fixesMakeItLoad();
    void positions();
};

static QStringList codesOf(const Diagnostics &diagnostics)
{
    QStringList codes;
    for (const Diagnostic &d : diagnostics)
        codes.append(d.code);
    return codes;
}

static const char *good = "---\nname: reviewer\ndescription: Use proactively after code changes.\n---\nReview.\n";

void TestAgentLinter::codes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("clean") << good << QStringList();
    QTest::newRow("bom") << QString(QChar(0xfeff)) + good << QStringList{"skipped-bom"};
    QTest::newRow("blank line") << QStringLiteral("\n") + good << QStringList{"skipped-leading-blank"};
    QTest::newRow("no name") << "---\ndescription: Use proactively.\n---\nx" << QStringList{"skipped-no-name"};
    QTest::newRow("dash name") << "---\nname: -x\ndescription: Use proactively.\n---\nx"
                               << QStringList{"skipped-name-dash"};
    QTest::newRow("lenient") << "---\nname: a\ndescription: Use proactively: always\n---\nx"
                             << QStringList{"lenient-only"};
    QTest::newRow("crlf") << "---\r\nname: a\r\ndescription: Use proactively: always\r\n---\r\nx"
                          << QStringList{"crlf-breaks-retry"};
    QTest::newRow("dashes") << "---\nname: a\ndescription: Use proactively --- really\ntools: Read\n---\nx"
                            << QStringList{"dashes-truncate"};
    QTest::newRow("color") << "---\nname: a\ndescription: Use proactively.\ncolor: teal\n---\nx"
                           << QStringList{"color-dropped"};
    QTest::newRow("enum") << "---\nname: a\ndescription: Use proactively.\npermissionMode: yolo\n---\nx"
                          << QStringList{"invalid-value"};
    QTest::newRow("max turns") << "---\nname: a\ndescription: Use proactively.\nmaxTurns: -1\n---\nx"
                               << QStringList{"invalid-value"};
    QTest::newRow("name style") << "---\nname: My Agent\ndescription: Use proactively.\n---\nx"
                                << QStringList{"name-style"};
    QTest::newRow("name colon") << "---\nname: 'plug:agent'\ndescription: Use proactively.\n---\nx"
                                << QStringList{"name-colon"};
    QTest::newRow("unknown tool") << "---\nname: a\ndescription: Use proactively.\ntools: Reed, Grep\n---\nx"
                                  << QStringList{"unknown-tool"};
    QTest::newRow("space split") << "---\nname: a\ndescription: Use proactively.\ntools: Read, Microsoft Docs\n---\nx"
                                 << QStringList{"unknown-tool", "unknown-tool", "tools-space-split"};
    QTest::newRow("empty body") << "---\nname: a\ndescription: Use proactively.\n---\n" << QStringList{"empty-body"};
    QTest::newRow("no guidance") << "---\nname: a\ndescription: Reviews code.\n---\nx"
                                 << QStringList{"no-trigger-guidance"};
    QTest::newRow("unknown key") << "---\nname: a\ndescription: Use proactively.\nmodle: opus\n---\nx"
                                 << QStringList{"unknown-key"};
    QTest::newRow("long") << "---\nname: a\ndescription: Use proactively. " + QString(3000, QLatin1Char('x'))
            + "\n---\nx"
                          << QStringList{"long-description"};
    QTest::newRow("unparseable") << "---\nname: a\ndescription: x\n<example>\nContext: y\n---\nx"
                                 << QStringList{"skipped-unparseable"};
}

void TestAgentLinter::codes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const Diagnostics diagnostics = AgentLinter::check(AgentDocument::fromText(text));
    QCOMPARE(codesOf(diagnostics), expected);
    for (const Diagnostic &d : diagnostics) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY(d.line >= 1);
    }
}

void TestAgentLinter::fixesMakeItLoad_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bom") << QString(QChar(0xfeff)) + good;
    QTest::newRow("blank") << QStringLiteral("\n\n") + good;
    QTest::newRow("crlf") << "---\r\nname: a\r\ndescription: Use proactively: always\r\n---\r\nx";
    QTest::newRow("dash name") << "---\nname: -x\ndescription: Use proactively.\n---\nx";
    QTest::newRow("number description") << "---\nname: a\ndescription: 42\n---\nx";
}

void TestAgentLinter::fixesMakeItLoad()
{
    QFETCH(QString, text);
    const AgentDocument doc = AgentDocument::fromText(text);
    QVERIFY(!doc.loads());
    const Diagnostics diagnostics = AgentLinter::check(doc);
    QVERIFY(!diagnostics.isEmpty());
    QVERIFY(diagnostics.first().fix.isValid());
    const AgentDocument fixed = AgentDocument::fromText(diagnostics.first().fix.applyTo(text));
    QVERIFY2(fixed.loads(), qPrintable(fixed.skipMessage()));
}

void TestAgentLinter::positions()
{
    const QString text = QStringLiteral("---\nname: a\n# comment\ndescription: Use proactively.\ncolor: teal\n---\nx");
    const Diagnostics diagnostics = AgentLinter::check(AgentDocument::fromText(text));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().line, 5);
    QCOMPARE(diagnostics.first().column, 1);
    QCOMPARE(diagnostics.first().endColumn, 12);
    // Lenient fix quotes the very line Claude Code's retry would.
    const QString lenient = QStringLiteral("---\nname: a\ndescription: Use proactively: now\n---\nx");
    const Diagnostics l = AgentLinter::check(AgentDocument::fromText(lenient));
    QCOMPARE(l.first().code, QStringLiteral("lenient-only"));
    QCOMPARE(l.first().line, 3);
    const QString fixed = l.first().fix.applyTo(lenient);
    QCOMPARE(fixed, QStringLiteral("---\nname: a\ndescription: \"Use proactively: now\"\n---\nx"));
    QCOMPARE(AgentDocument::fromText(fixed).readMode(), AgentDocument::ReadMode::Strict);
}

QTEST_GUILESS_MAIN(TestAgentLinter)
#include "tst_agentlinter.moc"
