#include "triggerreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>

namespace awb {

namespace {

QJsonValue nameOrNull(const QString &name)
{
    return name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(name);
}

QString sourceName(const TriggerPrompt &prompt)
{
    return prompt.isExample() ? QStringLiteral("example") : QStringLiteral("user");
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n'))
        && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString percent(double value)
{
    return QString::number(value * 100, 'f', 1) + QLatin1Char('%');
}

QString orNone(const QString &name)
{
    return name.isEmpty() ? QStringLiteral("(none)") : name;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// White → blue for scores in [0, 1].
QString heatColor(float score)
{
    const float s = std::clamp(score, 0.0f, 1.0f);
    const int r = int(255 - s * (255 - 31));
    const int g = int(255 - s * (255 - 94));
    const int b = int(255 - s * (255 - 180));
    return QStringLiteral("rgb(%1,%2,%3)").arg(r).arg(g).arg(b);
}

} // namespace

QByteArray TriggerReport::toJson() const
{
    QJsonArray prompts;
    for (int p = 0; p < result.promptCount(); ++p) {
        QJsonArray top;
        for (const auto &entry : result.topAgents(p, topScores)) {
            top.append(QJsonObject { { QStringLiteral("agent"), result.agents.at(entry.first) },
                { QStringLiteral("score"), double(entry.second) } });
        }
        const TriggerPrompt &prompt = result.prompts.at(p);
        prompts.append(QJsonObject { { QStringLiteral("prompt"), prompt.text },
            { QStringLiteral("expected"), nameOrNull(prompt.expected) },
            { QStringLiteral("winner"), nameOrNull(result.winnerName(p)) },
            { QStringLiteral("margin"), double(result.margin(p)) }, { QStringLiteral("correct"), result.isCorrect(p) },
            { QStringLiteral("source"), sourceName(prompt) }, { QStringLiteral("top"), top } });
    }
    QJsonArray agents;
    for (const AgentMetrics &m : metrics.agents()) {
        agents.append(QJsonObject { { QStringLiteral("name"), m.name }, { QStringLiteral("expected"), m.expected },
            { QStringLiteral("won"), m.won }, { QStringLiteral("precision"), m.precision },
            { QStringLiteral("recall"), m.recall }, { QStringLiteral("f1"), m.f1 },
            { QStringLiteral("steals"), int(m.steals.size()) }, { QStringLiteral("loses"), int(m.loses.size()) } });
    }
    QJsonArray counts;
    for (int r = 0; r < metrics.confusionSize() && result.agentCount() > 0; ++r) {
        QJsonArray row;
        for (int c = 0; c < metrics.confusionSize(); ++c)
            row.append(metrics.confusion(r, c));
        counts.append(row);
    }
    QJsonArray pairs;
    for (const Pair &pair : competingPairs) {
        pairs.append(QJsonObject { { QStringLiteral("first"), pair.first }, { QStringLiteral("second"), pair.second },
            { QStringLiteral("similarity"), pair.similarity },
            { QStringLiteral("sharedTerms"), QJsonArray::fromStringList(pair.sharedTerms) } });
    }
    const QJsonObject root {
        { QStringLiteral("router"), result.router },
        { QStringLiteral("library"), library },
        { QStringLiteral("accuracy"), metrics.accuracy() },
        { QStringLiteral("correct"), metrics.correct() },
        { QStringLiteral("total"), metrics.total() },
        { QStringLiteral("threshold"), result.threshold },
        { QStringLiteral("thresholdNote"), result.thresholdNote },
        { QStringLiteral("libraryWeightTokens"), libraryWeight },
        { QStringLiteral("prompts"), prompts },
        { QStringLiteral("agents"), agents },
        { QStringLiteral("confusion"),
            QJsonObject { { QStringLiteral("labels"), QJsonArray::fromStringList(metrics.confusionLabels()) },
                { QStringLiteral("counts"), counts } } },
        { QStringLiteral("competingPairs"), pairs },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray TriggerReport::toCsv() const
{
    QString out;
    QTextStream s(&out);
    s << "prompt,expected,winner,correct,margin";
    for (const QString &agent : result.agents)
        s << ',' << csvField(QStringLiteral("score:") + agent);
    s << "\r\n";
    for (int p = 0; p < result.promptCount(); ++p) {
        s << csvField(result.prompts.at(p).text) << ',' << csvField(result.prompts.at(p).expected) << ','
          << csvField(result.winnerName(p)) << ',' << (result.isCorrect(p) ? "true" : "false") << ','
          << QString::number(result.margin(p), 'f', 4);
        for (int a = 0; a < result.agentCount(); ++a)
            s << ',' << QString::number(result.score(p, a), 'f', 4);
        s << "\r\n";
    }
    s.flush();
    return out.toUtf8();
}

QString TriggerReport::toText() const
{
    QString out;
    QTextStream s(&out);
    s << "Router: " << result.router << '\n';
    if (!library.isEmpty())
        s << "Library: " << library << " (" << result.agentCount() << " agents, listing about " << libraryWeight
          << " tokens per turn)\n";
    s << "Prompts: " << result.promptCount() << ", threshold " << QString::number(result.threshold, 'f', 3);
    if (!result.thresholdNote.isEmpty())
        s << " (" << result.thresholdNote << ')';
    s << '\n';
    s << "Accuracy: " << percent(metrics.accuracy()) << " (" << metrics.correct() << " of " << metrics.total()
      << "), macro F1 " << QString::number(metrics.macroF1(), 'f', 2) << "\n\n";
    int mistakes = 0;
    for (int p = 0; p < result.promptCount(); ++p) {
        if (result.isCorrect(p))
            continue;
        if (mistakes == 0)
            s << "Mistakes (expected -> went to, margin):\n";
        ++mistakes;
        QString text = result.prompts.at(p).text.simplified();
        if (text.size() > 70)
            text = text.left(67) + QStringLiteral("...");
        s << "  \"" << text << "\"\n      " << orNone(result.prompts.at(p).expected) << " -> "
          << orNone(result.winnerName(p)) << "  (margin " << QString::number(result.margin(p), 'f', 3) << ")\n";
        // Why, where the router can say it in words: the words that carried each side.
        const auto why = [&](int agent) {
            if (agent < 0 || !result.canExplain())
                return QString();
            const CellExplanation e = result.explain(p, agent);
            QStringList words;
            for (const TermContribution &t : e.terms) {
                if (words.size() == 4)
                    break;
                words.append(t.word.isEmpty() ? t.term : t.word);
            }
            return words.join(QStringLiteral(", "));
        };
        const QString expectedWhy = why(result.expectedIndex(p));
        const QString winnerWhy = why(result.winner(p));
        if (!winnerWhy.isEmpty())
            s << "      " << result.winnerName(p) << " matched: " << winnerWhy << '\n';
        if (result.expectedIndex(p) >= 0 && (!expectedWhy.isEmpty() || !winnerWhy.isEmpty()))
            s << "      " << result.prompts.at(p).expected
              << " matched: " << (expectedWhy.isEmpty() ? QStringLiteral("nothing") : expectedWhy) << '\n';
    }
    if (mistakes == 0)
        s << "No mistakes.\n";
    s << '\n' << "Agents (expected, won, precision, recall, F1):\n";
    for (const AgentMetrics &m : metrics.agents()) {
        if (m.expected == 0 && m.won == 0)
            continue;
        s << "  " << m.name.leftJustified(32) << ' ' << QString::number(m.expected).rightJustified(4) << ' '
          << QString::number(m.won).rightJustified(4) << ' ' << percent(m.precision).rightJustified(7) << ' '
          << percent(m.recall).rightJustified(7) << ' ' << QString::number(m.f1, 'f', 2).rightJustified(5) << '\n';
    }
    if (diff) {
        s << "\nSince " << (baselineName.isEmpty() ? QStringLiteral("the baseline") : baselineName) << ": accuracy "
          << percent(diff->accuracyBefore) << " -> " << percent(diff->accuracyAfter) << ", " << diff->flips.size()
          << " prompt(s) changed winner (" << diff->fixed << " fixed, " << diff->broken << " broken)";
        if (diff->onlyBefore > 0 || diff->onlyAfter > 0)
            s << ", " << diff->onlyAfter << " new and " << diff->onlyBefore << " gone";
        s << '\n';
        for (const TriggerDiff::Flip &flip : diff->flips) {
            QString text = flip.prompt.text.simplified();
            if (text.size() > 70)
                text = text.left(67) + QStringLiteral("...");
            s << "  "
              << (flip.correctAfter           ? "fixed "
                         : flip.correctBefore ? "BROKEN"
                                              : "moved ")
              << " \"" << text << "\"  " << orNone(flip.winnerBefore) << " -> " << orNone(flip.winnerAfter) << '\n';
        }
    }
    if (!competingPairs.isEmpty()) {
        s << "\nCompeting descriptions (similarity, shared terms):\n";
        for (const Pair &pair : competingPairs) {
            s << "  " << pair.first << " / " << pair.second << "  " << QString::number(pair.similarity, 'f', 2) << "  "
              << pair.sharedTerms.join(QStringLiteral(", ")) << '\n';
        }
    }
    s.flush();
    return out;
}

QByteArray TriggerReport::toHtml() const
{
    QString out;
    QTextStream s(&out);
    s << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Trigger report</title>\n"
         "<style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;font-size:12px}"
         "td,th{border:1px solid #ccc;padding:2px 4px}th.v{writing-mode:vertical-rl;transform:rotate(180deg)}"
         "td.exp{box-shadow:inset 0 0 0 2px #2a2}td.win{outline:2px solid #000}td.bad{outline:2px solid #c00}"
         ".wrong{color:#c00}.right{color:#262}img{max-width:100%}</style></head><body>\n";
    s << "<h1>Which prompts trigger which agent</h1>\n<p>Router: <b>" << escaped(result.router) << "</b>";
    if (!library.isEmpty())
        s << " &middot; Library: <code>" << escaped(library) << "</code> (" << result.agentCount()
          << " agents, listing about " << libraryWeight << " tokens per turn)";
    s << "</p>\n<p>Accuracy <b>" << percent(metrics.accuracy()) << "</b> (" << metrics.correct() << " of "
      << metrics.total() << "), macro F1 " << QString::number(metrics.macroF1(), 'f', 2) << ", threshold "
      << QString::number(result.threshold, 'f', 3) << " &mdash; " << escaped(result.thresholdNote) << "</p>\n";

    s << "<h2>Prompts</h2>\n<table><tr><th>Prompt</th><th>Expected</th><th>Winner</th><th>Margin</th></tr>\n";
    for (int p = 0; p < result.promptCount(); ++p) {
        const bool right = result.isCorrect(p);
        s << "<tr class=\"" << (right ? "right" : "wrong") << "\"><td>" << escaped(result.prompts.at(p).text)
          << "</td><td>" << escaped(orNone(result.prompts.at(p).expected)) << "</td><td>"
          << escaped(orNone(result.winnerName(p))) << "</td><td>" << QString::number(result.margin(p), 'f', 3)
          << "</td></tr>\n";
    }
    s << "</table>\n";

    // The heatmap as a table: readable without scripts, for libraries of a reasonable size.
    if (result.agentCount() <= 300 && result.promptCount() <= 2000) {
        s << "<h2>Heatmap</h2>\n<p>Green frame: expected agent; black: winner; red: winner of a wrongly routed "
             "prompt.</p>\n<table><tr><th></th>";
        for (const QString &agent : result.agents)
            s << "<th class=\"v\">" << escaped(agent) << "</th>";
        s << "</tr>\n";
        for (int p = 0; p < result.promptCount(); ++p) {
            QString text = result.prompts.at(p).text.simplified();
            if (text.size() > 60)
                text = text.left(57) + QStringLiteral("...");
            s << "<tr><th style=\"text-align:left\" title=\"" << escaped(result.prompts.at(p).text) << "\">"
              << escaped(text) << "</th>";
            const int expected = result.expectedIndex(p);
            for (int a = 0; a < result.agentCount(); ++a) {
                QStringList classes;
                if (a == expected)
                    classes << QStringLiteral("exp");
                if (a == result.winner(p))
                    classes << (result.isCorrect(p) ? QStringLiteral("win") : QStringLiteral("bad"));
                s << "<td style=\"background:" << heatColor(result.score(p, a)) << "\"";
                if (!classes.isEmpty())
                    s << " class=\"" << classes.join(QLatin1Char(' ')) << "\"";
                s << " title=\"" << QString::number(result.score(p, a), 'f', 3) << "\"></td>";
            }
            s << "</tr>\n";
        }
        s << "</table>\n";
    }

    if (result.agentCount() > 0) {
        const QStringList labels = metrics.confusionLabels();
        s << "<h2>Confusion (rows: expected, columns: winner)</h2>\n<table><tr><th></th>";
        for (const QString &label : labels)
            s << "<th class=\"v\">" << escaped(label) << "</th>";
        s << "</tr>\n";
        for (int r = 0; r < metrics.confusionSize(); ++r) {
            s << "<tr><th style=\"text-align:left\">" << escaped(labels.at(r)) << "</th>";
            for (int c = 0; c < metrics.confusionSize(); ++c) {
                const int count = metrics.confusion(r, c);
                s << "<td"
                  << (r == c && count > 0 ? " style=\"background:#cec\""
                             : count > 0  ? " style=\"background:#ecc\""
                                          : "")
                  << '>' << (count > 0 ? QString::number(count) : QString()) << "</td>";
            }
            s << "</tr>\n";
        }
        s << "</table>\n";
    }

    s << "<h2>Agents</h2>\n<table><tr><th>Agent</th><th>Expected</th><th>Won</th><th>Precision</th><th>Recall</th>"
         "<th>F1</th><th>Steals</th><th>Loses</th></tr>\n";
    for (const AgentMetrics &m : metrics.agents()) {
        s << "<tr><td>" << escaped(m.name) << "</td><td>" << m.expected << "</td><td>" << m.won << "</td><td>"
          << percent(m.precision) << "</td><td>" << percent(m.recall) << "</td><td>" << QString::number(m.f1, 'f', 2)
          << "</td><td>" << m.steals.size() << "</td><td>" << m.loses.size() << "</td></tr>\n";
    }
    s << "</table>\n";
    if (!competingPairs.isEmpty()) {
        s << "<h2>Competing descriptions</h2>\n<table><tr><th>Agents</th><th>Similarity</th><th>Shared "
             "terms</th></tr>\n";
        for (const Pair &pair : competingPairs) {
            s << "<tr><td>" << escaped(pair.first) << " / " << escaped(pair.second) << "</td><td>"
              << QString::number(pair.similarity, 'f', 2) << "</td><td>"
              << escaped(pair.sharedTerms.join(QStringLiteral(", "))) << "</td></tr>\n";
        }
        s << "</table>\n";
    }
    for (const Picture &picture : pictures) {
        s << "<h2>" << escaped(picture.title) << "</h2>\n<img alt=\"" << escaped(picture.title)
          << "\" src=\"data:image/png;base64," << QString::fromLatin1(picture.png.toBase64()) << "\">\n";
    }
    s << "</body></html>\n";
    s.flush();
    return out.toUtf8();
}

bool TriggerReport::resultFromJson(const QByteArray &json, TriggerResult *result, QString *errorString)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("prompts")).isArray()) {
        *errorString = QStringLiteral("not a JSON trigger report (awb triggers --format json)");
        return false;
    }
    const QJsonObject root = doc.object();
    QStringList agents;
    for (const QJsonValue &agent : root.value(QLatin1String("agents")).toArray())
        agents.append(agent.toObject().value(QLatin1String("name")).toString());
    TriggerPrompts prompts;
    const QJsonArray rows = root.value(QLatin1String("prompts")).toArray();
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        TriggerPrompt prompt = TriggerPrompt::user(
            o.value(QLatin1String("prompt")).toString(), o.value(QLatin1String("expected")).toString());
        if (o.value(QLatin1String("source")).toString() == QLatin1String("example"))
            prompt.source = TriggerPrompt::Source::Example;
        prompts.append(prompt);
        const QString winner = o.value(QLatin1String("winner")).toString();
        if (!winner.isEmpty() && !agents.contains(winner))
            agents.append(winner);
    }
    TriggerResult read(agents, prompts);
    read.router = root.value(QLatin1String("router")).toString();
    read.threshold = root.value(QLatin1String("threshold")).toDouble();
    for (int p = 0; p < rows.size(); ++p) {
        const QJsonObject o = rows.at(p).toObject();
        for (const QJsonValue &top : o.value(QLatin1String("top")).toArray()) {
            const int a = read.agentIndex(top.toObject().value(QLatin1String("agent")).toString());
            if (a >= 0)
                read.setScore(p, a, float(top.toObject().value(QLatin1String("score")).toDouble()));
        }
        const int winner = read.agentIndex(o.value(QLatin1String("winner")).toString());
        read.setDecision(p, winner >= 0 ? winner : TriggerResult::None, TriggerResult::None,
            float(o.value(QLatin1String("margin")).toDouble()));
    }
    *result = read;
    return true;
}

} // namespace awb
