#include "agent/agentdocument.h"
#include "agent/agentformatter.h"
#include "agent/frontmattereditor.h"
#include "library/agentfinder.h"

#include <QFile>
#include <QTest>

using namespace awb;

// Every real file: byte-identical round trip, formatting that reads the same, edits that touch one field.
class TestCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void files_data();
    void files();

private:
    QStringList m_files;
};

void TestCorpus::initTestCase()
{
    m_files = AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"));
    m_files += AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/compat/claude-code/cases"));
    QVERIFY2(m_files.size() >= 230, qPrintable(QString::number(m_files.size())));
}

void TestCorpus::files_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"))
        + AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/compat/claude-code/cases"));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f.section(QLatin1Char('/'), -2))) << f;
}

static QStringList linesOf(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

void TestCorpus::files()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const AgentDocument doc = AgentDocument::fromBytes(bytes, path);

    // Reading and writing an unmodified file gives the same bytes.
    QCOMPARE(doc.toBytes(), bytes);

    if (!doc.loads())
        return;

    // fmt: strict YAML, LF, same name/description/tools, idempotent.
    const AgentFormatter::Result formatted = AgentFormatter::format(doc);
    QVERIFY2(formatted.ok, qPrintable(formatted.errorString));
    QVERIFY(!formatted.text.contains(QLatin1Char('\r')));
    const AgentDocument strict = AgentDocument::fromText(formatted.text);
    QCOMPARE(strict.readMode(), AgentDocument::ReadMode::Strict);
    QCOMPARE(strict.name(), doc.name());
    QCOMPARE(strict.description(), doc.description());
    QCOMPARE(strict.toolsShown(), doc.toolsShown());
    QCOMPARE(strict.examples().size(), doc.examples().size());
    const AgentFormatter::Result again = AgentFormatter::format(strict);
    QVERIFY(again.ok);
    QCOMPARE(again.text, formatted.text);

    // Changing one field rewrites only that field's lines.
    const QString newModel = doc.model() == QLatin1String("opus") ? QStringLiteral("haiku") : QStringLiteral("opus");
    const QString edited = FrontmatterEditor::setField(doc.text(), QStringLiteral("model"),
                                                       YamlValue::makeString(newModel));
    const AgentDocument after = AgentDocument::fromText(edited);
    QVERIFY(after.loads());
    QCOMPARE(after.model(), newModel);
    QCOMPARE(after.name(), doc.name());
    QCOMPARE(after.description(), doc.description());
    QCOMPARE(after.toolsShown(), doc.toolsShown());
    QCOMPARE(after.body(), doc.body());
    const QStringList before = linesOf(doc.text());
    const QStringList now = linesOf(edited);
    int differing = 0;
    for (qsizetype i = 0; i < std::max(before.size(), now.size()); ++i) {
        if (before.value(i) != now.value(i))
            ++differing;
    }
    const int modelLines = doc.field(QStringLiteral("model")) ? 1 : 0;
    // Either the one model line changed, or one line was added before the closing fence (shifting the rest).
    if (modelLines == 1)
        QCOMPARE(differing, 1);
    else
        QCOMPARE(now.size(), before.size() + (doc.split().closedMidLine ? 2 : 1));

    // Writing the description back as it reads keeps what Claude Code sees.
    const QString rewritten = FrontmatterEditor::setField(doc.text(), QStringLiteral("description"),
                                                          YamlValue::makeString(doc.description()));
    const AgentDocument reread = AgentDocument::fromText(rewritten);
    QCOMPARE(reread.description(), doc.description());
    QCOMPARE(reread.name(), doc.name());
    QCOMPARE(reread.toolsShown(), doc.toolsShown());
}

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
