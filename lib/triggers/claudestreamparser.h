#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace awb {

/// Reads `claude -p --output-format stream-json --verbose` output (one JSON object per line) and finds the
/// routing decision: the first top-level `Agent` (or, in older versions, `Task`) tool call and its
/// `subagent_type`. Calls made inside a sub-agent (`parent_tool_use_id` set) are not decisions. Partial lines
/// are kept until their newline arrives.
class ClaudeStreamParser
{
public:
    /// Feeds bytes as they arrive; returns true once a decision (or the final result) has been seen.
    bool feed(const QByteArray &bytes);
    /// Call at the end of the stream: a last line without a newline is read too.
    void finish();

    bool hasDecision() const { return m_delegated || m_resultSeen; }
    bool delegated() const { return m_delegated; }
    QString agent() const { return m_agent; } ///< the subagent_type, when delegated
    bool resultSeen() const { return m_resultSeen; } ///< the run ended (type "result")
    bool isError() const { return m_error; } ///< the result says the run failed
    QString text() const { return m_text; } ///< the assistant's text before deciding
    QString errorText() const { return m_errorText; }
    /// Agents Claude Code says it loaded (the init message's "agents", when it lists them).
    QStringList loadedAgents() const { return m_loadedAgents; }
    int linesRead() const { return m_lines; }
    int badLines() const { return m_badLines; }

private:
    void readLine(const QByteArray &line);

    QByteArray m_buffer;
    bool m_delegated = false;
    bool m_resultSeen = false;
    bool m_error = false;
    QString m_agent;
    QString m_text;
    QString m_errorText;
    QStringList m_loadedAgents;
    int m_lines = 0;
    int m_badLines = 0;
};

} // namespace awb
