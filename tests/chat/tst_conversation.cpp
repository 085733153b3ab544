#include "chat/conversation.h"
#include "chat/pricetable.h"

#include <QTest>

using namespace awb;

namespace {

ChatTurn reply(const QString &text, qint64 in = 0, qint64 out = 0, double cost = -1)
{
    ChatTurn turn;
    turn.role = ChatTurn::Role::Assistant;
    turn.text = text;
    turn.usage.inputTokens = in;
    turn.usage.outputTokens = out;
    turn.costUsd = cost;
    return turn;
}

// u0 a1 u2 a3 u4 a5
Conversation sixTurns()
{
    Conversation conversation;
    conversation.setSystemPrompt(QStringLiteral("You review code."));
    for (int i = 0; i < 3; ++i) {
        conversation.append(ChatTurn::user(QStringLiteral("question %1").arg(i)));
        conversation.append(reply(QStringLiteral("answer %1").arg(i), 100 * (i + 1), 10 * (i + 1), 0.01));
    }
    return conversation;
}

QStringList texts(const Conversation &conversation)
{
    QStringList out;
    for (const ChatTurn &turn : conversation.messages())
        out << turn.text;
    return out;
}

} // namespace

class TestConversation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editTruncation_data();
    void editTruncation();
    void regenerateTruncation();
    void continueOnlyInterrupted();
    void totalsAndContext();
    void cost_data();
    void cost();
    void priceLookupPrefersExactThenLongestPrefix();
    void priceTableJsonRoundTrip();
    void priceTableRejectsBadInput_data();
    void priceTableRejectsBadInput();
};

void TestConversation::editTruncation_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QStringList>("after");
    QTest::newRow("first user message") << 0 << true << QStringList { QStringLiteral("edited") };
    QTest::newRow("middle user message") << 2 << true
                                         << QStringList { QStringLiteral("question 0"), QStringLiteral("answer 0"),
                                                QStringLiteral("edited") };
    QTest::newRow("last user message") << 4 << true
                                       << QStringList { QStringLiteral("question 0"), QStringLiteral("answer 0"),
                                              QStringLiteral("question 1"), QStringLiteral("answer 1"),
                                              QStringLiteral("edited") };
    const QStringList unchanged = texts(sixTurns());
    QTest::newRow("a reply is not editable") << 3 << false << unchanged;
    QTest::newRow("out of range") << 6 << false << unchanged;
    QTest::newRow("negative") << -1 << false << unchanged;
}

void TestConversation::editTruncation()
{
    QFETCH(int, row);
    QFETCH(bool, ok);
    QFETCH(QStringList, after);
    Conversation conversation = sixTurns();
    QCOMPARE(conversation.countAfterEdit(row), ok ? row + 1 : -1);
    QCOMPARE(conversation.editUserMessage(row, QStringLiteral("edited")), ok);
    QCOMPARE(texts(conversation), after);
    QCOMPARE(conversation.systemPrompt(), QStringLiteral("You review code."));
}

void TestConversation::regenerateTruncation()
{
    Conversation conversation = sixTurns();
    QCOMPARE(conversation.countForRegenerate(), 5); // up to and including "question 2"
    conversation.truncate(conversation.countForRegenerate());
    QCOMPARE(conversation.messages().constLast().text, QStringLiteral("question 2"));
    // A user message without a reply (the reply failed): regenerating keeps everything.
    QCOMPARE(conversation.countForRegenerate(), 5);

    Conversation empty;
    QCOMPARE(empty.countForRegenerate(), -1);
    Conversation onlyReply;
    onlyReply.append(reply(QStringLiteral("orphan")));
    QCOMPARE(onlyReply.countForRegenerate(), -1);
}

void TestConversation::continueOnlyInterrupted()
{
    Conversation conversation = sixTurns();
    QVERIFY(!conversation.canContinue());
    conversation[5].interrupted = true;
    QVERIFY(conversation.canContinue());
    conversation.append(ChatTurn::user(QStringLiteral("next")));
    QVERIFY(!conversation.canContinue());
}

void TestConversation::totalsAndContext()
{
    Conversation conversation = sixTurns();
    ConversationTotals totals = conversation.totals();
    QCOMPARE(totals.replies, 3);
    QCOMPARE(totals.inputTokens, qint64(100 + 200 + 300));
    QCOMPARE(totals.outputTokens, qint64(10 + 20 + 30));
    QCOMPARE(totals.costUsd, 0.03);
    QVERIFY(totals.costComplete);
    QCOMPARE(conversation.contextTokens(), qint64(330));

    conversation[5].costUsd = -1; // a model without a price
    conversation[5].usage.cacheReadInputTokens = 1000;
    totals = conversation.totals();
    QVERIFY(!totals.costComplete);
    QCOMPARE(totals.costUsd, 0.02);
    QCOMPARE(totals.inputTokens, qint64(1600));
    QCOMPARE(conversation.contextTokens(), qint64(1330));

    Conversation fresh;
    QCOMPARE(fresh.contextTokens(), qint64(-1));
    QCOMPARE(fresh.totals().replies, 0);
}

void TestConversation::cost_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("input");
    QTest::addColumn<qint64>("output");
    QTest::addColumn<qint64>("cacheRead");
    QTest::addColumn<qint64>("cacheWrite");
    QTest::addColumn<double>("expected");
    // claude-sonnet-5: $3 in, $15 out, $0.30 cache read, $3.75 cache write per million.
    QTest::newRow("sonnet plain") << QStringLiteral("claude-sonnet-5") << qint64(1000000) << qint64(1000000)
                                  << qint64(0) << qint64(0) << 18.0;
    QTest::newRow("sonnet dated id") << QStringLiteral("claude-sonnet-5-20260101") << qint64(2000) << qint64(500)
                                     << qint64(0) << qint64(0) << 0.0135;
    QTest::newRow("sonnet with cache") << QStringLiteral("claude-sonnet-5") << qint64(0) << qint64(0) << qint64(1000000)
                                       << qint64(1000000) << 4.05;
    QTest::newRow("haiku") << QStringLiteral("claude-haiku-4-5-20251001") << qint64(1000) << qint64(1000) << qint64(0)
                           << qint64(0) << 0.006;
    // gpt-4o has no cache-write price: charged as input.
    QTest::newRow("gpt-4o cache write as input")
        << QStringLiteral("gpt-4o") << qint64(0) << qint64(0) << qint64(0) << qint64(1000000) << 2.5;
    QTest::newRow("unknown model") << QStringLiteral("llama3.2:3b") << qint64(1000) << qint64(1000) << qint64(0)
                                   << qint64(0) << -1.0;
    QTest::newRow("no usage") << QStringLiteral("claude-sonnet-5") << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                              << -1.0;
}

void TestConversation::cost()
{
    QFETCH(QString, model);
    QFETCH(qint64, input);
    QFETCH(qint64, output);
    QFETCH(qint64, cacheRead);
    QFETCH(qint64, cacheWrite);
    QFETCH(double, expected);
    Usage usage;
    usage.inputTokens = input;
    usage.outputTokens = output;
    usage.cacheReadInputTokens = cacheRead;
    usage.cacheCreationInputTokens = cacheWrite;
    const double cost = PriceTable().cost(model, usage);
    if (expected < 0)
        QCOMPARE(cost, -1.0);
    else
        QVERIFY2(qAbs(cost - expected) < 1e-9, qPrintable(QString::number(cost, 'g', 12)));
}

void TestConversation::priceLookupPrefersExactThenLongestPrefix()
{
    PriceTable table = PriceTable::empty();
    table.setEntry({ QStringLiteral("gpt-4o*"), 1, 2, -1, -1, 1000, {} });
    table.setEntry({ QStringLiteral("gpt-4o-mini*"), 3, 4, -1, -1, 2000, {} });
    table.setEntry({ QStringLiteral("gpt-4o-mini-2024"), 5, 6, -1, -1, 3000, {} });
    QCOMPARE(table.find(QStringLiteral("gpt-4o-2024-08-06"))->inputPerMTok, 1.0);
    QCOMPARE(table.find(QStringLiteral("gpt-4o-mini-tts"))->inputPerMTok, 3.0);
    QCOMPARE(table.find(QStringLiteral("gpt-4o-mini-2024"))->inputPerMTok, 5.0);
    QVERIFY(!table.find(QStringLiteral("gpt-4")));
    QCOMPARE(table.contextWindow(QStringLiteral("gpt-4o-mini")), qint64(2000));
    QCOMPARE(table.contextWindow(QStringLiteral("mistral")), qint64(0));
    QCOMPARE(PriceTable().contextWindow(QStringLiteral("claude-opus-4-8")), qint64(200000));
    QVERIFY(table.removeEntry(QStringLiteral("gpt-4o-mini*")));
    QCOMPARE(table.find(QStringLiteral("gpt-4o-mini-tts"))->inputPerMTok, 1.0);
}

void TestConversation::priceTableJsonRoundTrip()
{
    PriceTable table;
    table.setEntry({ QStringLiteral("my-model"), 0.5, 1.5, 0.05, -1, 32768, QStringLiteral("my note") });
    PriceTable read = PriceTable::empty();
    QString error;
    QVERIFY2(read.loadJson(table.toJson(), &error), qPrintable(error));
    QCOMPARE(read, table);
    QVERIFY(table.toJson().contains("\"format\": \"agent-workbench-prices\""));
}

void TestConversation::priceTableRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{") << QStringLiteral("not JSON");
    QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1})") << QStringLiteral("not a price table");
    QTest::newRow("newer version") << QByteArray(R"({"format":"agent-workbench-prices","version":9})")
                                   << QStringLiteral("version 9 is not supported");
    QTest::newRow("entry without model") << QByteArray(
        R"({"format":"agent-workbench-prices","version":1,"models":[{"input":1}]})")
                                         << QStringLiteral("entry 1 has no \"model\"");
}

void TestConversation::priceTableRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    PriceTable table;
    const PriceTable before = table;
    QString error;
    QVERIFY(!table.loadJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(table, before);
}

QTEST_GUILESS_MAIN(TestConversation)
#include "tst_conversation.moc"
