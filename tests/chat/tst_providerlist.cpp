#include "chat/providerlist.h"

#include <QTemporaryDir>
#include <QTest>

using namespace awb;

class TestProviderList : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void roundTripWithoutDetected();
    void uniqueIds();
    void rejects_data();
    void rejects();
};

void TestProviderList::defaults()
{
    const ProviderList list;
    QCOMPARE(list.configs().size(), 3);
    QCOMPARE(list.find(QStringLiteral("anthropic"))->baseUrl, QUrl(QStringLiteral("https://api.anthropic.com")));
    QCOMPARE(list.find(QStringLiteral("openai"))->baseUrl, QUrl(QStringLiteral("https://api.openai.com/v1")));
    QVERIFY(list.find(QStringLiteral("ollama")));
    QVERIFY(!list.find(QStringLiteral("nope")));
}

void TestProviderList::roundTripWithoutDetected()
{
    ProviderList list;
    ProviderConfig router = ProviderConfig::openai();
    router.id = QStringLiteral("openrouter");
    router.displayName = QStringLiteral("OpenRouter");
    router.baseUrl = QUrl(QStringLiteral("https://openrouter.ai/api/v1"));
    router.extraHeaders = { { "HTTP-Referer", "https://example.org" } };
    router.allowedInsecureHosts = { QStringLiteral("gpu-box.lan") };
    list.set(router);
    ProviderConfig found = ProviderConfig::ollama();
    found.id = QStringLiteral("lmstudio-1234");
    found.detected = true;
    list.set(found);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("providers.json"));
    QString error;
    QVERIFY2(list.save(path, &error), qPrintable(error));
    ProviderList read = ProviderList::empty();
    QVERIFY2(read.load(path, &error), qPrintable(error));
    QCOMPARE(read.configs().size(), 4); // the detected server is found again, not saved
    QCOMPARE(*read.find(QStringLiteral("openrouter")), router);
    QVERIFY(!read.find(QStringLiteral("lmstudio-1234")));

    QVERIFY(read.remove(QStringLiteral("openrouter")));
    QVERIFY(!read.remove(QStringLiteral("openrouter")));
    QCOMPARE(read.configs().size(), 3);
}

void TestProviderList::uniqueIds()
{
    ProviderList list;
    QCOMPARE(list.uniqueId(QStringLiteral("vllm")), QStringLiteral("vllm"));
    QCOMPARE(list.uniqueId(QStringLiteral("openai")), QStringLiteral("openai-2"));
    ProviderConfig second = ProviderConfig::openai();
    second.id = QStringLiteral("openai-2");
    list.set(second);
    QCOMPARE(list.uniqueId(QStringLiteral("openai")), QStringLiteral("openai-3"));
}

void TestProviderList::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("nope") << QStringLiteral("not JSON");
    QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})")
                                  << QStringLiteral("not a provider list");
    QTest::newRow("newer") << QByteArray(R"({"format":"agent-workbench-providers","version":2})")
                           << QStringLiteral("version 2 is not supported");
}

void TestProviderList::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    ProviderList list;
    QString error;
    QVERIFY(!list.loadJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(list.configs().size(), 3); // unchanged
}

QTEST_GUILESS_MAIN(TestProviderList)
#include "tst_providerlist.moc"
