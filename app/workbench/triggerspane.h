#pragma once

#include "triggers/lexicalindex.h"
#include "triggers/lexicalliveworker.h"
#include "triggers/maplayout.h"
#include "triggers/modelrouter.h"
#include "triggers/triggerjob.h"
#include "triggers/triggermetrics.h"
#include "triggers/triggerresult.h"
#include "triggers/triggersuite.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QCheckBox;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace awb {

class AgentDocument;
class ChatProviders;
class ConfusionModel;
class ModelSelector;
class LibraryModel;
class TaskCounter;
class TriggerHeatmapModel;
class TriggersAgentBars;
class TriggersExplanation;
class TriggersHeatmapFilter;
class TriggersMapView;
class TriggersSuiteEditor;

/// The Triggers pane: which prompts of the library's suite reach which agent. Runs a router over the
/// agents Claude Code would list (from the LibraryModel) and the suite (kept in the library's suite file),
/// shows the prompts × agents heatmap, the confusion matrix, per-agent bars, competing pairs and a 2-D
/// map, explains a clicked cell, and keeps the lexical results current while a description is edited,
/// showing which prompts flipped.
class TriggersPane : public QWidget
{
    Q_OBJECT
public:
    enum class ExportFormat { Html, Csv, Json };

    explicit TriggersPane(LibraryModel *library, QWidget *parent = nullptr);
    ~TriggersPane() override;

    /// The library whose suite is edited: its suite file is TriggerLibrary::suitePath(folder).
    void setSuiteFolder(const QString &folder);
    QString suitePath() const { return m_suitePath; }
    /// An open agent changed in the editor (unsaved): the lexical results follow it live.
    void documentEdited(const AgentDocument &document);

    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    QAction *exportAction() const { return m_exportAction; }
    /// Runs the chosen router over the current agents (with unsaved edits) and suite.
    void run();
    void cancel();
    bool isRunning() const { return m_job != nullptr; }
    /// "lexical", "embedding", "model", "claude-code".
    QString routerId() const;
    /// Re-reads which routers are configured (the embeddings endpoint, the model chosen in the model
    /// selector, the claude CLI on the PATH).
    void updateRouterAvailability();
    /// The providers and the toolbar's model selector: the model simulation asks the model chosen there.
    void setModelSource(ChatProviders *providers, ModelSelector *selector);
    bool setRouter(const QString &id);

    /// The result the views show, the agents it was computed from, the prompts flipped by edits.
    const TriggerResult &result() const { return m_shown; }
    const TriggerAgents &resultAgents() const { return m_shownAgents; }
    const TriggerAgents &libraryAgents() const { return m_diskAgents; }
    const QList<int> &flippedRows() const { return m_flipped; }
    const TriggerMetrics &metrics() const { return m_metrics; }
    const TriggerSuite &suite() const { return m_suite; }

    /// Writes the shown result as a report; false with a reason a person can act on.
    bool exportReport(const QString &path, ExportFormat format, QString *errorString) const;
    /// Shows the explanation of one cell (source rows and columns of the result).
    void selectCell(int prompt, int agent);

    TriggersSuiteEditor *suiteEditor() const { return m_suiteEditor; }
    QTableView *heatmapView() const { return m_heatmap; }
    TriggersHeatmapFilter *heatmapFilter() const { return m_filter; }
    TriggerHeatmapModel *heatmapModel() const { return m_heatmapModel; }
    TriggersExplanation *explanation() const { return m_explanation; }
    QLabel *flippedBanner() const { return m_bannerText; }
    bool isFlippedBannerShown() const;
    TriggersMapView *mapView() const { return m_map; }
    QTabWidget *views() const { return m_views; }
    QLabel *summary() const { return m_summary; }
    /// The "this run will cost…" bar of the routers that are not instant, and its Run button.
    bool isCostConfirmationShown() const;
    QPushButton *confirmRunButton() const { return m_confirmRun; }
    QProgressBar *progressBar() const { return m_progress; }

    /// Worker tasks of all panes that still exist (queued, running, or skipped once cancelled). A pane
    /// being destroyed does not wait for its workers: it tells them to stop, and they end at their next
    /// check without touching it. For tests.
    static int workersAlive();

Q_SIGNALS:
    /// The views show a new result (a run, or a live update after an edit).
    void resultShown();
    /// The map and the competing pairs were computed for the shown result.
    void analysisReady();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    static TaskCounter &workerTasks(); ///< every worker task holds a token: workersAlive()

    struct Analysis
    {
        quint64 serial = 0;
        MapLayout::Result map;
        bool mapComputed = false;
        QList<LexicalIndex::CompetingPair> pairs;
        QStringList agentNames;
        int weight = 0;
    };

    void buildUi();
    QWidget *buildHeatmapPage();
    QWidget *buildAgentsPage();
    void buildRouterChoice();
    void configureEmbeddings();

    void refreshAgents();
    void agentsRead();
    TriggerAgents currentAgents() const;
    TriggerPrompts currentPrompts() const;
    void scheduleLexical();
    void startLexical();
    void liveReady(const LexicalLiveWorker::Update &update);
    void applyEdits();
    void startJob();
    void jobFinished();
    /// Paid or slow routers first show what a run will cost, with a button to start it.
    void offerJob();
    QString costEstimate() const;
    ModelRouter::Settings modelSettings() const;

    void showResult(const TriggerResult &result, const TriggerAgents &agents, const QList<int> &flipped);
    void updateSummary();
    void updateBanner();
    void updateColors();
    void scheduleAnalysis();
    void startAnalysis();
    void analysisFinished();
    void suiteEdited();
    void exportWithDialog();
    void showCurrentCell();
    void fitColumns();
    void showRoute(const QModelIndex &confusionCell);
    /// Rows whose winner differs between two results of the same prompts and agents.
    static QList<int> differingRows(const TriggerResult &a, const TriggerResult &b);
    void setStatus(const QString &text, bool problem = false);

    LibraryModel *m_library;
    /// Set when the pane goes: its workers hold copies of their input and report only through the
    /// watchers below, so they just stop early.
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QString m_suiteFolder;
    QString m_suitePath;
    TriggerSuite m_suite;

    TriggerAgents m_diskAgents; ///< as saved on disk, the live worker's baseline
    QHash<QString, QString> m_edits; ///< agent path → unsaved description
    QFutureWatcher<TriggerAgents> m_agentsWatcher;
    bool m_agentsPending = false;

    LexicalLiveWorker *m_live;
    quint64 m_inputSerial = 0;
    bool m_baselineReady = false;
    TriggerResult m_lexical; ///< the newest lexical result
    QList<int> m_lexicalFlipped;
    QTimer *m_lexicalTimer;

    QPointer<TriggerJob> m_job;
    QPointer<ChatProviders> m_providers;
    QPointer<ModelSelector> m_modelSelector;
    TriggerAgents m_jobAgents;
    TriggerResult m_routerResult; ///< the newest result of a non-lexical router
    TriggerAgents m_routerAgents;

    TriggerResult m_shown;
    TriggerAgents m_shownAgents;
    QList<int> m_flipped;
    TriggerMetrics m_metrics;
    quint64 m_shownSerial = 0;

    QFutureWatcher<Analysis> m_analysisWatcher;
    bool m_analysisPending = false;
    QTimer *m_analysisTimer;
    Analysis m_analysis;

    QAction *m_runAction;
    QAction *m_cancelAction;
    QAction *m_exportAction;
    QComboBox *m_router;
    QToolButton *m_routerOptions;
    QToolButton *m_runButton;
    QToolButton *m_cancelButton;
    QToolButton *m_exportButton;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QFrame *m_banner;
    QFrame *m_confirm;
    QLabel *m_confirmText;
    QPushButton *m_confirmRun;
    QLabel *m_bannerText;
    QPushButton *m_bannerShow;
    QTabWidget *m_views;
    TriggerHeatmapModel *m_heatmapModel;
    TriggersHeatmapFilter *m_filter;
    QTableView *m_heatmap;
    QLineEdit *m_search;
    QCheckBox *m_onlyWrong;
    QComboBox *m_order;
    QToolButton *m_route; ///< "expected → winner ✕": the confusion cell the heatmap is narrowed to
    QStringList m_orderAgents; ///< the agents the order choices were made for
    TriggersExplanation *m_explanation;
    ConfusionModel *m_confusionModel;
    QTableView *m_confusion;
    TriggersAgentBars *m_bars;
    QTreeWidget *m_pairs;
    QLabel *m_weight;
    TriggersMapView *m_map;
    TriggersSuiteEditor *m_suiteEditor;
    QLabel *m_status;
};

} // namespace awb
