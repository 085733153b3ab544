#include "chatjob.h"

#include "httpattempt.h"
#include "keypolicy.h"
#include "providerhttp.h"
#include "providerslog.h"
#include "wireprotocol.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <cmath>

namespace awb {

ChatJob::ChatJob(std::unique_ptr<WireProtocol> protocol, QNetworkAccessManager *network, const ProviderConfig &config,
    const ApiKey &key, const ChatRequest &request, QObject *parent)
    : ProviderJob(parent)
    , m_protocol(std::move(protocol))
    , m_network(network)
    , m_config(config)
    , m_key(key)
    , m_request(request)
{
    m_message.role = ChatMessage::Role::Assistant;
    m_clock.start();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatJob::startAttempt);
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &ChatJob::onCountdownTick);
    QTimer::singleShot(0, this, &ChatJob::startAttempt);
}

ChatJob::~ChatJob()
{
    if (m_attempt)
        m_attempt->abort();
}

qint64 ChatJob::elapsedMs() const
{
    return m_finishedMs >= 0 ? m_finishedMs : m_clock.elapsed();
}

void ChatJob::startAttempt()
{
    if (isFinished())
        return;
    m_countdownTimer.stop();
    if (m_countdownLeft > 0) {
        m_countdownLeft = 0;
        Q_EMIT countdown(0);
    }

    const QUrl url = m_protocol->url(m_config);
    const KeyPolicy::Verdict verdict = KeyPolicy::checkKey(url, m_key, m_config.allowedInsecureHosts);
    if (!verdict.allowed) {
        fail(ProviderError::KeyPolicy, verdict.reason);
        return;
    }
    if (m_config.usesApiKey() && m_key.isEmpty() && !KeyPolicy::isLoopbackHost(url.host())) {
        const QString variable = m_config.kind == ProviderConfig::Kind::Anthropic ? QStringLiteral("ANTHROPIC_API_KEY")
                                                                                  : QStringLiteral("OPENAI_API_KEY");
        fail(ProviderError::MissingKey,
            QStringLiteral("No API key for %1: save one in the provider settings or set %2.")
                .arg(m_config.displayName, variable));
        return;
    }
    if (!m_network) {
        fail(ProviderError::ConnectionFailed, QStringLiteral("No network access."));
        return;
    }

    ++m_attempts;
    m_message = ChatMessage { ChatMessage::Role::Assistant, {} };
    m_wireIndex.clear();
    m_toolJson.clear();
    m_blockOpen.clear();
    m_stopReason.clear();
    m_model.clear();
    m_usage = Usage();
    m_generationNs = 0;
    m_bodySeen = false;
    m_streamDone = false;
    m_protocol->reset();

    QNetworkRequest request = ProviderHttp::makeRequest(m_config, m_key, url);
    m_protocol->prepare(request);
    const QByteArray body = m_protocol->body(m_request, m_config);
    m_attempt = new HttpAttempt(m_network, request, QByteArrayLiteral("POST"), body, m_config.timeouts, this);
    connect(m_attempt, &HttpAttempt::headersReceived, this, &ChatJob::onAttemptHeaders);
    connect(m_attempt, &HttpAttempt::dataReceived, this, &ChatJob::onAttemptData);
    connect(m_attempt, &HttpAttempt::finished, this, &ChatJob::onAttemptFinished);
    qCDebug(lcProviders) << "chat attempt" << m_attempts << ProviderConfig::kindName(m_config.kind) << url.host()
                         << url.path() << "model" << m_request.model << "body bytes" << body.size();
    m_requestSentMs = m_clock.elapsed();
    m_attempt->start();
}

void ChatJob::onAttemptHeaders()
{
    setHttpStatus(m_attempt->status());
    QByteArray id = m_attempt->header("request-id");
    if (id.isEmpty())
        id = m_attempt->header("x-request-id");
    if (!id.isEmpty())
        setRequestId(QString::fromLatin1(id));
}

void ChatJob::onAttemptData(const QByteArray &bytes)
{
    if (isFinished())
        return;
    m_bodySeen = true;
    // The protocol reads on after the event that ends the reply; finished() waits until it is done.
    holdFinished();
    m_protocol->feed(bytes, this);
    releaseFinished();
}

void ChatJob::onAttemptFinished()
{
    HttpAttempt *attempt = std::exchange(m_attempt, nullptr);
    if (!attempt)
        return;
    attempt->deleteLater();
    if (isFinished())
        return;

    const ProviderError transport = attempt->transportError();
    if (transport != ProviderError::NoError) {
        const bool nothingShown = m_message.content.isEmpty();
        if (nothingShown && isTransient(transport)) {
            scheduleRetry(transport, attempt->transportErrorString(), -1);
            return;
        }
        if (transport == ProviderError::ConnectionFailed && nothingShown) {
            fail(transport, attempt->transportErrorString());
            return;
        }
        streamError(transport, attempt->transportErrorString());
        return;
    }
    if (!attempt->isSuccess()) {
        const ProviderHttp::Failure failure = ProviderHttp::classify(attempt->status(), attempt->errorBody(),
            attempt->header("retry-after"), attempt->header("retry-after-ms"), m_config, m_request.model);
        if (failure.retryable)
            scheduleRetry(failure.error, failure.message, failure.retryAfterMs);
        else
            fail(failure.error, failure.message);
        return;
    }
    holdFinished();
    m_protocol->finish(this);
    if (!isFinished())
        streamError(ProviderError::ConnectionDropped, QStringLiteral("The reply stopped before it was complete."));
    releaseFinished();
}

void ChatJob::scheduleRetry(ProviderError reason, const QString &message, int retryAfterMs)
{
    if (m_attempt) {
        m_attempt->abort();
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
    const int retriesDone = m_attempts - 1;
    if (retriesDone >= m_config.retry.maxRetries) {
        fail(reason,
            m_attempts > 1 ? QStringLiteral("%1 (gave up after %2 attempts)").arg(message).arg(m_attempts) : message);
        return;
    }
    if (retryAfterMs > m_config.retry.maxRetryAfterMs) {
        fail(reason,
            QStringLiteral("%1 The provider asks to wait %2 s before trying again.")
                .arg(message)
                .arg(std::ceil(retryAfterMs / 1000.0)));
        return;
    }
    const int delay = retryAfterMs >= 0 ? retryAfterMs : m_config.retry.backoffMs(m_attempts);
    m_countdownLeft = static_cast<int>(std::ceil(delay / 1000.0));
    qCInfo(lcProviders) << "retrying" << providerErrorName(reason) << "attempt" << m_attempts + 1 << "in" << delay
                        << "ms";
    m_retryTimer.start(delay);
    if (m_countdownLeft > 0)
        m_countdownTimer.start();
    Q_EMIT retrying(m_attempts + 1, m_countdownLeft, reason, message);
}

void ChatJob::onCountdownTick()
{
    if (m_countdownLeft <= 0) {
        m_countdownTimer.stop();
        return;
    }
    --m_countdownLeft;
    if (m_countdownLeft <= 0)
        m_countdownTimer.stop();
    Q_EMIT countdown(m_countdownLeft);
}

void ChatJob::cancel()
{
    if (isFinished())
        return;
    m_interrupted = !m_message.content.isEmpty();
    fail(ProviderError::Cancelled, QStringLiteral("Stopped."));
}

void ChatJob::fail(ProviderError error, const QString &message)
{
    setError(error, message);
    qCInfo(lcProviders) << "chat failed:" << providerErrorName(error) << "after" << m_attempts << "attempt(s)";
    finishNow();
}

void ChatJob::succeed()
{
    setError(ProviderError::NoError, {});
    finishNow();
}

void ChatJob::finishNow()
{
    m_retryTimer.stop();
    m_countdownTimer.stop();
    m_countdownLeft = 0;
    if (m_attempt) {
        m_attempt->abort();
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
    m_finishedMs = m_clock.elapsed();
    emitFinished();
}

void ChatJob::markFirstToken()
{
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed() - m_requestSentMs;
}

int ChatJob::beginBlock(const ContentBlock &block, int wireIndex)
{
    const int index = m_message.content.size();
    m_message.content.append(block);
    m_wireIndex.append(wireIndex);
    m_toolJson.append(QString());
    m_blockOpen.append(true);
    Q_EMIT contentBlockStarted(index, block.type);
    if (block.type == ContentBlock::Type::ToolUse)
        Q_EMIT toolUseStarted(index, block.id, block.name);
    if (!block.text.isEmpty() && block.type == ContentBlock::Type::Text) {
        markFirstToken();
        Q_EMIT textDelta(block.text);
    } else if (!block.text.isEmpty() && block.type == ContentBlock::Type::Thinking) {
        markFirstToken();
        Q_EMIT thinkingDelta(block.text);
    }
    return index;
}

int ChatJob::blockForWireIndex(int wireIndex) const
{
    for (int i = m_wireIndex.size() - 1; i >= 0; --i) {
        if (m_wireIndex.at(i) == wireIndex)
            return i;
    }
    return -1;
}

void ChatJob::appendText(int index, const QString &text)
{
    if (index < 0 || index >= m_message.content.size() || text.isEmpty())
        return;
    m_message.content[index].text += text;
    markFirstToken();
    Q_EMIT textDelta(text);
}

void ChatJob::appendThinking(int index, const QString &text)
{
    if (index < 0 || index >= m_message.content.size() || text.isEmpty())
        return;
    m_message.content[index].text += text;
    markFirstToken();
    Q_EMIT thinkingDelta(text);
}

void ChatJob::appendSignature(int index, const QString &signature)
{
    if (index < 0 || index >= m_message.content.size())
        return;
    m_message.content[index].signature += signature;
}

void ChatJob::appendToolInput(int index, const QString &partialJson)
{
    if (index < 0 || index >= m_message.content.size() || partialJson.isEmpty())
        return;
    m_toolJson[index] += partialJson;
    markFirstToken();
    Q_EMIT toolInputDelta(index, partialJson);
}

void ChatJob::endBlock(int index)
{
    if (index < 0 || index >= m_message.content.size() || !m_blockOpen.at(index))
        return;
    ContentBlock &block = m_message.content[index];
    if (block.type == ContentBlock::Type::ToolUse && !m_toolJson.at(index).trimmed().isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_toolJson.at(index).toUtf8(), &parseError);
        if (!doc.isObject()) {
            streamError(ProviderError::MalformedResponse,
                QStringLiteral("The input of the tool call '%1' is not a JSON object (%2).")
                    .arg(block.name, parseError.errorString()));
            return;
        }
        block.input = doc.object();
    }
    m_blockOpen[index] = false;
    Q_EMIT contentBlockFinished(index);
}

void ChatJob::updateUsage(const Usage &usage)
{
    if (usage == m_usage)
        return;
    m_usage = usage;
    Q_EMIT usageChanged(m_usage);
}

void ChatJob::setStopReason(const QString &reason)
{
    if (reason == QLatin1String("stop"))
        m_stopReason = QStringLiteral("end_turn");
    else if (reason == QLatin1String("length"))
        m_stopReason = QStringLiteral("max_tokens");
    else if (reason == QLatin1String("tool_calls") || reason == QLatin1String("function_call"))
        m_stopReason = QStringLiteral("tool_use");
    else if (reason == QLatin1String("content_filter"))
        m_stopReason = QStringLiteral("refusal");
    else
        m_stopReason = reason;
}

void ChatJob::streamError(ProviderError error, const QString &message)
{
    if (isFinished())
        return;
    if (m_message.content.isEmpty() && isTransient(error)) {
        scheduleRetry(error, message, -1);
        return;
    }
    m_interrupted = !m_message.content.isEmpty();
    fail(error, message);
}

void ChatJob::streamComplete()
{
    if (isFinished())
        return;
    m_streamDone = true;
    for (int i = 0; i < m_message.content.size(); ++i) {
        endBlock(i);
        if (isFinished())
            return;
    }
    succeed();
}

} // namespace awb
