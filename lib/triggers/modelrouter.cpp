#include "modelrouter.h"

#include "delegationprompt.h"
#include "modelrouterjob.h"

#include "agent/agentlinter.h"

#include <QJsonDocument>
#include <QSet>

namespace awb {

namespace {

// A tool call with a short description and prompt: what a decision usually costs in output.
constexpr qint64 ExpectedOutputTokens = 80;

qint64 prefixTokens(const ChatRequest &request)
{
    QString text = request.system;
    for (const ToolDefinition &tool : request.tools)
        text += tool.name + tool.description
            + QString::fromUtf8(QJsonDocument(tool.inputSchema).toJson(QJsonDocument::Compact));
    return AgentLinter::estimateTokens(text);
}

} // namespace

QString ModelRouter::label() const
{
    return QStringLiteral("Model simulation: %1, %2 sample(s) per prompt (how distinguishable the descriptions are "
                          "to this model; not Claude Code's full system prompt)")
        .arg(m_settings.model)
        .arg(m_settings.samples);
}

TriggerJob *ModelRouter::createJob(const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent) const
{
    return new ModelRouterJob(m_settings, agents, prompts, parent);
}

double ModelRouter::cost(const Settings &s, qint64 input, qint64 cacheWrite, qint64 cacheRead, qint64 output)
{
    if (s.inputPerMTok < 0 || s.outputPerMTok < 0)
        return -1;
    const double write = s.cacheWritePerMTok >= 0 ? s.cacheWritePerMTok : s.inputPerMTok;
    const double read = s.cacheReadPerMTok >= 0 ? s.cacheReadPerMTok : s.inputPerMTok;
    return (input * s.inputPerMTok + cacheWrite * write + cacheRead * read + output * s.outputPerMTok) / 1e6;
}

ModelRouter::Estimate ModelRouter::estimate(const TriggerAgents &agents, const TriggerPrompts &prompts) const
{
    Estimate e;
    e.prompts = int(prompts.size());
    // The same job the run would make, without starting it: it knows the listings and the results cache.
    ModelRouterJob probe(m_settings, agents, prompts);
    QSet<QString> listings;
    QSet<QString> warm;
    qint64 naiveInput = 0;
    QStringList names;
    for (const TriggerAgent &agent : agents)
        names.append(agent.name);
    for (int p = 0; p < prompts.size(); ++p) {
        const TriggerPrompt &prompt = prompts.at(p);
        int heldAgent = -1;
        int heldExample = -1;
        if (m_settings.holdOutExamples && prompt.isExample()) {
            heldAgent = int(names.indexOf(prompt.exampleAgent));
            heldExample = heldAgent >= 0 ? prompt.exampleIndex : -1;
        }
        const ChatRequest request
            = DelegationPrompt::request(agents, prompt.text, m_settings.model, heldAgent, heldExample);
        const QString hash = DelegationPrompt::prefixHash(request);
        const qint64 prefix = prefixTokens(request);
        if (!listings.contains(hash)) {
            listings.insert(hash);
            e.listingTokens = std::max(e.listingTokens, prefix);
        }
        const qint64 promptTokens = AgentLinter::estimateTokens(prompt.text) + 8;
        for (int s = 0; s < std::max(1, m_settings.samples); ++s) {
            if (m_settings.useCache && probe.cachedDecisionExists(p, s)) {
                ++e.cachedSamples;
                continue;
            }
            ++e.requests;
            if (warm.contains(hash)) {
                e.cacheReadTokens += prefix;
            } else {
                e.cacheWriteTokens += prefix;
                warm.insert(hash);
            }
            e.uncachedInputTokens += promptTokens;
            e.outputTokens += ExpectedOutputTokens;
            naiveInput += prefix + promptTokens;
        }
    }
    e.distinctListings = int(listings.size());
    e.cacheable = e.listingTokens >= minimumCacheableTokens(m_settings.model);
    if (!e.cacheable) {
        // Too short to be cached: every request pays for the listing as plain input.
        e.uncachedInputTokens += e.cacheWriteTokens + e.cacheReadTokens;
        e.cacheWriteTokens = 0;
        e.cacheReadTokens = 0;
    }
    e.costUsd = cost(m_settings, e.uncachedInputTokens, e.cacheWriteTokens, e.cacheReadTokens, e.outputTokens);
    e.naiveCostUsd = cost(m_settings, naiveInput, 0, 0, e.outputTokens);
    e.batch = m_settings.useBatch && m_settings.provider.kind == ProviderConfig::Kind::Anthropic;
    if (e.batch && e.costUsd >= 0) {
        e.costUsd /= 2; // Message Batches cost half, cache prices included
        e.naiveCostUsd /= 2;
    }
    return e;
}

int ModelRouter::minimumCacheableTokens(const QString &model)
{
    return model.contains(QLatin1String("haiku"), Qt::CaseInsensitive) ? 2048 : 1024;
}

QString ModelRouter::Estimate::summary() const
{
    QString text = QStringLiteral("%1 prompts: %2 requests to make, %3 answered from the cache; listing about %4 "
                                  "tokens (%5 distinct); input about %6 uncached + %7 cache writes + %8 cache "
                                  "reads, output about %9 tokens")
                       .arg(prompts)
                       .arg(requests)
                       .arg(cachedSamples)
                       .arg(listingTokens)
                       .arg(distinctListings)
                       .arg(uncachedInputTokens)
                       .arg(cacheWriteTokens)
                       .arg(cacheReadTokens)
                       .arg(outputTokens);
    if (!cacheable)
        text += QStringLiteral("; the listing is below the provider's minimum for prompt caching, so it is paid in "
                               "full on every request");
    if (costUsd >= 0)
        text += QStringLiteral("; about $%1 with prompt caching ($%2 without)%3")
                    .arg(costUsd, 0, 'f', 4)
                    .arg(naiveCostUsd, 0, 'f', 4)
                    .arg(batch ? QStringLiteral(", at the batch price") : QString());
    else
        text += QStringLiteral("; no price known for this model");
    return text;
}

} // namespace awb
