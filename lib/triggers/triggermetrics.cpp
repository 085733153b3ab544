#include "triggermetrics.h"

#include "agent/agentlinter.h"

#include <QHash>

namespace awb {

TriggerMetrics::TriggerMetrics(const TriggerResult &result)
    : m_names(result.agents)
    , m_size(result.agentCount())
{
    const int n = m_size;
    m_confusion = QList<int>((n + 1) * (n + 1), 0);
    m_agents.resize(n);
    for (int a = 0; a < n; ++a)
        m_agents[a].name = result.agents.at(a);
    m_total = result.promptCount();
    for (int p = 0; p < result.promptCount(); ++p) {
        const int expected = result.expectedIndex(p);
        const int winner = result.winner(p);
        if (winner >= 0)
            m_agents[winner].won += 1;
        if (expected == TriggerResult::Unknown) {
            m_unknown.append(p);
            if (winner >= 0)
                m_agents[winner].steals.append(p);
            continue;
        }
        const int row = expected >= 0 ? expected : n;
        const int column = winner >= 0 ? winner : n;
        m_confusion[row * (n + 1) + column] += 1;
        if (expected >= 0)
            m_agents[expected].expected += 1;
        if (expected == winner) {
            ++m_correct;
            if (winner >= 0)
                m_agents[winner].truePositives += 1;
            continue;
        }
        if (winner >= 0)
            m_agents[winner].steals.append(p);
        if (expected >= 0)
            m_agents[expected].loses.append(p);
    }
    m_accuracy = m_total == 0 ? 1.0 : double(m_correct) / m_total;
    double f1Sum = 0;
    int f1Count = 0;
    for (AgentMetrics &m : m_agents) {
        m.precision = m.won == 0 ? 1.0 : double(m.truePositives) / m.won;
        m.recall = m.expected == 0 ? 1.0 : double(m.truePositives) / m.expected;
        m.f1 = (m.precision + m.recall) > 0 ? 2 * m.precision * m.recall / (m.precision + m.recall) : 0.0;
        if (m.expected > 0) {
            f1Sum += m.f1;
            ++f1Count;
        }
    }
    m_macroF1 = f1Count == 0 ? 0.0 : f1Sum / f1Count;
}

QStringList TriggerMetrics::confusionLabels() const
{
    return m_names + QStringList { QStringLiteral("(none)") };
}

int TriggerMetrics::libraryWeight(const TriggerAgents &agents)
{
    QStringList lines;
    for (const TriggerAgent &agent : agents)
        lines.append(agent.listingLine);
    return lines.isEmpty() ? 0 : AgentLinter::estimateTokens(lines.join(QLatin1Char('\n')));
}

TriggerDiff TriggerDiff::between(const TriggerResult &before, const TriggerResult &after)
{
    TriggerDiff diff;
    diff.accuracyBefore = before.accuracy();
    diff.accuracyAfter = after.accuracy();
    // Match prompts by text and expectation; repeated prompts pair up in order.
    QHash<QPair<QString, QString>, QList<int>> rowsBefore;
    for (int p = 0; p < before.promptCount(); ++p)
        rowsBefore[{ before.prompts.at(p).text, before.prompts.at(p).expected }].append(p);
    QHash<QPair<QString, QString>, int> used;
    for (int q = 0; q < after.promptCount(); ++q) {
        const QPair<QString, QString> key { after.prompts.at(q).text, after.prompts.at(q).expected };
        const QList<int> candidates = rowsBefore.value(key);
        const int k = used.value(key);
        if (k >= candidates.size()) {
            ++diff.onlyAfter;
            continue;
        }
        used[key] = k + 1;
        const int p = candidates.at(k);
        const QString winnerBefore = before.winnerName(p);
        const QString winnerAfter = after.winnerName(q);
        if (winnerBefore == winnerAfter)
            continue;
        Flip flip;
        flip.prompt = after.prompts.at(q);
        flip.before = p;
        flip.after = q;
        flip.winnerBefore = winnerBefore;
        flip.winnerAfter = winnerAfter;
        flip.correctBefore = before.isCorrect(p);
        flip.correctAfter = after.isCorrect(q);
        if (!flip.correctBefore && flip.correctAfter)
            ++diff.fixed;
        if (flip.correctBefore && !flip.correctAfter)
            ++diff.broken;
        diff.flips.append(flip);
    }
    int matched = 0;
    for (auto it = used.cbegin(); it != used.cend(); ++it)
        matched += it.value();
    diff.onlyBefore = before.promptCount() - matched;
    return diff;
}

} // namespace awb
