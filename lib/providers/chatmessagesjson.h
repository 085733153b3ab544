#pragma once

#include "chatrequest.h"

#include <QJsonArray>

namespace awb {

/// The `messages` and `tools` arrays of the OpenAI-style chat formats, which Ollama's native
/// `/api/chat` shares but for how a tool call in the history is written. Internal to lib/providers.
class ChatMessagesJson
{
public:
    enum class ToolCallForm {
        /// Ollama: arguments as a JSON object, no call ids, `content` always a string.
        Ollama,
        /// Chat Completions: arguments as a JSON text in a string, the call id on each call
        /// (`type: "function"`) and on its result (`tool_call_id`), `content: null` beside calls
        /// when there is no text.
        OpenAi,
    };

    /// The system prompt (when set) as the first message, then the conversation; tool results
    /// become `tool` messages, thinking is left out, messages with nothing to send are dropped.
    static QJsonArray messages(const ChatRequest &request, ToolCallForm form);

    /// Each tool as `{"type": "function", "function": {name, description, parameters}}`.
    static QJsonArray tools(const QList<ToolDefinition> &tools);
};

} // namespace awb
