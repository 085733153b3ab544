#include "agent/example.h"

#include <QTest>

using namespace awb;

class TestExample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void multiTurn();
    void writeAndReplace();
};

void TestExample::parse_data()
{
    QTest::addColumn<QString>("description");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("assistant");
    QTest::addColumn<QString>("commentary");

    QTest::newRow("classic multi-line")
        << "Use this agent when...\n\n<example>\nContext: The user wrote code.\nuser: \"Review my PR\"\n"
           "assistant: \"I'll use the reviewer agent\"\n<commentary>\nCode was written, so review it.\n"
           "</commentary>\n</example>"
        << 1 << "The user wrote code." << "Review my PR" << "I'll use the reviewer agent"
        << "Code was written, so review it.";
    QTest::newRow("one line") << "Use it. <example>Context: A bug. user: \"Fix it\" assistant: \"Delegating.\" "
                                 "<commentary>Bugs go here.</commentary></example>"
                              << 1 << "A bug." << "Fix it" << "Delegating." << "Bugs go here.";
    QTest::newRow("capitalised roles, no quotes")
        << "<example>\nContext: x\nUser: help me\nAssistant: sure\n</example>" << 1 << "x" << "help me" << "sure"
        << "";
    QTest::newRow("two examples") << "<example>user: \"a\"</example> and <example>user: \"b\"</example>" << 2
                                  << "" << "a" << "" << "";
    QTest::newRow("no example") << "Use proactively." << 0 << "" << "" << "" << "";
    QTest::newRow("multi-line context") << "<example>\nContext: line one\nline two\nuser: \"q\"\n</example>" << 1
                                        << "line one\nline two" << "q" << "" << "";
}

void TestExample::parse()
{
    QFETCH(QString, description);
    QFETCH(int, count);
    QFETCH(QString, context);
    QFETCH(QString, user);
    QFETCH(QString, assistant);
    QFETCH(QString, commentary);
    const QList<AgentExample> examples = ExampleCodec::parse(description);
    QCOMPARE(examples.size(), count);
    if (count == 0)
        return;
    QCOMPARE(examples.first().context, context);
    QCOMPARE(examples.first().user(), user);
    QCOMPARE(examples.first().assistant(), assistant);
    QCOMPARE(examples.first().commentary, commentary);
}

void TestExample::multiTurn()
{
    const auto examples = ExampleCodec::parse(QStringLiteral(
        "<example>\nuser: \"one\"\nassistant: \"two\"\nuser: \"three\"\nassistant: \"four\"\n</example>"));
    QCOMPARE(examples.size(), 1);
    QCOMPARE(examples.first().turns.size(), 4);
    QCOMPARE(examples.first().turns.at(2).text, QStringLiteral("three"));
    QCOMPARE(examples.first().turns.at(3).role, AgentExample::Turn::Role::Assistant);
}

void TestExample::writeAndReplace()
{
    AgentExample e;
    e.context = QStringLiteral("Tests fail");
    e.setUser(QStringLiteral("Why do the tests fail?"));
    e.setAssistant(QStringLiteral("Let me use the debugger agent."));
    e.commentary = QStringLiteral("Failures go to the debugger.");
    const QString block = ExampleCodec::write(e);
    QCOMPARE(block, QStringLiteral("<example>\nContext: Tests fail\nuser: \"Why do the tests fail?\"\n"
                                   "assistant: \"Let me use the debugger agent.\"\n<commentary>\n"
                                   "Failures go to the debugger.\n</commentary>\n</example>"));
    QCOMPARE(ExampleCodec::parse(block), QList<AgentExample>{e});

    const QString intro = QStringLiteral("Use this agent to debug.");
    const QString added = ExampleCodec::replaceExamples(intro, {e});
    QCOMPARE(added, intro + QStringLiteral("\n\n") + block);

    AgentExample second = e;
    second.setUser(QStringLiteral("Another"));
    const QString withTail = added + QStringLiteral("\n\nTrailing note.");
    const QString two = ExampleCodec::replaceExamples(withTail, {e, second});
    QCOMPARE(ExampleCodec::parse(two).size(), 2);
    QVERIFY(two.startsWith(intro));
    QVERIFY(two.endsWith(QStringLiteral("Trailing note.")));
    QCOMPARE(ExampleCodec::replaceExamples(two, {}), intro + QStringLiteral("\n\nTrailing note."));
}

QTEST_GUILESS_MAIN(TestExample)
#include "tst_example.moc"
