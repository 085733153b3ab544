#include "wireprotocol.h"

#include "anthropicprotocol.h"
#include "ollamaprotocol.h"
#include "openaiprotocol.h"

namespace awb {

std::unique_ptr<WireProtocol> WireProtocol::create(ProviderConfig::Kind kind)
{
    switch (kind) {
    case ProviderConfig::Kind::Anthropic:
        return std::make_unique<AnthropicProtocol>();
    case ProviderConfig::Kind::OpenAI:
        return std::make_unique<OpenAiProtocol>();
    case ProviderConfig::Kind::Ollama:
        return std::make_unique<OllamaProtocol>();
    }
    return nullptr;
}

} // namespace awb
