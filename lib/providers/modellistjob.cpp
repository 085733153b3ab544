#include "modellistjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace awb {

namespace {

QList<ModelInfo> ollamaTags(const QJsonObject &root)
{
    QList<ModelInfo> models;
    for (const QJsonValue &value : root.value(QLatin1String("models")).toArray()) {
        const QJsonObject model = value.toObject();
        ModelInfo info;
        info.id = model.value(QLatin1String("model")).toString();
        if (info.id.isEmpty())
            info.id = model.value(QLatin1String("name")).toString();
        info.displayName = model.value(QLatin1String("name")).toString(info.id);
        info.createdAt = QDateTime::fromString(model.value(QLatin1String("modified_at")).toString(), Qt::ISODateWithMs);
        info.ownedBy = model.value(QLatin1String("details")).toObject().value(QLatin1String("family")).toString();
        info.sizeBytes = model.value(QLatin1String("size")).toInteger();
        models.append(info);
    }
    return models;
}

/// Anthropic's and the OpenAI-compatible `data` array (ids without a name are skipped).
QList<ModelInfo> modelPage(const QJsonObject &root)
{
    QList<ModelInfo> models;
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
            models.append(info);
    }
    return models;
}

} // namespace

ModelListJob::ModelListJob(
    QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key, QObject *parent)
    : SingleRequestJob(network, config, key, parent)
{ }

void ModelListJob::start()
{
    fetch({});
}

void ModelListJob::fetch(const QString &afterId)
{
    QUrl url;
    switch (config().kind) {
    case ProviderConfig::Kind::Anthropic: {
        url = config().endpoint(QStringLiteral("/v1/models"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
        if (!afterId.isEmpty())
            query.addQueryItem(QStringLiteral("after_id"), afterId);
        url.setQuery(query);
        break;
    }
    case ProviderConfig::Kind::OpenAI:
        url = config().endpoint(QStringLiteral("/models"));
        break;
    case ProviderConfig::Kind::Ollama:
        url = config().endpoint(QStringLiteral("/api/tags"));
        break;
    }
    send(url, QByteArrayLiteral("GET"));
}

void ModelListJob::handleBody(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        fail(ProviderError::MalformedResponse, QStringLiteral("The model list is not a JSON object."));
        return;
    }
    ++m_pages;
    const QJsonObject root = doc.object();
    if (config().kind == ProviderConfig::Kind::Ollama) {
        m_models += ollamaTags(root);
        emitFinished();
        return;
    }
    m_models += modelPage(root);
    const QString lastId = root.value(QLatin1String("last_id")).toString();
    if (config().kind == ProviderConfig::Kind::Anthropic && root.value(QLatin1String("has_more")).toBool()
        && !lastId.isEmpty() && m_pages < 1000) {
        fetch(lastId);
        return;
    }
    emitFinished();
}

} // namespace awb
