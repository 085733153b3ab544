#include "triggers/delegationprompt.h"
#include "triggers/modelrouter.h"
#include "triggers/modelrouterjob.h"

#include "providerstreams.h"
#include "providertestserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace awb;
using awb::test::ProviderStreams;
using awb::test::ProviderTestServer;

// The model-simulation router against the local provider test server answering with tool calls: what is
// sent (the Claude Code-style listing, the Agent tool's enum, the explicit no-delegation tool, cache_control),
// trigger rates and winners from samples, usage, the results cache (resume after cancel), errors, estimates.
class TestModelRouter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void presentation();
    void decisions();
    void samplesGiveRatesAndResume();
    void cancelThenResume();
    void errorStopsTheRun();
    void heldOutExample();
    void estimateAndCost();
    void messageBatch();

private:
    ModelRouter::Settings settings();
    std::unique_ptr<ModelRouterJob> run(const ModelRouter::Settings &s, const TriggerPrompts &prompts);
    static ProviderTestServer::Reply agentCall(const QString &agent);
    static ProviderTestServer::Reply keep();

    ProviderTestServer m_server;
    std::unique_ptr<QTemporaryDir> m_cache;
};

namespace {

TriggerAgents agents()
{
    return { TriggerAgent::make(QStringLiteral("reviewer"),
                 QStringLiteral("Reviews code.\n<example>\nuser: \"Look over my diff\"\n</example>"),
                 QStringLiteral("Read, Grep")),
        TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys services.")) };
}

TriggerPrompts twoPrompts()
{
    return { TriggerPrompt::user(QStringLiteral("review my code"), QStringLiteral("reviewer")),
        TriggerPrompt::user(QStringLiteral("hello there")) };
}

} // namespace

void TestModelRouter::init()
{
    m_server.clearRequests();
    if (m_server.port() == 0)
        QVERIFY(m_server.listen());
    m_cache = std::make_unique<QTemporaryDir>();
}

ModelRouter::Settings TestModelRouter::settings()
{
    ModelRouter::Settings s;
    s.provider = ProviderConfig::anthropic();
    s.provider.baseUrl = m_server.url();
    s.provider.timeouts = { 5000, 5000, 5000 };
    s.provider.retry.maxRetries = 0;
    s.key = { QStringLiteral("sk-test-secret-0123"), QStringLiteral("127.0.0.1") };
    s.model = QStringLiteral("claude-test-1");
    s.samples = 1;
    s.concurrency = 1; // replies are scripted in order
    s.cacheDir = m_cache->path();
    return s;
}

ProviderTestServer::Reply TestModelRouter::agentCall(const QString &agent)
{
    return ProviderTestServer::Reply::sse(ProviderStreams::anthropicToolUse(QStringLiteral("Delegating."),
        QStringLiteral("toolu_1"), QStringLiteral("Agent"),
        { QStringLiteral("{\"description\":\"do it\",\"prompt\":\"the task\",\"subagent_type\":\""),
            agent + QStringLiteral("\"}") },
        { 12, 30, 900, 0 }));
}

ProviderTestServer::Reply TestModelRouter::keep()
{
    return ProviderTestServer::Reply::sse(ProviderStreams::anthropicToolUse(QString(), QStringLiteral("toolu_2"),
        QStringLiteral("NoDelegation"), { QStringLiteral("{\"reason\":\"small talk\"}") }, { 10, 20, 900, 0 }));
}

std::unique_ptr<ModelRouterJob> TestModelRouter::run(const ModelRouter::Settings &s, const TriggerPrompts &prompts)
{
    std::unique_ptr<ModelRouterJob> job(static_cast<ModelRouterJob *>(ModelRouter(s).createJob(agents(), prompts)));
    QSignalSpy finished(job.get(), &TriggerJob::finished);
    job->start();
    if (!finished.wait(20000) || finished.size() != 1)
        return nullptr;
    return job;
}

void TestModelRouter::presentation()
{
    const ChatRequest r = DelegationPrompt::request(agents(), QStringLiteral("review my code"), QStringLiteral("m"));
    QCOMPARE(r.tools.size(), 2);
    QCOMPARE(r.tools.at(0).name, QStringLiteral("NoDelegation"));
    const ToolDefinition &agent = r.tools.at(1);
    QCOMPARE(agent.name, QStringLiteral("Agent"));
    // The listing lines, exactly as Claude Code writes them (the shared ListingLine function).
    QVERIFY(agent.description.contains(agents().at(0).listingLine));
    QVERIFY(agent.description.contains(QStringLiteral("- deployer: Deploys services. (Tools: All tools)")));
    const QJsonArray names = agent.inputSchema.value(QLatin1String("properties"))
                                 .toObject()
                                 .value(QLatin1String("subagent_type"))
                                 .toObject()
                                 .value(QLatin1String("enum"))
                                 .toArray();
    QCOMPARE(names, (QJsonArray { QStringLiteral("reviewer"), QStringLiteral("deployer") }));
    QCOMPARE(r.toolChoice.mode, ToolChoice::Mode::Any);
    QVERIFY(r.cacheTools);
    QCOMPARE(r.messages.size(), 1);
    // The prefix hash follows the listing, not the prompt.
    const ChatRequest other
        = DelegationPrompt::request(agents(), QStringLiteral("something else"), QStringLiteral("m"));
    QCOMPARE(DelegationPrompt::prefixHash(r), DelegationPrompt::prefixHash(other));
    TriggerAgents edited = agents();
    edited[1].setDescription(QStringLiteral("Deploys services and databases."));
    QVERIFY(DelegationPrompt::prefixHash(r)
        != DelegationPrompt::prefixHash(DelegationPrompt::request(edited, QStringLiteral("x"), QStringLiteral("m"))));
}

void TestModelRouter::decisions()
{
    const QStringList names { QStringLiteral("reviewer"), QStringLiteral("deployer") };
    ChatMessage reply;
    reply.role = ChatMessage::Role::Assistant;
    reply.content = { ContentBlock::makeText(QStringLiteral("Sure.")),
        ContentBlock::makeToolUse(QStringLiteral("t"), QStringLiteral("Agent"),
            { { QStringLiteral("subagent_type"), QStringLiteral("deployer") } }) };
    DelegationPrompt::Decision d = DelegationPrompt::decide(reply, names);
    QVERIFY(d.valid);
    QCOMPARE(d.agent, QStringLiteral("deployer"));
    reply.content = { ContentBlock::makeToolUse(QStringLiteral("t"), QStringLiteral("NoDelegation"),
        { { QStringLiteral("reason"), QStringLiteral("chat") } }) };
    d = DelegationPrompt::decide(reply, names);
    QVERIFY(d.valid);
    QVERIFY(d.agent.isEmpty());
    QCOMPARE(d.reason, QStringLiteral("chat"));
    reply.content = { ContentBlock::makeToolUse(QStringLiteral("t"), QStringLiteral("Agent"),
        { { QStringLiteral("subagent_type"), QStringLiteral("ghost") } }) };
    d = DelegationPrompt::decide(reply, names);
    QVERIFY(!d.valid);
    QVERIFY(d.reason.contains(QStringLiteral("unknown agent 'ghost'")));
    reply.content = { ContentBlock::makeText(QStringLiteral("I'll just answer.")) };
    QVERIFY(!DelegationPrompt::decide(reply, names).valid);
}

void TestModelRouter::samplesGiveRatesAndResume()
{
    // Order of requests (concurrency 1): p0 s0, p0 s1, p1 s0, p1 s1.
    m_server.setReplies("POST", "/v1/messages",
        { agentCall(QStringLiteral("reviewer")), agentCall(QStringLiteral("reviewer")), keep(),
            agentCall(QStringLiteral("deployer")) });
    ModelRouter::Settings s = settings();
    s.samples = 2;
    std::unique_ptr<ModelRouterJob> job = run(s, twoPrompts());
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::None);
    QCOMPARE(m_server.requestCount(), 4);
    QCOMPARE(job->requestsMade(), 4);
    const TriggerResult &r = job->result();
    QCOMPARE(r.router, QStringLiteral("model"));
    QCOMPARE(r.score(0, 0), 1.0f);
    QCOMPARE(r.score(0, 1), 0.0f);
    QCOMPARE(r.winnerName(0), QStringLiteral("reviewer"));
    QCOMPARE(r.margin(0), 1.0f);
    // p1: one sample kept it, one delegated to the deployer: a tie goes to no delegation.
    QCOMPARE(r.score(1, 1), 0.5f);
    QCOMPARE(r.winner(1), TriggerResult::None);
    QCOMPARE(r.accuracy(), 1.0);
    const CellExplanation e = r.explain(1, 1);
    QCOMPARE(e.answers.size(), 2);
    QVERIFY(e.note.contains(QStringLiteral("1 of 2")));
    QVERIFY(e.answers.join(QLatin1Char('\n')).contains(QStringLiteral("small talk")));
    // Usage summed over the four replies (cached prefix reads reported apart).
    QCOMPARE(job->usage().cacheReadInputTokens, 3600);
    QCOMPARE(job->usage().outputTokens, 30 + 30 + 20 + 30);
    QCOMPARE(job->costUsd(), -1.0); // no prices given
    // What was sent: model, the cache mark on the last tool, "any" tool choice, the prompt as the user turn.
    const QJsonObject body = m_server.requests().first().json();
    QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("claude-test-1"));
    const QJsonArray tools = body.value(QLatin1String("tools")).toArray();
    QCOMPARE(tools.size(), 2);
    QCOMPARE(tools.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("Agent"));
    QVERIFY(tools.at(1).toObject().contains(QLatin1String("cache_control")));
    QCOMPARE(body.value(QLatin1String("tool_choice")).toObject().value(QLatin1String("type")).toString(),
        QStringLiteral("any"));
    QVERIFY(QString::fromUtf8(m_server.requests().first().body).contains(QStringLiteral("review my code")));

    // Again: every sample is in the results cache; nothing is sent.
    m_server.clearRequests();
    std::unique_ptr<ModelRouterJob> again = run(s, twoPrompts());
    QVERIFY(again);
    QCOMPARE(m_server.requestCount(), 0);
    QCOMPARE(again->cachedSamples(), 4);
    QCOMPARE(again->result(), job->result());
}

void TestModelRouter::cancelThenResume()
{
    ProviderTestServer::Reply hang = agentCall(QStringLiteral("reviewer"));
    hang.end = ProviderTestServer::Reply::End::HangBeforeHeaders;
    m_server.setReplies("POST", "/v1/messages", { agentCall(QStringLiteral("reviewer")), hang });
    ModelRouter::Settings s = settings();
    std::unique_ptr<ModelRouterJob> job(
        static_cast<ModelRouterJob *>(ModelRouter(s).createJob(agents(), twoPrompts())));
    QSignalSpy finished(job.get(), &TriggerJob::finished);
    QSignalSpy progress(job.get(), &TriggerJob::progress);
    job->start();
    QTRY_COMPARE(m_server.requestCount(), 2); // the first answered, the second hangs
    QCOMPARE(job->done(), 1);
    job->cancel();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->error(), TriggerJob::Error::Cancelled);
    QCOMPARE(job->result().winnerName(0), QStringLiteral("reviewer")); // partial result kept
    QTRY_COMPARE(m_server.openConnections(), 0);

    // Resume: only the missing sample is asked for.
    m_server.clearRequests();
    m_server.setReplies("POST", "/v1/messages", { keep() });
    std::unique_ptr<ModelRouterJob> resumed = run(s, twoPrompts());
    QVERIFY(resumed);
    QCOMPARE(resumed->error(), TriggerJob::Error::None);
    QCOMPARE(m_server.requestCount(), 1);
    QCOMPARE(resumed->cachedSamples(), 1);
    QVERIFY(QString::fromUtf8(m_server.lastRequest().body).contains(QStringLiteral("hello there")));
    QCOMPARE(resumed->result().accuracy(), 1.0);
}

void TestModelRouter::errorStopsTheRun()
{
    m_server.setReplies("POST", "/v1/messages",
        { ProviderTestServer::Reply::json(401,
            ProviderStreams::anthropicErrorBody(
                QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"))) });
    std::unique_ptr<ModelRouterJob> job = run(settings(), twoPrompts());
    QVERIFY(job);
    QCOMPARE(job->error(), TriggerJob::Error::Network);
    QVERIFY2(job->errorString().contains(QStringLiteral("invalid x-api-key")), qPrintable(job->errorString()));
    QVERIFY(!job->errorString().contains(QStringLiteral("sk-test-secret")));
    QCOMPARE(m_server.requestCount(), 1); // stopped at the first failure
}

void TestModelRouter::heldOutExample()
{
    m_server.setReplies("POST", "/v1/messages", { agentCall(QStringLiteral("reviewer")) });
    TriggerPrompt example;
    example.text = QStringLiteral("Look over my diff");
    example.expected = QStringLiteral("reviewer");
    example.source = TriggerPrompt::Source::Example;
    example.exampleAgent = QStringLiteral("reviewer");
    example.exampleIndex = 0;
    std::unique_ptr<ModelRouterJob> job = run(settings(), { example, TriggerPrompt::user(QStringLiteral("x")) });
    QVERIFY(job);
    QCOMPARE(m_server.requestCount(), 2);
    const QString heldOut = QString::fromUtf8(m_server.requests().at(0).body);
    const QString full = QString::fromUtf8(m_server.requests().at(1).body);
    // The example's own prompt sees the reviewer without that example; other prompts see it whole.
    QCOMPARE(heldOut.count(QStringLiteral("Look over my diff")), 1); // only the user turn
    QVERIFY(full.contains(QStringLiteral("Look over my diff")));
    QVERIFY(!full.contains(QStringLiteral("\"content\":\"Look over my diff\"")));
}

void TestModelRouter::estimateAndCost()
{
    ModelRouter::Settings s = settings();
    s.samples = 3;
    s.inputPerMTok = 3;
    s.outputPerMTok = 15;
    s.cacheReadPerMTok = 0.3;
    s.cacheWritePerMTok = 3.75;
    // cost = (1000·3 + 2000·3.75 + 10000·0.3 + 500·15) / 1e6 = (3000 + 7500 + 3000 + 7500) / 1e6 = 0.021
    QVERIFY(std::abs(ModelRouter::cost(s, 1000, 2000, 10000, 500) - 0.021) < 1e-12);
    ModelRouter::Settings unknown = s;
    unknown.inputPerMTok = -1;
    QCOMPARE(ModelRouter::cost(unknown, 1, 1, 1, 1), -1.0);

    const ModelRouter router(s);
    // Two small agents: the listing is below Anthropic's 1,024-token minimum, so nothing can be cached.
    const ModelRouter::Estimate small = router.estimate(agents(), twoPrompts());
    QCOMPARE(small.prompts, 2);
    QCOMPARE(small.requests, 6);
    QCOMPARE(small.cachedSamples, 0);
    QCOMPARE(small.distinctListings, 1);
    QVERIFY(small.listingTokens > 50);
    QVERIFY(!small.cacheable);
    QCOMPARE(small.cacheWriteTokens, 0);
    QVERIFY(std::abs(small.costUsd - small.naiveCostUsd) < 1e-12);
    QVERIFY(small.summary().contains(QStringLiteral("below the provider's minimum")));

    // Forty agents with real descriptions: cached once, read by the other five requests.
    TriggerAgents many;
    for (int i = 0; i < 40; ++i) {
        many.append(TriggerAgent::make(QStringLiteral("agent-%1").arg(i),
            QStringLiteral("Handles the %1th kind of task: reviews, plans, tests and documents "
                           "changes to the %1th subsystem when the user asks.")
                .arg(i)));
    }
    const ModelRouter::Estimate e = router.estimate(many, twoPrompts());
    QVERIFY(e.listingTokens >= 1024);
    QVERIFY(e.cacheable);
    QCOMPARE(e.cacheWriteTokens, e.listingTokens); // written once
    QCOMPARE(e.cacheReadTokens, 5 * e.listingTokens); // read by the five others
    QVERIFY(e.costUsd > 0);
    QVERIFY(e.costUsd < e.naiveCostUsd / 2);
    QVERIFY(e.summary().contains(QStringLiteral("6 requests")));
    QCOMPARE(ModelRouter::minimumCacheableTokens(QStringLiteral("claude-haiku-4-5")), 2048);
}

void TestModelRouter::messageBatch()
{
    const QByteArray created = R"({"id":"msgbatch_1","type":"message_batch","processing_status":"in_progress"})";
    const QByteArray running
        = R"({"id":"msgbatch_1","processing_status":"in_progress","request_counts":{"processing":2,"succeeded":0,"errored":0}})";
    const QByteArray ended = QByteArray(R"({"id":"msgbatch_1","processing_status":"ended","request_counts":)"
                                        R"({"processing":0,"succeeded":1,"errored":1},"results_url":")")
        + m_server.url(QStringLiteral("/v1/messages/batches/msgbatch_1/results")).toString().toUtf8() + "\"}";
    const QByteArray results
        = R"({"custom_id":"p1-s0","result":{"type":"errored","error":{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}}})"
          "\n"
          R"({"custom_id":"p0-s0","result":{"type":"succeeded","message":{"id":"m","type":"message","role":"assistant","content":[{"type":"text","text":"Delegating."},{"type":"tool_use","id":"t","name":"Agent","input":{"subagent_type":"reviewer"}}],"usage":{"input_tokens":10,"output_tokens":20,"cache_read_input_tokens":900,"cache_creation_input_tokens":0}}}})"
          "\n";
    m_server.setReply("POST", "/v1/messages/batches", ProviderTestServer::Reply::json(200, created));
    m_server.setReplies("GET", "/v1/messages/batches/msgbatch_1",
        { ProviderTestServer::Reply::json(200, running), ProviderTestServer::Reply::json(200, ended) });
    m_server.setReply("GET", "/v1/messages/batches/msgbatch_1/results", ProviderTestServer::Reply::json(200, results));
    ModelRouter::Settings s = settings();
    s.useBatch = true;
    s.batchPollIntervalMs = 10;
    s.inputPerMTok = 3;
    s.outputPerMTok = 15;
    QVERIFY(ModelRouter(s).estimate(agents(), twoPrompts()).batch);
    std::unique_ptr<ModelRouterJob> job = run(s, twoPrompts());
    QVERIFY(job);
    QVERIFY2(job->error() == TriggerJob::Error::None, qPrintable(job->errorString()));
    QCOMPARE(m_server.requestCount(), 4); // create, two polls, results
    const QJsonObject body = m_server.requests().first().json();
    const QJsonArray requests = body.value(QLatin1String("requests")).toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(QLatin1String("custom_id")).toString(), QStringLiteral("p0-s0"));
    const QJsonObject params = requests.at(0).toObject().value(QLatin1String("params")).toObject();
    QVERIFY(!params.contains(QLatin1String("stream")));
    QCOMPARE(params.value(QLatin1String("tools")).toArray().size(), 2);
    QCOMPARE(m_server.requests().first().header("x-api-key"), QByteArray("sk-test-secret-0123"));
    QCOMPARE(job->result().winnerName(0), QStringLiteral("reviewer"));
    QCOMPARE(job->result().winner(1), TriggerResult::None);
    QCOMPARE(job->invalidSamples(), 1); // the errored request
    QVERIFY(job->result().explain(1, 0).answers.join(QString()).contains(QStringLiteral("Overloaded")));
    QCOMPARE(job->usage().cacheReadInputTokens, 900);
}

QTEST_GUILESS_MAIN(TestModelRouter)
#include "tst_modelrouter.moc"
