#include "triggerresult.h"

#include <algorithm>

namespace awb {

TriggerResult::TriggerResult(const QStringList &agentNames, const TriggerPrompts &rows)
    : agents(agentNames)
    , prompts(rows)
    , m_scores(qsizetype(agentNames.size()) * rows.size(), 0.0f)
    , m_winners(rows.size(), None)
    , m_best(rows.size(), None)
    , m_runnersUp(rows.size(), None)
    , m_margins(rows.size(), 0.0f)
{ }

QString TriggerResult::winnerName(int prompt) const
{
    const int w = winner(prompt);
    return w >= 0 ? agents.at(w) : QString();
}

int TriggerResult::agentIndex(const QString &name) const
{
    return int(agents.indexOf(name));
}

int TriggerResult::expectedIndex(int prompt) const
{
    const QString &expected = prompts.at(prompt).expected;
    if (expected.isEmpty())
        return None;
    const int index = agentIndex(expected);
    return index >= 0 ? index : Unknown;
}

bool TriggerResult::isCorrect(int prompt) const
{
    const int expected = expectedIndex(prompt);
    return expected != Unknown && expected == winner(prompt);
}

int TriggerResult::correctCount() const
{
    int count = 0;
    for (int p = 0; p < promptCount(); ++p)
        count += isCorrect(p) ? 1 : 0;
    return count;
}

double TriggerResult::accuracy() const
{
    return promptCount() == 0 ? 1.0 : double(correctCount()) / promptCount();
}

QList<QPair<int, float>> TriggerResult::topAgents(int prompt, int count) const
{
    QList<QPair<int, float>> all;
    all.reserve(agentCount());
    const float *scores = row(prompt);
    for (int a = 0; a < agentCount(); ++a)
        all.append({ a, scores[a] });
    count = std::min<int>(count, int(all.size()));
    std::partial_sort(all.begin(), all.begin() + count, all.end(), [](const auto &x, const auto &y) {
        return x.second > y.second || (x.second == y.second && x.first < y.first);
    });
    all.resize(count);
    return all;
}

void TriggerResult::decideRows(int first, int last)
{
    const int n = agentCount();
    for (int p = first; p < last; ++p) {
        const float *scores = row(p);
        // One pass keeping the two best; ties go to the lower index (the first seen).
        int top = None;
        int second = None;
        float topScore = -1.0f;
        float secondScore = -1.0f;
        for (int a = 0; a < n; ++a) {
            const float s = scores[a];
            if (s > secondScore) {
                if (s > topScore) {
                    second = top;
                    secondScore = topScore;
                    top = a;
                    topScore = s;
                } else {
                    second = a;
                    secondScore = s;
                }
            }
        }
        const float best = top == None ? 0.0f : topScore;
        const float next = second == None ? 0.0f : secondScore;
        m_best[p] = top;
        m_runnersUp[p] = second;
        m_margins[p] = best - next;
        m_winners[p] = (top != None && best > 0.0f && best >= threshold) ? top : None;
    }
}

void TriggerResult::applyThreshold(double value)
{
    threshold = value;
    for (int p = 0; p < promptCount(); ++p) {
        const int top = m_best[p];
        const float topScore = top == None ? 0.0f : score(p, top);
        m_winners[p] = (top != None && topScore > 0.0f && topScore >= threshold) ? top : None;
    }
}

void TriggerResult::setDecision(int prompt, int winner, int runnerUp, float margin)
{
    m_winners[prompt] = winner;
    m_best[prompt] = winner;
    m_runnersUp[prompt] = runnerUp;
    m_margins[prompt] = margin;
}

CellExplanation TriggerResult::explain(int prompt, int agent) const
{
    if (m_explainer)
        return m_explainer->explain(prompt, agent);
    CellExplanation explanation;
    explanation.score = score(prompt, agent);
    explanation.rawScore = explanation.score;
    return explanation;
}

bool TriggerResult::operator==(const TriggerResult &other) const
{
    return router == other.router && agents == other.agents && prompts == other.prompts && threshold == other.threshold
        && m_scores == other.m_scores && m_winners == other.m_winners && m_best == other.m_best
        && m_runnersUp == other.m_runnersUp && m_margins == other.m_margins;
}

} // namespace awb
