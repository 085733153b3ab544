#include "triggersreportwriter.h"

#include "triggersagentbars.h"
#include "triggersmapview.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QPixmap>
#include <QSaveFile>
#include <QStyle>

namespace awb {

namespace {

QByteArray png(QWidget &widget)
{
    // Pictures in a report are read on paper-white pages: draw them with the light standard palette.
    widget.setPalette(QApplication::style()->standardPalette());
    widget.ensurePolished();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    widget.grab().save(&buffer, "PNG");
    return bytes;
}

} // namespace

TriggersReportWriter::Format TriggersReportWriter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return Format::Html;
}

TriggerReport TriggersReportWriter::report(const QString &library, const TriggerResult &result,
    const TriggerAgents &agents, const QList<LexicalIndex::CompetingPair> &pairs, const MapLayout::Result &map,
    bool withPictures)
{
    TriggerReport report;
    report.library = library;
    report.result = result;
    report.metrics = TriggerMetrics(result);
    report.libraryWeight = TriggerMetrics::libraryWeight(agents);
    for (const LexicalIndex::CompetingPair &p : pairs) {
        if (p.first < 0 || p.second < 0 || p.first >= result.agentCount() || p.second >= result.agentCount())
            continue;
        report.competingPairs.append(
            { result.agents.at(p.first), result.agents.at(p.second), p.similarity, p.sharedTerms });
    }
    if (!withPictures)
        return report;
    if (map.agents.size() == result.agentCount() && map.prompts.size() == result.promptCount()
        && !map.agents.isEmpty()) {
        TriggersMapView view;
        view.resize(760, 560);
        view.setData(map, result);
        report.pictures.append(
            { QApplication::translate("awb::TriggersPane", "Map of agents and prompts"), png(view) });
    }
    if (result.agentCount() > 0) {
        TriggersAgentBars bars;
        bars.setMetrics(report.metrics);
        bars.resize(760, bars.sizeHint().height());
        report.pictures.append(
            { QApplication::translate("awb::TriggersPane", "Precision, recall and F1 per agent"), png(bars) });
    }
    return report;
}

bool TriggersReportWriter::write(const TriggerReport &report, Format format, const QString &path, QString *errorString)
{
    QByteArray bytes;
    switch (format) {
    case Format::Html:
        bytes = report.toHtml();
        break;
    case Format::Csv:
        bytes = report.toCsv();
        break;
    case Format::Json:
        bytes = report.toJson();
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    file.write(bytes);
    if (!file.commit()) {
        if (errorString)
            *errorString = file.errorString();
        return false;
    }
    return true;
}

} // namespace awb
