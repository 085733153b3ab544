#pragma once

#include "triggerjob.h"
#include "triggerrouter.h"

#include "providers/apikey.h"
#include "providers/providerconfig.h"

#include <optional>

namespace awb {

/// Model simulation: asks a model, N times per prompt, to delegate the prompt to one of the agents or to
/// keep it (DelegationPrompt shows the library the way Claude Code does). The score of a cell is its
/// trigger rate, the share of samples that chose that agent; the winner is the choice most samples made.
/// It measures how distinguishable the descriptions are to that model, not Claude Code's full system prompt.
///
/// Cost control: the listing is marked for prompt caching and the first request of each distinct listing
/// runs alone, so the others read it from the cache; at most `concurrency` requests run at once (the
/// provider layer retries 429/529 with backoff); every sample's answer is cached on disk by model, listing
/// hash, prompt and sample number, so a cancelled run resumes where it stopped and a rerun after an edit
/// only asks again for what the edit changed.
class ModelRouter : public TriggerRouter
{
public:
    struct Settings
    {
        ProviderConfig provider = ProviderConfig::anthropic();
        ApiKey key; ///< kept in memory; never written
        QString model;
        int samples = 3;
        int concurrency = 4;
        std::optional<double> temperature = 1.0;
        bool holdOutExamples = true; ///< an agent's own example prompt sees the listing without that example
        QString cacheDir; ///< empty: QStandardPaths::CacheLocation + "/trigger-samples"
        bool useCache = true;
        /// Anthropic only: send the run as one Message Batch (half the price, results polled; minutes to hours).
        bool useBatch = false;
        int batchPollIntervalMs = 30000;
        /// USD per million tokens (from the price table); negative: unknown. Cache prices unknown: input price.
        double inputPerMTok = -1;
        double outputPerMTok = -1;
        double cacheReadPerMTok = -1;
        double cacheWritePerMTok = -1;
    };

    /// What a run will cost, before it runs (token counts are estimates: AgentLinter::estimateTokens).
    struct Estimate
    {
        int prompts = 0;
        int requests = 0; ///< samples still to ask for
        int cachedSamples = 0; ///< answered from the results cache
        int distinctListings = 0;
        qint64 listingTokens = 0; ///< the cached prefix (system + tools), per listing
        qint64 uncachedInputTokens = 0;
        qint64 cacheWriteTokens = 0;
        qint64 cacheReadTokens = 0;
        qint64 outputTokens = 0;
        double costUsd = -1; ///< with prompt caching; -1 when prices are unknown
        double naiveCostUsd = -1; ///< the same requests without caching
        bool batch = false; ///< costs at the Message Batches price (half)
        bool cacheable = true; ///< the listing reaches the provider's minimum for prompt caching
        QString summary() const; ///< one line for people
    };

    ModelRouter() = default;
    explicit ModelRouter(const Settings &settings)
        : m_settings(settings)
    { }

    QString id() const override { return QStringLiteral("model"); }
    QString label() const override;
    TriggerJob *createJob(
        const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent = nullptr) const override;

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    Estimate estimate(const TriggerAgents &agents, const TriggerPrompts &prompts) const;
    /// Anthropic caches a prefix only from this many tokens on (2,048 for Haiku models, 1,024 otherwise).
    static int minimumCacheableTokens(const QString &model);
    static double cost(const Settings &settings, qint64 input, qint64 cacheWrite, qint64 cacheRead, qint64 output);

private:
    Settings m_settings;
};

} // namespace awb
