#pragma once

#include "chatmessage.h"
#include "tooldefinition.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace awb {

/// Everything one model call needs apart from where it goes (ProviderConfig) and the key.
struct ChatRequest
{
    QString model; ///< a full model id; resolve aliases with ModelAliases before
    QString system; ///< the system prompt (the agent's body); empty: none
    QList<ChatMessage> messages; ///< alternating, starting with a user message
    int maxTokens = 4096;
    std::optional<double> temperature;
    QStringList stopSequences;

    QList<ToolDefinition> tools;
    ToolChoice toolChoice;

    /// Extended thinking budget in tokens; 0 turns thinking off. Anthropic: `thinking.budget_tokens`
    /// (must be below maxTokens); Ollama: `think: true`; OpenAI-compatible: ignored.
    int thinkingBudget = 0;

    /// Anthropic prompt caching: mark the system prompt, the last tool definition, or the last
    /// user message with `cache_control: {"type": "ephemeral"}`. Ignored by other providers.
    bool cacheSystem = false;
    bool cacheTools = false;
    bool cacheLastMessage = false;

    /// Merged into the request body's top level last (provider-specific options, e.g.
    /// {"top_p": 0.9} or Ollama's {"options": {"num_ctx": 8192}}); keys here win.
    QJsonObject extra;

    friend bool operator==(const ChatRequest &, const ChatRequest &) = default;
};

} // namespace awb
