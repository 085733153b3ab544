#include "modelrouterjob.h"

#include "messagebatch.h"
#include "triggerslog.h"

#include "providers/chatjob.h"
#include "providers/chatprovider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

namespace awb {

namespace {

class SampleExplainer : public TriggerExplainer
{
public:
    SampleExplainer(QList<QList<ModelRouterJob::Sample>> samples, QStringList agents, TriggerResult scores)
        : m_samples(std::move(samples))
        , m_agents(std::move(agents))
        , m_scores(std::move(scores))
    { }
    CellExplanation explain(int prompt, int agent) const override
    {
        CellExplanation out;
        if (prompt < 0 || prompt >= m_samples.size() || agent < 0 || agent >= m_agents.size())
            return out;
        out.score = m_scores.score(prompt, agent);
        out.rawScore = out.score;
        int chose = 0;
        int answered = 0;
        for (const ModelRouterJob::Sample &sample : m_samples.at(prompt)) {
            if (!sample.done)
                continue;
            ++answered;
            const DelegationPrompt::Decision &d = sample.decision;
            if (d.valid && d.agent == m_agents.at(agent))
                ++chose;
            const QString choice = !d.valid ? QStringLiteral("(no decision)")
                : d.agent.isEmpty()         ? QStringLiteral("(kept it: no delegation)")
                                            : d.agent;
            out.answers.append(choice + QStringLiteral(": ") + d.reason.section(QLatin1Char('\n'), 0, 2));
        }
        out.note = QStringLiteral("%1 of %2 samples delegated to this agent").arg(chose).arg(answered);
        return out;
    }

private:
    QList<QList<ModelRouterJob::Sample>> m_samples;
    QStringList m_agents;
    TriggerResult m_scores;
};

QString heldOutKey(int agent, int example)
{
    return agent < 0 ? QString() : QStringLiteral("%1:%2").arg(agent).arg(example);
}

} // namespace

ModelRouterJob::ModelRouterJob(
    const ModelRouter::Settings &settings, const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent)
    : TriggerJob(parent)
    , m_settings(settings)
    , m_agents(agents)
    , m_prompts(prompts)
{
    m_settings.samples = std::max(1, m_settings.samples);
    m_settings.concurrency = std::max(1, m_settings.concurrency);
    if (m_settings.cacheDir.isEmpty())
        m_settings.cacheDir
            = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/trigger-samples");
    for (const TriggerAgent &agent : m_agents)
        m_names.append(agent.name);
    m_samples = QList<QList<Sample>>(m_prompts.size(), QList<Sample>(m_settings.samples));
}

ModelRouterJob::~ModelRouterJob()
{
    m_cancelled = true;
    for (const QPointer<ChatJob> &job : std::as_const(m_inFlight)) {
        if (job)
            job->disconnect(this);
    }
}

const ChatRequest &ModelRouterJob::requestFor(int prompt)
{
    const TriggerPrompt &p = m_prompts.at(prompt);
    int agent = -1;
    int example = -1;
    if (m_settings.holdOutExamples && p.isExample()) {
        agent = int(m_names.indexOf(p.exampleAgent));
        example = agent >= 0 ? p.exampleIndex : -1;
        if (example < 0)
            agent = -1;
    }
    const QString key = heldOutKey(agent, example);
    auto it = m_requests.find(key);
    if (it == m_requests.end()) {
        ChatRequest request = DelegationPrompt::request(m_agents, QString(), m_settings.model, agent, example);
        request.temperature = m_settings.temperature;
        m_prefixHashes.insert(key, DelegationPrompt::prefixHash(request));
        it = m_requests.insert(key, request);
    }
    return *it;
}

QString ModelRouterJob::cacheKey(int prompt, int sample) const
{
    const TriggerPrompt &p = m_prompts.at(prompt);
    int agent = -1;
    int example = -1;
    if (m_settings.holdOutExamples && p.isExample()) {
        agent = int(m_names.indexOf(p.exampleAgent));
        example = agent >= 0 ? p.exampleIndex : -1;
        if (example < 0)
            agent = -1;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_settings.model.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(m_prefixHashes.value(heldOutKey(agent, example)).toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(p.text.toUtf8());
    hash.addData(QByteArrayView("\0", 1));
    hash.addData(QByteArray::number(sample));
    hash.addData(QByteArray::number(m_settings.temperature.value_or(-1)));
    return QString::fromLatin1(hash.result().toHex());
}

bool ModelRouterJob::cachedDecisionExists(int prompt, int sample)
{
    requestFor(prompt);
    return QFile::exists(m_settings.cacheDir + QLatin1Char('/') + cacheKey(prompt, sample) + QStringLiteral(".json"));
}

bool ModelRouterJob::readCached(int prompt, int sample)
{
    QFile file(m_settings.cacheDir + QLatin1Char('/') + cacheKey(prompt, sample) + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (!o.contains(QLatin1String("valid")))
        return false;
    Sample &s = m_samples[prompt][sample];
    s.done = true;
    s.decision.valid = o.value(QLatin1String("valid")).toBool();
    s.decision.agent = o.value(QLatin1String("agent")).toString();
    s.decision.reason = o.value(QLatin1String("reason")).toString();
    // The agent must still exist: a renamed agent makes the answer stale.
    if (s.decision.valid && !s.decision.agent.isEmpty() && !m_names.contains(s.decision.agent)) {
        s = Sample();
        return false;
    }
    return true;
}

void ModelRouterJob::writeCached(int prompt, int sample, const DelegationPrompt::Decision &decision)
{
    // Answers that were no decision are not kept: a rerun asks again.
    if (!m_settings.useCache || !decision.valid)
        return;
    if (!QDir().mkpath(m_settings.cacheDir)) {
        qCWarning(lcTriggers) << "cannot create" << m_settings.cacheDir;
        return;
    }
    QSaveFile file(m_settings.cacheDir + QLatin1Char('/') + cacheKey(prompt, sample) + QStringLiteral(".json"));
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.write(QJsonDocument(
        QJsonObject { { QStringLiteral("valid"), decision.valid }, { QStringLiteral("agent"), decision.agent },
            { QStringLiteral("reason"), decision.reason }, { QStringLiteral("model"), m_settings.model } })
                   .toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcTriggers) << "cannot write a cached sample:" << file.errorString();
}

void ModelRouterJob::start()
{
    if (m_agents.isEmpty() || m_settings.model.isEmpty()) {
        finish(Error::InvalidInput,
            m_agents.isEmpty() ? QStringLiteral("the library has no agents to route to")
                               : QStringLiteral("choose a model for the simulation"));
        return;
    }
    const int total = int(m_prompts.size()) * m_settings.samples;
    for (int p = 0; p < m_prompts.size(); ++p) {
        requestFor(p);
        for (int s = 0; s < m_settings.samples; ++s) {
            if (m_settings.useCache && readCached(p, s)) {
                ++m_cachedSamples;
                ++m_done;
            } else {
                m_queue.append(Task { p, s });
            }
        }
    }
    m_provider = ChatProvider::create(m_settings.provider, this);
    m_provider->setApiKey(m_settings.key);
    setProgress(m_done, total);
    if (m_queue.isEmpty()) {
        complete();
        return;
    }
    if (m_settings.useBatch && m_settings.provider.kind == ProviderConfig::Kind::Anthropic) {
        startBatch();
        return;
    }
    pump();
}

QString ModelRouterJob::batchId() const
{
    return m_batch ? m_batch->batchId() : QString();
}

void ModelRouterJob::startBatch()
{
    QList<MessageBatch::Item> items;
    for (const Task &task : std::as_const(m_queue)) {
        ChatRequest request = requestFor(task.prompt);
        request.messages = { ChatMessage::user(m_prompts.at(task.prompt).text) };
        items.append({ QStringLiteral("p%1-s%2").arg(task.prompt).arg(task.sample), request });
    }
    m_requestsMade = int(items.size());
    m_batch = new MessageBatch(m_settings.provider, m_settings.key, this);
    m_batch->setPollInterval(m_settings.batchPollIntervalMs);
    const int total = int(m_prompts.size()) * m_settings.samples;
    connect(
        m_batch, &MessageBatch::statusChanged, this, [this, total](const QString &, int, int succeeded, int errored) {
            setProgress(m_cachedSamples + succeeded + errored, total);
        });
    connect(m_batch, &MessageBatch::finished, this, &ModelRouterJob::onBatchFinished);
    m_batch->start(items);
}

void ModelRouterJob::onBatchFinished()
{
    if (m_cancelled || isFinished())
        return;
    if (m_batch->failed()) {
        buildResult();
        finish(Error::Network, m_batch->errorString());
        return;
    }
    for (const MessageBatch::Outcome &outcome : m_batch->outcomes()) {
        const QStringList parts = outcome.customId.mid(1).split(QStringLiteral("-s"));
        bool okPrompt = false;
        bool okSample = false;
        const int p = parts.value(0).toInt(&okPrompt);
        const int s = parts.value(1).toInt(&okSample);
        if (!okPrompt || !okSample || p < 0 || p >= m_samples.size() || s < 0 || s >= m_samples.at(p).size())
            continue;
        Sample &sample = m_samples[p][s];
        sample.done = true;
        if (outcome.succeeded) {
            m_usage += outcome.usage;
            sample.decision = DelegationPrompt::decide(outcome.message, m_names);
            writeCached(p, s, sample.decision);
        } else {
            sample.decision = DelegationPrompt::Decision();
            sample.decision.reason = outcome.error;
        }
        ++m_done;
    }
    setProgress(m_done, int(m_prompts.size()) * m_settings.samples);
    complete();
}

void ModelRouterJob::pump()
{
    if (m_cancelled || m_failed || isFinished())
        return;
    // Start what the concurrency limit allows, but never a second request of a listing whose first
    // request has not come back: it would write the prompt cache again instead of reading it.
    for (qsizetype i = 0; i < m_queue.size() && m_inFlight.size() < m_settings.concurrency;) {
        const Task task = m_queue.at(i);
        requestFor(task.prompt);
        const QString prefix = DelegationPrompt::prefixHash(requestFor(task.prompt));
        if (!m_warmPrefixes.contains(prefix) && m_inFlightPerPrefix.value(prefix) > 0) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        startTask(task);
    }
}

void ModelRouterJob::startTask(const Task &task)
{
    ChatRequest request = requestFor(task.prompt);
    request.messages = { ChatMessage::user(m_prompts.at(task.prompt).text) };
    const QString prefix = DelegationPrompt::prefixHash(request);
    m_inFlightPerPrefix[prefix] += 1;
    ++m_requestsMade;
    ChatJob *job = m_provider->stream(request);
    m_inFlight.append(job);
    connect(job, &ProviderJob::finished, this, [this, task, job] { onReply(task, job); });
}

void ModelRouterJob::onReply(const Task &task, ChatJob *job)
{
    m_inFlight.removeAll(job);
    job->deleteLater();
    const QString prefix = DelegationPrompt::prefixHash(requestFor(task.prompt));
    m_inFlightPerPrefix[prefix] -= 1;
    if (m_cancelled || isFinished())
        return;
    m_usage += job->usage();
    if (job->error() != ProviderError::NoError) {
        m_failed = true;
        // Stop the others; what was answered stays cached, so the run can resume.
        const QList<QPointer<ChatJob>> others = m_inFlight;
        m_inFlight.clear();
        for (const QPointer<ChatJob> &other : others) {
            if (other) {
                other->disconnect(this);
                other->cancel();
                other->deleteLater();
            }
        }
        buildResult();
        finish(Error::Network, job->errorString());
        return;
    }
    m_warmPrefixes.insert(prefix);
    const DelegationPrompt::Decision decision = DelegationPrompt::decide(job->message(), m_names);
    Sample &sample = m_samples[task.prompt][task.sample];
    sample.done = true;
    sample.decision = decision;
    writeCached(task.prompt, task.sample, decision);
    ++m_done;
    setProgress(m_done, int(m_prompts.size()) * m_settings.samples);
    if (m_queue.isEmpty() && m_inFlight.isEmpty()) {
        complete();
        return;
    }
    pump();
}

void ModelRouterJob::complete()
{
    buildResult();
    finish();
}

void ModelRouterJob::buildResult()
{
    TriggerResult result(m_names, m_prompts);
    result.router = QStringLiteral("model");
    result.thresholdNote = QStringLiteral("the winner is the choice most samples made (ties: no delegation)");
    const int n = int(m_names.size());
    for (int p = 0; p < m_prompts.size(); ++p) {
        QList<int> votes(n, 0);
        int none = 0;
        int answered = 0;
        for (const Sample &sample : m_samples.at(p)) {
            if (!sample.done)
                continue;
            ++answered;
            if (!sample.decision.valid)
                continue;
            const int agent = int(m_names.indexOf(sample.decision.agent));
            if (agent >= 0)
                votes[agent] += 1;
            else
                ++none;
        }
        const double denominator = std::max(1, answered);
        int best = TriggerResult::None;
        int second = TriggerResult::None;
        for (int a = 0; a < n; ++a) {
            result.setScore(p, a, float(votes.at(a) / denominator));
            if (best == TriggerResult::None || votes.at(a) > votes.at(best)) {
                second = best;
                best = a;
            } else if (second == TriggerResult::None || votes.at(a) > votes.at(second)) {
                second = a;
            }
        }
        const int top = best >= 0 ? votes.at(best) : 0;
        const int next = std::max(second >= 0 ? votes.at(second) : 0, none);
        if (top > none && top > 0) {
            result.setDecision(p, best, second, float((top - next) / denominator));
        } else {
            result.setDecision(p, TriggerResult::None, best, float((none - top) / denominator));
        }
    }
    result.setExplainer(std::make_shared<SampleExplainer>(m_samples, m_names, result));
    m_result = result;
}

void ModelRouterJob::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_batch)
        m_batch->cancel();
    const QList<QPointer<ChatJob>> jobs = m_inFlight;
    m_inFlight.clear();
    for (const QPointer<ChatJob> &job : jobs) {
        if (job) {
            job->disconnect(this);
            job->cancel();
            job->deleteLater();
        }
    }
    buildResult();
    finish(Error::Cancelled, QStringLiteral("cancelled; answered samples are kept and a new run resumes from them"));
}

int ModelRouterJob::invalidSamples() const
{
    int count = 0;
    for (const QList<Sample> &samples : m_samples) {
        for (const Sample &sample : samples)
            count += (sample.done && !sample.decision.valid) ? 1 : 0;
    }
    return count;
}

double ModelRouterJob::costUsd() const
{
    return ModelRouter::cost(m_settings, m_usage.inputTokens, m_usage.cacheCreationInputTokens,
        m_usage.cacheReadInputTokens, m_usage.outputTokens);
}

} // namespace awb
