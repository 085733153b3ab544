#pragma once

#include "triggeragent.h"
#include "triggerresult.h"

#include <QList>
#include <QStringList>

namespace awb {

/// What one agent does with the suite.
struct AgentMetrics
{
    QString name;
    int expected = 0; ///< prompts that expect this agent (support)
    int won = 0; ///< prompts this agent wins
    int truePositives = 0;
    double precision = 0; ///< of the prompts it wins, the share that expect it (1 when it wins none)
    double recall = 0; ///< of the prompts that expect it, the share it wins (1 when none expect it)
    double f1 = 0;
    QList<int> steals; ///< prompt rows it wins that expect another agent or none
    QList<int> loses; ///< prompt rows that expect it and go elsewhere (another agent or none)
    bool operator==(const AgentMetrics &other) const = default;
};

/// The suite-wide numbers of one result.
class TriggerMetrics
{
public:
    TriggerMetrics() = default;
    explicit TriggerMetrics(const TriggerResult &result);

    double accuracy() const { return m_accuracy; }
    int correct() const { return m_correct; }
    int total() const { return m_total; }
    /// Prompts that expect an agent not in the library (always counted wrong).
    QList<int> unknownExpected() const { return m_unknown; }
    const QList<AgentMetrics> &agents() const { return m_agents; }
    /// Macro-averaged F1 over the agents that are expected by at least one prompt.
    double macroF1() const { return m_macroF1; }

    /// (agents + 1)² counts; row = expected, column = winner; index agentCount() is "none".
    /// Prompts expecting an unknown agent are left out of the matrix.
    int confusion(int expected, int winner) const { return m_confusion[expected * (m_size + 1) + winner]; }
    int confusionSize() const { return m_size + 1; } ///< including the none row/column
    QStringList confusionLabels() const; ///< agent names, then "(none)"

    /// The tokens the library's listing adds to every turn: the listing lines of all agents, joined, by
    /// AgentLinter::estimateTokens().
    static int libraryWeight(const TriggerAgents &agents);

private:
    QStringList m_names;
    QList<AgentMetrics> m_agents;
    QList<int> m_confusion;
    QList<int> m_unknown;
    int m_size = 0;
    int m_correct = 0;
    int m_total = 0;
    double m_accuracy = 1;
    double m_macroF1 = 0;
};

/// What changed between two runs (before and after an edit, or two routers) on the prompts they share
/// (matched by text and expectation).
struct TriggerDiff
{
    struct Flip
    {
        TriggerPrompt prompt;
        int before = -1; ///< row in the first result
        int after = -1; ///< row in the second result
        QString winnerBefore; ///< empty: none
        QString winnerAfter;
        bool correctBefore = false;
        bool correctAfter = false;
        bool operator==(const Flip &other) const = default;
    };
    QList<Flip> flips; ///< prompts whose winner changed
    int fixed = 0; ///< wrong before, right after
    int broken = 0; ///< right before, wrong after
    double accuracyBefore = 0;
    double accuracyAfter = 0;
    int onlyBefore = 0; ///< prompts only in the first result
    int onlyAfter = 0;

    static TriggerDiff between(const TriggerResult &before, const TriggerResult &after);
};

} // namespace awb
