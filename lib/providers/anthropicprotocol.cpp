#include "anthropicprotocol.h"

#include "chatjob.h"
#include "jsonview.h"
#include "providerhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace awb {

namespace {

QJsonObject ephemeral()
{
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("ephemeral") } };
}

QJsonObject blockJson(const ContentBlock &block)
{
    switch (block.type) {
    case ContentBlock::Type::Text:
        return { { QStringLiteral("type"), QStringLiteral("text") }, { QStringLiteral("text"), block.text } };
    case ContentBlock::Type::Thinking:
        return { { QStringLiteral("type"), QStringLiteral("thinking") }, { QStringLiteral("thinking"), block.text },
            { QStringLiteral("signature"), block.signature } };
    case ContentBlock::Type::RedactedThinking:
        return { { QStringLiteral("type"), QStringLiteral("redacted_thinking") },
            { QStringLiteral("data"), block.signature } };
    case ContentBlock::Type::ToolUse:
        return { { QStringLiteral("type"), QStringLiteral("tool_use") }, { QStringLiteral("id"), block.id },
            { QStringLiteral("name"), block.name }, { QStringLiteral("input"), block.input } };
    case ContentBlock::Type::ToolResult: {
        QJsonObject result { { QStringLiteral("type"), QStringLiteral("tool_result") },
            { QStringLiteral("tool_use_id"), block.id }, { QStringLiteral("content"), block.text } };
        if (block.isError)
            result.insert(QStringLiteral("is_error"), true);
        return result;
    }
    }
    return {};
}

QJsonObject parseObject(const QByteArray &data, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    *ok = doc.isObject();
    return doc.object();
}

} // namespace

QUrl AnthropicProtocol::url(const ProviderConfig &config) const
{
    return config.endpoint(QStringLiteral("/v1/messages"));
}

void AnthropicProtocol::prepare(QNetworkRequest &request) const
{
    request.setRawHeader("accept", "text/event-stream");
}

QJsonObject AnthropicProtocol::requestJson(const ChatRequest &request)
{
    QJsonObject root { { QStringLiteral("model"), request.model } };
    if (!request.system.isEmpty()) {
        if (request.cacheSystem) {
            QJsonObject block { { QStringLiteral("type"), QStringLiteral("text") },
                { QStringLiteral("text"), request.system } };
            block.insert(QStringLiteral("cache_control"), ephemeral());
            root.insert(QStringLiteral("system"), QJsonArray { block });
        } else {
            root.insert(QStringLiteral("system"), request.system);
        }
    }
    QJsonArray messages;
    int lastUser = -1;
    for (int i = 0; i < request.messages.size(); ++i) {
        if (request.messages.at(i).role == ChatMessage::Role::User)
            lastUser = i;
    }
    for (int i = 0; i < request.messages.size(); ++i) {
        const ChatMessage &message = request.messages.at(i);
        QJsonArray content;
        for (const ContentBlock &block : message.content)
            content.append(blockJson(block));
        if (i == lastUser && request.cacheLastMessage && !content.isEmpty()) {
            QJsonObject last = content.last().toObject();
            last.insert(QStringLiteral("cache_control"), ephemeral());
            content[content.size() - 1] = last;
        }
        messages.append(QJsonObject {
            { QStringLiteral("role"), ChatMessage::roleName(message.role) }, { QStringLiteral("content"), content } });
    }
    root.insert(QStringLiteral("messages"), messages);
    if (!request.tools.isEmpty()) {
        QJsonArray tools;
        for (int i = 0; i < request.tools.size(); ++i) {
            const ToolDefinition &tool = request.tools.at(i);
            QJsonObject t { { QStringLiteral("name"), tool.name }, { QStringLiteral("description"), tool.description },
                { QStringLiteral("input_schema"), tool.inputSchema } };
            if (request.cacheTools && i == request.tools.size() - 1)
                t.insert(QStringLiteral("cache_control"), ephemeral());
            tools.append(t);
        }
        root.insert(QStringLiteral("tools"), tools);
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
            break;
        case ToolChoice::Mode::Any:
            root.insert(
                QStringLiteral("tool_choice"), QJsonObject { { QStringLiteral("type"), QStringLiteral("any") } });
            break;
        case ToolChoice::Mode::None:
            root.insert(
                QStringLiteral("tool_choice"), QJsonObject { { QStringLiteral("type"), QStringLiteral("none") } });
            break;
        case ToolChoice::Mode::Tool:
            root.insert(QStringLiteral("tool_choice"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("tool") },
                    { QStringLiteral("name"), request.toolChoice.toolName } });
            break;
        }
    }
    if (request.thinkingBudget > 0) {
        root.insert(QStringLiteral("thinking"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("enabled") },
                { QStringLiteral("budget_tokens"), request.thinkingBudget } });
    }
    return root;
}

QByteArray AnthropicProtocol::body(const ChatRequest &request, const ProviderConfig &config) const
{
    Q_UNUSED(config);
    QJsonObject root = requestJson(request);
    root.insert(QStringLiteral("max_tokens"), request.maxTokens);
    root.insert(QStringLiteral("stream"), true);
    if (request.temperature)
        root.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.stopSequences.isEmpty())
        root.insert(QStringLiteral("stop_sequences"), QJsonArray::fromStringList(request.stopSequences));
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Usage AnthropicProtocol::usageFrom(const QJsonObject &usage, const Usage &previous)
{
    Usage out = previous;
    auto take = [&usage](const char *key, qint64 &field) {
        const QJsonValue value = usage.value(QLatin1String(key));
        if (value.isDouble())
            field = value.toInteger();
    };
    take("input_tokens", out.inputTokens);
    take("output_tokens", out.outputTokens);
    take("cache_read_input_tokens", out.cacheReadInputTokens);
    take("cache_creation_input_tokens", out.cacheCreationInputTokens);
    return out;
}

void AnthropicProtocol::reset()
{
    m_decoder.reset();
    m_events = 0;
    m_started = false;
}

void AnthropicProtocol::feed(QByteArrayView bytes, ChatJob *job)
{
    const bool ok = m_decoder.feed(bytes, [this, job](const SseEvent &event) {
        if (!job->isFinished())
            handle(event, job);
    });
    if (!ok && !job->isFinished())
        job->streamError(ProviderError::MalformedResponse, QStringLiteral("The event stream has an endless line."));
}

void AnthropicProtocol::finish(ChatJob *job)
{
    m_decoder.finish();
    if (job->isFinished())
        return;
    if (m_events == 0) {
        job->streamError(ProviderError::MalformedResponse,
            QStringLiteral("The answer is not an Anthropic event stream (no events)."));
        return;
    }
    job->streamError(ProviderError::ConnectionDropped,
        QStringLiteral("The stream ended before message_stop: the reply is incomplete."));
}

bool AnthropicProtocol::handleDelta(const SseEvent &event, ChatJob *job)
{
    JsonView json;
    if (!json.parse(event.data))
        return false;
    if (event.event == "ping")
        return true;
    const int index = job->blockForWireIndex(int(json.integer({ QLatin1StringView("index") }).value_or(-1)));
    if (index < 0)
        return true;
    const QByteArrayView type = json.raw({ QLatin1StringView("delta"), QLatin1StringView("type") });
    if (type == QByteArrayView("\"text_delta\""))
        job->appendText(
            index, json.string({ QLatin1StringView("delta"), QLatin1StringView("text") }).value_or(QString()));
    else if (type == QByteArrayView("\"thinking_delta\""))
        job->appendThinking(
            index, json.string({ QLatin1StringView("delta"), QLatin1StringView("thinking") }).value_or(QString()));
    else if (type == QByteArrayView("\"signature_delta\""))
        job->appendSignature(
            index, json.string({ QLatin1StringView("delta"), QLatin1StringView("signature") }).value_or(QString()));
    else if (type == QByteArrayView("\"input_json_delta\""))
        job->appendToolInput(
            index, json.string({ QLatin1StringView("delta"), QLatin1StringView("partial_json") }).value_or(QString()));
    return true;
}

void AnthropicProtocol::handle(const SseEvent &event, ChatJob *job)
{
    ++m_events;
    // Deltas are nearly every event of a reply: read them without building a JSON tree.
    if (event.event == "content_block_delta" || event.event == "ping") {
        if (!handleDelta(event, job))
            job->streamError(ProviderError::MalformedResponse,
                QStringLiteral("An event of the stream is not valid JSON: %1")
                    .arg(QString::fromUtf8(event.data.left(120))));
        return;
    }
    bool ok = false;
    const QJsonObject data = parseObject(event.data, &ok);
    if (!ok) {
        job->streamError(ProviderError::MalformedResponse,
            QStringLiteral("An event of the stream is not valid JSON: %1")
                .arg(QString::fromUtf8(event.data.left(120))));
        return;
    }
    const QString type
        = event.event.isEmpty() ? data.value(QLatin1String("type")).toString() : QString::fromUtf8(event.event);
    if (type == QLatin1String("ping")) {
        return;
    } else if (type == QLatin1String("message_start")) {
        m_started = true;
        const QJsonObject message = data.value(QLatin1String("message")).toObject();
        job->setModel(message.value(QLatin1String("model")).toString());
        job->updateUsage(usageFrom(message.value(QLatin1String("usage")).toObject(), job->usage()));
    } else if (type == QLatin1String("content_block_start")) {
        const int wire = data.value(QLatin1String("index")).toInt(-1);
        const QJsonObject block = data.value(QLatin1String("content_block")).toObject();
        const QString blockType = block.value(QLatin1String("type")).toString();
        if (blockType == QLatin1String("text")) {
            job->beginBlock(ContentBlock::makeText(block.value(QLatin1String("text")).toString()), wire);
        } else if (blockType == QLatin1String("thinking")) {
            job->beginBlock(ContentBlock::makeThinking(block.value(QLatin1String("thinking")).toString(),
                                block.value(QLatin1String("signature")).toString()),
                wire);
        } else if (blockType == QLatin1String("redacted_thinking")) {
            ContentBlock redacted;
            redacted.type = ContentBlock::Type::RedactedThinking;
            redacted.signature = block.value(QLatin1String("data")).toString();
            job->beginBlock(redacted, wire);
        } else if (blockType == QLatin1String("tool_use") || blockType == QLatin1String("server_tool_use")) {
            job->beginBlock(
                ContentBlock::makeToolUse(block.value(QLatin1String("id")).toString(),
                    block.value(QLatin1String("name")).toString(), block.value(QLatin1String("input")).toObject()),
                wire);
        }
        // Other block types (web search results, ...) are not shown; their deltas are ignored.
    } else if (type == QLatin1String("content_block_delta")) {
        const int index = job->blockForWireIndex(data.value(QLatin1String("index")).toInt(-1));
        if (index < 0)
            return;
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        const QString deltaType = delta.value(QLatin1String("type")).toString();
        if (deltaType == QLatin1String("text_delta"))
            job->appendText(index, delta.value(QLatin1String("text")).toString());
        else if (deltaType == QLatin1String("thinking_delta"))
            job->appendThinking(index, delta.value(QLatin1String("thinking")).toString());
        else if (deltaType == QLatin1String("signature_delta"))
            job->appendSignature(index, delta.value(QLatin1String("signature")).toString());
        else if (deltaType == QLatin1String("input_json_delta"))
            job->appendToolInput(index, delta.value(QLatin1String("partial_json")).toString());
    } else if (type == QLatin1String("content_block_stop")) {
        job->endBlock(job->blockForWireIndex(data.value(QLatin1String("index")).toInt(-1)));
    } else if (type == QLatin1String("message_delta")) {
        const QJsonObject delta = data.value(QLatin1String("delta")).toObject();
        const QJsonValue stop = delta.value(QLatin1String("stop_reason"));
        if (stop.isString())
            job->setStopReason(stop.toString());
        if (data.contains(QLatin1String("usage")))
            job->updateUsage(usageFrom(data.value(QLatin1String("usage")).toObject(), job->usage()));
    } else if (type == QLatin1String("message_stop")) {
        job->streamComplete();
    } else if (type == QLatin1String("error")) {
        const QJsonObject error = data.value(QLatin1String("error")).toObject();
        const QString errorType = error.value(QLatin1String("type")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        const ProviderError category = ProviderHttp::errorForType(errorType);
        job->streamError(category,
            QStringLiteral("The provider stopped the reply with %1: %2")
                .arg(errorType.isEmpty() ? QStringLiteral("an error") : errorType, message));
    }
    // Unknown events are ignored, as the API's versioning policy asks.
}

} // namespace awb
