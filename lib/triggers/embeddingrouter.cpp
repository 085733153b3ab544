#include "embeddingrouter.h"

#include "embeddingcache.h"
#include "triggerslog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

#include <cmath>

namespace awb {

namespace {

double cosine(const QList<float> &a, const QList<float> &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return 0.0;
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += double(a.at(i)) * b.at(i);
        na += double(a.at(i)) * a.at(i);
        nb += double(b.at(i)) * b.at(i);
    }
    return (na > 0 && nb > 0) ? dot / std::sqrt(na * nb) : 0.0;
}

class EmbeddingExplainer : public TriggerExplainer
{
public:
    explicit EmbeddingExplainer(QList<float> scores, int agents)
        : m_scores(std::move(scores))
        , m_agents(agents)
    { }
    CellExplanation explain(int prompt, int agent) const override
    {
        CellExplanation out;
        out.score = m_scores.value(qsizetype(prompt) * m_agents + agent);
        out.rawScore = out.score;
        out.note = QStringLiteral("cosine similarity of the prompt's and the agent's embeddings");
        return out;
    }

private:
    QList<float> m_scores;
    int m_agents;
};

class EmbeddingJob : public TriggerJob
{
public:
    EmbeddingJob(const EmbeddingRouter::Settings &settings, const TriggerAgents &agents, const TriggerPrompts &prompts,
        QObject *parent)
        : TriggerJob(parent)
        , m_settings(settings)
        , m_agents(agents)
        , m_prompts(prompts)
        , m_cache(settings.cacheDir)
    { }

    void start() override
    {
        if (m_agents.isEmpty() || m_settings.model.isEmpty() || !m_settings.baseUrl.isValid()) {
            finish(Error::InvalidInput,
                m_agents.isEmpty() ? QStringLiteral("the library has no agents to route to")
                                   : QStringLiteral("set an embedding model and a base URL"));
            return;
        }
        // Every distinct text once: the prompts, each agent's text and, for example prompts, the agent's text
        // without that example.
        for (const TriggerAgent &agent : std::as_const(m_agents))
            want(EmbeddingRouter::agentText(agent));
        for (const TriggerPrompt &prompt : std::as_const(m_prompts)) {
            want(prompt.text);
            if (prompt.isExample()) {
                for (const TriggerAgent &agent : std::as_const(m_agents)) {
                    if (agent.name == prompt.exampleAgent)
                        want(EmbeddingRouter::agentText(agent, prompt.exampleIndex));
                }
            }
        }
        m_totalTexts = int(m_vectors.size());
        for (auto it = m_vectors.begin(); it != m_vectors.end(); ++it) {
            *it = m_cache.get(m_settings.model, it.key());
            if (it->isEmpty())
                m_missing.append(it.key());
        }
        qCDebug(lcTriggers) << "embedding" << m_totalTexts << "texts," << m_missing.size() << "not cached";
        setProgress(m_totalTexts - int(m_missing.size()), m_totalTexts);
        requestNext();
    }

    void cancel() override
    {
        m_cancelled = true;
        if (m_reply)
            m_reply->abort(); // onReply sees the cancel and finishes
        else
            finish(Error::Cancelled, QStringLiteral("cancelled"));
    }

private:
    void want(const QString &text)
    {
        if (!m_vectors.contains(text))
            m_vectors.insert(text, {});
    }

    void requestNext()
    {
        if (m_cancelled || isFinished())
            return;
        if (m_missing.isEmpty()) {
            score();
            return;
        }
        m_batch = m_missing.mid(0, std::max(1, m_settings.batchSize));
        m_missing.remove(0, m_batch.size());
        QUrl url = m_settings.baseUrl;
        QString path = url.path();
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        url.setPath(path + QStringLiteral("/embeddings"));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        request.setTransferTimeout(m_settings.timeoutMs);
        if (!m_settings.apiKey.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_settings.apiKey.toUtf8());
        const QJsonObject body { { QStringLiteral("model"), m_settings.model },
            { QStringLiteral("input"), QJsonArray::fromStringList(m_batch) } };
        m_reply = m_network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        connect(m_reply, &QNetworkReply::finished, this, &EmbeddingJob::onReply);
    }

    void onReply()
    {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->deleteLater();
        if (m_cancelled) {
            finish(Error::Cancelled, QStringLiteral("cancelled"));
            return;
        }
        const QByteArray bytes = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 400) {
            QString message = reply->errorString();
            const QJsonObject error = QJsonDocument::fromJson(bytes).object().value(QLatin1String("error")).toObject();
            const QString detail = error.value(QLatin1String("message")).toString();
            if (!detail.isEmpty())
                message = detail;
            finish(Error::Network,
                QStringLiteral("%1 answered %2: %3")
                    .arg(reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                    .arg(status)
                    .arg(message));
            return;
        }
        const QJsonArray data = QJsonDocument::fromJson(bytes).object().value(QLatin1String("data")).toArray();
        if (data.size() != m_batch.size()) {
            finish(Error::Network,
                QStringLiteral("the embeddings endpoint returned %1 vectors for %2 texts")
                    .arg(data.size())
                    .arg(m_batch.size()));
            return;
        }
        for (int i = 0; i < data.size(); ++i) {
            const QJsonObject item = data.at(i).toObject();
            const int at = item.contains(QLatin1String("index")) ? item.value(QLatin1String("index")).toInt(-1) : i;
            const QJsonArray values = item.value(QLatin1String("embedding")).toArray();
            if (at < 0 || at >= m_batch.size() || values.isEmpty()) {
                finish(Error::Network, QStringLiteral("the embeddings endpoint returned an answer without vectors"));
                return;
            }
            QList<float> vector;
            vector.reserve(values.size());
            for (const QJsonValue &v : values)
                vector.append(float(v.toDouble()));
            const QString &text = m_batch.at(at);
            m_vectors[text] = vector;
            QString cacheError;
            if (!m_cache.put(m_settings.model, text, vector, &cacheError) && m_cacheError.isEmpty())
                m_cacheError = cacheError;
        }
        setProgress(done() + int(m_batch.size()), m_totalTexts);
        requestNext();
    }

    void score()
    {
        QStringList names;
        for (const TriggerAgent &agent : std::as_const(m_agents))
            names.append(agent.name);
        TriggerResult result(names, m_prompts);
        result.router = QStringLiteral("embedding");
        result.threshold = m_settings.threshold;
        result.thresholdNote = QStringLiteral("cosine threshold, set in the router's settings");
        QList<QList<float>> agentVectors;
        for (const TriggerAgent &agent : std::as_const(m_agents))
            agentVectors.append(m_vectors.value(EmbeddingRouter::agentText(agent)));
        QList<float> scores;
        for (int p = 0; p < m_prompts.size(); ++p) {
            const TriggerPrompt &prompt = m_prompts.at(p);
            const QList<float> vector = m_vectors.value(prompt.text);
            for (int a = 0; a < m_agents.size(); ++a) {
                const bool heldOut = prompt.isExample() && m_agents.at(a).name == prompt.exampleAgent;
                const QList<float> &agentVector = heldOut
                    ? m_vectors[EmbeddingRouter::agentText(m_agents.at(a), prompt.exampleIndex)]
                    : agentVectors.at(a);
                const float value = float(std::max(0.0, cosine(vector, agentVector)));
                result.setScore(p, a, value);
                scores.append(value);
            }
        }
        result.decide();
        result.setExplainer(std::make_shared<EmbeddingExplainer>(scores, int(m_agents.size())));
        m_result = result;
        if (!m_cacheError.isEmpty()) {
            qCWarning(lcTriggers) << "embedding cache:" << m_cacheError;
            finish(Error::Cache, m_cacheError);
            return;
        }
        finish();
    }

    EmbeddingRouter::Settings m_settings;
    TriggerAgents m_agents;
    TriggerPrompts m_prompts;
    EmbeddingCache m_cache;
    QNetworkAccessManager m_network;
    QHash<QString, QList<float>> m_vectors;
    QStringList m_missing;
    QStringList m_batch;
    QPointer<QNetworkReply> m_reply;
    QString m_cacheError;
    int m_totalTexts = 0;
    bool m_cancelled = false;
};

} // namespace

QString EmbeddingRouter::label() const
{
    return QStringLiteral("Embeddings (%1, cosine)").arg(m_settings.model);
}

TriggerJob *EmbeddingRouter::createJob(
    const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent) const
{
    return new EmbeddingJob(m_settings, agents, prompts, parent);
}

QString EmbeddingRouter::agentText(const TriggerAgent &agent, int heldOutExample)
{
    QString description = agent.description;
    if (heldOutExample >= 0 && heldOutExample < agent.examples.size()) {
        QList<AgentExample> kept = agent.examples;
        kept.removeAt(heldOutExample);
        description = ExampleCodec::replaceExamples(agent.description, kept);
    }
    return agent.name + QStringLiteral(": ") + description;
}

} // namespace awb
