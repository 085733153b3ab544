#include "counttokensjob.h"

#include "anthropicprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace awb {

CountTokensJob::CountTokensJob(QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key,
    const ChatRequest &request, QObject *parent)
    : SingleRequestJob(network, config, key, parent)
    , m_request(request)
{ }

void CountTokensJob::start()
{
    if (config().kind != ProviderConfig::Kind::Anthropic) {
        fail(ProviderError::Unsupported,
            QStringLiteral("%1 cannot count tokens before sending.").arg(config().displayName));
        return;
    }
    const QByteArray body = QJsonDocument(AnthropicProtocol::requestJson(m_request)).toJson(QJsonDocument::Compact);
    send(config().endpoint(QStringLiteral("/v1/messages/count_tokens")), QByteArrayLiteral("POST"), body,
        m_request.model);
}

void CountTokensJob::handleBody(const QByteArray &body)
{
    const QJsonValue tokens = QJsonDocument::fromJson(body).object().value(QLatin1String("input_tokens"));
    if (!tokens.isDouble()) {
        fail(ProviderError::MalformedResponse, QStringLiteral("The token count answer has no input_tokens."));
        return;
    }
    m_inputTokens = tokens.toInteger();
    emitFinished();
}

} // namespace awb
