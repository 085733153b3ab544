#pragma once

#include "triggers/lexicalindex.h"
#include "triggers/maplayout.h"
#include "triggers/triggerreport.h"

namespace awb {

/// Writes a run of the Triggers pane as a file: HTML (one self-contained page with the map and the
/// per-agent bars drawn as PNG pictures), CSV or JSON, through TriggerReport, atomically.
class TriggersReportWriter
{
public:
    enum class Format { Html, Csv, Json };

    /// The format a file name asks for (by extension; HTML when unknown).
    static Format formatFor(const QString &path);

    /// `map` may be empty (no picture then); `pairs` name agents by index into `result.agents`.
    static TriggerReport report(const QString &library, const TriggerResult &result, const TriggerAgents &agents,
        const QList<LexicalIndex::CompetingPair> &pairs, const MapLayout::Result &map, bool withPictures);
    static bool write(const TriggerReport &report, Format format, const QString &path, QString *errorString);
};

} // namespace awb
