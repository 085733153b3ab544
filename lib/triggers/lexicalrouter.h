#pragma once

#include "lexicalindex.h"
#include "triggerjob.h"
#include "triggerrouter.h"

#include <optional>

namespace awb {

/// The offline router: BM25 (LexicalIndex) with a calibrated "none" threshold.
///
/// Calibration (`calibrate()`): when the suite has prompts that expect none and prompts that expect an
/// agent, the threshold is the one that maximises the suite's accuracy, taken in the middle of the widest
/// best interval of the sorted best scores (so a small change of one score does not flip it). Example
/// prompts are scored with their example held out, so the calibration does not learn from the answer.
/// Without both kinds of prompts there is nothing to calibrate on and `DefaultThreshold` is used: a prompt
/// that shares less than that with every agent goes to none. `setThreshold()` overrides both.
class LexicalRouter : public TriggerRouter
{
public:
    static constexpr double DefaultThreshold = 0.05;

    LexicalRouter() = default;
    explicit LexicalRouter(const LexicalIndex::Parameters &parameters);

    QString id() const override { return QStringLiteral("lexical"); }
    QString label() const override;
    TriggerJob *createJob(
        const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent = nullptr) const override;

    void setThreshold(std::optional<double> threshold) { m_threshold = threshold; }
    std::optional<double> threshold() const { return m_threshold; }
    void setThreads(int threads) { m_threads = threads; }

    /// Runs synchronously (the CLI, tests, the worker threads of the job).
    TriggerResult run(
        const TriggerAgents &agents, const TriggerPrompts &prompts, const std::atomic_bool *cancel = nullptr) const;
    /// The same, on an index already built.
    TriggerResult run(
        const LexicalIndex &index, const TriggerPrompts &prompts, const std::atomic_bool *cancel = nullptr) const;

    struct Calibration
    {
        double threshold = DefaultThreshold;
        double accuracy = 0; ///< of the suite at that threshold
        bool calibrated = false;
        QString note; ///< in words, for the report
    };
    /// Chooses the threshold on a result already scored (winners are recomputed with it).
    static Calibration calibrate(const TriggerResult &scored);

private:
    LexicalIndex::Parameters m_parameters;
    std::optional<double> m_threshold;
    int m_threads = 0;
};

} // namespace awb
