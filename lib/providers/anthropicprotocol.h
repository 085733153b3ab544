#pragma once

#include "ssedecoder.h"
#include "usage.h"
#include "wireprotocol.h"

#include <QJsonObject>

namespace awb {

/// Anthropic Messages API: `POST /v1/messages` with `stream: true`, answered with server-sent
/// events. Internal to lib/providers.
class AnthropicProtocol : public WireProtocol
{
public:
    QUrl url(const ProviderConfig &config) const override;
    QByteArray body(const ChatRequest &request, const ProviderConfig &config) const override;
    void prepare(QNetworkRequest &request) const override;
    void reset() override;
    void feed(QByteArrayView bytes, ChatJob *job) override;
    void finish(ChatJob *job) override;

    /// The request body's JSON without `stream` (shared with count_tokens).
    static QJsonObject requestJson(const ChatRequest &request);
    static Usage usageFrom(const QJsonObject &usage, const Usage &previous);

private:
    void handle(const SseEvent &event, ChatJob *job);
    bool handleDelta(const SseEvent &event, ChatJob *job);

    SseDecoder m_decoder;
    int m_events = 0;
    bool m_started = false;
};

} // namespace awb
