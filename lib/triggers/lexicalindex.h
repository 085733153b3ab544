#pragma once

#include "triggeragent.h"
#include "triggerprompt.h"
#include "triggerresult.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <atomic>

namespace awb {

/// The tuning of LexicalIndex (see there).
struct Bm25Parameters
{
    double k1 = 1.2;
    double b = 0.75;
    double nameWeight = 2.0;
    bool operator==(const Bm25Parameters &other) const = default;
};

/// The BM25 index of the lexical router over the agents of one library.
///
/// Each agent is one document: its name (weighted `nameWeight`, default 2), its description with the
/// `<example>` blocks taken out, and each example's text (user line, assistant line, context and
/// commentary), each counted once. For a query term t and agent d:
///
///     idf(t)   = ln(1 + (N − df(t) + 0.5) / (df(t) + 0.5))          (always > 0)
///     w(t, d)  = idf(t) · tf(t,d) · (k1 + 1) / (tf(t,d) + k1 · (1 − b + b · |d| / avgdl))
///     raw(q,d) = Σ over the distinct terms t of q: w(t, d)
///     score    = raw / Σ over the distinct terms t of q: idf(t) · (k1 + 1)
///
/// with k1 = 1.2 (how fast repeating a term stops helping) and b = 0.75 (how much long descriptions are
/// discounted), Lucene's defaults. The score is in [0, 1): 1 would mean every prompt term is in the
/// agent and saturates. Terms of the prompt unknown to the library count in the denominator with the
/// idf of df = 0, so a prompt mostly about something else scores low: that is what makes "none" work.
///
/// A prompt that is agent X's own example i is scored against X with that example's terms removed from
/// X's term counts and length (the collection's df and avgdl are kept: a one-document difference).
///
/// `updateAgent()` re-reads one agent: its term counts, the df of the terms it gained or lost and the
/// collection length; nothing else is re-tokenised. Scoring is read-only and thread-safe.
class LexicalIndex
{
public:
    using Parameters = Bm25Parameters;

    LexicalIndex();
    explicit LexicalIndex(const TriggerAgents &agents, const Parameters &parameters = {});

    void setAgents(const TriggerAgents &agents);
    /// Replaces agent `index` (a new description, typically) and updates the statistics incrementally.
    void updateAgent(int index, const TriggerAgent &agent);
    const TriggerAgents &agents() const { return m_agents; }
    const Parameters &parameters() const { return m_parameters; }
    int agentCount() const { return int(m_agents.size()); }

    int documentFrequency(const QString &term) const;
    double idf(const QString &term) const;
    double averageLength() const;
    double documentLength(int agent) const;
    double termFrequency(int agent, const QString &term) const;

    /// A prompt turned into term ids (unknown terms kept as a count and their idf).
    struct Query
    {
        QList<int> terms; ///< distinct known term ids
        double maxScore = 0; ///< Σ idf · (k1 + 1) over all distinct terms, known or not
        int heldOutAgent = -1; ///< the agent whose example this is, or -1
        int heldOutExample = -1;
    };
    Query query(const QString &text, const TriggerPrompt &prompt = {}) const;

    /// Normalised scores of `query` against every agent, into `scores` (agentCount() floats).
    void score(const Query &query, float *scores) const;
    double rawScore(const Query &query, int agent) const;

    /// The full matrix, on all cores (`threads` ≤ 0: Qt's global pool). `cancel` may be null.
    /// Winners are decided with `threshold`.
    TriggerResult scoreAll(const TriggerPrompts &prompts, double threshold, const std::atomic_bool *cancel = nullptr,
        int threads = 0) const;

    CellExplanation explain(const TriggerPrompt &prompt, int agent) const;

    /// Tf-idf vectors (term id → weight, L2-normalised) for the map and for competing pairs.
    using SparseVector = QList<QPair<int, float>>; ///< sorted by term id
    SparseVector agentVector(int agent) const;
    SparseVector textVector(const QString &text) const;
    static double cosine(const SparseVector &a, const SparseVector &b);
    QString termText(int termId) const;
    /// A word of the library with that stem (the first seen), to show people instead of the stem.
    QString termWord(int termId) const;

    /// Pairs of agents whose texts compete: cosine of their tf-idf vectors ≥ `minSimilarity`, most similar
    /// first, with the shared terms that weigh most.
    struct CompetingPair
    {
        int first = 0;
        int second = 0;
        double similarity = 0;
        QStringList sharedTerms; ///< words (termWord), the heaviest first
        bool operator==(const CompetingPair &other) const = default;
    };
    QList<CompetingPair> competingPairs(double minSimilarity = 0.2, int maxPairs = 50, int termsPerPair = 8) const;

private:
    struct Posting
    {
        int agent;
        float tf;
    };
    struct Counts
    {
        QHash<int, float> tf;
        double length = 0;
    };
    struct Document
    {
        Counts all;
        QList<Counts> examples; ///< per example (index as in the agent's examples); empty counts for none
    };
    struct TextCounts; ///< the same with term strings, built off the index (in parallel)

    static TextCounts analyze(const TriggerAgent &agent, double nameWeight);
    Document toIds(const TextCounts &counts);
    int termId(const QString &term);
    void addPostings(int agent);
    void removePostings(int agent);
    void updateIdf(int term);
    void updateNorms();
    double idfFor(int df) const;
    double heldOutRaw(const Query &query, int agent) const;

    Parameters m_parameters;
    TriggerAgents m_agents;
    QList<Document> m_docs;
    QHash<QString, int> m_termIds;
    QHash<QString, int> m_agentIds; ///< name → index, for held-out examples
    QStringList m_terms;
    QStringList m_words; ///< per term id: a word with that stem
    QList<QList<Posting>> m_postings; ///< per term id
    QList<double> m_idf; ///< per term id
    QList<double> m_norm; ///< per agent: k1 · (1 − b + b · |d| / avgdl)
    double m_totalLength = 0;
};

} // namespace awb
