#include "messagebatch.h"

#include "triggerslog.h"

#include "providers/anthropicprotocol.h"
#include "providers/keypolicy.h"
#include "providers/providerhttp.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace awb {

MessageBatch::MessageBatch(const ProviderConfig &config, const ApiKey &key, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_key(key)
    , m_network(new QNetworkAccessManager(this))
{
    m_poll.setSingleShot(true);
    m_poll.setInterval(30000);
    connect(&m_poll, &QTimer::timeout, this, &MessageBatch::poll);
}

MessageBatch::~MessageBatch()
{
    if (m_reply)
        m_reply->disconnect(this);
}

QNetworkReply *MessageBatch::send(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    const KeyPolicy::Verdict verdict = KeyPolicy::checkKey(url, m_key, m_config.allowedInsecureHosts);
    if (!verdict.allowed) {
        done(verdict.reason);
        return nullptr;
    }
    QNetworkRequest request = ProviderHttp::makeRequest(m_config, m_key, url);
    request.setTransferTimeout(m_config.timeouts.firstByteMs > 0 ? m_config.timeouts.firstByteMs : 60000);
    m_reply = verb == "POST" ? m_network->post(request, body) : m_network->get(request);
    return m_reply;
}

bool MessageBatch::replyFailed(QNetworkReply *reply, const QByteArray &body)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300)
        return false;
    QString message = ProviderHttp::providerMessage(body);
    if (message.isEmpty())
        message = reply->errorString();
    done(QStringLiteral("the batch request failed (HTTP %1): %2").arg(status).arg(message));
    return true;
}

void MessageBatch::start(const QList<Item> &items)
{
    QJsonArray requests;
    for (const Item &item : items) {
        requests.append(QJsonObject { { QStringLiteral("custom_id"), item.customId },
            { QStringLiteral("params"), AnthropicProtocol::requestJson(item.request) } });
    }
    const QByteArray body
        = QJsonDocument(QJsonObject { { QStringLiteral("requests"), requests } }).toJson(QJsonDocument::Compact);
    if (QNetworkReply *reply = send("POST", m_config.endpoint(QStringLiteral("/v1/messages/batches")), body))
        connect(reply, &QNetworkReply::finished, this, &MessageBatch::onCreated);
}

void MessageBatch::onCreated()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (m_cancelled || replyFailed(reply, body))
        return;
    const QJsonObject batch = QJsonDocument::fromJson(body).object();
    m_id = batch.value(QLatin1String("id")).toString();
    if (m_id.isEmpty()) {
        done(QStringLiteral("the batch endpoint answered without a batch id"));
        return;
    }
    m_status = batch.value(QLatin1String("processing_status")).toString();
    qCDebug(lcTriggers) << "message batch" << m_id << m_status;
    m_poll.start();
}

void MessageBatch::poll()
{
    if (QNetworkReply *reply = send("GET", m_config.endpoint(QStringLiteral("/v1/messages/batches/") + m_id)))
        connect(reply, &QNetworkReply::finished, this, &MessageBatch::onPolled);
}

void MessageBatch::onPolled()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (m_cancelled || replyFailed(reply, body))
        return;
    const QJsonObject batch = QJsonDocument::fromJson(body).object();
    m_status = batch.value(QLatin1String("processing_status")).toString();
    const QJsonObject counts = batch.value(QLatin1String("request_counts")).toObject();
    Q_EMIT statusChanged(m_status, counts.value(QLatin1String("processing")).toInt(),
        counts.value(QLatin1String("succeeded")).toInt(), counts.value(QLatin1String("errored")).toInt());
    if (m_status != QLatin1String("ended")) {
        m_poll.start();
        return;
    }
    const QUrl results(batch.value(QLatin1String("results_url")).toString());
    if (!results.isValid() || results.isEmpty()) {
        done(QStringLiteral("the batch ended without a results URL"));
        return;
    }
    if (QNetworkReply *next = send("GET", results))
        connect(next, &QNetworkReply::finished, this, &MessageBatch::onResults);
}

void MessageBatch::onResults()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const QByteArray body = reply->readAll();
    if (m_cancelled || replyFailed(reply, body))
        return;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.trimmed().isEmpty())
            m_outcomes.append(parseResultLine(line));
    }
    done();
}

MessageBatch::Outcome MessageBatch::parseResultLine(const QByteArray &line)
{
    Outcome out;
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    out.customId = object.value(QLatin1String("custom_id")).toString();
    const QJsonObject result = object.value(QLatin1String("result")).toObject();
    const QString type = result.value(QLatin1String("type")).toString();
    if (type != QLatin1String("succeeded")) {
        const QJsonObject error = result.value(QLatin1String("error")).toObject();
        const QString message
            = error.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
        out.error = type.isEmpty() ? QStringLiteral("unreadable result line")
                                   : type + (message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        return out;
    }
    const QJsonObject message = result.value(QLatin1String("message")).toObject();
    out.succeeded = true;
    out.message.role = ChatMessage::Role::Assistant;
    for (const QJsonValue &value : message.value(QLatin1String("content")).toArray()) {
        const QJsonObject block = value.toObject();
        const QString blockType = block.value(QLatin1String("type")).toString();
        if (blockType == QLatin1String("text")) {
            out.message.content.append(ContentBlock::makeText(block.value(QLatin1String("text")).toString()));
        } else if (blockType == QLatin1String("tool_use")) {
            out.message.content.append(ContentBlock::makeToolUse(block.value(QLatin1String("id")).toString(),
                block.value(QLatin1String("name")).toString(), block.value(QLatin1String("input")).toObject()));
        }
    }
    out.usage = AnthropicProtocol::usageFrom(message.value(QLatin1String("usage")).toObject(), {});
    return out;
}

void MessageBatch::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_poll.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // Tell the server too, so the batch stops costing; nobody waits for the answer.
    if (!m_id.isEmpty()) {
        const QUrl url = m_config.endpoint(QStringLiteral("/v1/messages/batches/%1/cancel").arg(m_id));
        if (KeyPolicy::checkKey(url, m_key, m_config.allowedInsecureHosts).allowed) {
            QNetworkReply *reply = m_network->post(ProviderHttp::makeRequest(m_config, m_key, url), QByteArray());
            connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        }
    }
    done(QStringLiteral("cancelled"));
}

void MessageBatch::done(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_errorString = error;
    m_poll.stop();
    QMetaObject::invokeMethod(this, &MessageBatch::finished, Qt::QueuedConnection);
}

} // namespace awb
