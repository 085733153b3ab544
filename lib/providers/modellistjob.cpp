#include "modellistjob.h"

#include "httpattempt.h"
#include "keypolicy.h"
#include "providerhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QUrlQuery>

namespace awb {

ModelListJob::ModelListJob(
    QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key, QObject *parent)
    : ProviderJob(parent)
    , m_network(network)
    , m_config(config)
    , m_key(key)
{
    QTimer::singleShot(0, this, [this] { fetch({}); });
}

ModelListJob::~ModelListJob()
{
    if (m_attempt)
        m_attempt->abort();
}

void ModelListJob::fetch(const QString &afterId)
{
    if (isFinished())
        return;
    QUrl url;
    switch (m_config.kind) {
    case ProviderConfig::Kind::Anthropic: {
        url = m_config.endpoint(QStringLiteral("/v1/models"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        if (!afterId.isEmpty())
            query.addQueryItem(QStringLiteral("after_id"), afterId);
        url.setQuery(query);
        break;
    }
    case ProviderConfig::Kind::OpenAI:
        url = m_config.endpoint(QStringLiteral("/models"));
        break;
    case ProviderConfig::Kind::Ollama:
        url = m_config.endpoint(QStringLiteral("/api/tags"));
        break;
    }
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
    m_body.clear();
    m_attempt = new HttpAttempt(m_network, ProviderHttp::makeRequest(m_config, m_key, url), QByteArrayLiteral("GET"),
        {}, m_config.timeouts, this);
    connect(m_attempt, &HttpAttempt::dataReceived, this, [this](const QByteArray &bytes) { m_body += bytes; });
    connect(m_attempt, &HttpAttempt::finished, this, &ModelListJob::onFinished);
    m_attempt->start();
}

void ModelListJob::cancel()
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

void ModelListJob::onFinished()
{
    HttpAttempt *attempt = std::exchange(m_attempt, nullptr);
    if (!attempt || isFinished())
        return;
    attempt->deleteLater();
    setHttpStatus(attempt->status());
    if (attempt->transportError() != ProviderError::NoError) {
        setError(attempt->transportError(), attempt->transportErrorString());
        emitFinished();
        return;
    }
    if (!attempt->isSuccess()) {
        const auto failure = ProviderHttp::classify(attempt->status(), attempt->errorBody(), {}, {}, m_config, {});
        setError(failure.error, failure.message);
        emitFinished();
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(m_body);
    m_body.clear();
    if (!doc.isObject()) {
        setError(ProviderError::MalformedResponse, QStringLiteral("The model list is not a JSON object."));
        emitFinished();
        return;
    }
    ++m_pages;
    const QJsonObject root = doc.object();
    if (m_config.kind == ProviderConfig::Kind::Ollama) {
        for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
            const QJsonObject model = value.toObject();
            ModelInfo info;
            info.id = model.value(QLatin1String("model")).toString();
            if (info.id.isEmpty())
                info.id = model.value(QLatin1String("name")).toString();
            info.displayName = model.value(QLatin1String("name")).toString(info.id);
            info.createdAt
                = QDateTime::fromString(model.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
            info.ownedBy = model.value(QLatin1String("details")).toObject().value(QLatin1String("family")).toString();
            info.sizeBytes = model.value(QLatin1String("size")).toInteger();
            m_models.append(info);
        }
        emitFinished();
        return;
    }
    for (const QJsonValue &value : root.value(QLatin1String("data")).toArray()) {
        const QJsonObject model = value.toObject();
        ModelInfo info;
        info.id = model.value(QLatin1String("id")).toString();
        info.displayName = model.value(QLatin1String("display_name")).toString(info.id);
        const QJsonValue created = model.value(QLatin1String("created_at"));
        if (created.isString())
            info.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        else if (model.value(QLatin1String("created")).isDouble())
            info.createdAt = QDateTime::fromSecsSinceEpoch(model.value(QLatin1String("created")).toInteger(), Qt::UTC);
        info.ownedBy = model.value(QLatin1String("owned_by")).toString();
        if (!info.id.isEmpty())
            m_models.append(info);
    }
    const QString lastId = root.value(QLatin1String("last_id")).toString();
    if (m_config.kind == ProviderConfig::Kind::Anthropic && root.value(QLatin1String("has_more")).toBool()
        && !lastId.isEmpty() && m_pages < 1000) {
        fetch(lastId);
        return;
    }
    emitFinished();
}

} // namespace awb
