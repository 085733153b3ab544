#include "agent/modelaliases.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace awb::test;

// `awb chat` as a user runs it, against the local provider test server: reply on stdout,
// everything else on stderr, exit status by completeness.
class TestChatCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void anthropicReply();
    void modelOption();
    void thinkingGoesToStderr();
    void openAi();
    void ollama();
    void droppedReplyFails();
    void cutAtMaxTokens();
    void authenticationError();
    void retriesShown();
    void badInput_data();
    void badInput();
    void missingKey();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QString err;
    };
    Run chat(const QStringList &args, const QProcessEnvironment &env = {});
    QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QString m_agent;
    std::unique_ptr<ProviderTestServer> m_server;
};

void TestChatCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(AWB_BINARY_DIR "/bin/awb")));
    m_agent = m_dir.filePath(QStringLiteral("reviewer.md"));
    QFile file(m_agent);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\nname: reviewer\ndescription: Reviews code. Use proactively after edits.\nmodel: sonnet\n---\n"
               "You are a careful code reviewer.\n");
}

void TestChatCli::init()
{
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
}

QProcessEnvironment TestChatCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ANTHROPIC_API_KEY"));
    env.remove(QStringLiteral("OPENAI_API_KEY"));
    // No keychain in these runs: a key comes from the environment or not at all.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/awb-no-bus"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    return env;
}

TestChatCli::Run TestChatCli::chat(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env.isEmpty() ? environment() : env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), QStringList { QStringLiteral("chat") } + args);
    // The server lives in this process, so wait with the event loop running.
    if (!finished.wait(60000))
        qFatal("awb chat did not finish");
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
        QString::fromUtf8(process.readAllStandardError()) };
}

void TestChatCli::anthropicReply()
{
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(ProviderStreams::anthropicText(
        { QStringLiteral("Looks "), QStringLiteral("good "), QStringLiteral("to me: ✓") }, { 11, 5, 2, 0 }));
    reply.splitEvery(25);
    reply.delayMs = 2;
    m_server->setReply("POST", "/v1/messages", reply);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-from-env"));
    const Run run = chat(
        { m_agent, QStringLiteral("Review my change"), QStringLiteral("--base-url"), m_server->url().toString() }, env);
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("Looks good to me: \xE2\x9C\x93\n"));
    QVERIFY2(
        run.err.contains(QLatin1String("[usage] input 11 (+2 cache read, +0 cache write), output 5; stop end_turn")),
        qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("request req_test_0001")));
    QVERIFY(!run.err.contains(QLatin1String("sk-from-env")));
    const auto sent = m_server->lastRequest();
    QCOMPARE(sent.header("x-api-key"), QByteArray("sk-from-env"));
    QCOMPARE(sent.json().value(QLatin1String("system")).toString(), QStringLiteral("You are a careful code reviewer."));
    QCOMPARE(sent.json().value(QLatin1String("model")).toString(),
        awb::ModelAliases::defaults().resolve(QStringLiteral("sonnet")));
    const QJsonObject first = sent.json().value(QLatin1String("messages")).toArray().at(0).toObject();
    QCOMPARE(first.value(QLatin1String("content")).toArray().at(0).toObject().value(QLatin1String("text")).toString(),
        QStringLiteral("Review my change"));
}

void TestChatCli::modelOption()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("ok") }, { 1, 1 })));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-x"));
    const Run run = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--model"), QStringLiteral("haiku"),
                             QStringLiteral("--base-url"), m_server->url().toString(), QStringLiteral("--max-tokens"),
                             QStringLiteral("77") },
        env);
    QCOMPARE(run.code, 0);
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("model")).toString(),
        awb::ModelAliases::defaults().resolve(QStringLiteral("haiku")));
    QCOMPARE(m_server->lastRequest().json().value(QLatin1String("max_tokens")).toInt(), 77);
}

void TestChatCli::thinkingGoesToStderr()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(ProviderStreams::anthropicText({ QStringLiteral("Answer") }, { 1, 1 },
            QStringLiteral("end_turn"), { QStringLiteral("pondering deeply") })));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-x"));
    const Run run = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--thinking"), QStringLiteral("1024"),
                             QStringLiteral("--base-url"), m_server->url().toString() },
        env);
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("Answer\n"));
    QVERIFY(run.err.contains(QLatin1String("pondering deeply")));
    QCOMPARE(m_server->lastRequest()
                 .json()
                 .value(QLatin1String("thinking"))
                 .toObject()
                 .value(QLatin1String("budget_tokens"))
                 .toInt(),
        1024);
}

void TestChatCli::openAi()
{
    m_server->setReply("POST", "/v1/chat/completions",
        ProviderTestServer::Reply::sse(
            ProviderStreams::openAiText({ QStringLiteral("Hi "), QStringLiteral("there") }, { 7, 2 })));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-openai-env"));
    const Run run = chat({ m_agent, QStringLiteral("hello"), QStringLiteral("--provider"), QStringLiteral("openai"),
                             QStringLiteral("--model"), QStringLiteral("gpt-test"), QStringLiteral("--base-url"),
                             m_server->url(QStringLiteral("/v1")).toString() },
        env);
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("Hi there\n"));
    QCOMPARE(m_server->lastRequest().header("authorization"), QByteArray("Bearer sk-openai-env"));
    QCOMPARE(m_server->lastRequest()
                 .json()
                 .value(QLatin1String("messages"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("content"))
                 .toString(),
        QStringLiteral("You are a careful code reviewer."));
}

void TestChatCli::ollama()
{
    m_server->setReply("POST", "/api/chat",
        ProviderTestServer::Reply::ndjson(
            ProviderStreams::ollamaText({ QStringLiteral("Local "), QStringLiteral("reply") }, { 3, 2 }, 1000)));
    const Run run = chat({ m_agent, QStringLiteral("hello"), QStringLiteral("--provider"), QStringLiteral("ollama"),
        QStringLiteral("--model"), QStringLiteral("llama-test:1b"), QStringLiteral("--base-url"),
        m_server->url().toString() });
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("Local reply\n"));
    QVERIFY(run.err.contains(QLatin1String("[usage] input 3, output 2")));
    QVERIFY(!m_server->lastRequest().hasHeader("authorization"));
}

void TestChatCli::droppedReplyFails()
{
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(
        ProviderStreams::anthropicUnfinished({ QStringLiteral("Half of it") }, { 1, 1 }));
    reply.end = ProviderTestServer::Reply::End::Drop;
    m_server->setReply("POST", "/v1/messages", reply);
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-x"));
    const Run run
        = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--base-url"), m_server->url().toString() }, env);
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QByteArray("Half of it\n")); // what arrived is kept
    QVERIFY(run.err.contains(QLatin1String("connection-dropped")));
    QVERIFY(run.err.contains(QLatin1String("incomplete")));
}

void TestChatCli::cutAtMaxTokens()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::sse(
            ProviderStreams::anthropicText({ QStringLiteral("Trunc") }, { 1, 1 }, QStringLiteral("max_tokens"))));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-x"));
    const Run run
        = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--base-url"), m_server->url().toString() }, env);
    QCOMPARE(run.code, 1);
    QCOMPARE(run.out, QByteArray("Trunc\n"));
    QVERIFY(run.err.contains(QLatin1String("--max-tokens")));
}

void TestChatCli::authenticationError()
{
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(401,
            ProviderStreams::anthropicErrorBody(
                QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"))));
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-wrong"));
    const Run run
        = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--base-url"), m_server->url().toString() }, env);
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(QLatin1String("did not accept the API key")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("invalid x-api-key")));
    QVERIFY(!run.err.contains(QLatin1String("sk-wrong")));
}

void TestChatCli::retriesShown()
{
    ProviderTestServer::Reply limited = ProviderTestServer::Reply::json(
        429, ProviderStreams::anthropicErrorBody(QStringLiteral("rate_limit_error"), QStringLiteral("slow down")));
    limited.header("retry-after", "0");
    m_server->setReplies("POST", "/v1/messages",
        { limited,
            ProviderTestServer::Reply::sse(
                ProviderStreams::anthropicText({ QStringLiteral("after retry") }, { 1, 1 })) });
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-x"));
    const Run run
        = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--base-url"), m_server->url().toString() }, env);
    QCOMPARE(run.code, 0);
    QCOMPARE(run.out, QByteArray("after retry\n"));
    QVERIFY2(run.err.contains(QLatin1String("[retry]")) && run.err.contains(QLatin1String("Attempt 2")),
        qPrintable(run.err));
    QCOMPARE(m_server->requestCount(), 2);
}

void TestChatCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no message") << QStringList { QStringLiteral("AGENT") } << "give the agent file and one message";
    QTest::newRow("unknown provider") << QStringList { QStringLiteral("AGENT"), QStringLiteral("hi"),
        QStringLiteral("--provider"), QStringLiteral("gemini") }
                                      << "unknown provider 'gemini'";
    QTest::newRow("bad base url") << QStringList { QStringLiteral("AGENT"), QStringLiteral("hi"),
        QStringLiteral("--base-url"), QStringLiteral("ftp://x") }
                                  << "is not an http(s) URL";
    QTest::newRow("alias for openai") << QStringList { QStringLiteral("AGENT"), QStringLiteral("hi"),
        QStringLiteral("--provider"), QStringLiteral("openai") }
                                      << "give --model for openai";
    QTest::newRow("missing file") << QStringList { QStringLiteral("/nonexistent/agent.md"), QStringLiteral("hi") }
                                  << "agent.md";
    QTest::newRow("bad max tokens") << QStringList { QStringLiteral("AGENT"), QStringLiteral("hi"),
        QStringLiteral("--max-tokens"), QStringLiteral("lots") }
                                    << "--max-tokens";
    QTest::newRow("empty message") << QStringList { QStringLiteral("AGENT"), QStringLiteral("  ") }
                                   << "the message is empty";
}

void TestChatCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    args.replaceInStrings(QStringLiteral("AGENT"), m_agent);
    const Run run = chat(args);
    QCOMPARE(run.code, 2);
    QCOMPARE(run.out, QByteArray());
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestChatCli::missingKey()
{
    // No environment key and no keychain service: the person is told what to set; nothing is sent.
    const Run run = chat({ m_agent, QStringLiteral("hi"), QStringLiteral("--base-url"),
        QStringLiteral("https://api.anthropic.invalid") });
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(QLatin1String("ANTHROPIC_API_KEY")), qPrintable(run.err));
    QVERIFY(run.err.contains(QLatin1String("missing-key")));
}

QTEST_GUILESS_MAIN(TestChatCli)
#include "tst_chatcli.moc"
