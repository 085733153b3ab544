#pragma once

#include "triggeragent.h"

#include "providers/chatmessage.h"
#include "providers/chatrequest.h"
#include "providers/tooldefinition.h"

#include <optional>

namespace awb {

/// How the model-simulation router shows a library to a model: the way Claude Code does. The agents are
/// listed, one ListingLine each, in the description of an `Agent` tool whose `subagent_type` takes one of
/// their names; a second tool, `NoDelegation`, is the explicit way to keep the request. The model must call
/// one of the two (tool choice "any"), so every answer is a decision.
///
/// What it measures is how distinguishable the descriptions are to that model with this framing, not
/// Claude Code's full system prompt (which is not ours to copy and changes between versions).
///
/// The listing is the same long prefix for every prompt of a run: the tool definitions are marked for
/// prompt caching (Anthropic's `cache_control`), so only the first request of a run pays for it in full.
class DelegationPrompt
{
public:
    static constexpr auto AgentToolName = "Agent";
    static constexpr auto NoDelegationToolName = "NoDelegation";

    /// The agents as the model sees them for one prompt. `heldOutAgent`/`heldOutExample`: that agent's
    /// example is left out of its description (for the agent's own example prompts).
    static QList<ToolDefinition> tools(const TriggerAgents &agents, int heldOutAgent = -1, int heldOutExample = -1);
    static QString systemPrompt();
    /// The whole request for one prompt.
    static ChatRequest request(const TriggerAgents &agents, const QString &prompt, const QString &model,
        int heldOutAgent = -1, int heldOutExample = -1);
    /// A hash of everything before the user's prompt (system and tools): the results cache key part that
    /// changes when any description changes.
    static QString prefixHash(const ChatRequest &request);

    struct Decision
    {
        bool valid = false; ///< the model called one of the two tools correctly
        QString agent; ///< empty: no delegation
        QString reason; ///< what the model said (its text and the tool's description/reason)
    };
    /// Reads the model's reply. An `Agent` call naming an agent not in `agents`, a missing call or a text
    /// answer is not valid (counted, shown, not guessed at).
    static Decision decide(const ChatMessage &reply, const QStringList &agents);
};

} // namespace awb
