#pragma once

#include "apikey.h"
#include "chatrequest.h"
#include "providerconfig.h"
#include "providerjob.h"

#include <QPointer>

class QNetworkAccessManager;

namespace awb {

class HttpAttempt;

/// Anthropic `POST /v1/messages/count_tokens` for a request (system, messages, tools).
/// Other providers finish with ProviderError::Unsupported. Made by ChatProvider::countTokens().
class CountTokensJob : public ProviderJob
{
    Q_OBJECT
public:
    CountTokensJob(QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key,
        const ChatRequest &request, QObject *parent = nullptr);
    ~CountTokensJob() override;

    qint64 inputTokens() const { return m_inputTokens; }

    void cancel() override;

private:
    void start();
    void onFinished();

    QPointer<QNetworkAccessManager> m_network;
    ProviderConfig m_config;
    ApiKey m_key;
    ChatRequest m_request;
    HttpAttempt *m_attempt = nullptr;
    QByteArray m_body;
    qint64 m_inputTokens = -1;
};

} // namespace awb
