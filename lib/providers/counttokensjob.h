#pragma once

#include "chatrequest.h"
#include "singlerequestjob.h"

namespace awb {

/// Anthropic `POST /v1/messages/count_tokens` for a request (system, messages, tools).
/// Other providers finish with ProviderError::Unsupported. Made by ChatProvider::countTokens().
class CountTokensJob : public SingleRequestJob
{
    Q_OBJECT
public:
    CountTokensJob(QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key,
        const ChatRequest &request, QObject *parent = nullptr);

    qint64 inputTokens() const { return m_inputTokens; }

private:
    void start() override;
    void handleBody(const QByteArray &body) override;

    ChatRequest m_request;
    qint64 m_inputTokens = -1;
};

} // namespace awb
