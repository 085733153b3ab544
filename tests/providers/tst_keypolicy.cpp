#include "providers/keypolicy.h"
#include "providers/providerconfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace awb;

// Where requests and keys may go, and the provider settings that never hold a key.
class TestKeyPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urls_data();
    void urls();
    void keys_data();
    void keys();
    void defaultBaseUrls();
    void endpoints_data();
    void endpoints();
    void configJson();
    void retryBackoff();
};

void TestKeyPolicy::urls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<bool>("ok");
    QTest::newRow("https anywhere") << "https://api.anthropic.com/v1/messages" << QStringList() << true;
    QTest::newRow("http loopback v4") << "http://127.0.0.1:11434/api/chat" << QStringList() << true;
    QTest::newRow("http loopback 127.x") << "http://127.3.2.1:8080/v1" << QStringList() << true;
    QTest::newRow("http localhost") << "http://localhost:1234/v1" << QStringList() << true;
    QTest::newRow("http loopback v6") << "http://[::1]:8080/v1" << QStringList() << true;
    QTest::newRow("http lan refused") << "http://192.168.1.20:11434/api/chat" << QStringList() << false;
    QTest::newRow("http remote refused") << "http://api.example.com/v1" << QStringList() << false;
    QTest::newRow("http lan allowed") << "http://192.168.1.20:11434/api/chat" << QStringList { "192.168.1.20" } << true;
    QTest::newRow("allowed is exact") << "http://evil192.168.1.20.example/v1" << QStringList { "192.168.1.20" }
                                      << false;
    QTest::newRow("localhost lookalike") << "http://localhost.example.com/v1" << QStringList() << false;
    QTest::newRow("ftp refused") << "ftp://127.0.0.1/x" << QStringList() << false;
}

void TestKeyPolicy::urls()
{
    QFETCH(QString, url);
    QFETCH(QStringList, allowed);
    QFETCH(bool, ok);
    const auto verdict = KeyPolicy::checkUrl(QUrl(url), allowed);
    QCOMPARE(verdict.allowed, ok);
    QCOMPARE(verdict.reason.isEmpty(), ok);
}

void TestKeyPolicy::keys_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("keyHost");
    QTest::addColumn<bool>("ok");
    QTest::newRow("same host") << "https://api.anthropic.com/v1/messages"
                               << "api.anthropic.com" << true;
    QTest::newRow("case") << "https://API.Anthropic.com/v1/messages"
                          << "api.anthropic.com" << true;
    QTest::newRow("other host") << "https://api.anthropic.com.evil.example/v1/messages"
                                << "api.anthropic.com" << false;
    QTest::newRow("proxy") << "https://proxy.example.com/v1/messages"
                           << "api.anthropic.com" << false;
    QTest::newRow("no host recorded") << "https://api.anthropic.com/v1/messages"
                                      << "" << false;
    QTest::newRow("loopback key") << "http://127.0.0.1:9000/v1"
                                  << "127.0.0.1" << true;
}

void TestKeyPolicy::keys()
{
    QFETCH(QString, url);
    QFETCH(QString, keyHost);
    QFETCH(bool, ok);
    const auto verdict = KeyPolicy::checkKey(QUrl(url), { QStringLiteral("sk-123"), keyHost }, {});
    QCOMPARE(verdict.allowed, ok);
    QVERIFY(!verdict.reason.contains(QLatin1String("sk-123"))); // the key never appears in messages
}

void TestKeyPolicy::defaultBaseUrls()
{
    QCOMPARE(ProviderConfig::anthropic().baseUrl, QUrl(QStringLiteral("https://api.anthropic.com")));
    QCOMPARE(ProviderConfig::openai().baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    QCOMPARE(ProviderConfig::ollama().baseUrl, QUrl(QStringLiteral("http://127.0.0.1:11434")));
    QCOMPARE(ProviderConfig::anthropic().keyHost(), QStringLiteral("api.anthropic.com"));
    QVERIFY(!ProviderConfig::ollama().usesApiKey());
    QCOMPARE(ProviderConfig::kindFromName(QStringLiteral("OpenAI")), ProviderConfig::Kind::OpenAI);
    QVERIFY(!ProviderConfig::kindFromName(QStringLiteral("gemini")));
}

void TestKeyPolicy::endpoints_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");
    QTest::newRow("anthropic") << "https://api.anthropic.com"
                               << "/v1/messages"
                               << "https://api.anthropic.com/v1/messages";
    QTest::newRow("trailing slash") << "https://api.anthropic.com/"
                                    << "/v1/messages"
                                    << "https://api.anthropic.com/v1/messages";
    QTest::newRow("openai") << "https://api.openai.com/v1"
                            << "/chat/completions"
                            << "https://api.openai.com/v1/chat/completions";
    QTest::newRow("openrouter") << "https://openrouter.ai/api/v1/"
                                << "/models"
                                << "https://openrouter.ai/api/v1/models";
    QTest::newRow("ollama") << "http://127.0.0.1:11434"
                            << "/api/chat"
                            << "http://127.0.0.1:11434/api/chat";
}

void TestKeyPolicy::endpoints()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, expected);
    ProviderConfig config;
    config.baseUrl = QUrl(base);
    QCOMPARE(config.endpoint(path), QUrl(expected));
}

void TestKeyPolicy::configJson()
{
    ProviderConfig config = ProviderConfig::openai();
    config.id = QStringLiteral("openrouter");
    config.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    config.extraHeaders = { { "X-Title", "Agent Workbench" } };
    config.allowedInsecureHosts = { QStringLiteral("10.0.0.5") };
    config.timeouts.idleMs = 1234;
    const QJsonObject json = config.toJson();
    QVERIFY(!QJsonDocument(json).toJson().contains("sk-"));
    QString error;
    const auto back = ProviderConfig::fromJson(json, &error);
    QVERIFY2(back.has_value(), qPrintable(error));
    QCOMPARE(*back, config);

    QJsonObject bad = json;
    bad.insert(QStringLiteral("kind"), QStringLiteral("gemini"));
    QVERIFY(!ProviderConfig::fromJson(bad, &error));
    QVERIFY(error.contains(QLatin1String("gemini")));
    bad = json;
    bad.insert(QStringLiteral("baseUrl"), QStringLiteral("file:///etc/passwd"));
    QVERIFY(!ProviderConfig::fromJson(bad, &error));
}

void TestKeyPolicy::retryBackoff()
{
    RetryPolicy policy;
    policy.initialDelayMs = 1000;
    policy.maxDelayMs = 8000;
    policy.jitter = 0.25;
    for (int round = 0; round < 50; ++round) {
        const int first = policy.backoffMs(1);
        QVERIFY(first >= 750 && first <= 1250);
        const int third = policy.backoffMs(3);
        QVERIFY(third >= 3000 && third <= 5000);
        const int capped = policy.backoffMs(10);
        QVERIFY(capped >= 6000 && capped <= 10000);
    }
    policy.jitter = 0;
    QCOMPARE(policy.backoffMs(2), 2000);
    QCOMPARE(policy.backoffMs(30), 8000);
}

QTEST_GUILESS_MAIN(TestKeyPolicy)
#include "tst_keypolicy.moc"
