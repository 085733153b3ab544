#pragma once

#include "ndjsondecoder.h"
#include "wireprotocol.h"

namespace awb {

/// Ollama's native `POST /api/chat`, answered with newline-delimited JSON objects up to one with
/// `"done": true` (timings in nanoseconds) or an `{"error": ...}` line. Internal to lib/providers.
class OllamaProtocol : public WireProtocol
{
public:
    QUrl url(const ProviderConfig &config) const override;
    QByteArray body(const ChatRequest &request, const ProviderConfig &config) const override;
    void reset() override;
    void feed(QByteArrayView bytes, ChatJob *job) override;
    void finish(ChatJob *job) override;

private:
    void handle(QByteArrayView line, ChatJob *job);

    NdjsonDecoder m_decoder;
    int m_lines = 0;
    int m_textBlock = -1;
    int m_thinkingBlock = -1;
    int m_toolCalls = 0;
};

} // namespace awb
