#pragma once

#include "triggers/triggeragent.h"
#include "triggers/triggerresult.h"

#include <QTextBrowser>

namespace awb {

/// Why one cell of the heatmap scored what it did: for the lexical router the matched terms highlighted in
/// the prompt and in the agent's description with what each added; for the model routers the model's own
/// answers; always the score, the winner and whether the prompt went where it should.
class TriggersExplanation : public QTextBrowser
{
    Q_OBJECT
public:
    explicit TriggersExplanation(QWidget *parent = nullptr);

    /// `agentInfo` is the snapshot the result was computed from (for the description text).
    void explain(const TriggerResult &result, const TriggerAgent &agentInfo, int prompt, int agent);
    void showHint();
    /// The explained cell, or (-1, -1).
    int prompt() const { return m_prompt; }
    int agent() const { return m_agent; }

    /// `text` with the spans wrapped in a highlight (merged where they overlap), HTML-escaped.
    static QString highlighted(const QString &text, QList<TextSpan> spans, const QString &style);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString render(const TriggerResult &result, const TriggerAgent &agentInfo, int prompt, int agent) const;

    int m_prompt = -1;
    int m_agent = -1;
    TriggerResult m_result;
    TriggerAgent m_agentInfo;
};

} // namespace awb
