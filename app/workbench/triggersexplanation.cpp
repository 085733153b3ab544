#include "triggersexplanation.h"

#include "triggerscolors.h"

#include <QEvent>

#include <algorithm>

namespace awb {

TriggersExplanation::TriggersExplanation(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("TriggersExplanation"));
    setAccessibleName(tr("Explanation of the selected cell"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    showHint();
}

void TriggersExplanation::showHint()
{
    m_prompt = -1;
    m_agent = -1;
    setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>")
                .arg(TriggersColors::none(palette()).name(),
                    tr("Click a cell of the heatmap to see why that agent scored what it did for that prompt.")
                        .toHtmlEscaped()));
}

void TriggersExplanation::explain(const TriggerResult &result, const TriggerAgent &agentInfo, int prompt, int agent)
{
    if (prompt < 0 || prompt >= result.promptCount() || agent < 0 || agent >= result.agentCount()) {
        showHint();
        return;
    }
    m_prompt = prompt;
    m_agent = agent;
    m_result = result;
    m_agentInfo = agentInfo;
    setHtml(render(result, agentInfo, prompt, agent));
}

void TriggersExplanation::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (m_prompt >= 0)
            setHtml(render(m_result, m_agentInfo, m_prompt, m_agent));
        else
            showHint();
    }
}

QString TriggersExplanation::highlighted(const QString &text, QList<TextSpan> spans, const QString &style)
{
    std::sort(spans.begin(), spans.end(), [](const TextSpan &a, const TextSpan &b) { return a.start < b.start; });
    QString out;
    int pos = 0;
    for (const TextSpan &span : std::as_const(spans)) {
        const int start = std::clamp(span.start, 0, int(text.size()));
        const int end = std::clamp(span.start + span.length, 0, int(text.size()));
        if (end <= pos)
            continue; // inside a span already drawn
        const int from = std::max(start, pos);
        out += text.mid(pos, from - pos).toHtmlEscaped();
        out += QStringLiteral("<span style=\"%1\">").arg(style) + text.mid(from, end - from).toHtmlEscaped()
            + QStringLiteral("</span>");
        pos = end;
    }
    out += text.mid(pos).toHtmlEscaped();
    out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return out;
}

QString TriggersExplanation::render(
    const TriggerResult &result, const TriggerAgent &agentInfo, int prompt, int agent) const
{
    const QPalette &pal = palette();
    const QString mark
        = QStringLiteral("background-color:%1; font-weight:600;").arg(TriggersColors::highlight(pal).name());
    const QString dim = TriggersColors::none(pal).name();
    const TriggerPrompt &p = result.prompts.at(prompt);
    const QString agentName = result.agents.at(agent);
    const CellExplanation why = result.canExplain() ? result.explain(prompt, agent) : CellExplanation {};
    const QString none = tr("none");
    const QString winner = result.winner(prompt) >= 0 ? result.winnerName(prompt) : none;
    const QString expected = p.expected.isEmpty() ? none : p.expected;
    const bool right = result.isCorrect(prompt);

    QString html;
    html += QStringLiteral("<h3 style=\"margin:0\">%1 → %2</h3>")
                .arg(tr("Prompt %1").arg(prompt + 1).toHtmlEscaped(), agentName.toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("Score <b>%1</b>").arg(double(result.score(prompt, agent)), 0, 'f', 3);
    if (result.router == QLatin1String("lexical") && why.rawScore > 0)
        html += QStringLiteral(" <span style=\"color:%1\">").arg(dim)
            + tr("(BM25 %1)").arg(why.rawScore, 0, 'f', 2).toHtmlEscaped() + QStringLiteral("</span>");
    html += QStringLiteral(" · ") + tr("winner: <b>%1</b>").arg(winner.toHtmlEscaped());
    html += QStringLiteral(" · ") + tr("expected: <b>%1</b>").arg(expected.toHtmlEscaped());
    html += QStringLiteral(" · <span style=\"color:%1\"><b>%2</b></span>")
                .arg((right ? TriggersColors::good(pal) : TriggersColors::bad(pal)).name(),
                    (right ? tr("right") : tr("wrong")).toHtmlEscaped());
    if (result.winner(prompt) >= 0)
        html += QStringLiteral(" · ") + tr("margin %1").arg(double(result.margin(prompt)), 0, 'f', 3).toHtmlEscaped();
    html += QStringLiteral("</p>");

    // The prompt with the terms it shares with this agent.
    QList<TextSpan> promptSpans;
    QList<TextSpan> descriptionSpans;
    QList<TextSpan> nameSpans;
    for (const TermContribution &t : why.terms) {
        promptSpans += t.inPrompt;
        descriptionSpans += t.inAgent;
        nameSpans += t.inName;
    }
    html += QStringLiteral("<p><b>%1</b><br>%2</p>")
                .arg(tr("Prompt").toHtmlEscaped(), highlighted(p.text, promptSpans, mark));
    if (p.isExample())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(dim, tr("From an <example> of %1.").arg(p.exampleAgent).toHtmlEscaped());
    if (why.exampleHeldOut)
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(dim,
                        tr("This prompt is one of this agent's own examples, so that example was left out of the "
                           "agent's text when scoring; otherwise it would only find itself.")
                            .toHtmlEscaped());

    if (!why.terms.isEmpty()) {
        double total = 0;
        for (const TermContribution &t : why.terms)
            total += t.contribution;
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"2\">")
                    .arg(tr("Matched terms").toHtmlEscaped());
        const QString bar = TriggersColors::heat(0.8, pal).name();
        for (const TermContribution &t : why.terms) {
            const int width = total > 0 ? std::max(2, int(120 * t.contribution / total)) : 2;
            const QString word = t.word.isEmpty() ? t.term : t.word;
            html
                += QStringLiteral(
                    "<tr><td><span style=\"%1\">%2</span></td><td align=\"right\">%3</td>"
                    "<td><table cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"%4\" "
                    "bgcolor=\"%5\" height=\"8\"></td></tr></table></td><td style=\"color:%6\">%7</td></tr>")
                       .arg(mark, word.toHtmlEscaped(), QString::number(t.contribution, 'f', 2))
                       .arg(width)
                       .arg(bar, dim,
                           (total > 0 ? tr("%1% of the score").arg(int(100 * t.contribution / total + 0.5)) : QString())
                               .toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    } else if (result.router == QLatin1String("lexical")) {
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(dim,
                        tr("No word of this prompt appears in this agent's name, description or examples.")
                            .toHtmlEscaped());
    }

    if (!why.answers.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ol>").arg(tr("The model's answers").toHtmlEscaped());
        for (const QString &answer : why.answers)
            html += QStringLiteral("<li>%1</li>").arg(answer.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (!why.note.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(dim, why.note.toHtmlEscaped());

    // The agent's text as the router saw it, with the same terms marked.
    if (!agentInfo.name.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2<br>%3</p>")
                    .arg(tr("Agent").toHtmlEscaped(), highlighted(agentInfo.name, nameSpans, mark),
                        highlighted(agentInfo.description, descriptionSpans, mark));
    }
    return html;
}

} // namespace awb
