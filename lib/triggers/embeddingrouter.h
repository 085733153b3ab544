#pragma once

#include "triggerjob.h"
#include "triggerrouter.h"

#include <QUrl>

namespace awb {

/// Scores by cosine similarity between embeddings of the prompt and of each agent's listing text
/// (name and description, examples held out for the agent's own example prompts), from an
/// OpenAI-compatible `POST {baseUrl}/embeddings` (OpenAI, Ollama, LM Studio: baseUrl ends in `/v1`).
/// Vectors are cached on disk by model and text hash (EmbeddingCache), so a rerun asks only for what
/// changed. Winner: the best cosine at or above `threshold` (default 0.3; cosines below 0 count as 0).
class EmbeddingRouter : public TriggerRouter
{
public:
    struct Settings
    {
        QUrl baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1")); ///< ends before `/embeddings`
        QString model = QStringLiteral("nomic-embed-text");
        QString apiKey; ///< sent as a Bearer token when set; never written anywhere
        QString cacheDir; ///< empty: QStandardPaths::CacheLocation + "/embeddings"
        int batchSize = 64;
        double threshold = 0.3;
        int timeoutMs = 60000;
    };

    EmbeddingRouter() = default;
    explicit EmbeddingRouter(const Settings &settings)
        : m_settings(settings)
    { }

    QString id() const override { return QStringLiteral("embedding"); }
    QString label() const override;
    TriggerJob *createJob(
        const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent = nullptr) const override;

    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    /// The texts embedded for an agent: the full text and, per example, the text without it.
    static QString agentText(const TriggerAgent &agent, int heldOutExample = -1);

private:
    Settings m_settings;
};

} // namespace awb
