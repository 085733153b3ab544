#pragma once

#include "triggerprompt.h"

#include <QList>
#include <QMetaType>
#include <QStringList>

#include <memory>

namespace awb {

/// A stretch of text, in UTF-16 code units, for highlighting.
struct TextSpan
{
    int start = 0;
    int length = 0;
    bool operator==(const TextSpan &other) const = default;
};

/// One matched term of the lexical router and what it added to the score.
struct TermContribution
{
    QString term; ///< the stem
    QString word; ///< a word of the library that has this stem, for showing
    double contribution = 0; ///< its share of the raw BM25 score
    QList<TextSpan> inPrompt; ///< where it occurs in the prompt
    QList<TextSpan> inAgent; ///< where it occurs in the agent's description (name: see `inName`)
    QList<TextSpan> inName; ///< where it occurs in the agent's name
    bool operator==(const TermContribution &other) const = default;
};

/// Why a cell scored what it did.
struct CellExplanation
{
    double score = 0; ///< the cell's score as in the matrix
    double rawScore = 0; ///< lexical: the BM25 sum; embedding: the cosine; model: the trigger rate
    QList<TermContribution> terms; ///< lexical: matched terms, largest contribution first
    bool exampleHeldOut = false; ///< the prompt is this agent's own example, left out of its text
    QStringList answers; ///< model routers: what the model said on each sample (first lines)
    QString note; ///< anything else worth telling, in words
    bool operator==(const CellExplanation &other) const = default;
};

/// Explains cells of one result on demand (a full matrix of explanations would not fit in memory).
class TriggerExplainer
{
public:
    virtual ~TriggerExplainer() = default;
    virtual CellExplanation explain(int prompt, int agent) const = 0;
};

/// The outcome of one router run: a prompts × agents matrix of scores, a winner (or none) per prompt,
/// the margin to the runner-up. A value; copies share the immutable explainer.
///
/// Scores are in [0, 1] for every router (lexical: BM25 normalised by the prompt's best possible score;
/// embedding: cosine clamped at 0; model: trigger rate), so one color scale fits all.
class TriggerResult
{
public:
    static constexpr int None = -1; ///< no agent (winner or expected)
    static constexpr int Unknown = -2; ///< expected agent that is not in the library

    QString router; ///< "lexical", "embedding", "model", "claude-code"
    QStringList agents; ///< column names, in the order of the snapshot
    TriggerPrompts prompts; ///< rows
    double threshold = 0; ///< a prompt whose best score is below this goes to none
    QString thresholdNote; ///< how the threshold was chosen, in words

    TriggerResult() = default;
    TriggerResult(const QStringList &agents, const TriggerPrompts &prompts);

    int agentCount() const { return int(agents.size()); }
    int promptCount() const { return int(prompts.size()); }
    bool isEmpty() const { return prompts.isEmpty(); }

    float score(int prompt, int agent) const { return m_scores[qsizetype(prompt) * agentCount() + agent]; }
    void setScore(int prompt, int agent, float score) { m_scores[qsizetype(prompt) * agentCount() + agent] = score; }
    /// Row `prompt`: agentCount() scores.
    const float *row(int prompt) const { return m_scores.constData() + qsizetype(prompt) * agentCount(); }
    float *row(int prompt) { return m_scores.data() + qsizetype(prompt) * agentCount(); }

    int winner(int prompt) const { return m_winners[prompt]; } ///< agent index or None
    QString winnerName(int prompt) const; ///< empty for none
    int runnerUp(int prompt) const { return m_runnersUp[prompt]; }
    float margin(int prompt) const { return m_margins[prompt]; } ///< best − second best score
    int expectedIndex(int prompt) const; ///< agent index, None or Unknown
    bool isCorrect(int prompt) const;
    int correctCount() const;
    double accuracy() const; ///< correct / prompts; 1 for an empty suite
    /// The `count` best agents of a prompt with their scores, best first.
    QList<QPair<int, float>> topAgents(int prompt, int count) const;
    int agentIndex(const QString &name) const;

    /// The best-scoring agent whatever the threshold (None only without agents).
    int best(int prompt) const { return m_best[prompt]; }
    float bestScore(int prompt) const { return m_best[prompt] >= 0 ? score(prompt, m_best[prompt]) : 0.0f; }

    /// Sets best agents, winners, runners-up and margins from the scores and `threshold`.
    void decide() { decideRows(0, promptCount()); }
    /// The same for rows [first, last) (thread-safe for disjoint ranges).
    void decideRows(int first, int last);
    /// A new threshold on rows already decided: only the winner gate changes.
    void applyThreshold(double value);
    /// Sets the winner of one prompt directly (model routers, where the model chooses).
    void setDecision(int prompt, int winner, int runnerUp, float margin);

    void setExplainer(std::shared_ptr<const TriggerExplainer> explainer) { m_explainer = std::move(explainer); }
    bool canExplain() const { return bool(m_explainer); }
    CellExplanation explain(int prompt, int agent) const;

    /// Same agents, prompts, scores and decisions (the explainer is not compared).
    bool operator==(const TriggerResult &other) const;

private:
    QList<float> m_scores;
    QList<int> m_winners;
    QList<int> m_best;
    QList<int> m_runnersUp;
    QList<float> m_margins;
    std::shared_ptr<const TriggerExplainer> m_explainer;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::TriggerResult)
