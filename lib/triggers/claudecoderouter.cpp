#include "claudecoderouter.h"

#include "claudestreamparser.h"
#include "triggerslog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <memory>

namespace awb {

namespace {

TriggerAgent withoutExample(const TriggerAgent &agent, int example)
{
    if (example < 0 || example >= agent.examples.size())
        return agent;
    QList<AgentExample> kept = agent.examples;
    kept.removeAt(example);
    TriggerAgent copy = agent;
    copy.setDescription(ExampleCodec::replaceExamples(agent.description, kept));
    return copy;
}

class ClaudeRunExplainer : public TriggerExplainer
{
public:
    ClaudeRunExplainer(QList<QStringList> answers, TriggerResult scores)
        : m_answers(std::move(answers))
        , m_scores(std::move(scores))
    { }
    CellExplanation explain(int prompt, int agent) const override
    {
        CellExplanation out;
        if (prompt < 0 || prompt >= m_answers.size())
            return out;
        out.score = m_scores.score(prompt, agent);
        out.rawScore = out.score;
        out.answers = m_answers.at(prompt);
        out.note = QStringLiteral("what Claude Code did with this prompt");
        return out;
    }

private:
    QList<QStringList> m_answers;
    TriggerResult m_scores;
};

class ClaudeCodeJob : public TriggerJob
{
public:
    ClaudeCodeJob(const ClaudeCodeRouter::Settings &settings, const QString &executable, const TriggerAgents &agents,
        const TriggerPrompts &prompts, QObject *parent)
        : TriggerJob(parent)
        , m_settings(settings)
        , m_executable(executable)
        , m_agents(agents)
        , m_prompts(prompts)
    {
        for (const TriggerAgent &agent : m_agents)
            m_names.append(agent.name);
        m_settings.samples = std::max(1, m_settings.samples);
        m_settings.concurrency = std::max(1, m_settings.concurrency);
        m_votes = QList<QList<int>>(m_prompts.size(), QList<int>(m_names.size() + 1, 0));
        m_answers = QList<QStringList>(m_prompts.size());
    }
    ~ClaudeCodeJob() override { stopAll(); }

    void start() override
    {
        if (m_executable.isEmpty()) {
            finish(Error::InvalidInput, QStringLiteral("the claude CLI is not installed (not found in PATH)"));
            return;
        }
        if (m_agents.isEmpty()) {
            finish(Error::InvalidInput, QStringLiteral("the library has no agents to route to"));
            return;
        }
        if (!m_scratch.isValid()) {
            finish(Error::Process, QStringLiteral("cannot create a scratch folder: %1").arg(m_scratch.errorString()));
            return;
        }
        for (int p = 0; p < m_prompts.size(); ++p) {
            for (int s = 0; s < m_settings.samples; ++s)
                m_queue.append(p);
        }
        setProgress(0, int(m_queue.size()));
        pump();
    }

    void cancel() override
    {
        if (isFinished())
            return;
        m_cancelled = true;
        stopAll();
        buildResult();
        finish(Error::Cancelled, QStringLiteral("cancelled"));
    }

private:
    struct Run
    {
        int prompt = 0;
        QPointer<QProcess> process;
        std::shared_ptr<ClaudeStreamParser> parser;
        QTimer *timer = nullptr;
    };

    // One scratch project per variant of the library (the whole library, or one example left out).
    QString projectFor(int prompt, QString *error)
    {
        const TriggerPrompt &p = m_prompts.at(prompt);
        int agent = -1;
        int example = -1;
        if (p.isExample()) {
            agent = int(m_names.indexOf(p.exampleAgent));
            example = agent >= 0 ? p.exampleIndex : -1;
        }
        const QString key
            = agent < 0 || example < 0 ? QStringLiteral("all") : QStringLiteral("%1-%2").arg(agent).arg(example);
        const QString root = m_scratch.filePath(key);
        if (m_projects.contains(key))
            return root;
        const QString folder = root + QStringLiteral("/.claude/agents");
        if (!QDir().mkpath(folder)) {
            *error = QStringLiteral("cannot create %1").arg(folder);
            return {};
        }
        for (int a = 0; a < m_agents.size(); ++a) {
            const TriggerAgent written = a == agent ? withoutExample(m_agents.at(a), example) : m_agents.at(a);
            QFile file(folder + QStringLiteral("/agent-%1.md").arg(a));
            if (!file.open(QIODevice::WriteOnly) || file.write(ClaudeCodeRouter::agentFile(written)) < 0) {
                *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
                return {};
            }
        }
        m_projects.insert(key);
        return root;
    }

    void pump()
    {
        while (!m_cancelled && !isFinished() && !m_queue.isEmpty() && m_running.size() < m_settings.concurrency)
            startRun(m_queue.takeFirst());
        if (m_queue.isEmpty() && m_running.isEmpty() && !isFinished()) {
            buildResult();
            finish();
        }
    }

    void startRun(int prompt)
    {
        QString error;
        const QString project = projectFor(prompt, &error);
        if (project.isEmpty()) {
            fail(error);
            return;
        }
        auto run = std::make_shared<Run>();
        run->prompt = prompt;
        run->parser = std::make_shared<ClaudeStreamParser>();
        auto *process = new QProcess(this);
        run->process = process;
        process->setWorkingDirectory(project);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        // The prompt goes in on stdin: a prompt that starts with "-" is then never taken for an option.
        QStringList args { QStringLiteral("-p"), QStringLiteral("--output-format"), QStringLiteral("stream-json"),
            QStringLiteral("--verbose"), QStringLiteral("--max-turns"), QStringLiteral("1") };
        if (!m_settings.model.isEmpty())
            args << QStringLiteral("--model") << m_settings.model;
        args += m_settings.extraArguments;
        run->timer = new QTimer(process);
        run->timer->setSingleShot(true);
        connect(run->timer, &QTimer::timeout, this, [this, run] {
            if (run->process)
                run->process->kill();
            fail(QStringLiteral("claude did not answer within %1 s").arg(m_settings.timeoutMs / 1000));
        });
        connect(process, &QProcess::readyReadStandardOutput, this, [run] {
            // The decision is all we need: stop the run there instead of letting the agent work.
            if (run->parser->feed(run->process->readAllStandardOutput())
                && run->process->state() != QProcess::NotRunning)
                run->process->terminate();
        });
        connect(process, &QProcess::errorOccurred, this, [this, run](QProcess::ProcessError e) {
            if (e == QProcess::FailedToStart)
                fail(QStringLiteral("cannot start %1: %2").arg(m_executable, run->process->errorString()));
        });
        connect(process, &QProcess::finished, this, [this, run] { onFinished(run); });
        m_running.append(run);
        run->timer->start(m_settings.timeoutMs);
        process->start(m_executable, args);
        process->write(m_prompts.at(prompt).text.toUtf8());
        process->closeWriteChannel();
    }

    void onFinished(const std::shared_ptr<Run> &run)
    {
        m_running.removeAll(run);
        if (run->timer)
            run->timer->stop();
        if (run->process) {
            run->parser->feed(run->process->readAllStandardOutput());
            const QByteArray err = run->process->readAllStandardError();
            run->process->deleteLater();
            run->parser->finish();
            if (m_cancelled || isFinished())
                return;
            if (!run->parser->hasDecision() || run->parser->isError()) {
                const QString why
                    = run->parser->isError() ? run->parser->errorText() : QString::fromUtf8(err).trimmed().left(400);
                fail((run->parser->isError() ? QStringLiteral("claude failed on \"%1\"%2")
                                             : QStringLiteral("claude gave no decision for \"%1\"%2"))
                         .arg(m_prompts.at(run->prompt).text.left(60),
                             why.isEmpty() ? QString() : QStringLiteral(": ") + why));
                return;
            }
        }
        const int agent = run->parser->delegated() ? int(m_names.indexOf(run->parser->agent())) : -1;
        // A delegation to something that is not ours (a built-in agent type) counts as none.
        m_votes[run->prompt][agent >= 0 ? agent : m_names.size()] += 1;
        const QString choice = run->parser->delegated() ? run->parser->agent() : QStringLiteral("(no delegation)");
        m_answers[run->prompt].append(choice + QStringLiteral(": ") + run->parser->text().left(300));
        ++m_done;
        setProgress(m_done, int(m_prompts.size()) * m_settings.samples);
        pump();
    }

    void fail(const QString &message)
    {
        if (isFinished())
            return;
        qCWarning(lcTriggers) << "claude-code router:" << message;
        m_cancelled = true;
        stopAll();
        buildResult();
        finish(Error::Process, message);
    }

    void stopAll()
    {
        const QList<std::shared_ptr<Run>> running = m_running;
        m_running.clear();
        for (const std::shared_ptr<Run> &run : running) {
            if (run->process) {
                run->process->disconnect(this);
                run->process->kill();
                run->process->deleteLater(); // QProcess reaps the killed child when it is destroyed
            }
        }
    }

    void buildResult()
    {
        TriggerResult result(m_names, m_prompts);
        result.router = QStringLiteral("claude-code");
        result.thresholdNote = QStringLiteral("the agent Claude Code delegated to (most samples; ties: none)");
        const int n = int(m_names.size());
        for (int p = 0; p < m_prompts.size(); ++p) {
            const QList<int> &votes = m_votes.at(p);
            int answered = 0;
            for (const int v : votes)
                answered += v;
            const double denominator = std::max(1, answered);
            int best = TriggerResult::None;
            int second = TriggerResult::None;
            for (int a = 0; a < n; ++a) {
                result.setScore(p, a, float(votes.at(a) / denominator));
                if (best == TriggerResult::None || votes.at(a) > votes.at(best)) {
                    second = best;
                    best = a;
                } else if (second == TriggerResult::None || votes.at(a) > votes.at(second)) {
                    second = a;
                }
            }
            const int none = votes.at(n);
            const int top = best >= 0 ? votes.at(best) : 0;
            const int next = std::max(second >= 0 ? votes.at(second) : 0, none);
            if (top > none)
                result.setDecision(p, best, second, float((top - next) / denominator));
            else
                result.setDecision(p, TriggerResult::None, best, float((none - top) / denominator));
        }
        result.setExplainer(std::make_shared<ClaudeRunExplainer>(m_answers, result));
        m_result = result;
    }

    ClaudeCodeRouter::Settings m_settings;
    QString m_executable;
    TriggerAgents m_agents;
    QStringList m_names;
    TriggerPrompts m_prompts;
    QTemporaryDir m_scratch;
    QSet<QString> m_projects;
    QList<int> m_queue;
    QList<std::shared_ptr<Run>> m_running;
    QList<QList<int>> m_votes; ///< per prompt: per agent, then none
    QList<QStringList> m_answers;
    int m_done = 0;
    bool m_cancelled = false;
};

} // namespace

QString ClaudeCodeRouter::label() const
{
    return QStringLiteral("Claude Code (the claude CLI, %1 run(s) per prompt)").arg(m_settings.samples);
}

QString ClaudeCodeRouter::findExecutable() const
{
    if (m_settings.executable.contains(QLatin1Char('/')))
        return QFileInfo(m_settings.executable).isExecutable() ? m_settings.executable : QString();
    return QStandardPaths::findExecutable(m_settings.executable);
}

TriggerJob *ClaudeCodeRouter::createJob(
    const TriggerAgents &agents, const TriggerPrompts &prompts, QObject *parent) const
{
    return new ClaudeCodeJob(m_settings, findExecutable(), agents, prompts, parent);
}

QByteArray ClaudeCodeRouter::agentFile(const TriggerAgent &agent)
{
    // JSON strings are valid YAML double-quoted scalars: the name and description arrive exactly.
    const auto quoted = [](const QString &text) {
        QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
        return json.mid(1, json.size() - 2);
    };
    QByteArray out = "---\nname: " + quoted(agent.name) + "\ndescription: " + quoted(agent.description) + '\n';
    const QString except = QStringLiteral("All tools except ");
    if (agent.toolsShown.startsWith(except))
        out += "disallowedTools: " + quoted(agent.toolsShown.mid(except.size())) + '\n';
    else if (!agent.toolsShown.isEmpty() && agent.toolsShown != QLatin1String("All tools"))
        out += "tools: " + quoted(agent.toolsShown) + '\n';
    out += "---\n\nYou are the " + agent.name.toUtf8() + " agent.\n";
    return out;
}

} // namespace awb
