#include "agent/agentdocument.h"
#include "agent/agentformatter.h"
#include "agent/agentlinter.h"

#include <QDir>
#include <QTest>

using namespace awb;

// Input built to hurt: each must read, lint and format to a clear answer, never hang or crash.
// Files that the fuzzer found go to data/fuzz/ and are read here too.
class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inputs_data();
    void inputs();
};

static QByteArray laughs()
{
    QByteArray s("---\nname: a\ndescription: d\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; ++i) {
        s += "a" + QByteArray::number(i) + ": &a" + QByteArray::number(i) + " [";
        for (int k = 0; k < 10; ++k)
            s += (k ? ", *a" : "*a") + QByteArray::number(i - 1);
        s += "]\n";
    }
    return s + "---\nbody\n";
}

void TestHostileInput::inputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("loads"); // 1, 0, or -1 for "either"
    QTest::newRow("billion laughs") << laughs() << 0;
    QTest::newRow("deep flow nesting") << "---\nname: a\ndescription: d\nx: " + QByteArray(100000, '[') + "\n---\n" << 1; // the retry quotes it
    QTest::newRow("deep block nesting") << []() -> QByteArray {
        QByteArray s("---\nname: a\ndescription: d\nx:\n");
        for (int i = 1; i < 3000; ++i)
            s += QByteArray(i, ' ') + "k:\n";
        return s + "---\n";
    }() << -1;
    QTest::newRow("many keys") << []() -> QByteArray {
        QByteArray s("---\nname: a\ndescription: d\n");
        for (int i = 0; i < 20000; ++i)
            s += "k" + QByteArray::number(i) + ": v\n";
        return s + "---\nb\n";
    }() << 1;
    QTest::newRow("one huge line") << "---\nname: a\ndescription: " + QByteArray(3 * 1024 * 1024, 'x') + "\n---\nb" << 1;
    QTest::newRow("huge body") << "---\nname: a\ndescription: d\n---\n" + QByteArray(3 * 1024 * 1024, '#') << 1;
    QTest::newRow("dashes everywhere") << QByteArray(200000, '-') << 0;
    QTest::newRow("fences only") << QByteArray("---\n---\n---\n---\n") << 0;
    QTest::newRow("cr only") << QByteArray("---\rname: a\rdescription: d\r---\rbody") << 0;
    QTest::newRow("invalid utf8") << QByteArray("---\nname: \xff\xfe\xc0\x80\ndescription: \xed\xa0\x80\n---\n") << 1;
    QTest::newRow("nul bytes") << QByteArray("---\nname: a\0b\ndescription: d\n---\n", 30) << -1;
    QTest::newRow("tabs as indentation") << QByteArray("---\nname: a\ndescription:\n\t- x\n---\n") << 0;
    QTest::newRow("unknown alias") << QByteArray("---\nname: *nothing\ndescription: d\n---\n") << 1; // quoted by the retry
    QTest::newRow("self reference") << QByteArray("---\nname: &a [*a]\ndescription: d\n---\n") << 0;
    QTest::newRow("tags") << QByteArray("---\nname: !!binary aGVsbG8=\ndescription: !custom d\n---\n") << -1;
    QTest::newRow("directive") << QByteArray("---\n%YAML 1.1\n---\nname: a\n") << -1;
    const QDir fuzz(QStringLiteral(AWB_SOURCE_DIR "/tests/agent/data/fuzz"));
    for (const QString &name : fuzz.entryList(QDir::Files)) {
        QFile f(fuzz.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            QTest::newRow(qPrintable(QStringLiteral("fuzz/") + name)) << f.readAll() << -1;
    }
}

void TestHostileInput::inputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, loads);
    const AgentDocument doc = AgentDocument::fromBytes(bytes);
    if (loads >= 0)
        QCOMPARE(doc.loads(), loads == 1);
    if (!doc.loads())
        QVERIFY(!doc.skipMessage().isEmpty());
    const Diagnostics diagnostics = AgentLinter::check(doc);
    for (const Diagnostic &d : diagnostics) {
        QVERIFY(!d.message.isEmpty());
        if (d.fix.isValid())
            QVERIFY(d.fix.start >= 0 && d.fix.start + d.fix.length <= doc.text().size());
    }
    const AgentFormatter::Result formatted = AgentFormatter::format(doc);
    if (formatted.ok) {
        const AgentDocument again = AgentDocument::fromText(formatted.text);
        QCOMPARE(again.name(), doc.name());
        QCOMPARE(again.description(), doc.description());
    } else {
        QVERIFY(!formatted.errorString.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
