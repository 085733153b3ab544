#pragma once

#include "ssedecoder.h"
#include "wireprotocol.h"

#include <QHash>

namespace awb {

/// OpenAI-compatible Chat Completions: `POST {base}/chat/completions` with `stream: true` and
/// `stream_options.include_usage`, answered with `data:` chunks up to `data: [DONE]`.
/// Internal to lib/providers.
class OpenAiProtocol : public WireProtocol
{
public:
    QUrl url(const ProviderConfig &config) const override;
    QByteArray body(const ChatRequest &request, const ProviderConfig &config) const override;
    void prepare(QNetworkRequest &request) const override;
    void reset() override;
    void feed(QByteArrayView bytes, ChatJob *job) override;
    void finish(ChatJob *job) override;

private:
    void handle(const SseEvent &event, ChatJob *job);
    void handleChoice(const QJsonObject &choice, ChatJob *job);

    SseDecoder m_decoder;
    int m_events = 0;
    int m_textBlock = -1;
    int m_thinkingBlock = -1;
    QHash<int, int> m_toolBlocks; ///< tool call index -> message block
    bool m_finishSeen = false;
};

} // namespace awb
