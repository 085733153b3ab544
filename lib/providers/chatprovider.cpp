#include "chatprovider.h"

#include "wireprotocol.h"

#include <QNetworkAccessManager>

namespace awb {

ChatProvider::ChatProvider(const ProviderConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
{ }

ChatProvider::~ChatProvider() = default;

ChatProvider *ChatProvider::create(const ProviderConfig &config, QObject *parent)
{
    return new ChatProvider(config, parent);
}

void ChatProvider::setNetworkAccessManager(QNetworkAccessManager *network)
{
    m_network = network;
}

QNetworkAccessManager *ChatProvider::networkAccessManager() const
{
    if (m_network)
        return m_network;
    auto *self = const_cast<ChatProvider *>(this);
    if (!m_ownNetwork)
        self->m_ownNetwork = new QNetworkAccessManager(self);
    return m_ownNetwork;
}

ChatJob *ChatProvider::stream(const ChatRequest &request)
{
    return new ChatJob(WireProtocol::create(m_config.kind), networkAccessManager(), m_config, m_key, request, this);
}

ModelListJob *ChatProvider::listModels()
{
    return new ModelListJob(networkAccessManager(), m_config, m_key, this);
}

CountTokensJob *ChatProvider::countTokens(const ChatRequest &request)
{
    return new CountTokensJob(networkAccessManager(), m_config, m_key, request, this);
}

} // namespace awb
