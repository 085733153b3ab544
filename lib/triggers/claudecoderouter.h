#pragma once

#include "triggerjob.h"
#include "triggerrouter.h"

namespace awb {

/// The closest thing to the truth: runs the real `claude` CLI on each prompt in a scratch project that
/// holds the library (one file per agent in `.claude/agents/`) and reads which agent it delegates to from
/// `--output-format stream-json` (ClaudeStreamParser). `--max-turns 1` and stopping the process as soon as
/// the decision is seen keep each run short, but every run still costs a real Claude Code turn: opt-in.
/// An agent's own example prompt runs in a project where that example is left out of its description.
class ClaudeCodeRouter : public TriggerRouter
{
public:
    struct Settings
    {
        QString executable = QStringLiteral("claude"); ///< a name looked up in PATH, or a path
        QString model; ///< `--model`; empty: Claude Code's default
        int samples = 1;
        int concurrency = 2;
        int timeoutMs = 180000; ///< per run
        QStringList extraArguments;
    };

    ClaudeCodeRouter() = default;
    explicit ClaudeCodeRouter(const Settings &settings)
        : m_settings(settings)
    { }

    QString id() const override { return QStringLiteral("claude-code"); }
    QString label() const override;
    TriggerJob *createJob(
        const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent = nullptr) const override;

    const Settings &settings() const { return m_settings; }
    /// The executable's full path, or empty when it is not installed.
    QString findExecutable() const;
    /// The text of the scratch file for one agent (frontmatter only: routing sees no body).
    static QByteArray agentFile(const TriggerAgent &agent);

private:
    Settings m_settings;
};

} // namespace awb
