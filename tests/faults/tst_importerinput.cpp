#include "export/agentimporter.h"

#include <QDir>
#include <QTest>

using namespace awb;

// Every importer on the fuzzer's seeds and on the inputs it found: a result or an error with a
// message, never a crash or undefined behaviour (this runs under the sanitizers in CI too).
class TestImporterInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFormat_data();
    void everyFormat();
    void hugeJsonNumbers();
};

void TestImporterInput::everyFormat_data()
{
    QTest::addColumn<QByteArray>("bytes");
    for (const char *folder : { "seeds/agentimporter", "regressions/agentimporter" }) {
        const QDir dir(QStringLiteral(AWB_SOURCE_DIR "/tests/fuzz/") + QLatin1String(folder));
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QTest::newRow(qPrintable(QLatin1String(folder) + QLatin1Char('/') + name)) << f.readAll();
        }
    }
}

void TestImporterInput::everyFormat()
{
    QFETCH(QByteArray, bytes);
    int imported = 0;
    for (const ExportFormatInfo &info : ExportFormats::all()) {
        if (!info.importable)
            continue;
        const AgentImporter::Result r
            = AgentImporter::import(bytes, info.format, ExportFormats::relativePath(info.format, QStringLiteral("x")));
        QVERIFY2(r.ok || !r.errorString.isEmpty(), qPrintable(info.id));
        for (const ImportedAgent &a : r.agents) {
            QVERIFY(!a.fileName.contains(QLatin1Char('/')));
            QVERIFY(!a.agent.toClaudeMarkdown().isEmpty());
            ++imported;
        }
    }
    QVERIFY(imported > 0); // every input here is some format's agent
}

// Found by fuzz_agentimporter: a number too large for an integer was converted to one.
void TestImporterInput::hugeJsonNumbers()
{
    const QByteArray json = R"({"a": {"description": "d", "mcpServers": {"n": [1.5, 1e300, -5e40, 42, null]}}})";
    const AgentImporter::Result r = AgentImporter::import(json, ExportFormat::AgentsJson, QStringLiteral("a.json"));
    QVERIFY(r.ok);
    QCOMPARE(r.agents.size(), 1);
    const YamlValue *list = r.agents.first().agent.mcpServers.find(QStringLiteral("n"));
    QVERIFY(list);
    const QList<YamlValue> items = list->items();
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).text(), QStringLiteral("1.5"));
    QCOMPARE(items.at(1).text(), QStringLiteral("1e+300"));
    QCOMPARE(items.at(2).text(), QStringLiteral("-5e+40"));
    QCOMPARE(items.at(3).kind(), YamlValue::Kind::Int);
    QCOMPARE(items.at(3).toInt(), 42);
}

QTEST_GUILESS_MAIN(TestImporterInput)
#include "tst_importerinput.moc"
