#include "providerstreams.h"
#include "providertestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// `awb triggers` as CI runs it: a real process on real files; exit codes, JSON, CSV, HTML and bad input.
class TestTriggersCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonReport();
    void minAccuracy_data();
    void minAccuracy();
    void suiteOption();
    void formats();
    void badInput_data();
    void badInput();
    void embeddingUnreachable();
    void modelRouter();
    void baseline();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run awb(const QStringList &args);
    void write(const QString &path, const QByteArray &bytes);
    QTemporaryDir m_dir;
    QString m_project;
};

TestTriggersCli::Run TestTriggersCli::awb(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), QStringList { QStringLiteral("triggers") } + args);
    if (!p.waitForFinished(60000))
        qFatal("awb did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

void TestTriggersCli::write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(bytes);
}

// A project with three agents (one example each) and a stored suite: one prompt for none, one that the
// writer steals from the deployer.
void TestTriggersCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(AWB_BINARY_DIR "/bin/awb")));
    m_project = m_dir.filePath(QStringLiteral("project"));
    const QString agents = m_project + QStringLiteral("/.claude/agents/");
    write(agents + QStringLiteral("reviewer.md"),
        "---\nname: reviewer\ndescription: |\n  Reviews code for bugs and style problems.\n  <example>\n  user: "
        "\"Review "
        "my pull request for bugs\"\n  </example>\ntools: Read, Grep\n---\nYou review.\n");
    write(agents + QStringLiteral("deployer.md"),
        "---\nname: deployer\ndescription: |\n  Deploys services to servers and clusters.\n  <example>\n  user: "
        "\"Deploy the service to the staging servers\"\n  </example>\n---\nYou deploy.\n");
    write(agents + QStringLiteral("writer.md"),
        "---\nname: writer\ndescription: |\n  Writes documentation, guides and release notes.\n  <example>\n  user: "
        "\"Write release notes for the guides\"\n  </example>\n---\nYou write.\n");
    write(m_project + QStringLiteral("/.claude/agent-workbench/triggers.json"),
        R"({"format":"agent-workbench-trigger-suite","version":1,"prompts":[
              {"prompt":"What is the capital of France?","expected":null},
              {"prompt":"Write documentation about how we deploy","expected":"deployer"}]})");
}

void TestTriggersCli::jsonReport()
{
    const Run run = awb({ m_project, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.code, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(root.value(QLatin1String("router")).toString(), QStringLiteral("lexical"));
    const QJsonArray prompts = root.value(QLatin1String("prompts")).toArray();
    QCOMPARE(prompts.size(), 5); // 3 examples + 2 suite prompts
    QCOMPARE(root.value(QLatin1String("total")).toInt(), 5);
    const QJsonObject first = prompts.at(0).toObject();
    QCOMPARE(
        first.value(QLatin1String("prompt")).toString(), QStringLiteral("Deploy the service to the staging servers"));
    QCOMPARE(first.value(QLatin1String("expected")).toString(), QStringLiteral("deployer"));
    QCOMPARE(first.value(QLatin1String("source")).toString(), QStringLiteral("example"));
    QVERIFY(first.value(QLatin1String("margin")).isDouble());
    QCOMPARE(first.value(QLatin1String("top")).toArray().size(), 3);
    QVERIFY(first.value(QLatin1String("top")).toArray().at(0).toObject().value(QLatin1String("score")).isDouble());
    const QJsonObject france = prompts.at(3).toObject();
    QVERIFY(france.value(QLatin1String("expected")).isNull());
    QVERIFY(france.value(QLatin1String("winner")).isNull());
    QVERIFY(france.value(QLatin1String("correct")).toBool());
    const QJsonObject stolen = prompts.at(4).toObject();
    QCOMPARE(stolen.value(QLatin1String("winner")).toString(), QStringLiteral("writer"));
    QVERIFY(!stolen.value(QLatin1String("correct")).toBool());
    const double accuracy = root.value(QLatin1String("accuracy")).toDouble();
    int correct = 0;
    for (const QJsonValue &p : prompts)
        correct += p.toObject().value(QLatin1String("correct")).toBool() ? 1 : 0;
    QCOMPARE(accuracy, correct / 5.0);
    QVERIFY(accuracy < 1.0);
    QVERIFY(root.value(QLatin1String("libraryWeightTokens")).toInt() > 20);
    QCOMPARE(root.value(QLatin1String("confusion")).toObject().value(QLatin1String("labels")).toArray().size(), 4);
}

void TestTriggersCli::minAccuracy_data()
{
    QTest::addColumn<QString>("threshold");
    QTest::addColumn<int>("code");
    QTest::newRow("fraction met") << "0.2" << 0;
    QTest::newRow("percent met") << "20%" << 0;
    QTest::newRow("all required") << "1" << 1;
    QTest::newRow("percent missed") << "100%" << 1;
    QTest::newRow("not a number") << "lots" << 2;
    QTest::newRow("negative") << "-1" << 2;
}

void TestTriggersCli::minAccuracy()
{
    QFETCH(QString, threshold);
    QFETCH(int, code);
    const Run run = awb({ m_project, QStringLiteral("--min-accuracy"), threshold });
    QCOMPARE(run.code, code);
    if (code == 1)
        QVERIFY2(run.err.contains(QStringLiteral("below the minimum")), qPrintable(run.err));
    if (code != 2)
        QVERIFY(run.out.contains(QStringLiteral("Accuracy:")));
}

void TestTriggersCli::suiteOption()
{
    const QString csv = m_dir.filePath(QStringLiteral("suite.csv"));
    write(csv, "prompt,expected\n\"Review this diff, please\",reviewer\nTell me a joke,\n");
    Run run = awb({ m_project, QStringLiteral("--suite"), csv, QStringLiteral("--format"), QStringLiteral("json"),
        QStringLiteral("--no-examples") });
    QCOMPARE(run.code, 0);
    QJsonArray prompts = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("prompts")).toArray();
    QCOMPARE(prompts.size(), 2);
    QCOMPARE(
        prompts.at(0).toObject().value(QLatin1String("prompt")).toString(), QStringLiteral("Review this diff, please"));
    QCOMPARE(prompts.at(0).toObject().value(QLatin1String("winner")).toString(), QStringLiteral("reviewer"));

    const QString text = m_dir.filePath(QStringLiteral("suite.txt"));
    write(text, "Deploy it to the cluster\tdeployer\nNothing to see here\n");
    run = awb({ m_project, QStringLiteral("--suite"), text, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.code, 0);
    prompts = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("prompts")).toArray();
    QCOMPARE(prompts.size(), 5); // examples join
    QCOMPARE(prompts.at(3).toObject().value(QLatin1String("expected")).toString(), QStringLiteral("deployer"));
}

void TestTriggersCli::formats()
{
    Run run = awb({ m_project, QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.startsWith(
        QStringLiteral("prompt,expected,winner,correct,margin,score:deployer,score:reviewer,score:writer\r\n")));
    QCOMPARE(run.out.count(QStringLiteral("\r\n")), 6);

    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    run = awb({ m_project, QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--output"), html });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.isEmpty());
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray page = f.readAll();
    QVERIFY(page.startsWith("<!DOCTYPE html>"));
    QVERIFY(page.contains("Write documentation about how we deploy"));
    QVERIFY(!page.contains("src=\"http")); // self-contained
    QVERIFY(!page.contains("href=\"http"));

    run = awb({ m_project });
    QCOMPARE(run.code, 0);
    QVERIFY(run.out.contains(QStringLiteral("Mistakes")));
    QVERIFY(run.out.contains(QStringLiteral("deployer -> writer")));
    // Why, in words: what the winner matched and what the expected agent matched.
    QVERIFY2(run.out.contains(QStringLiteral("writer matched: writes, documentation")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("deployer matched: deployer")));
}

void TestTriggersCli::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no library") << QStringList {} << "one library folder";
    QTest::newRow("missing folder") << QStringList { "/nonexistent/project" } << "no such folder";
    QTest::newRow("unknown router") << QStringList { "PROJECT", "--router", "magic" } << "unknown router";
    QTest::newRow("unknown format") << QStringList { "PROJECT", "--format", "xml" } << "unknown format";
    QTest::newRow("bad threshold") << QStringList { "PROJECT", "--threshold", "2" } << "--threshold";
    QTest::newRow("missing suite") << QStringList { "PROJECT", "--suite", "/nonexistent/s.csv" } << "cannot read";
    QTest::newRow("broken csv") << QStringList { "PROJECT", "--suite", "BROKEN" } << "never closed";
    QTest::newRow("no prompts") << QStringList { "PROJECT", "--suite", "EMPTY", "--no-examples" } << "no prompts";
    QTest::newRow("unwritable output") << QStringList { "PROJECT", "--output", "/nonexistent/dir/r.json" }
                                       << "cannot write";
}

void TestTriggersCli::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QString broken = m_dir.filePath(QStringLiteral("broken.csv"));
    write(broken, "prompt,expected\n\"never closed,x\n");
    const QString empty = m_dir.filePath(QStringLiteral("empty.txt"));
    write(empty, "# nothing\n");
    for (QString &arg : args) {
        arg.replace(QStringLiteral("PROJECT"), m_project);
        if (arg == QLatin1String("BROKEN"))
            arg = broken;
        if (arg == QLatin1String("EMPTY"))
            arg = empty;
    }
    const Run run = awb(args);
    QCOMPARE(run.code, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestTriggersCli::embeddingUnreachable()
{
    // A port that was just free: nothing listens there.
    quint16 port = 0;
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        port = server.serverPort();
    }
    QTemporaryDir cache;
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CACHE_HOME"), cache.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"),
        { QStringLiteral("triggers"), m_project, QStringLiteral("--router"), QStringLiteral("embedding"),
            QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:%1/v1").arg(port) });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("embedding run failed")));
}

// The model router end to end: awb in its own process, the provider test server in this one (so the
// process is awaited with a signal, not a blocking wait).
void TestTriggersCli::modelRouter()
{
    using awb::test::ProviderStreams;
    using awb::test::ProviderTestServer;
    ProviderTestServer server;
    QVERIFY(server.listen());
    const auto call = [](const QString &tool, const QString &json) {
        return ProviderTestServer::Reply::sse(ProviderStreams::anthropicToolUse(
            QString(), QStringLiteral("toolu_1"), tool, { json }, { 20, 40, 1500, 0 }));
    };
    const auto agent = [&](const QString &name) {
        return call(QStringLiteral("Agent"), QStringLiteral("{\"subagent_type\":\"%1\"}").arg(name));
    };
    // One sample per prompt, one at a time, in suite order: the three examples, France, the stolen prompt.
    server.setReplies("POST", "/v1/messages",
        { agent(QStringLiteral("deployer")), agent(QStringLiteral("reviewer")), agent(QStringLiteral("writer")),
            call(QStringLiteral("NoDelegation"), QStringLiteral("{\"reason\":\"trivia\"}")),
            agent(QStringLiteral("writer")) });
    QTemporaryDir home;
    const auto start = [&](const QStringList &extra) {
        auto *p = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-test-secret-0123"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        p->setProcessEnvironment(env);
        p->start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"),
            QStringList { QStringLiteral("triggers"), m_project, QStringLiteral("--router"), QStringLiteral("model"),
                QStringLiteral("--base-url"), server.url().toString(), QStringLiteral("--model"),
                QStringLiteral("claude-test-1"), QStringLiteral("--samples"), QStringLiteral("1"),
                QStringLiteral("--concurrency"), QStringLiteral("1") }
                + extra);
        return p;
    };

    QProcess *estimate = start({ QStringLiteral("--estimate") });
    QSignalSpy estimated(estimate, &QProcess::finished);
    QVERIFY(estimated.wait(60000));
    QCOMPARE(estimate->exitCode(), 0);
    QVERIFY(QString::fromUtf8(estimate->readAllStandardError()).contains(QStringLiteral("5 requests to make")));
    QCOMPARE(server.requestCount(), 0);

    QProcess *run = start({ QStringLiteral("--format"), QStringLiteral("json") });
    QSignalSpy finished(run, &QProcess::finished);
    QVERIFY(finished.wait(60000));
    const QString err = QString::fromUtf8(run->readAllStandardError());
    QVERIFY2(run->exitCode() == 0, qPrintable(err));
    QCOMPARE(server.requestCount(), 5);
    QCOMPARE(server.lastRequest().header("x-api-key"), QByteArray("sk-test-secret-0123"));
    const QJsonObject root = QJsonDocument::fromJson(run->readAllStandardOutput()).object();
    QCOMPARE(root.value(QLatin1String("router")).toString(), QStringLiteral("model"));
    QCOMPARE(root.value(QLatin1String("accuracy")).toDouble(), 0.8);
    QVERIFY(root.value(QLatin1String("prompts")).toArray().at(3).toObject().value(QLatin1String("winner")).isNull());
    QVERIFY2(err.contains(QStringLiteral("5 requests, 0 samples from the cache")), qPrintable(err));
    QVERIFY(err.contains(QStringLiteral("7500 cache reads")));
    QVERIFY(!err.contains(QStringLiteral("sk-test-secret")));

    // Again: all answers come from the cache; nothing is sent.
    server.clearRequests();
    QProcess *again = start({});
    QSignalSpy againFinished(again, &QProcess::finished);
    QVERIFY(againFinished.wait(60000));
    QCOMPARE(again->exitCode(), 0);
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(QString::fromUtf8(again->readAllStandardError()).contains(QStringLiteral("5 samples from the cache")));
}

// Before and after an edit: the JSON of one run is the baseline of the next, which lists the flips.
void TestTriggersCli::baseline()
{
    const QString before = m_dir.filePath(QStringLiteral("before.json"));
    Run run
        = awb({ m_project, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), before });
    QCOMPARE(run.code, 0);
    // The deployer now mentions documentation of deployments: the stolen prompt comes back.
    const QString deployer = m_project + QStringLiteral("/.claude/agents/deployer.md");
    QFile original(deployer);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray kept = original.readAll();
    original.close();
    write(deployer,
        "---\nname: deployer\ndescription: |\n  Deploys services to servers and clusters, and documents how we "
        "deploy: deployment documentation about every deploy.\n  <example>\n  user: \"Deploy the service to the "
        "staging servers\"\n  </example>\n---\nYou deploy.\n");
    run = awb({ m_project, QStringLiteral("--baseline"), before });
    write(deployer, kept);
    QCOMPARE(run.code, 0);
    QVERIFY2(run.out.contains(QStringLiteral("changed winner (1 fixed, 0 broken)")), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("fixed  \"Write documentation about how we deploy\"  writer -> deployer")));

    run = awb({ m_project, QStringLiteral("--baseline"), before, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(run.code, 0);
    const QJsonObject diff = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("diff")).toObject();
    QCOMPARE(diff.value(QLatin1String("flips")).toArray().size(), 0); // the file is back as it was

    const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
    write(bad, "[1,2]");
    run = awb({ m_project, QStringLiteral("--baseline"), bad });
    QCOMPARE(run.code, 2);
    QVERIFY(run.err.contains(QStringLiteral("not a JSON trigger report")));
}

QTEST_GUILESS_MAIN(TestTriggersCli)
#include "tst_triggerscli.moc"
