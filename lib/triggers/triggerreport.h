#pragma once

#include "triggermetrics.h"
#include "triggerresult.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace awb {

/// A run written out for people and for CI: text summary, JSON, CSV and a self-contained HTML page.
/// The CLI and the GUI's export share it.
struct TriggerReport
{
    struct Pair
    {
        QString first;
        QString second;
        double similarity = 0;
        QStringList sharedTerms;
    };
    struct Picture
    {
        QString title;
        QByteArray png; ///< embedded in the HTML as a data: URI
    };

    QString library; ///< the folder, as given
    TriggerResult result;
    TriggerMetrics metrics;
    int libraryWeight = 0; ///< tokens of the whole listing
    QList<Pair> competingPairs;
    QList<Picture> pictures;
    int topScores = 3; ///< how many scores each prompt lists
    /// Set when compared with an earlier run (`awb triggers --baseline`): what flipped since.
    std::optional<TriggerDiff> diff;
    QString baselineName; ///< where the earlier run came from, for the text

    /// `{"router","library","accuracy","correct","total","threshold","libraryWeightTokens",
    ///   "prompts":[{"prompt","expected"|null,"winner"|null,"margin","correct","source","top":[{"agent","score"}]}],
    ///   "agents":[{"name","expected","won","precision","recall","f1","steals","loses"}],
    ///   "confusion":{"labels":[...],"counts":[[...]]},"competingPairs":[...]}`
    QByteArray toJson() const;
    /// One row per prompt: `prompt,expected,winner,correct,margin,score:<agent>...` (RFC 4180).
    QByteArray toCsv() const;
    /// The matrix summary for a terminal: accuracy, the mistakes, per-agent numbers, competing pairs.
    QString toText() const;
    /// One HTML file, no external references: summary, mistakes, heatmap table, confusion, agents, pictures.
    QByteArray toHtml() const;

    /// An earlier run back from its JSON report (toJson()): agents, prompts, winners and top scores. Enough
    /// to compare decisions, not the whole matrix.
    static bool resultFromJson(const QByteArray &json, TriggerResult *result, QString *errorString);
};

} // namespace awb
