#include "chat/transcript.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

namespace {

Conversation sample()
{
    Conversation conversation;
    conversation.setAgentName(QStringLiteral("code-reviewer"));
    conversation.setAgentPath(QStringLiteral("/home/me/.claude/agents/code-reviewer.md"));
    conversation.setCreated(QDateTime(QDate(2026, 11, 25), QTime(2, 30, 0), Qt::UTC));
    conversation.setSystemPrompt(QStringLiteral("You review code.\n\n```sh\nmake\n```\n"));
    ChatTurn question = ChatTurn::user(QStringLiteral("Review `main.cpp`, ünïcödé ✓"));
    question.timestamp = QDateTime(QDate(2026, 11, 25), QTime(2, 31, 0, 250), Qt::UTC);
    conversation.append(question);
    ChatTurn answer;
    answer.role = ChatTurn::Role::Assistant;
    answer.text = QStringLiteral("Looks fine.\n\n- one\n- two\n");
    answer.thinking = QStringLiteral("Let me read it.\n````\nodd fence\n````");
    answer.toolCalls
        = { { QStringLiteral("toolu_1"), QStringLiteral("Read"), QStringLiteral("{\"path\":\"main.cpp\"}") } };
    answer.timestamp = QDateTime(QDate(2026, 11, 25), QTime(2, 31, 2), Qt::UTC);
    answer.provider = QStringLiteral("Anthropic");
    answer.model = QStringLiteral("claude-sonnet-5");
    answer.usage.inputTokens = 1204;
    answer.usage.outputTokens = 310;
    answer.usage.cacheReadInputTokens = 2000;
    answer.costUsd = 0.00891;
    answer.timeToFirstTokenMs = 420;
    answer.durationMs = 3100;
    answer.tokensPerSecond = 115.5;
    answer.stopReason = QStringLiteral("end_turn");
    answer.requestId = QStringLiteral("req_011CX");
    conversation.append(answer);
    ChatTurn followUp = ChatTurn::user(QStringLiteral("And the tests?"));
    followUp.timestamp = QDateTime(QDate(2026, 11, 25), QTime(2, 32, 0), Qt::UTC);
    conversation.append(followUp);
    ChatTurn partial;
    partial.role = ChatTurn::Role::Assistant;
    partial.text = QStringLiteral("The tests are");
    partial.model = QStringLiteral("claude-sonnet-5");
    partial.interrupted = true;
    partial.interruptionReason = QStringLiteral("Stopped");
    conversation.append(partial);
    return conversation;
}

} // namespace

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void roundTripThroughFile();
    void header();
    void rejects_data();
    void rejects();
    void markdown();
    void replySummary();
    void formatCost_data();
    void formatCost();
};

void TestTranscript::roundTrip()
{
    const Conversation original = sample();
    Conversation read;
    QString error;
    QVERIFY2(Transcript::fromJson(Transcript::toJson(original), &read, &error), qPrintable(error));
    QCOMPARE(read.count(), original.count());
    for (int i = 0; i < original.count(); ++i)
        QCOMPARE(read.at(i), original.at(i));
    QCOMPARE(read, original);
}

void TestTranscript::roundTripThroughFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chat.awbchat.json"));
    QString error;
    QVERIFY2(Transcript::save(sample(), path, &error), qPrintable(error));
    Conversation read;
    QVERIFY2(Transcript::load(path, &read, &error), qPrintable(error));
    QCOMPARE(read, sample());
    QVERIFY(!Transcript::load(dir.filePath(QStringLiteral("missing.json")), &read, &error));
    QVERIFY2(error.contains(QStringLiteral("missing.json")), qPrintable(error));
}

void TestTranscript::header()
{
    const QJsonObject root = QJsonDocument::fromJson(Transcript::toJson(sample())).object();
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("agent-workbench-transcript"));
    QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("agent")).toObject().value(QLatin1String("name")).toString(),
        QStringLiteral("code-reviewer"));
    QCOMPARE(root.value(QLatin1String("created")).toString(), QStringLiteral("2026-11-25T02:30:00.000Z"));
}

void TestTranscript::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("no JSON object");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("not a transcript");
    QTest::newRow("no version") << QByteArray(R"({"format":"agent-workbench-transcript"})")
                                << QStringLiteral("no valid \"version\"");
    QTest::newRow("newer") << QByteArray(R"({"format":"agent-workbench-transcript","version":2})")
                           << QStringLiteral("newer version");
    QTest::newRow("messages not a list") << QByteArray(
        R"({"format":"agent-workbench-transcript","version":1,"messages":{}})")
                                         << QStringLiteral("\"messages\" is not a list");
    QTest::newRow("bad role") << QByteArray(
        R"({"format":"agent-workbench-transcript","version":1,"messages":[{"role":"user","text":"a"},)"
        R"({"role":"system","text":"b"}]})")
                              << QStringLiteral("message 2 has no role");
    QTest::newRow("text not a string") << QByteArray(
        R"({"format":"agent-workbench-transcript","version":1,"messages":[{"role":"user","text":3}]})")
                                       << QStringLiteral("message 1 has a \"text\" that is not a string");
}

void TestTranscript::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Conversation conversation = sample();
    QString error;
    QVERIFY(!Transcript::fromJson(json, &conversation, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(conversation, sample()); // nothing lost
}

void TestTranscript::markdown()
{
    const QString md = Transcript::toMarkdown(sample());
    QVERIFY2(md.startsWith(QStringLiteral("# Conversation with code-reviewer\n")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("- Agent file: `/home/me/.claude/agents/code-reviewer.md`\n")));
    QVERIFY(md.contains(QStringLiteral("- Replies: 2 · 3,204 tokens in · 310 tokens out · $0.008910\n")));
    // The system prompt's own fence cannot close the export's fence.
    QVERIFY(
        md.contains(QStringLiteral("## System prompt\n\n````markdown\nYou review code.\n\n```sh\nmake\n```\n````\n")));
    QVERIFY(md.contains(QStringLiteral("\n## User\n\nReview `main.cpp`, ünïcödé ✓\n")));
    QVERIFY(md.contains(QStringLiteral("\n## Assistant (claude-sonnet-5)\n\n<details><summary>Thinking</summary>\n\n"
                                       "`````\nLet me read it.\n````\nodd fence\n````\n`````\n\n</details>\n\n"
                                       "Looks fine.\n\n- one\n- two\n")));
    QVERIFY(md.contains(QStringLiteral("Tool call `Read`:\n\n```json\n{\"path\":\"main.cpp\"}\n```\n")));
    QVERIFY(md.contains(QStringLiteral("*3,204 in · 2,000 cached · 310 out · $0.008910 · first token 0.42 s · "
                                       "115.5 tok/s · stop: end_turn · request req_011CX*")));
    QVERIFY(md.contains(QStringLiteral("The tests are\n\n**Interrupted**: Stopped\n")));
}

void TestTranscript::replySummary()
{
    ChatTurn bare;
    bare.role = ChatTurn::Role::Assistant;
    QCOMPARE(Transcript::replySummary(bare), QString());
    bare.usage.outputTokens = 12;
    bare.stopReason = QStringLiteral("max_tokens");
    QCOMPARE(Transcript::replySummary(bare), QStringLiteral("0 in · 12 out · stop: max_tokens"));
}

void TestTranscript::formatCost_data()
{
    QTest::addColumn<double>("usd");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << -1.0 << QString();
    QTest::newRow("zero") << 0.0 << QStringLiteral("$0");
    QTest::newRow("tiny") << 0.000123 << QStringLiteral("$0.000123");
    QTest::newRow("cents") << 0.0345 << QStringLiteral("$0.0345");
    QTest::newRow("dollars") << 12.5 << QStringLiteral("$12.50");
}

void TestTranscript::formatCost()
{
    QFETCH(double, usd);
    QFETCH(QString, text);
    QCOMPARE(Transcript::formatCost(usd), text);
}

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
