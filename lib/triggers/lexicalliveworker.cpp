#include "lexicalliveworker.h"

#include "lexicalrouter.h"

#include <QtConcurrent/QtConcurrentRun>

namespace awb {

namespace {

QList<int> flippedRows(const TriggerResult &baseline, const TriggerResult &now)
{
    QList<int> rows;
    if (baseline.promptCount() != now.promptCount() || baseline.agents != now.agents)
        return rows;
    for (int p = 0; p < now.promptCount(); ++p) {
        if (baseline.winner(p) != now.winner(p))
            rows.append(p);
    }
    return rows;
}

} // namespace

LexicalLiveWorker::LexicalLiveWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<awb::LexicalLiveWorker::Update>();
    connect(&m_watcher, &QFutureWatcher<Output>::finished, this, &LexicalLiveWorker::onFinished);
}

// A run still going holds its own index and copies of the input; its result is dropped with the watcher.
LexicalLiveWorker::~LexicalLiveWorker() = default;

quint64 LexicalLiveWorker::setInput(
    const TriggerAgents &agents, const TriggerPrompts &prompts, std::optional<double> threshold)
{
    Request request;
    request.rebuild = true;
    request.agents = agents;
    request.prompts = prompts;
    request.threshold = threshold;
    request.serial = ++m_serial;
    m_pending = request; // replaces any edit still waiting: the new input supersedes it
    startNext();
    return m_serial;
}

quint64 LexicalLiveWorker::editDescription(int agent, const QString &description)
{
    if (!m_pending)
        m_pending = Request();
    m_pending->edits.insert(agent, description);
    m_pending->serial = ++m_serial;
    startNext();
    return m_serial;
}

void LexicalLiveWorker::acceptAsBaseline()
{
    m_baseline = m_latest;
}

void LexicalLiveWorker::startNext()
{
    if (m_running || !m_pending)
        return;
    Request request = *m_pending;
    m_pending.reset();
    if (!request.rebuild && !m_index)
        return; // an edit before any input: nothing to edit
    m_running = true;
    ++m_runs;
    if (request.rebuild) {
        m_prompts = request.prompts;
        m_threshold = request.threshold;
    }
    const TriggerPrompts prompts = m_prompts;
    const std::optional<double> fixed = request.rebuild ? request.threshold : std::optional<double>(m_usedThreshold);
    std::shared_ptr<LexicalIndex> index = std::move(m_index); // the task owns it until it finishes
    m_watcher.setFuture(QtConcurrent::run([request, prompts, fixed, index]() mutable {
        Output out;
        out.rebuilt = request.rebuild;
        if (request.rebuild) {
            index = std::make_shared<LexicalIndex>(request.agents);
        }
        for (auto it = request.edits.cbegin(); it != request.edits.cend(); ++it) {
            if (it.key() < 0 || it.key() >= index->agentCount())
                continue;
            TriggerAgent agent = index->agents().at(it.key());
            agent.setDescription(it.value());
            index->updateAgent(it.key(), agent);
        }
        // Edits keep the threshold of the baseline, so a flip means the description changed it.
        LexicalRouter router;
        router.setThreshold(fixed);
        router.setThreads(1);
        out.update.result = router.run(*index, prompts);
        out.update.serial = request.serial;
        out.index = index;
        return out;
    }));
}

void LexicalLiveWorker::onFinished()
{
    m_running = false;
    Output out = m_watcher.result();
    m_index = out.index;
    if (out.rebuilt) {
        m_baseline = out.update.result;
        m_usedThreshold = out.update.result.threshold;
    }
    out.update.flipped = flippedRows(m_baseline, out.update.result);
    m_latest = out.update.result;
    startNext();
    Q_EMIT ready(out.update);
}

} // namespace awb
