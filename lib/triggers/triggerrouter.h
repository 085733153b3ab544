#pragma once

#include "triggeragent.h"
#include "triggerprompt.h"

#include <QString>

class QObject;

namespace awb {

class TriggerJob;

/// Which prompts reach which agent, by one method. Every router takes the same snapshot of agents and
/// prompts and produces a TriggerResult through a TriggerJob. A router object holds only settings; it
/// can start any number of jobs, and a job keeps its own copy of the settings.
class TriggerRouter
{
public:
    virtual ~TriggerRouter() = default;

    /// "lexical", "embedding", "model", "claude-code".
    virtual QString id() const = 0;
    /// A short honest label for the user ("Lexical (BM25)", "Model simulation: claude-…").
    virtual QString label() const = 0;
    /// The job is not started: connect to it, then call start().
    virtual TriggerJob *createJob(
        const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent = nullptr) const = 0;
};

} // namespace awb
