// The routers of the Triggers pane: which are available, running one, its cost, progress and cancel.
#include "triggerspane.h"

#include "triggersheatmapfilter.h"

#include "agent/agentlinter.h"
#include "agent/plaintooltip.h"
#include "chatproviders.h"
#include "modelselector.h"

#include "chat/pricetable.h"
#include "providers/chatprovider.h"
#include "triggers/claudecoderouter.h"
#include "triggers/embeddingrouter.h"
#include "triggers/modelrouter.h"
#include "triggers/triggerjob.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>

#include <memory>

namespace awb {

namespace {

const QString EmbeddingUrlKey = QStringLiteral("triggers/embeddingUrl");
const QString EmbeddingModelKey = QStringLiteral("triggers/embeddingModel");

EmbeddingRouter::Settings embeddingSettings()
{
    EmbeddingRouter::Settings settings;
    const QSettings stored;
    settings.baseUrl = QUrl(stored.value(EmbeddingUrlKey).toString());
    settings.model = stored.value(EmbeddingModelKey).toString();
    return settings;
}

bool isLocal(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

} // namespace

void TriggersPane::buildRouterChoice()
{
    m_router->addItem(tr("Lexical (BM25, offline, live)"), QStringLiteral("lexical"));
    m_router->addItem(tr("Embeddings (cosine similarity)"), QStringLiteral("embedding"));
    m_router->addItem(tr("Model simulation"), QStringLiteral("model"));
    m_router->addItem(tr("Claude Code (the real thing)"), QStringLiteral("claude-code"));
    m_router->setItemData(0,
        tr("Scores the words each prompt shares with each agent's name, description and examples. Instant, needs "
           "nothing, and follows your edits as you type."),
        Qt::ToolTipRole);
    updateRouterAvailability();
}

void TriggersPane::updateRouterAvailability()
{
    auto *model = qobject_cast<QStandardItemModel *>(m_router->model());
    if (!model)
        return;
    auto setAvailable = [model](int row, bool available, const QString &tip) {
        QStandardItem *item = model->item(row);
        item->setEnabled(available);
        item->setToolTip(plainToolTip(tip)); // model names and URLs come from providers and settings
    };
    const EmbeddingRouter::Settings embedding = embeddingSettings();
    const bool embeddingReady = embedding.baseUrl.isValid() && !embedding.model.isEmpty();
    setAvailable(1, embeddingReady,
        embeddingReady ? tr("Cosine similarity of embeddings from %1 (model %2); vectors are cached on disk.")
                             .arg(embedding.baseUrl.toString(), embedding.model)
                       : tr("Needs an OpenAI-compatible embeddings endpoint (Ollama, LM Studio, OpenAI): choose one "
                            "with Router settings ▸ Configure Embeddings."));
    const ModelChoice choice = m_modelSelector ? m_modelSelector->current() : ModelChoice {};
    const bool keyReady = choice.isValid() && m_providers
        && (!m_providers->needsKey(choice.providerId) || m_providers->hasKey(choice.providerId));
    setAvailable(2, keyReady,
        keyReady ? tr("Asks %1 to delegate each prompt, 3 samples per prompt, presenting the agents as Claude Code "
                      "does. It measures how distinguishable the descriptions are to that model, not Claude Code's "
                      "full system prompt.")
                       .arg(choice.model)
            : choice.isValid() ? tr("Needs an API key for the provider chosen in the toolbar (Providers…).")
                               : tr("Needs a provider and a model chosen in the toolbar's model selector."));
    const bool hasClaude = !QStandardPaths::findExecutable(QStringLiteral("claude")).isEmpty();
    setAvailable(3, hasClaude,
        hasClaude ? tr("Runs each prompt through the claude CLI in a scratch project holding the library and reads "
                       "which agent it delegates to. The closest thing to the truth; slow, and billed like any "
                       "Claude Code session.")
                  : tr("Needs the claude CLI (Claude Code) on the PATH."));
    if (!model->item(m_router->currentIndex())->isEnabled())
        m_router->setCurrentIndex(0);
}

void TriggersPane::setModelSource(ChatProviders *providers, ModelSelector *selector)
{
    m_providers = providers;
    m_modelSelector = selector;
    if (selector)
        connect(selector, &ModelSelector::choiceChanged, this, &TriggersPane::updateRouterAvailability);
    if (providers) {
        connect(providers, &ChatProviders::providersChanged, this, &TriggersPane::updateRouterAvailability);
        connect(providers, &ChatProviders::modelsChanged, this, &TriggersPane::updateRouterAvailability);
    }
    updateRouterAvailability();
}

void TriggersPane::configureEmbeddings()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Configure Embeddings"));
    auto *form = new QFormLayout(&dialog);
    auto *intro = new QLabel(tr("Any OpenAI-compatible /v1/embeddings endpoint without a key, such as a local "
                                "Ollama or LM Studio server."),
        &dialog);
    intro->setWordWrap(true);
    form->addRow(intro);
    const EmbeddingRouter::Settings current = embeddingSettings();
    auto *url = new QLineEdit(
        current.baseUrl.isValid() ? current.baseUrl.toString() : QStringLiteral("http://localhost:11434/v1"), &dialog);
    auto *model = new QLineEdit(current.model.isEmpty() ? QStringLiteral("nomic-embed-text") : current.model, &dialog);
    form->addRow(tr("Base &URL:"), url);
    form->addRow(tr("&Model:"), model);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QUrl parsed = QUrl::fromUserInput(url->text().trimmed());
    if (!parsed.isValid() || parsed.scheme().isEmpty() || model->text().trimmed().isEmpty()) {
        QMessageBox::warning(
            this, tr("Configure Embeddings"), tr("Give a URL such as http://localhost:11434/v1 and a model name."));
        return;
    }
    QSettings settings;
    settings.setValue(EmbeddingUrlKey, parsed.toString());
    settings.setValue(EmbeddingModelKey, model->text().trimmed());
    updateRouterAvailability();
}

QString TriggersPane::routerId() const
{
    return m_router->currentData().toString();
}

bool TriggersPane::setRouter(const QString &id)
{
    const int index = m_router->findData(id);
    auto *model = qobject_cast<QStandardItemModel *>(m_router->model());
    if (index < 0 || (model && !model->item(index)->isEnabled()))
        return false;
    m_router->setCurrentIndex(index);
    return true;
}

void TriggersPane::run()
{
    if (m_job)
        return;
    if (routerId() == QLatin1String("lexical")) {
        m_lexicalTimer->stop();
        startLexical();
        return;
    }
    offerJob();
}

void TriggersPane::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool TriggersPane::isCostConfirmationShown() const
{
    return !m_confirm->isHidden();
}

QString TriggersPane::costEstimate() const
{
    if (routerId() == QLatin1String("model")) {
        const ModelRouter router(modelSettings());
        const ModelRouter::Estimate estimate = router.estimate(currentAgents(), currentPrompts());
        return tr("Model simulation with %1: %2").arg(router.settings().model, estimate.summary());
    }
    if (routerId() == QLatin1String("claude-code"))
        return tr("Runs claude -p once per prompt (%1 prompts) in a scratch project holding the library. Each run is "
                  "a full Claude Code session, billed to your Claude account or key, and takes seconds to minutes.")
            .arg(currentPrompts().size());
    const EmbeddingRouter::Settings settings = embeddingSettings();
    const TriggerAgents agents = currentAgents();
    const TriggerPrompts prompts = currentPrompts();
    qint64 tokens = 0;
    int texts = int(prompts.size());
    for (const TriggerPrompt &p : prompts)
        tokens += AgentLinter::estimateTokens(p.text);
    for (const TriggerAgent &a : agents) {
        texts += 1 + int(a.examples.size());
        tokens += qint64(AgentLinter::estimateTokens(EmbeddingRouter::agentText(a))) * (1 + a.examples.size());
    }
    const QString price = isLocal(settings.baseUrl)
        ? tr("A local server: no charge.")
        : tr("A remote endpoint may charge for these tokens (embeddings typically cost cents per million).");
    return tr("This run embeds up to %1 texts (about %2 tokens) with %3 at %4; vectors already cached are not asked "
              "for again. %5")
        .arg(texts)
        .arg(tokens)
        .arg(settings.model, settings.baseUrl.toString(), price);
}

ModelRouter::Settings TriggersPane::modelSettings() const
{
    ModelRouter::Settings settings;
    const ModelChoice choice = m_modelSelector ? m_modelSelector->current() : ModelChoice {};
    if (!m_providers || !choice.isValid())
        return settings;
    if (const auto config = m_providers->config(choice.providerId))
        settings.provider = *config;
    if (ChatProvider *provider = m_providers->provider(choice.providerId))
        settings.key = provider->apiKey();
    settings.model = choice.model;
    // The same editable price table as the chat, so the estimate is in money where the model is known.
    PriceTable prices;
    if (QFileInfo::exists(PriceTable::defaultPath()))
        prices.load(PriceTable::defaultPath()); // an unreadable file keeps the seeded prices
    if (const auto price = prices.find(choice.model)) {
        settings.inputPerMTok = price->inputPerMTok;
        settings.outputPerMTok = price->outputPerMTok;
        settings.cacheReadPerMTok = price->cacheReadPerMTok;
        settings.cacheWritePerMTok = price->cacheWritePerMTok;
    }
    return settings;
}

void TriggersPane::offerJob()
{
    m_confirmText->setText(costEstimate());
    m_confirm->setVisible(true);
    m_confirmRun->setFocus();
}

void TriggersPane::startJob()
{
    std::unique_ptr<TriggerRouter> router;
    if (routerId() == QLatin1String("embedding"))
        router = std::make_unique<EmbeddingRouter>(embeddingSettings());
    else if (routerId() == QLatin1String("model"))
        router = std::make_unique<ModelRouter>(modelSettings());
    else if (routerId() == QLatin1String("claude-code"))
        router = std::make_unique<ClaudeCodeRouter>();
    else
        return;
    m_jobAgents = currentAgents();
    m_job = router->createJob(m_jobAgents, currentPrompts(), this);
    connect(m_job, &TriggerJob::progress, this, [this](int done, int total) {
        m_progress->setMaximum(std::max(total, 1));
        m_progress->setValue(done);
    });
    connect(m_job, &TriggerJob::finished, this, &TriggersPane::jobFinished);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_cancelAction->setEnabled(true);
    m_runAction->setEnabled(false);
    m_router->setEnabled(false);
    setStatus(tr("Running %1…").arg(router->label()));
    m_job->start();
}

void TriggersPane::jobFinished()
{
    TriggerJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    job->deleteLater();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_cancelAction->setEnabled(false);
    m_runAction->setEnabled(true);
    m_router->setEnabled(true);
    const bool partial = job->error() != TriggerJob::Error::None && job->error() != TriggerJob::Error::Cache;
    if (job->error() == TriggerJob::Error::Cancelled)
        setStatus(tr("Run cancelled; the results so far are shown."));
    else if (partial)
        setStatus(tr("The run stopped: %1").arg(job->errorString()), true);
    else if (job->error() == TriggerJob::Error::Cache)
        setStatus(tr("Done, but the cache could not be written: %1").arg(job->errorString()), true);
    else
        setStatus({});
    if (job->result().isEmpty())
        return;
    m_routerResult = job->result();
    m_routerAgents = m_jobAgents;
    if (routerId() == m_routerResult.router)
        showResult(m_routerResult, m_routerAgents, differingRows(m_lexical, m_routerResult));
}

} // namespace awb
