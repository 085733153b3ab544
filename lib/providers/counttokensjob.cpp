#include "counttokensjob.h"

#include "anthropicprotocol.h"
#include "httpattempt.h"
#include "keypolicy.h"
#include "providerhttp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>

namespace awb {

CountTokensJob::CountTokensJob(QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key,
    const ChatRequest &request, QObject *parent)
    : ProviderJob(parent)
    , m_network(network)
    , m_config(config)
    , m_key(key)
    , m_request(request)
{
    QTimer::singleShot(0, this, &CountTokensJob::start);
}

CountTokensJob::~CountTokensJob()
{
    if (m_attempt)
        m_attempt->abort();
}

void CountTokensJob::start()
{
    if (isFinished())
        return;
    if (m_config.kind != ProviderConfig::Kind::Anthropic) {
        setError(ProviderError::Unsupported,
            QStringLiteral("%1 cannot count tokens before sending.").arg(m_config.displayName));
        emitFinished();
        return;
    }
    const QUrl url = m_config.endpoint(QStringLiteral("/v1/messages/count_tokens"));
    const KeyPolicy::Verdict verdict = KeyPolicy::checkKey(url, m_key, m_config.allowedInsecureHosts);
    if (!verdict.allowed) {
        setError(ProviderError::KeyPolicy, verdict.reason);
        emitFinished();
        return;
    }
    if (!m_network) {
        setError(ProviderError::ConnectionFailed, QStringLiteral("No network access."));
        emitFinished();
        return;
    }
    const QByteArray body = QJsonDocument(AnthropicProtocol::requestJson(m_request)).toJson(QJsonDocument::Compact);
    m_attempt = new HttpAttempt(m_network, ProviderHttp::makeRequest(m_config, m_key, url), QByteArrayLiteral("POST"),
        body, m_config.timeouts, this);
    connect(m_attempt, &HttpAttempt::dataReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_attempt, &HttpAttempt::finished, this, &CountTokensJob::onFinished);
    m_attempt->start();
}

void CountTokensJob::cancel()
{
    if (isFinished())
        return;
    if (m_attempt) {
        m_attempt->abort();
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
    setError(ProviderError::Cancelled, QStringLiteral("Stopped."));
    emitFinished();
}

void CountTokensJob::onFinished()
{
    HttpAttempt *attempt = std::exchange(m_attempt, nullptr);
    if (!attempt || isFinished())
        return;
    attempt->deleteLater();
    setHttpStatus(attempt->status());
    const QByteArray id = attempt->header("request-id");
    if (!id.isEmpty())
        setRequestId(QString::fromLatin1(id));
    if (attempt->transportError() != ProviderError::NoError) {
        setError(attempt->transportError(), attempt->transportErrorString());
    } else if (!attempt->isSuccess()) {
        const auto failure
            = ProviderHttp::classify(attempt->status(), attempt->errorBody(), {}, {}, m_config, m_request.model);
        setError(failure.error, failure.message);
    } else {
        const QJsonObject root = QJsonDocument::fromJson(m_body).object();
        const QJsonValue tokens = root.value(QLatin1String("input_tokens"));
        if (tokens.isDouble())
            m_inputTokens = tokens.toInteger();
        else
            setError(ProviderError::MalformedResponse, QStringLiteral("The token count answer has no input_tokens."));
    }
    emitFinished();
}

} // namespace awb
