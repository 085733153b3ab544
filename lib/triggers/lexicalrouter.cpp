#include "lexicalrouter.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <memory>

namespace awb {

namespace {

class LexicalJob : public TriggerJob
{
public:
    LexicalJob(const LexicalRouter &router, const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent)
        : TriggerJob(parent)
        , m_router(router)
        , m_agents(agents)
        , m_prompts(prompts)
        , m_cancel(std::make_shared<std::atomic_bool>(false))
    {
        connect(&m_watcher, &QFutureWatcher<TriggerResult>::finished, this, [this] {
            m_result = m_watcher.result();
            setProgress(int(m_prompts.size()), int(m_prompts.size()));
            if (m_cancel->load())
                finish(Error::Cancelled, QStringLiteral("cancelled"));
            else
                finish();
        });
    }
    // The task holds only copies: a job deleted while it runs just tells it to stop.
    ~LexicalJob() override { m_cancel->store(true); }

    void start() override
    {
        if (m_agents.isEmpty()) {
            finish(Error::InvalidInput, QStringLiteral("the library has no agents to route to"));
            return;
        }
        setProgress(0, int(m_prompts.size()));
        const auto cancel = m_cancel;
        m_watcher.setFuture(QtConcurrent::run([router = m_router, agents = m_agents, prompts = m_prompts, cancel] {
            return router.run(agents, prompts, cancel.get());
        }));
    }
    void cancel() override
    {
        m_cancel->store(true);
        if (!m_watcher.isRunning())
            finish(Error::Cancelled, QStringLiteral("cancelled"));
    }

private:
    LexicalRouter m_router;
    TriggerAgents m_agents;
    TriggerPrompts m_prompts;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<TriggerResult> m_watcher;
};

} // namespace

LexicalRouter::LexicalRouter(const LexicalIndex::Parameters &parameters)
    : m_parameters(parameters)
{ }

QString LexicalRouter::label() const
{
    return QStringLiteral("Lexical (BM25, k1 = %1, b = %2, stemmed)").arg(m_parameters.k1).arg(m_parameters.b);
}

TriggerJob *LexicalRouter::createJob(const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent) const
{
    return new LexicalJob(*this, agents, prompts, parent);
}

TriggerResult LexicalRouter::run(
    const TriggerAgents &agents, const TriggerPrompts &prompts, const std::atomic_bool *cancel) const
{
    const LexicalIndex index(agents, m_parameters);
    return run(index, prompts, cancel);
}

TriggerResult LexicalRouter::run(
    const LexicalIndex &index, const TriggerPrompts &prompts, const std::atomic_bool *cancel) const
{
    TriggerResult result = index.scoreAll(prompts, m_threshold.value_or(DefaultThreshold), cancel, m_threads);
    if (m_threshold) {
        result.thresholdNote = QStringLiteral("set by hand");
        return result;
    }
    const Calibration calibration = calibrate(result);
    result.applyThreshold(calibration.threshold);
    result.thresholdNote = calibration.note;
    return result;
}

LexicalRouter::Calibration LexicalRouter::calibrate(const TriggerResult &scored)
{
    Calibration out;
    struct Row
    {
        float score;
        bool rightIfTaken; // the best agent is the expected one
        bool rightIfNone; // the prompt expects none
    };
    QList<Row> rows;
    int noneCount = 0;
    int agentCount = 0;
    for (int p = 0; p < scored.promptCount(); ++p) {
        const int expected = scored.expectedIndex(p);
        if (expected == TriggerResult::Unknown)
            continue;
        (expected == TriggerResult::None ? noneCount : agentCount) += 1;
        rows.append(
            Row { scored.bestScore(p), scored.best(p) == expected && expected >= 0, expected == TriggerResult::None });
    }
    if (noneCount == 0 || agentCount == 0) {
        out.threshold = DefaultThreshold;
        out.note = QStringLiteral("default %1: the suite needs prompts expecting none and prompts expecting an "
                                  "agent to calibrate on")
                       .arg(DefaultThreshold);
        return out;
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.score < b.score; });
    // Threshold t in (v_k, v_k+1]: prompts scoring ≤ v_k go to none, the others to their best agent.
    // Start below every score: all prompts with a positive score are taken.
    int correct = 0;
    for (const Row &row : std::as_const(rows))
        correct += (row.score > 0 ? row.rightIfTaken : row.rightIfNone) ? 1 : 0;
    int bestCorrect = -1;
    double bestLow = 0;
    double bestHigh = 0;
    double lower = 0;
    qsizetype i = 0;
    while (i < rows.size() && rows.at(i).score <= 0)
        ++i;
    while (true) {
        const double upper = i < rows.size() ? double(rows.at(i).score) : 1.0;
        if (correct > bestCorrect || (correct == bestCorrect && upper - lower > bestHigh - bestLow)) {
            bestCorrect = correct;
            bestLow = lower;
            bestHigh = upper;
        }
        if (i >= rows.size())
            break;
        // Raise the threshold past this score: these prompts now go to none.
        const float value = rows.at(i).score;
        while (i < rows.size() && rows.at(i).score == value) {
            correct += (rows.at(i).rightIfNone ? 1 : 0) - (rows.at(i).rightIfTaken ? 1 : 0);
            ++i;
        }
        lower = value;
    }
    out.threshold = (bestLow + bestHigh) / 2.0;
    out.accuracy = rows.isEmpty() ? 1.0 : double(bestCorrect) / rows.size();
    out.calibrated = true;
    out.note = QStringLiteral("calibrated on %1 prompts (%2 expecting none): %3 maximises the suite's accuracy "
                              "(%4%), in the middle of the best range %5–%6")
                   .arg(rows.size())
                   .arg(noneCount)
                   .arg(out.threshold, 0, 'f', 3)
                   .arg(out.accuracy * 100, 0, 'f', 1)
                   .arg(bestLow, 0, 'f', 3)
                   .arg(bestHigh, 0, 'f', 3);
    return out;
}

} // namespace awb
