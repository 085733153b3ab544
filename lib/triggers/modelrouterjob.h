#pragma once

#include "delegationprompt.h"
#include "modelrouter.h"
#include "triggerjob.h"

#include "providers/usage.h"

#include <QHash>
#include <QPointer>
#include <QSet>

namespace awb {

class ChatJob;
class ChatProvider;
class MessageBatch;

/// One run of the model router (made by ModelRouter::createJob). Besides the result it reports the tokens
/// used, cached and uncached, and what they cost.
class ModelRouterJob : public TriggerJob
{
    Q_OBJECT
public:
    ModelRouterJob(const ModelRouter::Settings &settings, const TriggerAgents &agents, const TriggerPrompts &prompts,
        QObject *parent = nullptr);
    ~ModelRouterJob() override;

    void start() override;
    void cancel() override;

    /// Tokens of the requests made in this run (cached samples cost nothing and are not counted).
    Usage usage() const { return m_usage; }
    int requestsMade() const { return m_requestsMade; }
    /// The Message Batch id while a batch run waits for its results (empty otherwise).
    QString batchId() const;
    int cachedSamples() const { return m_cachedSamples; }
    int invalidSamples() const; ///< answers that were no decision (counted as neither)
    double costUsd() const; ///< -1 when prices are unknown
    /// Whether sample `sample` of prompt `prompt` has an answer in the results cache (for estimates).
    bool cachedDecisionExists(int prompt, int sample);

    struct Sample
    {
        bool done = false;
        DelegationPrompt::Decision decision;
    };

private:
    struct Task
    {
        int prompt = 0;
        int sample = 0;
    };

    void startTask(const Task &task);
    void onReply(const Task &task, ChatJob *job);
    void pump();
    void complete();
    void startBatch();
    void onBatchFinished();
    void buildResult();
    QString cacheKey(int prompt, int sample) const;
    const ChatRequest &requestFor(int prompt);
    bool readCached(int prompt, int sample);
    void writeCached(int prompt, int sample, const DelegationPrompt::Decision &decision);

    ModelRouter::Settings m_settings;
    TriggerAgents m_agents;
    QStringList m_names;
    TriggerPrompts m_prompts;
    QHash<QString, ChatRequest> m_requests; ///< per held-out variant ("agent:example", "" for none)
    QHash<QString, QString> m_prefixHashes;
    QList<QList<Sample>> m_samples; ///< per prompt, per sample
    QList<Task> m_queue;
    QHash<QString, int> m_inFlightPerPrefix;
    QSet<QString> m_warmPrefixes;
    QList<QPointer<ChatJob>> m_inFlight;
    ChatProvider *m_provider = nullptr;
    MessageBatch *m_batch = nullptr;
    Usage m_usage;
    int m_requestsMade = 0;
    int m_cachedSamples = 0;
    int m_done = 0;
    bool m_cancelled = false;
    bool m_failed = false;
};

} // namespace awb
