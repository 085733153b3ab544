#include "openaiprotocol.h"

#include "chatjob.h"
#include "chatmessagesjson.h"
#include "providerhttp.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace awb {

QUrl OpenAiProtocol::url(const ProviderConfig &config) const
{
    return config.endpoint(QStringLiteral("/chat/completions"));
}

void OpenAiProtocol::prepare(QNetworkRequest &request) const
{
    request.setRawHeader("accept", "text/event-stream");
}

QByteArray OpenAiProtocol::body(const ChatRequest &request, const ProviderConfig &config) const
{
    QJsonObject root { { QStringLiteral("model"), request.model },
        { QStringLiteral("messages"), ChatMessagesJson::messages(request, ChatMessagesJson::ToolCallForm::OpenAi) },
        { QStringLiteral("stream"), true },
        { QStringLiteral("stream_options"), QJsonObject { { QStringLiteral("include_usage"), true } } } };
    // OpenAI's own API wants max_completion_tokens (reasoning models reject max_tokens); the
    // compatible servers know max_tokens.
    const bool openAiItself = config.baseUrl.host().compare(QLatin1String("api.openai.com"), Qt::CaseInsensitive) == 0;
    root.insert(
        openAiItself ? QStringLiteral("max_completion_tokens") : QStringLiteral("max_tokens"), request.maxTokens);
    if (request.temperature)
        root.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.stopSequences.isEmpty())
        root.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stopSequences));
    if (!request.tools.isEmpty()) {
        root.insert(QStringLiteral("tools"), ChatMessagesJson::tools(request.tools));
        switch (request.toolChoice.mode) {
        case ToolChoice::Mode::Auto:
            break;
        case ToolChoice::Mode::Any:
            root.insert(QStringLiteral("tool_choice"), QStringLiteral("required"));
            break;
        case ToolChoice::Mode::None:
            root.insert(QStringLiteral("tool_choice"), QStringLiteral("none"));
            break;
        case ToolChoice::Mode::Tool:
            root.insert(QStringLiteral("tool_choice"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("function") },
                    { QStringLiteral("function"),
                        QJsonObject { { QStringLiteral("name"), request.toolChoice.toolName } } } });
            break;
        }
    }
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it)
        root.insert(it.key(), it.value());
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void OpenAiProtocol::reset()
{
    m_decoder.reset();
    m_events = 0;
    m_textBlock = -1;
    m_thinkingBlock = -1;
    m_toolBlocks.clear();
    m_finishSeen = false;
}

void OpenAiProtocol::feed(QByteArrayView bytes, ChatJob *job)
{
    const bool ok = m_decoder.feed(bytes, [this, job](const SseEvent &event) {
        if (!job->isFinished())
            handle(event, job);
    });
    if (!ok && !job->isFinished())
        job->streamError(ProviderError::MalformedResponse, QStringLiteral("The event stream has an endless line."));
}

void OpenAiProtocol::finish(ChatJob *job)
{
    m_decoder.finish();
    if (job->isFinished())
        return;
    if (m_events == 0) {
        job->streamError(ProviderError::MalformedResponse,
            QStringLiteral("The answer is not a Chat Completions event stream (no events)."));
    } else if (m_finishSeen) {
        // Some compatible servers end the stream after finish_reason without [DONE].
        job->streamComplete();
    } else {
        job->streamError(ProviderError::ConnectionDropped,
            QStringLiteral("The stream ended before [DONE]: the reply is incomplete."));
    }
}

void OpenAiProtocol::handle(const SseEvent &event, ChatJob *job)
{
    ++m_events;
    if (event.data == "[DONE]") {
        job->streamComplete();
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(event.data, &parseError);
    if (!doc.isObject()) {
        job->streamError(ProviderError::MalformedResponse,
            QStringLiteral("A chunk of the stream is not valid JSON: %1").arg(QString::fromUtf8(event.data.left(120))));
        return;
    }
    const QJsonObject root = doc.object();
    if (root.contains(QLatin1String("error"))) {
        QString type;
        const QString message = ProviderHttp::providerMessage(event.data, &type);
        ProviderError category = ProviderHttp::errorForType(type);
        if (ProviderHttp::mentionsSpendLimit(message, type))
            category = ProviderError::SpendLimit;
        job->streamError(category, QStringLiteral("The provider stopped the reply: %1").arg(message));
        return;
    }
    if (job->model().isEmpty() && root.value(QLatin1String("model")).isString())
        job->setModel(root.value(QLatin1String("model")).toString());
    for (const QJsonValue &choice : root.value(QLatin1String("choices")).toArray()) {
        handleChoice(choice.toObject(), job);
        if (job->isFinished())
            return;
    }
    const QJsonValue usageValue = root.value(QLatin1String("usage"));
    if (usageValue.isObject()) {
        const QJsonObject usage = usageValue.toObject();
        const qint64 cached = usage.value(QLatin1String("prompt_tokens_details"))
                                  .toObject()
                                  .value(QLatin1String("cached_tokens"))
                                  .toInteger();
        Usage out;
        out.inputTokens = usage.value(QLatin1String("prompt_tokens")).toInteger() - cached;
        out.cacheReadInputTokens = cached;
        out.outputTokens = usage.value(QLatin1String("completion_tokens")).toInteger();
        job->updateUsage(out);
    }
}

void OpenAiProtocol::handleChoice(const QJsonObject &choice, ChatJob *job)
{
    if (choice.value(QLatin1String("index")).toInt() != 0)
        return;
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    QString reasoning = delta.value(QLatin1String("reasoning_content")).toString();
    if (reasoning.isEmpty())
        reasoning = delta.value(QLatin1String("reasoning")).toString();
    if (!reasoning.isEmpty()) {
        if (m_thinkingBlock < 0)
            m_thinkingBlock = job->beginBlock(ContentBlock::makeThinking({}));
        job->appendThinking(m_thinkingBlock, reasoning);
    }
    const QString content = delta.value(QLatin1String("content")).toString();
    if (!content.isEmpty()) {
        if (m_thinkingBlock >= 0)
            job->endBlock(m_thinkingBlock);
        if (m_textBlock < 0)
            m_textBlock = job->beginBlock(ContentBlock::makeText({}));
        job->appendText(m_textBlock, content);
    }
    for (const QJsonValue &callValue : delta.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject call = callValue.toObject();
        const int callIndex = call.value(QLatin1String("index")).toInt();
        const QJsonObject function = call.value(QLatin1String("function")).toObject();
        int block = m_toolBlocks.value(callIndex, -1);
        if (block < 0) {
            block = job->beginBlock(ContentBlock::makeToolUse(
                call.value(QLatin1String("id")).toString(), function.value(QLatin1String("name")).toString(), {}));
            m_toolBlocks.insert(callIndex, block);
        }
        job->appendToolInput(block, function.value(QLatin1String("arguments")).toString());
    }
    const QJsonValue finish = choice.value(QLatin1String("finish_reason"));
    if (finish.isString()) {
        m_finishSeen = true;
        job->setStopReason(finish.toString());
    }
}

} // namespace awb
