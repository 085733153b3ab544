#include "providerstreams.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::test {

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject anthropicUsage(ProviderStreams::Tokens tokens, bool start)
{
    QJsonObject usage { { QStringLiteral("input_tokens"), tokens.input },
        { QStringLiteral("output_tokens"), start ? 1 : tokens.output } };
    usage.insert(QStringLiteral("cache_read_input_tokens"), tokens.cacheRead);
    usage.insert(QStringLiteral("cache_creation_input_tokens"), tokens.cacheCreation);
    return usage;
}

QByteArray messageStart(ProviderStreams::Tokens tokens, const QString &model)
{
    const QJsonObject message { { QStringLiteral("id"), QStringLiteral("msg_test_01") },
        { QStringLiteral("type"), QStringLiteral("message") }, { QStringLiteral("role"), QStringLiteral("assistant") },
        { QStringLiteral("model"), model }, { QStringLiteral("content"), QJsonArray() },
        { QStringLiteral("stop_reason"), QJsonValue() }, { QStringLiteral("usage"), anthropicUsage(tokens, true) } };
    return ProviderStreams::sseEvent("message_start",
        compact(
            { { QStringLiteral("type"), QStringLiteral("message_start") }, { QStringLiteral("message"), message } }));
}

QByteArray blockStart(int index, const QJsonObject &block)
{
    return ProviderStreams::sseEvent("content_block_start",
        compact({ { QStringLiteral("type"), QStringLiteral("content_block_start") }, { QStringLiteral("index"), index },
            { QStringLiteral("content_block"), block } }));
}

QByteArray blockDelta(int index, const QJsonObject &delta)
{
    return ProviderStreams::sseEvent("content_block_delta",
        compact({ { QStringLiteral("type"), QStringLiteral("content_block_delta") }, { QStringLiteral("index"), index },
            { QStringLiteral("delta"), delta } }));
}

QByteArray blockStop(int index)
{
    return ProviderStreams::sseEvent("content_block_stop",
        compact(
            { { QStringLiteral("type"), QStringLiteral("content_block_stop") }, { QStringLiteral("index"), index } }));
}

QByteArray messageEnd(const QString &stopReason, ProviderStreams::Tokens tokens)
{
    return ProviderStreams::sseEvent("message_delta",
               compact({ { QStringLiteral("type"), QStringLiteral("message_delta") },
                   { QStringLiteral("delta"),
                       QJsonObject { { QStringLiteral("stop_reason"), stopReason },
                           { QStringLiteral("stop_sequence"), QJsonValue() } } },
                   { QStringLiteral("usage"), QJsonObject { { QStringLiteral("output_tokens"), tokens.output } } } }))
        + ProviderStreams::sseEvent("message_stop", R"({"type":"message_stop"})");
}

QByteArray textBlock(int index, const QStringList &deltas)
{
    QByteArray out = blockStart(
        index, { { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), QString() } });
    for (const QString &delta : deltas)
        out += blockDelta(
            index, { { QStringLiteral("type"), QStringLiteral("text_delta") }, { QStringLiteral("text"), delta } });
    return out;
}

} // namespace

QByteArray ProviderStreams::sseEvent(const QByteArray &event, const QByteArray &json)
{
    return "event: " + event + "\ndata: " + json + "\n\n";
}

QByteArray ProviderStreams::anthropicErrorBody(const QString &type, const QString &message)
{
    return compact({ { QStringLiteral("type"), QStringLiteral("error") },
        { QStringLiteral("error"),
            QJsonObject { { QStringLiteral("type"), type }, { QStringLiteral("message"), message } } } });
}

QStringList ProviderStreams::words(int count)
{
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("w%1 ").arg(i);
    return out;
}

QByteArray ProviderStreams::anthropicText(const QStringList &deltas, Tokens tokens, const QString &stopReason,
    const QStringList &thinking, const QString &model)
{
    QByteArray out = messageStart(tokens, model);
    out += sseEvent("ping", R"({"type": "ping"})");
    int index = 0;
    if (!thinking.isEmpty()) {
        out += blockStart(index,
            { { QStringLiteral("type"), QStringLiteral("thinking") }, { QStringLiteral("thinking"), QString() } });
        for (const QString &piece : thinking)
            out += blockDelta(index,
                { { QStringLiteral("type"), QStringLiteral("thinking_delta") },
                    { QStringLiteral("thinking"), piece } });
        out += blockDelta(index,
            { { QStringLiteral("type"), QStringLiteral("signature_delta") },
                { QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl") } });
        out += blockStop(index);
        ++index;
    }
    out += textBlock(index, deltas);
    out += sseEvent("ping", R"({"type": "ping"})");
    out += blockStop(index);
    out += messageEnd(stopReason, tokens);
    return out;
}

QByteArray ProviderStreams::anthropicUnfinished(const QStringList &deltas, Tokens tokens)
{
    return messageStart(tokens, QStringLiteral("claude-test-1")) + textBlock(0, deltas);
}

QByteArray ProviderStreams::anthropicToolUse(
    const QString &preface, const QString &id, const QString &name, const QStringList &jsonPieces, Tokens tokens)
{
    QByteArray out = messageStart(tokens, QStringLiteral("claude-test-1"));
    out += textBlock(0, { preface }) + blockStop(0);
    out += blockStart(1,
        { { QStringLiteral("type"), QStringLiteral("tool_use") }, { QStringLiteral("id"), id },
            { QStringLiteral("name"), name }, { QStringLiteral("input"), QJsonObject() } });
    for (const QString &piece : jsonPieces)
        out += blockDelta(1,
            { { QStringLiteral("type"), QStringLiteral("input_json_delta") },
                { QStringLiteral("partial_json"), piece } });
    out += blockStop(1);
    out += messageEnd(QStringLiteral("tool_use"), tokens);
    return out;
}

QByteArray ProviderStreams::anthropicErrorAfter(
    const QStringList &deltas, const QString &errorType, const QString &message)
{
    QByteArray out = messageStart({ 10, 1 }, QStringLiteral("claude-test-1"));
    if (!deltas.isEmpty())
        out += textBlock(0, deltas);
    out += sseEvent("error", anthropicErrorBody(errorType, message));
    return out;
}

QByteArray ProviderStreams::openAiText(
    const QStringList &deltas, Tokens tokens, const QString &finishReason, bool done, const QStringList &reasoning)
{
    auto chunk = [](const QJsonObject &delta, const QJsonValue &finish) -> QByteArray {
        const QJsonObject choice { { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta },
            { QStringLiteral("finish_reason"), finish } };
        return "data: "
            + compact({ { QStringLiteral("id"), QStringLiteral("chatcmpl-test") },
                { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
                { QStringLiteral("model"), QStringLiteral("gpt-test") },
                { QStringLiteral("choices"), QJsonArray { choice } } })
            + "\n\n";
    };
    QByteArray out
        = chunk({ { QStringLiteral("role"), QStringLiteral("assistant") }, { QStringLiteral("content"), QString() } },
            QJsonValue());
    for (const QString &piece : reasoning)
        out += chunk({ { QStringLiteral("reasoning_content"), piece } }, QJsonValue());
    for (const QString &delta : deltas)
        out += chunk({ { QStringLiteral("content"), delta } }, QJsonValue());
    out += chunk({}, finishReason);
    const QJsonObject usage { { QStringLiteral("prompt_tokens"), tokens.input + tokens.cacheRead },
        { QStringLiteral("completion_tokens"), tokens.output },
        { QStringLiteral("total_tokens"), tokens.input + tokens.cacheRead + tokens.output },
        { QStringLiteral("prompt_tokens_details"),
            QJsonObject { { QStringLiteral("cached_tokens"), tokens.cacheRead } } } };
    out += "data: "
        + compact({ { QStringLiteral("id"), QStringLiteral("chatcmpl-test") },
            { QStringLiteral("model"), QStringLiteral("gpt-test") }, { QStringLiteral("choices"), QJsonArray() },
            { QStringLiteral("usage"), usage } })
        + "\n\n";
    if (done)
        out += "data: [DONE]\n\n";
    return out;
}

QByteArray ProviderStreams::openAiToolCall(
    const QString &id, const QString &name, const QStringList &argumentPieces, Tokens tokens)
{
    QByteArray out;
    auto chunk = [&out](const QJsonObject &delta, const QJsonValue &finish) {
        const QJsonObject choice { { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta },
            { QStringLiteral("finish_reason"), finish } };
        out += "data: "
            + compact({ { QStringLiteral("model"), QStringLiteral("gpt-test") },
                { QStringLiteral("choices"), QJsonArray { choice } } })
            + "\n\n";
    };
    for (int i = 0; i < argumentPieces.size(); ++i) {
        QJsonObject function { { QStringLiteral("arguments"), argumentPieces.at(i) } };
        QJsonObject call { { QStringLiteral("index"), 0 }, { QStringLiteral("function"), function } };
        if (i == 0) {
            function.insert(QStringLiteral("name"), name);
            call = { { QStringLiteral("index"), 0 }, { QStringLiteral("id"), id },
                { QStringLiteral("type"), QStringLiteral("function") }, { QStringLiteral("function"), function } };
        }
        chunk({ { QStringLiteral("tool_calls"), QJsonArray { call } } }, QJsonValue());
    }
    chunk({}, QStringLiteral("tool_calls"));
    out += "data: "
        + compact({ { QStringLiteral("choices"), QJsonArray() },
            { QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), tokens.input },
                    { QStringLiteral("completion_tokens"), tokens.output } } } })
        + "\n\ndata: [DONE]\n\n";
    return out;
}

QByteArray ProviderStreams::ollamaText(const QStringList &deltas, Tokens tokens, qint64 evalDurationNs,
    const QString &doneReason, const QStringList &thinking)
{
    QByteArray out;
    auto line = [&out](const QJsonObject &message) {
        out += compact({ { QStringLiteral("model"), QStringLiteral("llama-test:1b") },
                   { QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00Z") },
                   { QStringLiteral("message"), message }, { QStringLiteral("done"), false } })
            + '\n';
    };
    for (const QString &piece : thinking)
        line({ { QStringLiteral("role"), QStringLiteral("assistant") }, { QStringLiteral("content"), QString() },
            { QStringLiteral("thinking"), piece } });
    for (const QString &delta : deltas)
        line({ { QStringLiteral("role"), QStringLiteral("assistant") }, { QStringLiteral("content"), delta } });
    out += compact({ { QStringLiteral("model"), QStringLiteral("llama-test:1b") },
               { QStringLiteral("message"),
                   QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                       { QStringLiteral("content"), QString() } } },
               { QStringLiteral("done"), true }, { QStringLiteral("done_reason"), doneReason },
               { QStringLiteral("total_duration"), evalDurationNs * 2 }, { QStringLiteral("load_duration"), 1000 },
               { QStringLiteral("prompt_eval_count"), tokens.input }, { QStringLiteral("prompt_eval_duration"), 5000 },
               { QStringLiteral("eval_count"), tokens.output }, { QStringLiteral("eval_duration"), evalDurationNs } })
        + '\n';
    return out;
}

QByteArray ProviderStreams::ollamaToolCall(const QString &name, const QByteArray &argumentsJson, Tokens tokens)
{
    const QJsonObject call { { QStringLiteral("function"),
        QJsonObject { { QStringLiteral("name"), name },
            { QStringLiteral("arguments"), QJsonDocument::fromJson(argumentsJson).object() } } } };
    QByteArray out = compact({ { QStringLiteral("model"), QStringLiteral("llama-test:1b") },
                         { QStringLiteral("message"),
                             QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                                 { QStringLiteral("content"), QString() },
                                 { QStringLiteral("tool_calls"), QJsonArray { call } } } },
                         { QStringLiteral("done"), false } })
        + '\n';
    out += compact({ { QStringLiteral("model"), QStringLiteral("llama-test:1b") },
               { QStringLiteral("message"),
                   QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                       { QStringLiteral("content"), QString() } } },
               { QStringLiteral("done"), true }, { QStringLiteral("done_reason"), QStringLiteral("stop") },
               { QStringLiteral("prompt_eval_count"), tokens.input }, { QStringLiteral("eval_count"), tokens.output },
               { QStringLiteral("eval_duration"), 1000 } })
        + '\n';
    return out;
}

} // namespace awb::test
