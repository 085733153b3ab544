#include "triggerspane.h"

#include "triggersagentbars.h"
#include "triggerscolors.h"
#include "triggersconfusiondelegate.h"
#include "triggersexplanation.h"
#include "triggersheatmapdelegate.h"
#include "triggersheatmapfilter.h"
#include "triggersmapview.h"
#include "triggersreportwriter.h"
#include "triggersrotatedheader.h"
#include "triggerssuiteeditor.h"

#include "agent/agentdocument.h"
#include "library/librarymodel.h"
#include "library/taskcounter.h"
#include "triggers/confusionmodel.h"
#include "triggers/triggerheatmapmodel.h"
#include "triggers/triggerlibrary.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace awb {

namespace {

// Stops early (with a partial list nobody reads) once `stop` is set.
TriggerAgents readAgents(const QStringList &paths, const std::atomic_bool &stop)
{
    TriggerAgents agents;
    for (const QString &path : paths) {
        if (stop.load(std::memory_order_relaxed))
            break;
        const AgentDocument document = AgentDocument::fromFile(path);
        if (!document.ioError().isEmpty() || !document.loads())
            continue;
        agents.append(TriggerAgent::fromDocument(document));
    }
    std::stable_sort(
        agents.begin(), agents.end(), [](const TriggerAgent &a, const TriggerAgent &b) { return a.name < b.name; });
    return agents;
}

} // namespace

TriggersPane::TriggersPane(LibraryModel *library, QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_live(new LexicalLiveWorker(this))
    , m_lexicalTimer(new QTimer(this))
    , m_analysisTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("TriggersPane"));
    setAccessibleName(tr("Triggers"));
    m_runAction = new QAction(tr("&Run Triggers"), this);
    m_runAction->setObjectName(QStringLiteral("RunTriggers"));
    m_runAction->setShortcuts({ QKeySequence(Qt::Key_F5), QKeySequence(tr("Ctrl+R")) });
    m_runAction->setToolTip(tr("Score every prompt of the suite against every agent (F5)"));
    m_runAction->setIcon(QIcon::fromTheme(QStringLiteral("media-playback-start")));
    m_cancelAction = new QAction(tr("&Cancel Run"), this);
    m_cancelAction->setEnabled(false);
    m_exportAction = new QAction(tr("&Export Trigger Report…"), this);
    m_exportAction->setEnabled(false); // until there is a result
    buildUi();

    m_lexicalTimer->setSingleShot(true);
    m_lexicalTimer->setInterval(120);
    connect(m_lexicalTimer, &QTimer::timeout, this, &TriggersPane::startLexical);
    m_analysisTimer->setSingleShot(true);
    m_analysisTimer->setInterval(200);
    connect(m_analysisTimer, &QTimer::timeout, this, &TriggersPane::startAnalysis);
    connect(m_runAction, &QAction::triggered, this, &TriggersPane::run);
    connect(m_cancelAction, &QAction::triggered, this, &TriggersPane::cancel);
    connect(m_exportAction, &QAction::triggered, this, &TriggersPane::exportWithDialog);
    connect(m_live, &LexicalLiveWorker::ready, this, &TriggersPane::liveReady);
    connect(&m_agentsWatcher, &QFutureWatcher<TriggerAgents>::finished, this, &TriggersPane::agentsRead);
    connect(&m_analysisWatcher, &QFutureWatcher<Analysis>::finished, this, &TriggersPane::analysisFinished);
    if (m_library) {
        connect(m_library, &LibraryModel::scanFinished, this, &TriggersPane::refreshAgents);
        refreshAgents();
    }
}

TriggersPane::~TriggersPane()
{
    if (m_job)
        m_job->cancel();
    // No waiting here: analysing a large library takes seconds (the competing pairs compare every two
    // agents), a read can hang on a slow disk, and work still queued would first need a pool thread
    // that other work may hold. The workers own copies of their input and report only through the
    // watchers, which go with this pane, so they may outlive it: a queued one is skipped, a running
    // one stops at its next check.
    m_stop->store(true);
    m_agentsWatcher.cancel();
    m_analysisWatcher.cancel();
}

TaskCounter &TriggersPane::workerTasks()
{
    static TaskCounter counter;
    return counter;
}

int TriggersPane::workersAlive()
{
    return workerTasks().alive();
}

void TriggersPane::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);

    // Router, run, cancel, progress, export.
    auto *top = new QHBoxLayout;
    auto *routerLabel = new QLabel(tr("R&outer:"), this);
    m_router = new QComboBox(this);
    m_router->setObjectName(QStringLiteral("RouterChoice"));
    m_router->setAccessibleName(tr("Router"));
    routerLabel->setBuddy(m_router);
    buildRouterChoice();
    m_routerOptions = new QToolButton(this);
    m_routerOptions->setText(tr("…"));
    m_routerOptions->setToolTip(tr("Router settings"));
    m_routerOptions->setAccessibleName(tr("Router settings"));
    m_routerOptions->setPopupMode(QToolButton::InstantPopup);
    auto *options = new QMenu(m_routerOptions);
    options->addAction(tr("Configure &Embeddings…"), this, &TriggersPane::configureEmbeddings);
    m_routerOptions->setMenu(options);
    // Short labels here; the actions keep their full names for the menu and the main toolbar.
    auto button = [this](QAction *action, const QString &text) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(action->toolTip());
        b->setEnabled(action->isEnabled());
        connect(b, &QToolButton::clicked, action, &QAction::trigger);
        connect(action, &QAction::enabledChanged, b, &QWidget::setEnabled);
        return b;
    };
    m_runButton = button(m_runAction, tr("Run"));
    m_runButton->setAccessibleName(tr("Run triggers"));
    m_cancelButton = button(m_cancelAction, tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the run"));
    m_cancelButton->setVisible(false);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Run progress"));
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(140);
    m_exportButton = button(m_exportAction, tr("Export…"));
    m_exportButton->setAccessibleName(tr("Export the report"));
    top->addWidget(routerLabel);
    top->addWidget(m_router, 1);
    top->addWidget(m_routerOptions);
    top->addWidget(m_runButton);
    top->addWidget(m_cancelButton);
    top->addWidget(m_progress);
    top->addStretch(0);
    top->addWidget(m_exportButton);
    layout->addLayout(top);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("TriggersSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // "N prompts flipped": shown while unsaved edits change where prompts go.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("FlippedBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    m_bannerShow = new QPushButton(tr("&Show Only These"), m_banner);
    m_bannerShow->setCheckable(true);
    m_bannerShow->setAccessibleName(tr("Show only the flipped prompts"));
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(m_bannerShow);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    // What a run of a router that is not instant will cost, before it starts.
    m_confirm = new QFrame(this);
    m_confirm->setObjectName(QStringLiteral("CostConfirmation"));
    m_confirm->setFrameShape(QFrame::StyledPanel);
    auto *confirmLayout = new QHBoxLayout(m_confirm);
    confirmLayout->setContentsMargins(8, 4, 4, 4);
    m_confirmText = new QLabel(m_confirm);
    m_confirmText->setObjectName(QStringLiteral("CostEstimate"));
    m_confirmText->setWordWrap(true);
    m_confirmRun = new QPushButton(tr("Start &Run"), m_confirm);
    auto *confirmCancel = new QPushButton(tr("&Not Now"), m_confirm);
    confirmLayout->addWidget(m_confirmText, 1);
    confirmLayout->addWidget(m_confirmRun);
    confirmLayout->addWidget(confirmCancel);
    m_confirm->setVisible(false);
    layout->addWidget(m_confirm);
    connect(m_confirmRun, &QPushButton::clicked, this, [this] {
        m_confirm->setVisible(false);
        startJob();
    });
    connect(confirmCancel, &QPushButton::clicked, m_confirm, &QWidget::hide);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("TriggersViews"));
    m_views->setDocumentMode(true);
    m_views->addTab(buildHeatmapPage(), tr("&Heatmap"));

    m_confusionModel = new ConfusionModel(this);
    m_confusion = new QTableView(this);
    m_confusion->setObjectName(QStringLiteral("ConfusionView"));
    m_confusion->setAccessibleName(tr("Confusion matrix: rows are the expected agent, columns the winner"));
    m_confusion->setModel(m_confusionModel);
    m_confusion->setItemDelegate(new TriggersConfusionDelegate(m_confusion));
    m_confusion->setHorizontalHeader(new TriggersRotatedHeader(m_confusion));
    m_confusion->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_confusion->horizontalHeader()->setDefaultSectionSize(44);
    m_confusion->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_confusion->verticalHeader()->setDefaultSectionSize(30);
    m_confusion->setShowGrid(false);
    m_confusion->setToolTip(tr("Double-click or press Enter on a cell to see its prompts in the heatmap"));
    connect(m_confusion, &QAbstractItemView::activated, this, &TriggersPane::showRoute);
    auto *confusionPage = new QWidget(this);
    auto *confusionLayout = new QVBoxLayout(confusionPage);
    confusionLayout->setContentsMargins(0, 4, 0, 0);
    auto *confusionHelp = new QLabel(
        tr("Rows: the agent a prompt should reach. Columns: the agent that took it. The diagonal is what went "
           "right; everything else is a mistake. \"(none)\": no custom agent."),
        confusionPage);
    confusionHelp->setWordWrap(true);
    confusionLayout->addWidget(confusionHelp);
    confusionLayout->addWidget(m_confusion, 1);
    m_views->addTab(confusionPage, tr("&Confusion"));
    m_views->addTab(buildAgentsPage(), tr("&Agents"));

    m_map = new TriggersMapView(this);
    connect(m_map, &TriggersMapView::promptClicked, this, [this](int prompt) {
        m_views->setCurrentIndex(0);
        const int agent = m_shown.winner(prompt) >= 0 ? m_shown.winner(prompt) : std::max(0, m_shown.best(prompt));
        selectCell(prompt, agent);
    });
    m_views->addTab(m_map, tr("&Map"));

    m_suiteEditor = new TriggersSuiteEditor(this);
    connect(m_suiteEditor, &TriggersSuiteEditor::suiteChanged, this, &TriggersPane::suiteEdited);
    m_views->addTab(m_suiteEditor, tr("&Suite"));
    layout->addWidget(m_views, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("TriggersStatus"));
    m_status->setWordWrap(true);
    m_status->setVisible(false);
    layout->addWidget(m_status);

    connect(m_bannerShow, &QPushButton::toggled, this, [this](bool on) {
        m_filter->setOnlyFlipped(on);
        m_views->setCurrentIndex(0);
    });
    connect(m_router, &QComboBox::currentIndexChanged, this, [this] {
        const bool lexical = routerId() == QLatin1String("lexical");
        if (lexical)
            showResult(m_lexical, currentAgents(), m_lexicalFlipped);
        else if (!m_routerResult.isEmpty() && m_routerResult.router == routerId())
            showResult(m_routerResult, m_routerAgents, differingRows(m_lexical, m_routerResult));
        updateSummary();
    });
    updateColors();
    updateSummary();
}

QWidget *TriggersPane::buildHeatmapPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("HeatmapSearch"));
    m_search->setPlaceholderText(tr("Filter prompts, expected or winning agent…"));
    m_search->setAccessibleName(tr("Filter prompts"));
    m_search->setClearButtonEnabled(true);
    m_onlyWrong = new QCheckBox(tr("Only &wrong"), page);
    m_onlyWrong->setObjectName(QStringLiteral("OnlyWrong"));
    m_order = new QComboBox(page);
    m_order->setObjectName(QStringLiteral("HeatmapOrder"));
    m_order->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_order->setMinimumContentsLength(16);
    m_order->setAccessibleName(tr("Order of the prompts"));
    m_order->addItem(tr("Suite order"));
    m_order->addItem(tr("Mistakes first"));
    m_order->addItem(tr("Smallest margin first"));
    m_order->setToolTip(tr("Click an agent's column header to order by its scores"));
    m_route = new QToolButton(page);
    m_route->setObjectName(QStringLiteral("RouteFilter"));
    m_route->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_route->setToolTip(tr("Showing one cell of the confusion matrix; click to show all prompts again"));
    m_route->setVisible(false);
    connect(m_route, &QToolButton::clicked, this, [this] {
        m_filter->clearRoute();
        m_route->setVisible(false);
    });
    filters->addWidget(m_route);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_onlyWrong);
    filters->addWidget(m_order);
    layout->addLayout(filters);

    m_heatmapModel = new TriggerHeatmapModel(this);
    m_filter = new TriggersHeatmapFilter(this);
    m_filter->setSourceModel(m_heatmapModel);
    m_heatmap = new QTableView(page);
    m_heatmap->setObjectName(QStringLiteral("HeatmapView"));
    m_heatmap->setAccessibleName(tr("Heatmap: prompts down, agents across"));
    m_heatmap->setAccessibleDescription(
        tr("Cell color is the score. A corner mark is the expected agent; the winner is outlined, green when "
           "right and red when wrong."));
    m_heatmap->setModel(m_filter);
    m_heatmap->setItemDelegate(new TriggersHeatmapDelegate(m_heatmap));
    auto *header = new TriggersRotatedHeader(m_heatmap);
    m_heatmap->setHorizontalHeader(header);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 16);
    QHeaderView *rows = m_heatmap->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed); // uniform rows: large suites scroll without measuring
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setMaximumWidth(240); // fitColumns() adapts it to the table's width
    rows->setTextElideMode(Qt::ElideRight);
    m_heatmap->setTextElideMode(Qt::ElideRight);
    m_heatmap->setShowGrid(false);
    m_heatmap->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatmap->setWordWrap(false);
    m_heatmap->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_heatmap->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_explanation = new TriggersExplanation(page);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_heatmap);
    split->addWidget(m_explanation);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TriggersHeatmapFilter::setText);
    connect(m_onlyWrong, &QCheckBox::toggled, m_filter, &TriggersHeatmapFilter::setOnlyWrong);
    connect(m_order, &QComboBox::currentIndexChanged, this, [this](int index) {
        static const TriggersHeatmapFilter::Order orders[] = { TriggersHeatmapFilter::Order::Suite,
            TriggersHeatmapFilter::Order::MistakesFirst, TriggersHeatmapFilter::Order::SmallestMargin };
        if (index >= 0 && index < 3)
            m_filter->setOrder(orders[index]);
        else if (index >= 3) // "Highest score of <agent>": the keyboard's way to sort by a column
            m_filter->setOrder(TriggersHeatmapFilter::Order::Column, index - 3);
    });
    connect(header, &QHeaderView::sectionClicked, this, [this](int column) { m_order->setCurrentIndex(3 + column); });
    connect(m_heatmap->selectionModel(), &QItemSelectionModel::currentChanged, this, &TriggersPane::showCurrentCell);
    m_filter->setOrder(TriggersHeatmapFilter::Order::Suite);
    m_heatmap->viewport()->installEventFilter(this);
    return page;
}

QWidget *TriggersPane::buildAgentsPage()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *page = new QWidget(scroll);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 4, 0, 0);
    m_weight = new QLabel(page);
    m_weight->setObjectName(QStringLiteral("LibraryWeight"));
    m_weight->setWordWrap(true);
    layout->addWidget(m_weight);
    m_bars = new TriggersAgentBars(page);
    m_bars->setCursor(Qt::PointingHandCursor);
    connect(m_bars, &TriggersAgentBars::agentActivated, this, [this](const QString &name) {
        // The prompts it steals and loses: wrong rows where it is expected or wins.
        m_bannerShow->setChecked(false);
        m_search->setText(name);
        m_onlyWrong->setChecked(true);
        m_views->setCurrentIndex(0);
    });
    layout->addWidget(m_bars);
    auto *pairsTitle = new QLabel(tr("<b>Competing pairs</b>: agents whose texts share the most weighty words, so "
                                     "prompts may go to either."),
        page);
    pairsTitle->setWordWrap(true);
    layout->addWidget(pairsTitle);
    m_pairs = new QTreeWidget(page);
    m_pairs->setObjectName(QStringLiteral("CompetingPairs"));
    m_pairs->setAccessibleName(tr("Competing pairs of agents"));
    m_pairs->setRootIsDecorated(false);
    m_pairs->setHeaderLabels({ tr("Agents"), tr("Similarity"), tr("Shared terms") });
    m_pairs->setMinimumHeight(140);
    m_pairs->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_pairs->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_pairs, 1);
    scroll->setWidget(page);
    return scroll;
}

void TriggersPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateColors();
}

void TriggersPane::showRoute(const QModelIndex &cell)
{
    const QStringList labels = m_metrics.confusionLabels();
    if (!cell.isValid() || labels.isEmpty())
        return;
    const int noneIndex = int(labels.size()) - 1;
    const QString expected = cell.row() == noneIndex ? QString() : labels.value(cell.row());
    const QString winner = cell.column() == noneIndex ? QString() : labels.value(cell.column());
    m_filter->setRoute(expected, winner);
    const QString none = tr("none");
    m_route->setText(tr("%1 → %2 ✕").arg(expected.isEmpty() ? none : expected, winner.isEmpty() ? none : winner));
    m_route->setAccessibleName(tr("Showing prompts that expect %1 and go to %2; press to show all")
                                   .arg(expected.isEmpty() ? none : expected, winner.isEmpty() ? none : winner));
    m_route->setVisible(true);
    m_views->setCurrentIndex(0);
}

bool TriggersPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_heatmap->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

// A few agents share the width (up to a comfortable cell); many agents keep narrow cells and scroll.
void TriggersPane::fitColumns()
{
    // The prompts' column takes at most two fifths of the table, so agents stay in sight in a narrow dock.
    const int rowsWidth = std::clamp(m_heatmap->width() * 2 / 5, 120, 320);
    if (m_heatmap->verticalHeader()->maximumWidth() != rowsWidth)
        m_heatmap->verticalHeader()->setMaximumWidth(rowsWidth);
    const int columns = m_heatmapModel->columnCount();
    const int narrow = fontMetrics().horizontalAdvance(QStringLiteral("0.00")) + 16;
    const int wide = narrow * 2;
    const int size = columns > 0 ? std::clamp(m_heatmap->viewport()->width() / columns, narrow, wide) : narrow;
    if (m_heatmap->horizontalHeader()->defaultSectionSize() != size)
        m_heatmap->horizontalHeader()->setDefaultSectionSize(size);
}

void TriggersPane::updateColors()
{
    const QPalette pal = palette();
    m_filter->setMarkerColors(TriggersColors::good(pal), TriggersColors::bad(pal), TriggersColors::flipped(pal));
    QPalette banner = m_banner->palette();
    QColor back = TriggersColors::flipped(pal);
    back.setAlpha(60);
    const QColor base = pal.color(QPalette::Window);
    const double a = back.alphaF();
    banner.setColor(QPalette::Window,
        QColor::fromRgbF(float(base.redF() * (1 - a) + back.redF() * a),
            float(base.greenF() * (1 - a) + back.greenF() * a), float(base.blueF() * (1 - a) + back.blueF() * a)));
    m_banner->setPalette(banner);
    m_heatmap->viewport()->update();
}

void TriggersPane::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette pal = m_status->palette();
    pal.setColor(
        QPalette::WindowText, problem ? TriggersColors::bad(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(pal);
}

// --- the library and its suite ---

void TriggersPane::setSuiteFolder(const QString &folder)
{
    m_suiteFolder = folder;
    m_suitePath = folder.isEmpty() ? QString() : TriggerLibrary::suitePath(folder);
    TriggerSuite suite;
    QString error;
    if (!m_suitePath.isEmpty() && !TriggerSuite::load(m_suitePath, &suite, &error))
        setStatus(tr("The suite in %1 could not be read: %2. Prompts you add are kept in a new suite; the file is not "
                     "overwritten until you change the suite.")
                      .arg(QDir::toNativeSeparators(m_suitePath), error),
            true);
    else
        setStatus({});
    m_suite = suite;
    m_suiteEditor->setSuite(m_suite);
    scheduleLexical();
}

void TriggersPane::suiteEdited()
{
    m_suite = m_suiteEditor->suite();
    if (m_suitePath.isEmpty()) {
        setStatus(tr("Open a folder of agents to keep this suite in a file; until then it lives only in this window."));
    } else {
        QString error;
        QDir().mkpath(QFileInfo(m_suitePath).absolutePath());
        if (m_suite.save(m_suitePath, &error))
            setStatus({});
        else
            setStatus(tr("Could not save the suite to %1: %2. Your prompts are kept while this window is open.")
                          .arg(QDir::toNativeSeparators(m_suitePath), error),
                true);
    }
    scheduleLexical();
}

void TriggersPane::refreshAgents()
{
    if (!m_library)
        return;
    if (m_agentsWatcher.isRunning()) {
        m_agentsPending = true;
        return;
    }
    // The agents Claude Code would list: loaded, not shadowed by a higher scope, first of a name.
    QStringList paths;
    QSet<QString> names;
    for (int g = 0; g < m_library->rowCount(); ++g) {
        const QModelIndex group = m_library->index(g, 0);
        for (int r = 0; r < m_library->rowCount(group); ++r) {
            const AgentEntry entry = m_library->entry(m_library->index(r, 0, group));
            if (!entry.loads || !entry.shadowedBy.isEmpty() || entry.name.isEmpty() || names.contains(entry.name))
                continue;
            names.insert(entry.name);
            paths.append(entry.path);
        }
    }
    m_agentsWatcher.setFuture(
        QtConcurrent::run([paths, stop = m_stop, token = workerTasks().token()] { return readAgents(paths, *stop); }));
}

void TriggersPane::agentsRead()
{
    const TriggerAgents agents = m_agentsWatcher.result();
    if (m_agentsPending) {
        m_agentsPending = false;
        refreshAgents();
    }
    if (agents == m_diskAgents && !m_diskAgents.isEmpty())
        return;
    m_diskAgents = agents;
    // Edits that the disk has caught up with (saved) are no longer edits.
    for (const TriggerAgent &a : agents) {
        if (m_edits.value(a.path) == a.description)
            m_edits.remove(a.path);
    }
    m_suiteEditor->setAgents(agents);
    scheduleLexical();
}

TriggerAgents TriggersPane::currentAgents() const
{
    TriggerAgents agents = m_diskAgents;
    for (TriggerAgent &a : agents) {
        const auto it = m_edits.constFind(a.path);
        if (it != m_edits.cend())
            a.setDescription(*it);
    }
    return agents;
}

TriggerPrompts TriggersPane::currentPrompts() const
{
    return m_suite.allPrompts(m_diskAgents);
}

void TriggersPane::documentEdited(const AgentDocument &document)
{
    if (document.path().isEmpty())
        return;
    const QString path = QFileInfo(document.path()).absoluteFilePath();
    int index = -1;
    for (int i = 0; i < m_diskAgents.size(); ++i) {
        if (QFileInfo(m_diskAgents.at(i).path).absoluteFilePath() == path) {
            index = i;
            break;
        }
    }
    if (index < 0)
        return;
    const TriggerAgent &disk = m_diskAgents.at(index);
    // A renamed or broken agent is a different library; that is for the next save and scan.
    if (!document.loads() || document.name() != disk.name)
        return;
    const QString description = document.description();
    const QString before = m_edits.value(disk.path, disk.description);
    if (description == before)
        return;
    if (description == disk.description)
        m_edits.remove(disk.path);
    else
        m_edits.insert(disk.path, description);
    if (m_baselineReady)
        m_live->editDescription(index, description);
}

// --- lexical, live ---

void TriggersPane::scheduleLexical()
{
    m_lexicalTimer->start();
}

void TriggersPane::startLexical()
{
    m_baselineReady = false;
    m_inputSerial = m_live->setInput(m_diskAgents, currentPrompts());
}

void TriggersPane::applyEdits()
{
    for (int i = 0; i < m_diskAgents.size(); ++i) {
        const auto it = m_edits.constFind(m_diskAgents.at(i).path);
        if (it != m_edits.cend())
            m_live->editDescription(i, *it);
    }
}

void TriggersPane::liveReady(const LexicalLiveWorker::Update &update)
{
    if (update.serial < m_inputSerial)
        return; // an answer to input that has since been replaced
    if (update.serial == m_inputSerial && !m_baselineReady) {
        // The saved state is the baseline now; unsaved edits are replayed on top so their flips show.
        m_baselineReady = true;
        if (!m_edits.isEmpty()) {
            applyEdits();
            return;
        }
    }
    if (update.serial < m_live->latestSerial())
        return; // a newer edit is on its way
    m_lexical = update.result;
    // Edits are scored with the saved state's threshold, so a flip means the words changed, not the gate.
    if (update.serial != m_inputSerial && !m_live->baseline().thresholdNote.isEmpty())
        m_lexical.thresholdNote = tr("kept from the saved agents, %1").arg(m_live->baseline().thresholdNote);
    m_lexicalFlipped = update.flipped;
    if (routerId() == QLatin1String("lexical"))
        showResult(m_lexical, currentAgents(), m_lexicalFlipped);
}

// --- results in the views ---

QList<int> TriggersPane::differingRows(const TriggerResult &a, const TriggerResult &b)
{
    QList<int> rows;
    if (a.prompts != b.prompts || a.agents != b.agents)
        return rows;
    for (int p = 0; p < b.promptCount(); ++p) {
        if (a.winner(p) != b.winner(p))
            rows.append(p);
    }
    return rows;
}

void TriggersPane::showResult(const TriggerResult &result, const TriggerAgents &agents, const QList<int> &flipped)
{
    const bool sameShape = result.agents == m_shown.agents && result.prompts == m_shown.prompts;
    m_shown = result;
    m_shownAgents = agents;
    m_flipped = flipped;
    ++m_shownSerial;
    m_heatmapModel->setResult(result);
    m_heatmapModel->setFlipped(flipped);
    if (!sameShape)
        fitColumns();
    if (!sameShape && m_filter->hasRoute()) {
        m_filter->clearRoute();
        m_route->setVisible(false);
    }
    if (!sameShape && result.agents != m_orderAgents) {
        // One "highest score of" entry per agent; a column order does not survive new columns.
        m_orderAgents = result.agents;
        const QSignalBlocker block(m_order);
        const int current = m_order->currentIndex();
        while (m_order->count() > 3)
            m_order->removeItem(3);
        for (const QString &agent : result.agents)
            m_order->addItem(tr("Highest score of %1").arg(agent));
        if (current >= 3) {
            m_order->setCurrentIndex(0);
            m_filter->setOrder(TriggersHeatmapFilter::Order::Suite);
        }
    }
    m_filter->invalidate();
    m_metrics = TriggerMetrics(result);
    m_confusionModel->setMetrics(m_metrics);
    m_bars->setMetrics(m_metrics);
    if (!sameShape)
        m_map->clear();
    updateSummary();
    updateBanner();
    if (m_explanation->prompt() >= 0 && sameShape)
        m_explanation->explain(
            m_shown, m_shownAgents.value(m_explanation->agent()), m_explanation->prompt(), m_explanation->agent());
    else if (!sameShape)
        m_explanation->showHint();
    m_exportAction->setEnabled(!result.isEmpty());
    scheduleAnalysis();
    Q_EMIT resultShown();
}

bool TriggersPane::isFlippedBannerShown() const
{
    return !m_banner->isHidden();
}

void TriggersPane::showCurrentCell()
{
    const QModelIndex current = m_filter->mapToSource(m_heatmap->currentIndex());
    if (!current.isValid())
        return;
    m_explanation->explain(m_shown, m_shownAgents.value(current.column()), current.row(), current.column());
}

void TriggersPane::selectCell(int prompt, int agent)
{
    const QModelIndex source = m_heatmapModel->index(prompt, agent);
    if (!source.isValid())
        return;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Filtered out: clear the filters so the person sees what they asked for.
        m_search->clear();
        m_onlyWrong->setChecked(false);
        m_bannerShow->setChecked(false);
        proxy = m_filter->mapFromSource(source);
    }
    m_heatmap->setCurrentIndex(proxy);
    m_heatmap->scrollTo(proxy);
    m_explanation->explain(m_shown, m_shownAgents.value(agent), prompt, agent);
}

} // namespace awb
