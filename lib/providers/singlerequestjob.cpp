#include "singlerequestjob.h"

#include "httpattempt.h"
#include "keypolicy.h"
#include "providerhttp.h"

#include <QNetworkAccessManager>
#include <QTimer>

namespace awb {

SingleRequestJob::SingleRequestJob(
    QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key, QObject *parent)
    : ProviderJob(parent)
    , m_network(network)
    , m_config(config)
    , m_key(key)
{
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            start();
    });
}

SingleRequestJob::~SingleRequestJob()
{
    if (m_attempt)
        m_attempt->abort();
}

void SingleRequestJob::cancel()
{
    if (isFinished())
        return;
    if (m_attempt) {
        m_attempt->abort();
        m_attempt->deleteLater();
        m_attempt = nullptr;
    }
    fail(ProviderError::Cancelled, QStringLiteral("Stopped."));
}

void SingleRequestJob::fail(ProviderError error, const QString &message)
{
    setError(error, message);
    emitFinished();
}

void SingleRequestJob::send(const QUrl &url, const QByteArray &verb, const QByteArray &body, const QString &model)
{
    if (isFinished())
        return;
    const KeyPolicy::Verdict verdict = KeyPolicy::checkKey(url, m_key, m_config.allowedInsecureHosts);
    if (!verdict.allowed) {
        fail(ProviderError::KeyPolicy, verdict.reason);
        return;
    }
    if (!m_network) {
        fail(ProviderError::ConnectionFailed, QStringLiteral("No network access."));
        return;
    }
    m_body.clear();
    m_model = model;
    m_attempt = new HttpAttempt(
        m_network, ProviderHttp::makeRequest(m_config, m_key, url), verb, body, m_config.timeouts, this);
    connect(m_attempt, &HttpAttempt::dataReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_attempt, &HttpAttempt::finished, this, &SingleRequestJob::onAttemptFinished);
    m_attempt->start();
}

void SingleRequestJob::onAttemptFinished()
{
    HttpAttempt *attempt = std::exchange(m_attempt, nullptr);
    if (!attempt || isFinished())
        return;
    attempt->deleteLater();
    setHttpStatus(attempt->status());
    QByteArray id = attempt->header("request-id");
    if (id.isEmpty())
        id = attempt->header("x-request-id");
    if (!id.isEmpty())
        setRequestId(QString::fromLatin1(id));
    if (attempt->transportError() != ProviderError::NoError) {
        fail(attempt->transportError(), attempt->transportErrorString());
        return;
    }
    if (!attempt->isSuccess()) {
        const auto failure = ProviderHttp::classify(attempt->status(), attempt->errorBody(), {}, {}, m_config, m_model);
        fail(failure.error, failure.message);
        return;
    }
    handleBody(std::exchange(m_body, {}));
}

} // namespace awb
