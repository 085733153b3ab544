#include "providers/chatmessagesjson.h"

#include <QJsonDocument>
#include <QTest>

using namespace awb;

Q_DECLARE_METATYPE(awb::ChatMessagesJson::ToolCallForm)

// The history as Ollama's /api/chat and as Chat Completions want it: the same conversation in both
// forms, side by side, so a difference between them is always one the wire formats ask for.
class TestChatMessagesJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data();
    void messages();
    void tools();
};

namespace {

ChatRequest toolHistory(const QString &textBesideCall)
{
    ChatRequest request;
    request.system = QStringLiteral("Be brief.");
    QList<ContentBlock> call;
    if (!textBesideCall.isEmpty())
        call << ContentBlock::makeText(textBesideCall);
    call << ContentBlock::makeToolUse(QStringLiteral("call_1"), QStringLiteral("Read"),
        QJsonObject { { QStringLiteral("path"), QStringLiteral("a.md") } });
    request.messages << ChatMessage::user(QStringLiteral("Read a.md"))
                     << ChatMessage { ChatMessage::Role::Assistant, call }
                     << ChatMessage { ChatMessage::Role::User,
                            { ContentBlock::makeToolResult(QStringLiteral("call_1"), QStringLiteral("# A")) } };
    return request;
}

ChatRequest thinkingOnly()
{
    ChatRequest request;
    request.messages << ChatMessage::user(QStringLiteral("Hi"))
                     << ChatMessage { ChatMessage::Role::Assistant,
                            { ContentBlock::makeThinking(QStringLiteral("hmm"), QStringLiteral("sig")) } }
                     << ChatMessage::user(QStringLiteral("Again"));
    return request;
}

} // namespace

void TestChatMessagesJson::messages_data()
{
    QTest::addColumn<ChatRequest>("request");
    QTest::addColumn<ChatMessagesJson::ToolCallForm>("form");
    QTest::addColumn<QByteArray>("expected");
    using Form = ChatMessagesJson::ToolCallForm;
    const QByteArray head = R"([{"role":"system","content":"Be brief."},{"role":"user","content":"Read a.md"},)";

    // The two forms of one tool call and its result: arguments as an object or as JSON text,
    // ids only for Chat Completions, empty content as "" or null.
    QTest::newRow("tool call, ollama") << toolHistory({}) << Form::Ollama
                                       << head
            + R"({"role":"assistant","content":"","tool_calls":[{"function":{"name":"Read","arguments":{"path":"a.md"}}}]},)"
              R"({"role":"tool","content":"# A"}])";
    QTest::newRow("tool call, openai") << toolHistory({}) << Form::OpenAi
                                       << head
            + R"({"role":"assistant","content":null,"tool_calls":[{"id":"call_1","type":"function",)"
              R"("function":{"name":"Read","arguments":"{\"path\":\"a.md\"}"}}]},)"
              R"({"role":"tool","tool_call_id":"call_1","content":"# A"}])";
    QTest::newRow("text beside call, ollama") << toolHistory(QStringLiteral("Reading.")) << Form::Ollama
                                              << head
            + R"({"role":"assistant","content":"Reading.","tool_calls":[{"function":{"name":"Read","arguments":{"path":"a.md"}}}]},)"
              R"({"role":"tool","content":"# A"}])";
    QTest::newRow("text beside call, openai") << toolHistory(QStringLiteral("Reading.")) << Form::OpenAi
                                              << head
            + R"({"role":"assistant","content":"Reading.","tool_calls":[{"id":"call_1","type":"function",)"
              R"("function":{"name":"Read","arguments":"{\"path\":\"a.md\"}"}}]},)"
              R"({"role":"tool","tool_call_id":"call_1","content":"# A"}])";
    // No system prompt, and a message with only thinking has nothing to send: the same in both.
    const QByteArray plain = R"([{"role":"user","content":"Hi"},{"role":"user","content":"Again"}])";
    QTest::newRow("thinking dropped, ollama") << thinkingOnly() << Form::Ollama << plain;
    QTest::newRow("thinking dropped, openai") << thinkingOnly() << Form::OpenAi << plain;
}

void TestChatMessagesJson::messages()
{
    QFETCH(ChatRequest, request);
    QFETCH(ChatMessagesJson::ToolCallForm, form);
    QFETCH(QByteArray, expected);
    QJsonParseError error;
    const QJsonDocument want = QJsonDocument::fromJson(expected, &error);
    QVERIFY2(want.isArray(), qPrintable(error.errorString()));
    const QJsonArray got = ChatMessagesJson::messages(request, form);
    QCOMPARE(QJsonDocument(got).toJson(QJsonDocument::Compact), want.toJson(QJsonDocument::Compact));
}

void TestChatMessagesJson::tools()
{
    const QJsonObject schema { { QStringLiteral("type"), QStringLiteral("object") } };
    const QJsonArray got = ChatMessagesJson::tools(
        { { QStringLiteral("Read"), QStringLiteral("Reads a file"), schema }, { QStringLiteral("Grep"), {}, {} } });
    const QByteArray want
        = R"([{"function":{"description":"Reads a file","name":"Read","parameters":{"type":"object"}},)"
          R"("type":"function"},)"
          R"({"function":{"description":"","name":"Grep","parameters":{}},"type":"function"}])";
    QCOMPARE(QJsonDocument(got).toJson(QJsonDocument::Compact), want);
    QVERIFY(ChatMessagesJson::tools({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestChatMessagesJson)
#include "tst_chatmessagesjson.moc"
