#include "ollamaprotocol.h"

#include "chatjob.h"
#include "chatmessagesjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace awb {

QUrl OllamaProtocol::url(const ProviderConfig &config) const
{
    return config.endpoint(QStringLiteral("/api/chat"));
}

QByteArray OllamaProtocol::body(const ChatRequest &request, const ProviderConfig &config) const
{
    Q_UNUSED(config);
    QJsonObject options { { QStringLiteral("num_predict"), request.maxTokens } };
    if (request.temperature)
        options.insert(QStringLiteral("temperature"), *request.temperature);
    if (!request.stopSequences.isEmpty())
        options.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stopSequences));
    QJsonObject root { { QStringLiteral("model"), request.model },
        { QStringLiteral("messages"), ChatMessagesJson::messages(request, ChatMessagesJson::ToolCallForm::Ollama) },
        { QStringLiteral("stream"), true }, { QStringLiteral("options"), options } };
    if (request.thinkingBudget > 0)
        root.insert(QStringLiteral("think"), true);
    if (!request.tools.isEmpty() && request.toolChoice.mode != ToolChoice::Mode::None)
        root.insert(QStringLiteral("tools"), ChatMessagesJson::tools(request.tools));
    for (auto it = request.extra.begin(); it != request.extra.end(); ++it) {
        if (it.key() == QLatin1String("options") && it.value().isObject()) {
            const QJsonObject extraOptions = it.value().toObject();
            for (auto o = extraOptions.begin(); o != extraOptions.end(); ++o)
                options.insert(o.key(), o.value());
            root.insert(QStringLiteral("options"), options);
        } else {
            root.insert(it.key(), it.value());
        }
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void OllamaProtocol::reset()
{
    m_decoder.reset();
    m_lines = 0;
    m_textBlock = -1;
    m_thinkingBlock = -1;
    m_toolCalls = 0;
}

void OllamaProtocol::feed(QByteArrayView bytes, ChatJob *job)
{
    const bool ok = m_decoder.feed(bytes, [this, job](QByteArrayView line) {
        if (!job->isFinished())
            handle(line, job);
    });
    if (!ok && !job->isFinished())
        job->streamError(ProviderError::MalformedResponse, QStringLiteral("The stream has an endless line."));
}

void OllamaProtocol::finish(ChatJob *job)
{
    // A last line without its newline is used only if it is whole JSON; otherwise it was cut.
    m_decoder.finish([this, job](QByteArrayView line) {
        if (!job->isFinished() && QJsonDocument::fromJson(line.toByteArray()).isObject())
            handle(line, job);
    });
    if (job->isFinished())
        return;
    if (m_lines == 0) {
        job->streamError(ProviderError::MalformedResponse, QStringLiteral("Ollama sent an empty answer."));
        return;
    }
    job->streamError(
        ProviderError::ConnectionDropped, QStringLiteral("The stream ended before \"done\": the reply is incomplete."));
}

void OllamaProtocol::handle(QByteArrayView line, ChatJob *job)
{
    ++m_lines;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (!doc.isObject()) {
        job->streamError(ProviderError::MalformedResponse,
            QStringLiteral("A line of the stream is not valid JSON: %1")
                .arg(QString::fromUtf8(line.first(qMin<qsizetype>(120, line.size())))));
        return;
    }
    const QJsonObject root = doc.object();
    const QJsonValue error = root.value(QLatin1String("error"));
    if (!error.isUndefined()) {
        const QString message
            = error.isString() ? error.toString() : error.toObject().value(QLatin1String("message")).toString();
        const ProviderError category
            = message.contains(QLatin1String("not found")) ? ProviderError::NotFound : ProviderError::ServerError;
        job->streamError(category, QStringLiteral("Ollama stopped the reply: %1").arg(message));
        return;
    }
    if (job->model().isEmpty())
        job->setModel(root.value(QLatin1String("model")).toString());
    const QJsonObject message = root.value(QLatin1String("message")).toObject();
    const QString thinking = message.value(QLatin1String("thinking")).toString();
    if (!thinking.isEmpty()) {
        if (m_thinkingBlock < 0)
            m_thinkingBlock = job->beginBlock(ContentBlock::makeThinking({}));
        job->appendThinking(m_thinkingBlock, thinking);
    }
    const QString content = message.value(QLatin1String("content")).toString();
    if (!content.isEmpty()) {
        if (m_thinkingBlock >= 0)
            job->endBlock(m_thinkingBlock);
        if (m_textBlock < 0)
            m_textBlock = job->beginBlock(ContentBlock::makeText({}));
        job->appendText(m_textBlock, content);
    }
    for (const QJsonValue &callValue : message.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject function = callValue.toObject().value(QLatin1String("function")).toObject();
        ++m_toolCalls;
        const int block = job->beginBlock(ContentBlock::makeToolUse(QStringLiteral("call_%1").arg(m_toolCalls),
            function.value(QLatin1String("name")).toString(), function.value(QLatin1String("arguments")).toObject()));
        job->endBlock(block);
    }
    if (root.value(QLatin1String("done")).toBool()) {
        Usage usage;
        usage.inputTokens = root.value(QLatin1String("prompt_eval_count")).toInteger();
        usage.outputTokens = root.value(QLatin1String("eval_count")).toInteger();
        job->updateUsage(usage);
        job->setGenerationNs(root.value(QLatin1String("eval_duration")).toInteger());
        QString reason = root.value(QLatin1String("done_reason")).toString();
        if (m_toolCalls > 0 && (reason.isEmpty() || reason == QLatin1String("stop")))
            reason = QStringLiteral("tool_calls");
        job->setStopReason(reason.isEmpty() ? QStringLiteral("stop") : reason);
        job->streamComplete();
    }
}

} // namespace awb
