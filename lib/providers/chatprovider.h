#pragma once

#include "apikey.h"
#include "chatjob.h"
#include "chatrequest.h"
#include "counttokensjob.h"
#include "modellistjob.h"
#include "providerconfig.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace awb {

/// A client for one configured provider. The calls return jobs (children of the provider) that
/// start when control returns to the event loop. Virtual so that tests of higher layers may
/// substitute their own.
///
///     auto *provider = ChatProvider::create(ProviderConfig::anthropic(), this);
///     provider->setApiKey(key);                       // from SecretStore or the environment
///     ChatJob *job = provider->stream(request);
///     connect(job, &ChatJob::textDelta, view, &View::append);
///     connect(job, &ChatJob::finished, this, [job] { ...; job->deleteLater(); });
class ChatProvider : public QObject
{
    Q_OBJECT
public:
    explicit ChatProvider(const ProviderConfig &config, QObject *parent = nullptr);
    ~ChatProvider() override;

    static ChatProvider *create(const ProviderConfig &config, QObject *parent = nullptr);

    const ProviderConfig &config() const { return m_config; }
    void setConfig(const ProviderConfig &config) { m_config = config; }

    /// The key to send (kept in memory only). KeyPolicy decides per request whether it may go.
    void setApiKey(const ApiKey &key) { m_key = key; }
    const ApiKey &apiKey() const { return m_key; }

    /// Share a network access manager (default: the provider's own).
    void setNetworkAccessManager(QNetworkAccessManager *network);
    QNetworkAccessManager *networkAccessManager() const;

    virtual ChatJob *stream(const ChatRequest &request);
    virtual ModelListJob *listModels();
    virtual CountTokensJob *countTokens(const ChatRequest &request);

private:
    ProviderConfig m_config;
    ApiKey m_key;
    QNetworkAccessManager *m_ownNetwork = nullptr;
    QPointer<QNetworkAccessManager> m_network;
};

} // namespace awb
