#include "triggers/claudecoderouter.h"
#include "triggers/claudestreamparser.h"

#include "agent/agentdocument.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace awb;

// The claude-code router: the stream-json parser on recorded lines, the scratch agent files, and whole
// runs through a stand-in `claude` script (a real process speaking the same stream). Running the real CLI is
// opt-in: AWB_TEST_REAL_CLAUDE=1 with `claude` installed and logged in.
class TestClaudeCodeRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parserDelegation();
    void parserNoDelegation();
    void parserPartialLinesAndNoise();
    void parserErrors();
    void agentFileReadsBack();
    void runsThroughTheCli();
    void cliFailure();
    void missingCli();
    void realClaude();

private:
    QString fakeClaude(QTemporaryDir &dir);
    std::unique_ptr<TriggerJob> run(
        const ClaudeCodeRouter::Settings &s, const TriggerAgents &agents, const TriggerPrompts &prompts);
};

namespace {

// Recorded from `claude -p --output-format stream-json --verbose` (2.x), shortened.
const QByteArray InitLine
    = R"({"type":"system","subtype":"init","cwd":"/tmp/p","session_id":"s1","tools":["Task","Bash","Read"],"agents":["general-purpose","reviewer","deployer"],"model":"claude-sonnet-4-5","permissionMode":"default"})";
const QByteArray DelegateLine
    = R"({"type":"assistant","message":{"id":"msg_1","type":"message","role":"assistant","content":[{"type":"text","text":"I'll have the reviewer look at it."},{"type":"tool_use","id":"toolu_1","name":"Task","input":{"description":"Review code","prompt":"Review the diff","subagent_type":"reviewer"}}]},"parent_tool_use_id":null,"session_id":"s1"})";
const QByteArray SubagentLine
    = R"({"type":"assistant","message":{"content":[{"type":"tool_use","id":"toolu_9","name":"Agent","input":{"subagent_type":"deployer"}}]},"parent_tool_use_id":"toolu_1","session_id":"s1"})";
const QByteArray TextLine
    = R"({"type":"assistant","message":{"content":[{"type":"text","text":"Hello! How can I help?"}]},"parent_tool_use_id":null,"session_id":"s1"})";
const QByteArray ResultLine
    = R"({"type":"result","subtype":"success","is_error":false,"duration_ms":1200,"num_turns":1,"result":"Hello! How can I help?","session_id":"s1","total_cost_usd":0.01})";

TriggerAgents agents()
{
    return { TriggerAgent::make(QStringLiteral("reviewer"),
                 QStringLiteral("Reviews code.\n<example>\nuser: \"Look over my diff\"\n</example>"),
                 QStringLiteral("Read, Grep")),
        TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys: services \"quoted\" & more.")) };
}

} // namespace

void TestClaudeCodeRouter::parserDelegation()
{
    ClaudeStreamParser parser;
    QVERIFY(!parser.feed(InitLine + '\n'));
    QCOMPARE(parser.loadedAgents(), (QStringList { "general-purpose", "reviewer", "deployer" }));
    QVERIFY(parser.feed(DelegateLine + '\n'));
    QVERIFY(parser.delegated());
    QCOMPARE(parser.agent(), QStringLiteral("reviewer"));
    QCOMPARE(parser.text(), QStringLiteral("I'll have the reviewer look at it."));
    // What the sub-agent does later is not the routing decision.
    parser.feed(SubagentLine + '\n');
    QCOMPARE(parser.agent(), QStringLiteral("reviewer"));
}

void TestClaudeCodeRouter::parserNoDelegation()
{
    ClaudeStreamParser parser;
    parser.feed(InitLine + '\n' + TextLine + '\n');
    QVERIFY(!parser.hasDecision());
    QVERIFY(parser.feed(ResultLine + '\n'));
    QVERIFY(!parser.delegated());
    QVERIFY(parser.resultSeen());
    QVERIFY(!parser.isError());
    QCOMPARE(parser.text(), QStringLiteral("Hello! How can I help?"));
}

void TestClaudeCodeRouter::parserPartialLinesAndNoise()
{
    ClaudeStreamParser parser;
    const QByteArray all = "not json\n" + InitLine + "\r\n\n" + DelegateLine;
    for (qsizetype i = 0; i < all.size(); i += 7)
        parser.feed(all.mid(i, 7));
    QVERIFY(!parser.delegated()); // the last line has no newline yet
    parser.finish();
    QVERIFY(parser.delegated());
    QCOMPARE(parser.agent(), QStringLiteral("reviewer"));
    QCOMPARE(parser.badLines(), 1);
    QCOMPARE(parser.linesRead(), 3);
    // The newer tool name.
    ClaudeStreamParser agentTool;
    QByteArray line = DelegateLine;
    line.replace("\"name\":\"Task\"", "\"name\":\"Agent\"");
    QVERIFY(agentTool.feed(line + '\n'));
    QCOMPARE(agentTool.agent(), QStringLiteral("reviewer"));
}

void TestClaudeCodeRouter::parserErrors()
{
    ClaudeStreamParser parser;
    parser.feed(R"({"type":"result","subtype":"error_during_execution","is_error":true,"result":"API Error: 401"})"
                "\n");
    QVERIFY(parser.resultSeen());
    QVERIFY(parser.isError());
    QCOMPARE(parser.errorText(), QStringLiteral("API Error: 401"));
    ClaudeStreamParser maxTurns;
    maxTurns.feed(R"({"type":"result","subtype":"error_max_turns","is_error":true})"
                  "\n");
    QVERIFY(!maxTurns.isError());
}

void TestClaudeCodeRouter::agentFileReadsBack()
{
    for (const TriggerAgent &agent : agents()) {
        const AgentDocument doc = AgentDocument::fromBytes(ClaudeCodeRouter::agentFile(agent));
        QVERIFY(doc.loads());
        QCOMPARE(doc.name(), agent.name);
        QCOMPARE(doc.description(), agent.description);
        QCOMPARE(doc.listingLine(), agent.listingLine); // Claude Code lists it exactly as we scored it
    }
}

// A stand-in for the claude CLI: checks the flags, delegates "review" prompts (then keeps running, like an
// agent at work, until it is stopped), answers "hello" itself, fails on "fail". It records the agent files it
// was given.
QString TestClaudeCodeRouter::fakeClaude(QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("claude"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(R"SH(#!/bin/sh
[ "$1" = "-p" ] || { echo "expected -p" >&2; exit 3; }
echo "$*" | grep -q -- "-p --output-format stream-json --verbose --max-turns 1" || { echo "bad flags: $*" >&2; exit 3; }
prompt="$(cat)"
cat .claude/agents/*.md >> "$(dirname "$0")/seen.txt"
echo '{"type":"system","subtype":"init","agents":["reviewer","deployer"]}'
case "$prompt" in
  *review*|*diff*)
    echo '{"type":"assistant","message":{"content":[{"type":"tool_use","id":"t1","name":"Agent","input":{"subagent_type":"reviewer"}}]},"parent_tool_use_id":null}'
    exec sleep 60 ;;
  *fail*)
    echo '{"type":"result","subtype":"error_during_execution","is_error":true,"result":"Invalid API key"}'
    exit 1 ;;
  *)
    echo '{"type":"assistant","message":{"content":[{"type":"text","text":"Hi there."}]},"parent_tool_use_id":null}'
    echo '{"type":"result","subtype":"success","is_error":false,"result":"Hi there."}' ;;
esac
)SH");
    f.close();
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

std::unique_ptr<TriggerJob> TestClaudeCodeRouter::run(
    const ClaudeCodeRouter::Settings &s, const TriggerAgents &a, const TriggerPrompts &prompts)
{
    std::unique_ptr<TriggerJob> job(ClaudeCodeRouter(s).createJob(a, prompts));
    QSignalSpy finished(job.get(), &TriggerJob::finished);
    job->start();
    if (!finished.wait(30000) || finished.size() != 1)
        return nullptr;
    return job;
}

void TestClaudeCodeRouter::runsThroughTheCli()
{
    QTemporaryDir dir;
    ClaudeCodeRouter::Settings s;
    s.executable = fakeClaude(dir);
    s.concurrency = 2;
    TriggerPrompt example;
    example.text = QStringLiteral("Look over my diff");
    example.expected = QStringLiteral("reviewer");
    example.source = TriggerPrompt::Source::Example;
    example.exampleAgent = QStringLiteral("reviewer");
    example.exampleIndex = 0;
    const TriggerPrompts prompts { TriggerPrompt::user(
                                       QStringLiteral("--please review this"), QStringLiteral("reviewer")),
        TriggerPrompt::user(QStringLiteral("hello")), example };
    std::unique_ptr<TriggerJob> job = run(s, agents(), prompts);
    QVERIFY(job);
    QVERIFY2(job->error() == TriggerJob::Error::None, qPrintable(job->errorString()));
    const TriggerResult &r = job->result();
    QCOMPARE(r.router, QStringLiteral("claude-code"));
    QCOMPARE(r.winnerName(0), QStringLiteral("reviewer")); // decided, and the still-running process was stopped
    QCOMPARE(r.winner(1), TriggerResult::None);
    QCOMPARE(r.winnerName(2), QStringLiteral("reviewer"));
    QCOMPARE(r.accuracy(), 1.0);
    QVERIFY(r.explain(1, 0).answers.join(QString()).contains(QStringLiteral("Hi there.")));
    // The scratch projects: the whole library, and one with the reviewer's example left out.
    QFile seen(dir.filePath(QStringLiteral("seen.txt")));
    QVERIFY(seen.open(QIODevice::ReadOnly));
    const QByteArray files = seen.readAll();
    QCOMPARE(files.count("name: \"reviewer\""), 3);
    QCOMPARE(files.count("Look over my diff"), 2); // in two of the three runs
}

void TestClaudeCodeRouter::cliFailure()
{
    QTemporaryDir dir;
    ClaudeCodeRouter::Settings s;
    s.executable = fakeClaude(dir);
    std::unique_ptr<TriggerJob> job = run(s, agents(), { TriggerPrompt::user(QStringLiteral("this will fail")) });
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::Process);
    QVERIFY2(job->errorString().contains(QStringLiteral("Invalid API key")), qPrintable(job->errorString()));
}

void TestClaudeCodeRouter::missingCli()
{
    ClaudeCodeRouter::Settings s;
    s.executable = QStringLiteral("/nonexistent/claude");
    QVERIFY(ClaudeCodeRouter(s).findExecutable().isEmpty());
    std::unique_ptr<TriggerJob> job = run(s, agents(), { TriggerPrompt::user(QStringLiteral("x")) });
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::InvalidInput);
    QVERIFY(job->errorString().contains(QStringLiteral("not installed")));
}

void TestClaudeCodeRouter::realClaude()
{
    if (qEnvironmentVariable("AWB_TEST_REAL_CLAUDE") != QLatin1String("1"))
        QSKIP("opt-in: set AWB_TEST_REAL_CLAUDE=1 (costs real Claude Code turns)");
    if (QStandardPaths::findExecutable(QStringLiteral("claude")).isEmpty())
        QSKIP("the claude CLI is not installed");
    ClaudeCodeRouter::Settings s;
    s.timeoutMs = 300000;
    std::unique_ptr<TriggerJob> job = run(s, agents(),
        { TriggerPrompt::user(
            QStringLiteral("Please review the code in my last commit for bugs"), QStringLiteral("reviewer")) });
    QVERIFY(job);
    QVERIFY2(job->error() == TriggerJob::Error::None, qPrintable(job->errorString()));
    QCOMPARE(job->result().promptCount(), 1);
}

QTEST_GUILESS_MAIN(TestClaudeCodeRouter)
#include "tst_claudecoderouter.moc"
