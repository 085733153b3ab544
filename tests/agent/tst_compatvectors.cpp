#include "agent/agentdocument.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace awb;

// Every vector taken from the real Claude Code CLI must read the same here.
class TestCompatVectors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loaded_data();
    void loaded();
    void skipped_data();
    void skipped();

private:
    static QString casesDir() { return QStringLiteral(AWB_SHARED_DIR "/compat/claude-code/cases/"); }
    static QJsonObject expected();
};

QJsonObject TestCompatVectors::expected()
{
    QFile file(QStringLiteral(AWB_SHARED_DIR "/compat/claude-code/expected.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s: the shared folder must sit beside the project", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

void TestCompatVectors::loaded_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("toolsShown");
    const QJsonObject loaded = expected().value(QLatin1String("loaded")).toObject();
    QVERIFY(loaded.size() >= 20);
    for (auto it = loaded.begin(); it != loaded.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        QTest::newRow(qPrintable(it.key())) << it.key() << o.value(QLatin1String("name")).toString()
                                            << o.value(QLatin1String("description")).toString()
                                            << o.value(QLatin1String("tools_shown")).toString();
    }
}

void TestCompatVectors::loaded()
{
    QFETCH(QString, file);
    QFETCH(QString, name);
    QFETCH(QString, description);
    QFETCH(QString, toolsShown);
    const AgentDocument doc = AgentDocument::fromFile(casesDir() + file);
    QVERIFY2(doc.ioError().isEmpty(), qPrintable(doc.ioError()));
    QVERIFY2(doc.loads(), qPrintable(doc.skipMessage()));
    QCOMPARE(doc.name(), name);
    QCOMPARE(doc.description(), description);
    QCOMPARE(doc.toolsShown(), toolsShown);
    QCOMPARE(doc.listingLine(), QStringLiteral("- %1: %2 (Tools: %3)").arg(name, description, toolsShown));
}

void TestCompatVectors::skipped_data()
{
    QTest::addColumn<QString>("file");
    const QJsonArray skipped = expected().value(QLatin1String("skipped")).toArray();
    QVERIFY(!skipped.isEmpty());
    for (const QJsonValue &v : skipped) {
        const QJsonObject o = v.toObject();
        // A same-name duplicate is a library-level collision, not a file Claude Code rejects.
        if (o.contains(QLatin1String("why")))
            continue;
        const QString file = o.value(QLatin1String("file")).toString();
        QTest::newRow(qPrintable(file)) << file;
    }
}

void TestCompatVectors::skipped()
{
    QFETCH(QString, file);
    const AgentDocument doc = AgentDocument::fromFile(casesDir() + file);
    QVERIFY2(doc.ioError().isEmpty(), qPrintable(doc.ioError()));
    QVERIFY2(!doc.loads(), qPrintable(QStringLiteral("loads as ") + doc.listingLine()));
    QVERIFY(!doc.skipMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestCompatVectors)
#include "tst_compatvectors.moc"
