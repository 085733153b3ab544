#include "highlight/agenthighlighter.h"
#include "highlight/highlighterfactory.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace awb;

// Golden files: data/NAME.md is highlighted and each line's spans are compared with
// data/NAME.golden. Set AWB_UPDATE_GOLDEN=1 to rewrite the goldens after a deliberate change.
class TestHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void golden_data();
    void golden();
    void factoryGivesBuiltIn();
    void retypingKeepsStatesConsistent();

private:
    static QString spans(QTextDocument &document);
};

static QString dataDir()
{
    return QStringLiteral(AWB_SOURCE_DIR "/tests/highlight/data");
}

QString TestHighlighter::spans(QTextDocument &document)
{
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QStringList parts;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const int kind = range.format.property(AgentHighlighter::KindProperty).toInt();
            parts.append(QStringLiteral("%1-%2 %3")
                             .arg(range.start)
                             .arg(range.start + range.length)
                             .arg(AgentHighlighter::kindName(AgentHighlighter::Kind(kind))));
        }
        lines.append(QStringLiteral("%1: %2").arg(block.blockNumber() + 1).arg(parts.join(QStringLiteral(", "))));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void TestHighlighter::golden_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(dataDir()).entryList({QStringLiteral("*.md")}, QDir::Files);
    QVERIFY(inputs.size() >= 8);
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input)) << input.chopped(3);
}

void TestHighlighter::golden()
{
    QFETCH(QString, name);
    QFile input(dataDir() + QLatin1Char('/') + name + QStringLiteral(".md"));
    QVERIFY(input.open(QIODevice::ReadOnly));
    QTextDocument document;
    document.setPlainText(QString::fromUtf8(input.readAll()));
    AgentHighlighter highlighter(&document);
    highlighter.rehighlight(); // attaching only schedules the first pass
    const QString actual = spans(document);

    const QString goldenPath = dataDir() + QLatin1Char('/') + name + QStringLiteral(".golden");
    if (qEnvironmentVariableIntValue("AWB_UPDATE_GOLDEN")) {
        QFile out(goldenPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(actual.toUtf8());
        return;
    }
    QFile golden(goldenPath);
    QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(goldenPath + QStringLiteral(" is missing")));
    const QStringList expected = QString::fromUtf8(golden.readAll()).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    QString diff;
    for (qsizetype i = 0; i < std::max(expected.size(), got.size()); ++i) {
        if (expected.value(i) != got.value(i))
            diff += QStringLiteral("-%1\n+%2\n").arg(expected.value(i), got.value(i));
    }
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("\n") + diff));
}

void TestHighlighter::factoryGivesBuiltIn()
{
    QTextDocument document;
    QSyntaxHighlighter *h = HighlighterFactory::create(&document, true);
    QVERIFY(h);
    QCOMPARE(h->document(), &document);
    if (QByteArray(HighlighterFactory::backendName()) == "built-in") {
        auto *agent = qobject_cast<AgentHighlighter *>(h);
        QVERIFY(agent);
        QVERIFY(agent->isDark());
    }
}

void TestHighlighter::retypingKeepsStatesConsistent()
{
    // Editing the closing fence away and back must re-highlight the following lines.
    QTextDocument document;
    document.setPlainText(QStringLiteral("---\nname: a\n---\n# Title\n"));
    document.documentLayout(); // edits reach highlighters only through a laid-out document, as in a view
    AgentHighlighter highlighter(&document);
    highlighter.rehighlight(); // attaching only schedules the first pass
    const QString before = spans(document);
    QTextCursor cursor(document.findBlockByNumber(2));
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("xx")); // the closing fence is gone
    QVERIFY2(spans(document).contains(QLatin1String("4: 0-7 comment")), qPrintable(spans(document))); // YAML now
    cursor.movePosition(QTextCursor::StartOfBlock);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.insertText(QStringLiteral("---"));
    QCOMPARE(spans(document), before);
}

QTEST_MAIN(TestHighlighter)
#include "tst_highlighter.moc"
