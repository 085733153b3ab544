#pragma once

#include "lexicalindex.h"
#include "triggerresult.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>
#include <optional>

namespace awb {

/// Keeps the lexical results of a library current while the user edits a description, off the GUI
/// thread, newest-input-wins (as PreviewWorker): one recompute at a time; an edit that arrives while one
/// runs replaces any edit still waiting. Edits only re-analyse the edited agent (LexicalIndex::updateAgent).
///
/// `setInput()` sets the baseline; every `ready()` carries the newest result and the prompts whose winner
/// differs from the baseline ("flipped").
class LexicalLiveWorker : public QObject
{
    Q_OBJECT
public:
    struct Update
    {
        TriggerResult result;
        QList<int> flipped; ///< prompt rows whose winner differs from the baseline
        quint64 serial = 0;
    };

    explicit LexicalLiveWorker(QObject *parent = nullptr);
    ~LexicalLiveWorker() override;

    /// New agents and prompts: rebuilds the index and the baseline (answered by a ready() too).
    /// `threshold`: a fixed threshold, or calibrated on the suite when empty.
    quint64 setInput(
        const TriggerAgents &agents, const TriggerPrompts &prompts, std::optional<double> threshold = std::nullopt);
    /// Agent `agent` now has this description (not saved anywhere; the baseline stays).
    quint64 editDescription(int agent, const QString &description);
    /// The edited state becomes the baseline (after saving, say).
    void acceptAsBaseline();

    const TriggerResult &baseline() const { return m_baseline; }
    bool isBusy() const { return m_running || m_pending.has_value(); }
    quint64 latestSerial() const { return m_serial; }
    int runCount() const { return m_runs; }

Q_SIGNALS:
    void ready(const awb::LexicalLiveWorker::Update &update);

private:
    struct Request
    {
        bool rebuild = false;
        TriggerAgents agents;
        TriggerPrompts prompts;
        std::optional<double> threshold;
        QHash<int, QString> edits; ///< agent → description, accumulated since the last run
        quint64 serial = 0;
    };
    struct Output
    {
        Update update;
        std::shared_ptr<LexicalIndex> index;
        bool rebuilt = false;
    };

    void startNext();
    void onFinished();

    std::shared_ptr<LexicalIndex> m_index; ///< owned by the running task while one runs
    TriggerPrompts m_prompts;
    std::optional<double> m_threshold;
    double m_usedThreshold = 0;
    TriggerResult m_baseline;
    TriggerResult m_latest;
    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_serial = 0;
    int m_runs = 0;
    QFutureWatcher<Output> m_watcher;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::LexicalLiveWorker::Update)
