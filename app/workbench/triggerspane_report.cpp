// The Triggers pane's summary and banner, the analysis behind the map and the competing pairs (off the GUI
// thread), and the export of reports.
#include "triggerspane.h"

#include "triggerscolors.h"
#include "triggersmapview.h"
#include "triggersreportwriter.h"

#include "agent/plaintooltip.h"
#include "library/taskcounter.h"

#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace awb {

namespace {
// Past this many prompts the map's distance matrix costs more than it tells; the other views still work.
constexpr int MaxMapPrompts = 1500;
} // namespace

void TriggersPane::updateSummary()
{
    const QPalette pal = palette();
    if (m_shown.isEmpty()) {
        m_summary->setText(m_diskAgents.isEmpty()
                ? tr("Open a folder of agents to see which prompts reach which agent.")
                : tr("No prompts yet: add some on the Suite tab, or give your agents <example> blocks."));
        return;
    }
    const double accuracy = m_metrics.accuracy();
    const QColor tone = accuracy >= 0.9 ? TriggersColors::good(pal)
        : accuracy >= 0.7               ? TriggersColors::flipped(pal)
                                        : TriggersColors::bad(pal);
    QString text = QStringLiteral("<span style=\"font-size:large; color:%1\"><b>%2</b></span> ")
                       .arg(tone.name(), tr("%1% right").arg(int(accuracy * 100 + 0.5)));
    text += tr("%1 of %2 prompts · %n agents", nullptr, m_shown.agentCount())
                .arg(m_metrics.correct())
                .arg(m_metrics.total())
                .toHtmlEscaped();
    text += QStringLiteral(" · ") + tr("macro F1 %1").arg(m_metrics.macroF1(), 0, 'f', 2).toHtmlEscaped();
    if (m_analysis.weight > 0)
        text += QStringLiteral(" · ")
            + tr("the listing adds ~%n tokens to every turn", nullptr, m_analysis.weight).toHtmlEscaped();
    if (m_shown.router == QLatin1String("lexical") || m_shown.threshold > 0)
        text += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                    .arg(TriggersColors::none(pal).name(),
                        tr("\"none\" below a score of %1").arg(m_shown.threshold, 0, 'f', 3).toHtmlEscaped()
                            + (m_shown.thresholdNote.isEmpty()
                                    ? QString()
                                    : QStringLiteral(": ") + m_shown.thresholdNote.toHtmlEscaped()));
    m_summary->setText(text);
    m_summary->setAccessibleName(tr("Accuracy %1%").arg(int(accuracy * 100 + 0.5)));
}

void TriggersPane::updateBanner()
{
    if (m_flipped.isEmpty()) {
        m_banner->setVisible(false);
        if (m_bannerShow->isChecked())
            m_bannerShow->setChecked(false);
        return;
    }
    // Live edits compare with the saved state; another router compares with the lexical one.
    const bool live = m_shown.router == QLatin1String("lexical");
    const TriggerResult &baseline = live ? m_live->baseline() : m_lexical;
    int fixed = 0;
    int broken = 0;
    QStringList lines;
    for (const int row : std::as_const(m_flipped)) {
        if (row < 0 || row >= m_shown.promptCount())
            continue;
        const bool before = row < baseline.promptCount() && baseline.isCorrect(row);
        const bool after = m_shown.isCorrect(row);
        fixed += !before && after ? 1 : 0;
        broken += before && !after ? 1 : 0;
        const QString none = tr("none");
        const QString from
            = row < baseline.promptCount() && baseline.winner(row) >= 0 ? baseline.winnerName(row) : none;
        const QString to = m_shown.winner(row) >= 0 ? m_shown.winnerName(row) : none;
        if (lines.size() < 12)
            lines.append(tr("“%1”: %2 → %3").arg(m_shown.prompts.at(row).text, from, to));
    }
    QString text
        = QStringLiteral("<b>⇄ %1</b>")
              .arg((live ? tr("Prompts flipped by your unsaved edits: %1").arg(m_flipped.size())
                         : tr("Prompts that go elsewhere than with the lexical router: %1").arg(m_flipped.size()))
                       .toHtmlEscaped());
    QStringList parts;
    if (fixed > 0)
        parts.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(TriggersColors::good(palette()).name(),
                             live ? tr("now right: %1").arg(fixed) : tr("right only here: %1").arg(fixed)));
    if (broken > 0)
        parts.append(QStringLiteral("<span style=\"color:%1\">%2</span>")
                         .arg(TriggersColors::bad(palette()).name(),
                             live ? tr("now wrong: %1").arg(broken) : tr("wrong only here: %1").arg(broken)));
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    if (!lines.isEmpty())
        text += QStringLiteral("<br>") + lines.first().toHtmlEscaped()
            + (lines.size() > 1 ? QStringLiteral(" …") : QString());
    m_bannerText->setText(text);
    m_bannerText->setToolTip(plainToolTip(lines.join(QLatin1Char('\n'))));
    m_banner->setVisible(true);
}

// --- map and competing pairs, off the GUI thread ---

void TriggersPane::scheduleAnalysis()
{
    m_analysisTimer->start();
}

void TriggersPane::startAnalysis()
{
    if (m_analysisWatcher.isRunning()) {
        m_analysisPending = true;
        return;
    }
    const TriggerAgents agents = m_shownAgents;
    QStringList prompts;
    for (const TriggerPrompt &p : m_shown.prompts)
        prompts.append(p.text);
    const quint64 serial = m_shownSerial;
    // Copies only, and the result goes through the watcher: the pane may be gone before this ends
    // (then `stop` is set and the steps left are skipped).
    m_analysisWatcher.setFuture(
        QtConcurrent::run([agents, prompts, serial, stop = m_stop, token = workerTasks().token()] {
            Analysis out;
            out.serial = serial;
            for (const TriggerAgent &a : agents)
                out.agentNames.append(a.name);
            out.weight = TriggerMetrics::libraryWeight(agents);
            if (agents.isEmpty() || stop->load())
                return out;
            const LexicalIndex index(agents);
            if (stop->load())
                return out;
            out.pairs = index.competingPairs(0.15, 30, 6);
            if (prompts.size() <= MaxMapPrompts && !stop->load()) {
                out.map = MapLayout::lexical(index, prompts);
                out.mapComputed = true;
            }
            return out;
        }));
}

void TriggersPane::analysisFinished()
{
    const Analysis analysis = m_analysisWatcher.result();
    if (m_analysisPending) {
        m_analysisPending = false;
        startAnalysis();
    }
    if (analysis.serial != m_shownSerial)
        return;
    m_analysis = analysis;
    if (analysis.mapComputed)
        m_map->setData(analysis.map, m_shown);
    m_pairs->clear();
    for (const LexicalIndex::CompetingPair &p : analysis.pairs) {
        auto *item = new QTreeWidgetItem(m_pairs);
        item->setText(
            0, QStringLiteral("%1 ↔ %2").arg(analysis.agentNames.value(p.first), analysis.agentNames.value(p.second)));
        item->setText(1, QString::number(p.similarity, 'f', 2));
        item->setText(2, p.sharedTerms.join(QStringLiteral(", ")));
        item->setToolTip(2, p.sharedTerms.join(QStringLiteral(", ")));
    }
    if (analysis.pairs.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_pairs);
        item->setText(0, tr("No two agents share much: good."));
    }
    m_weight->setText(tr("<b>Listing weight</b>: the %n agents' listing lines add about %1 tokens to every turn of "
                         "every conversation.",
        nullptr, int(analysis.agentNames.size()))
                          .arg(analysis.weight));
    updateSummary();
    Q_EMIT analysisReady();
}

// --- export ---

bool TriggersPane::exportReport(const QString &path, ExportFormat format, QString *errorString) const
{
    if (m_shown.isEmpty()) {
        if (errorString)
            *errorString = tr("There is no result to export yet: run the triggers first.");
        return false;
    }
    const bool html = format == ExportFormat::Html;
    const MapLayout::Result map = m_analysis.serial == m_shownSerial ? m_analysis.map : MapLayout::Result {};
    const QList<LexicalIndex::CompetingPair> pairs
        = m_analysis.serial == m_shownSerial ? m_analysis.pairs : QList<LexicalIndex::CompetingPair> {};
    const TriggerReport report = TriggersReportWriter::report(
        m_suiteFolder.isEmpty() ? tr("(no folder)") : m_suiteFolder, m_shown, m_shownAgents, pairs, map, html);
    const auto kind = format == ExportFormat::Csv ? TriggersReportWriter::Format::Csv
        : format == ExportFormat::Json            ? TriggersReportWriter::Format::Json
                                                  : TriggersReportWriter::Format::Html;
    return TriggersReportWriter::write(report, kind, path, errorString);
}

void TriggersPane::exportWithDialog()
{
    QString selected;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Trigger Report"),
        QStringLiteral("triggers-report.html"), tr("HTML page (*.html);;CSV table (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    const auto format = TriggersReportWriter::formatFor(path);
    QString error;
    const ExportFormat f = format == TriggersReportWriter::Format::Csv ? ExportFormat::Csv
        : format == TriggersReportWriter::Format::Json                 ? ExportFormat::Json
                                                                       : ExportFormat::Html;
    if (exportReport(path, f, &error))
        setStatus(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    else
        setStatus(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), error), true);
}

} // namespace awb
