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
    void columns_data();
    void columns();
    void moreFixes_data();
    void moreFixes();
    void longDescriptionGivesTokens();
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
    QTest::newRow("bom") << QString(QChar(0xfeff)) + good << QStringList { "skipped-bom" };
    QTest::newRow("blank line") << QStringLiteral("\n") + good << QStringList { "skipped-leading-blank" };
    QTest::newRow("no name") << "---\ndescription: Use proactively.\n---\nx" << QStringList { "skipped-no-name" };
    QTest::newRow("dash name") << "---\nname: -x\ndescription: Use proactively.\n---\nx"
                               << QStringList { "skipped-name-dash" };
    QTest::newRow("lenient") << "---\nname: a\ndescription: Use proactively: always\n---\nx"
                             << QStringList { "lenient-only" };
    QTest::newRow("crlf") << "---\r\nname: a\r\ndescription: Use proactively: always\r\n---\r\nx"
                          << QStringList { "crlf-breaks-retry" };
    QTest::newRow("dashes") << "---\nname: a\ndescription: Use proactively --- really\ntools: Read\n---\nx"
                            << QStringList { "dashes-truncate" };
    QTest::newRow("color") << "---\nname: a\ndescription: Use proactively.\ncolor: teal\n---\nx"
                           << QStringList { "color-dropped" };
    QTest::newRow("enum") << "---\nname: a\ndescription: Use proactively.\npermissionMode: yolo\n---\nx"
                          << QStringList { "invalid-value" };
    QTest::newRow("max turns") << "---\nname: a\ndescription: Use proactively.\nmaxTurns: -1\n---\nx"
                               << QStringList { "invalid-value" };
    QTest::newRow("name style") << "---\nname: My Agent\ndescription: Use proactively.\n---\nx"
                                << QStringList { "name-style" };
    QTest::newRow("name colon") << "---\nname: 'plug:agent'\ndescription: Use proactively.\n---\nx"
                                << QStringList { "name-colon" };
    QTest::newRow("unknown tool") << "---\nname: a\ndescription: Use proactively.\ntools: Reed, Grep\n---\nx"
                                  << QStringList { "unknown-tool" };
    QTest::newRow("space split") << "---\nname: a\ndescription: Use proactively.\ntools: Read, Microsoft Docs\n---\nx"
                                 << QStringList { "unknown-tool", "unknown-tool", "tools-space-split" };
    QTest::newRow("empty body") << "---\nname: a\ndescription: Use proactively.\n---\n" << QStringList { "empty-body" };
    QTest::newRow("no guidance") << "---\nname: a\ndescription: Reviews code.\n---\nx"
                                 << QStringList { "no-trigger-guidance" };
    QTest::newRow("proactive intent, not said")
        << "---\nname: a\ndescription: Reviews code automatically after every change.\n---\nx"
        << QStringList { "no-trigger-guidance", "proactive-not-said" };
    QTest::newRow("proactive intent, said") << "---\nname: a\ndescription: Use proactively: reviews code "
                                               "automatically after every change.\n---\nx"
                                            << QStringList { "lenient-only" };
    QTest::newRow("unknown key") << "---\nname: a\ndescription: Use proactively.\nmodle: opus\n---\nx"
                                 << QStringList { "unknown-key" };
    QTest::newRow("long") << "---\nname: a\ndescription: Use proactively. " + QString(3000, QLatin1Char('x'))
            + "\n---\nx" << QStringList { "long-description" };
    QTest::newRow("unparseable") << "---\nname: a\ndescription: x\n<example>\nContext: y\n---\nx"
                                 << QStringList { "skipped-unparseable" };
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
    QCOMPARE(diagnostics.first().column, 8); // the value 'teal'
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

void TestAgentLinter::columns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("endColumn");
    QTest::newRow("unknown tool in a string")
        << "---\nname: a\ndescription: Use proactively.\ntools: Read, Gerp\n---\nx"
        << "unknown-tool" << 4 << 14 << 18;
    QTest::newRow("unknown tool in a block list")
        << "---\nname: a\ndescription: Use proactively.\ntools:\n  - Read\n  - Wirte\n---\nx"
        << "unknown-tool" << 6 << 5 << 10;
    QTest::newRow("dashes at the cut") << "---\nname: a\ndescription: Use proactively --- now\n---\nx"
                                       << "dashes-truncate" << 3 << 30 << 33;
    QTest::newRow("yaml error column") << "---\nname: a\ndescription: Use proactively.\nmodel: \"x\" y\n---\nx"
                                       << "skipped-unparseable" << 4 << 12 << 13;
    QTest::newRow("name style at the value") << "---\nname:   My Agent\ndescription: Use proactively.\n---\nx"
                                             << "name-style" << 2 << 9 << 17;
    QTest::newRow("invalid utf-8 at the bad byte")
        << QStringLiteral("---\nname: a\ndescription: Use proactively, caf") + QChar::ReplacementCharacter + "\n---\nx"
        << "invalid-utf8" << 3 << 34 << 35;
}

void TestAgentLinter::columns()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, endColumn);
    AgentDocument doc = code == QLatin1String("invalid-utf8")
        ? AgentDocument::fromBytes(QByteArray(text.toUtf8()).replace("\xef\xbf\xbd", "\xe9"))
        : AgentDocument::fromText(text);
    const Diagnostics diagnostics = AgentLinter::check(doc);
    const auto it
        = std::find_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != diagnostics.end(), qPrintable(codesOf(diagnostics).join(QLatin1Char(','))));
    QCOMPARE(it->line, line);
    QCOMPARE(it->column, column);
    QCOMPARE(it->endColumn, endColumn);
}

void TestAgentLinter::moreFixes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("fixed");
    const QString head = QStringLiteral("---\nname: a\ndescription: Use proactively.\n");
    QTest::newRow("misspelt tool") << head + "tools: Read, Gerp\n---\nx"
                                   << "unknown-tool" << head + "tools: Read, Grep\n---\nx";
    QTest::newRow("tool in the wrong case") << head + "tools: [read]\n---\nx"
                                            << "unknown-tool" << head + "tools: [Read]\n---\nx";
    QTest::newRow("tool with a rule") << head + "tools: Bsh(git *)\n---\nx"
                                      << "unknown-tool" << head + "tools: Bash(git *)\n---\nx";
    QTest::newRow("enum case") << head + "permissionMode: AcceptEdits\n---\nx"
                               << "invalid-value" << head + "permissionMode: acceptEdits\n---\nx";
    QTest::newRow("enum typo") << head + "memory: projet\n---\nx"
                               << "invalid-value" << head + "memory: project\n---\nx";
    QTest::newRow("effort typo") << head + "effort: hihg\n---\nx"
                                 << "invalid-value" << head + "effort: high\n---\nx";
    QTest::newRow("yes is not a boolean") << head + "background: yes\n---\nx"
                                          << "invalid-value" << head + "background: true\n---\nx";
    QTest::newRow("say proactively") << "---\nname: a\ndescription: \"Reviews code after each edit.\"\n---\nx"
                                     << "proactive-not-said"
                                     << "---\nname: a\ndescription: \"Use proactively. Reviews code after each "
                                        "edit.\"\n---\nx";
    QTest::newRow("colon in the name") << "---\nname: 'plug:rev'\ndescription: Use proactively.\n---\nx"
                                       << "name-colon"
                                       << "---\nname: plug-rev\ndescription: Use proactively.\n---\nx";
}

void TestAgentLinter::moreFixes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QFETCH(QString, fixed);
    const Diagnostics diagnostics = AgentLinter::check(AgentDocument::fromText(text));
    const auto it
        = std::find_if(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != diagnostics.end(), qPrintable(codesOf(diagnostics).join(QLatin1Char(','))));
    QVERIFY(it->fix.isValid());
    QCOMPARE(it->fix.applyTo(text), fixed);
    QVERIFY(AgentLinter::check(AgentDocument::fromText(fixed)).isEmpty());
}

void TestAgentLinter::longDescriptionGivesTokens()
{
    const QString description = QStringLiteral("Use proactively. ") + QString(3600, QLatin1Char('x'));
    const Diagnostics diagnostics
        = AgentLinter::check(AgentDocument::fromText("---\nname: a\ndescription: " + description + "\n---\nx"));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics.first().severity, Diagnostic::Severity::Warning);
    const QString tokens = QString::number(AgentLinter::estimateTokens(description));
    QCOMPARE(tokens, QStringLiteral("1005"));
    QVERIFY2(diagnostics.first().message.contains(QStringLiteral("about %1 tokens").arg(tokens)),
        qPrintable(diagnostics.first().message));
}

QTEST_GUILESS_MAIN(TestAgentLinter)
#include "tst_agentlinter.moc"
