#include "agent/plaintooltip.h"
#include "triggers/agentmetricsmodel.h"
#include "triggers/confusionmodel.h"
#include "triggers/lexicalrouter.h"
#include "triggers/triggerheatmapmodel.h"
#include "triggers/triggersuite.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument> // Qt::mightBeRichText

using namespace awb;

// The models the Triggers pane draws, checked by QAbstractItemModelTester through resets and live updates.
class TestTriggerModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heatmap();
    void heatmapLiveUpdateKeepsShape();
    void confusion();
    void agentMetrics();
    void toolTipsShowTheTextAsWritten_data();
    void toolTipsShowTheTextAsWritten();

private:
    static TriggerResult run();
};

TriggerResult TestTriggerModels::run()
{
    const TriggerAgents agents { TriggerAgent::make(
                                     QStringLiteral("reviewer"), QStringLiteral("Reviews code for bugs and style.")),
        TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys services to servers.")),
        TriggerAgent::make(QStringLiteral("writer"), QStringLiteral("Writes documentation and guides.")) };
    const TriggerPrompts prompts { TriggerPrompt::user(QStringLiteral("review this code"), QStringLiteral("reviewer")),
        TriggerPrompt::user(QStringLiteral("deploy to the servers"), QStringLiteral("deployer")),
        TriggerPrompt::user(QStringLiteral("write documentation for the deploy"), QStringLiteral("deployer")),
        TriggerPrompt::user(QStringLiteral("what time is it")) };
    LexicalRouter router;
    router.setThreshold(0.05);
    return router.run(agents, prompts);
}

void TestTriggerModels::heatmap()
{
    TriggerHeatmapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const TriggerResult result = run();
    model.setResult(result);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("reviewer"));
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("what time is it"));
    const QModelIndex cell = model.index(0, 0);
    QCOMPARE(cell.data(TriggerHeatmapModel::ScoreRole).toFloat(), result.score(0, 0));
    QVERIFY(cell.data(TriggerHeatmapModel::IsExpectedRole).toBool());
    QVERIFY(cell.data(TriggerHeatmapModel::IsWinnerRole).toBool());
    QVERIFY(!cell.data(TriggerHeatmapModel::IsMistakeRole).toBool());
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), QString::number(result.score(0, 0), 'f', 2));
    // Row 2 expects deployer; the writer takes it: a mistake in both cells.
    QCOMPARE(model.index(2, 2).data(TriggerHeatmapModel::WinnerRole).toString(), QStringLiteral("writer"));
    QVERIFY(model.index(2, 2).data(TriggerHeatmapModel::IsMistakeRole).toBool());
    QVERIFY(model.index(2, 1).data(TriggerHeatmapModel::IsMistakeRole).toBool());
    QVERIFY(!model.index(2, 0).data(TriggerHeatmapModel::IsMistakeRole).toBool());
    QVERIFY(!model.index(2, 0).data(TriggerHeatmapModel::RowCorrectRole).toBool());
    QCOMPARE(model.index(3, 0).data(TriggerHeatmapModel::ExpectedRole).toString(), QString());
    QCOMPARE(model.index(3, 0).data(TriggerHeatmapModel::WinnerRole).toString(), QString());
    QVERIFY(model.index(3, 0).data(TriggerHeatmapModel::RowCorrectRole).toBool());
    QVERIFY(model.roleNames().contains(TriggerHeatmapModel::ScoreRole));
    // A different shape resets.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setResult(TriggerResult({ QStringLiteral("x") }, { TriggerPrompt::user(QStringLiteral("y")) }));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.columnCount(), 1);
    model.setResult({});
    QCOMPARE(model.rowCount(), 0);
}

void TestTriggerModels::heatmapLiveUpdateKeepsShape()
{
    TriggerHeatmapModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TriggerResult result = run();
    model.setResult(result);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    result.setScore(0, 0, 0.0f);
    result.decide();
    model.setResult(result);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(0, 0).data(TriggerHeatmapModel::ScoreRole).toFloat(), 0.0f);
    model.setFlipped({ 0, 99 });
    QVERIFY(model.index(0, 1).data(TriggerHeatmapModel::FlippedRole).toBool());
    QVERIFY(model.headerData(0, Qt::Vertical, TriggerHeatmapModel::FlippedRole).toBool());
    QVERIFY(!model.index(1, 1).data(TriggerHeatmapModel::FlippedRole).toBool());
}

void TestTriggerModels::confusion()
{
    ConfusionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    const TriggerMetrics metrics(run());
    model.setMetrics(metrics);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(3, Qt::Vertical).toString(), QStringLiteral("(none)"));
    QCOMPARE(model.index(0, 0).data(ConfusionModel::CountRole).toInt(), 1);
    QCOMPARE(model.index(1, 2).data(ConfusionModel::CountRole).toInt(), 1); // deployer → writer
    QCOMPARE(model.index(1, 2).data(ConfusionModel::RowShareRole).toDouble(), 0.5);
    QCOMPARE(model.index(3, 3).data(Qt::DisplayRole).toString(), QStringLiteral("1"));
    QCOMPARE(model.index(0, 1).data(Qt::DisplayRole).toString(), QString()); // zero shows empty
    QVERIFY(model.index(2, 2).data(ConfusionModel::IsDiagonalRole).toBool());
}

void TestTriggerModels::agentMetrics()
{
    AgentMetricsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMetrics(TriggerMetrics(run()));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(AgentMetricsModel::ColumnCount));
    QCOMPARE(model.headerData(AgentMetricsModel::F1, Qt::Horizontal).toString(), QStringLiteral("F1"));
    QCOMPARE(model.index(1, AgentMetricsModel::Name).data().toString(), QStringLiteral("deployer"));
    QCOMPARE(model.index(1, AgentMetricsModel::Recall).data(AgentMetricsModel::ValueRole).toDouble(), 0.5);
    QCOMPARE(model.index(1, AgentMetricsModel::Recall).data().toString(), QStringLiteral("50%"));
    QCOMPARE(model.index(2, AgentMetricsModel::Steals).data().toInt(), 1);
    QCOMPARE(model.index(2, AgentMetricsModel::Steals).data(AgentMetricsModel::PromptRowsRole).value<QList<int>>(),
        QList<int> { 2 });
    QCOMPARE(model.index(1, AgentMetricsModel::Loses).data(AgentMetricsModel::PromptRowsRole).value<QList<int>>(),
        QList<int> { 2 });
    model.setMetrics({});
    QCOMPARE(model.rowCount(), 0);
}

// Prompts (from the agents' <example> blocks) and agent names are the agent author's text: every
// tooltip of the heatmap and the confusion matrix shows them as written.
void TestTriggerModels::toolTipsShowTheTextAsWritten_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("markup"); // Qt would take the tooltips for rich text
    QTest::newRow("ordinary") << QStringLiteral("reviewer") << QStringLiteral("review this code") << false;
    QTest::newRow("tags Qt does not know")
        << QStringLiteral("reviewer") << QStringLiteral("review <file> for <reason>") << false;
    QTest::newRow("markup") << QStringLiteral("<b>reviewer</b>")
                            << QStringLiteral("review <img src='file:///etc/passwd'> & <i>this</i> code") << true;
    QTest::newRow("entity") << QStringLiteral("a&lt;b") << QStringLiteral("review &lt;b&gt; code") << true;
}

void TestTriggerModels::toolTipsShowTheTextAsWritten()
{
    QFETCH(QString, name);
    QFETCH(QString, prompt);
    QFETCH(bool, markup);
    const QString description
        = QStringLiteral("Reviews code.\n\n<example>\nuser: \"%1\"\nassistant: \"I will review it.\"\n</example>")
              .arg(prompt);
    const TriggerAgents agents { TriggerAgent::make(name, description),
        TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys services to servers.")) };
    const TriggerPrompts prompts = TriggerSuite::examplePrompts(agents);
    QCOMPARE(prompts.size(), 1);
    QCOMPARE(prompts.first().text, prompt);
    LexicalRouter router;
    router.setThreshold(0.05);
    const TriggerResult result = router.run(agents, prompts);

    TriggerHeatmapModel heatmap;
    heatmap.setResult(result);
    QCOMPARE(heatmap.rowCount(), 1);
    const QString cell = QStringLiteral("%1\n%2: %3").arg(prompt, name).arg(result.score(0, 0), 0, 'f', 3);
    const QString row = heatmap.headerData(0, Qt::Vertical, Qt::AccessibleTextRole).toString();
    QVERIFY(row.startsWith(prompt + QLatin1Char('\n')));
    const QStringList confusionCell {
        QStringLiteral("expected %1, went to %1: %2 prompt(s)").arg(name).arg(result.winner(0) == 0 ? 1 : 0),
        QStringLiteral("expected: %1").arg(name), QStringLiteral("winner: %1").arg(name)
    };
    ConfusionModel confusion;
    confusion.setMetrics(TriggerMetrics(result));
    const QList<QPair<QVariant, QString>> tips { { heatmap.index(0, 0).data(Qt::ToolTipRole), cell },
        { heatmap.headerData(0, Qt::Vertical, Qt::ToolTipRole), row },
        { heatmap.headerData(0, Qt::Horizontal, Qt::ToolTipRole), name },
        { confusion.index(0, 0).data(Qt::ToolTipRole), confusionCell.at(0) },
        { confusion.headerData(0, Qt::Vertical, Qt::ToolTipRole), confusionCell.at(1) },
        { confusion.headerData(0, Qt::Horizontal, Qt::ToolTipRole), confusionCell.at(2) } };
    for (const auto &[tip, written] : tips) {
        QCOMPARE(Qt::mightBeRichText(written), markup);
        QCOMPARE(toolTipShownText(tip.toString()), written);
        if (!markup)
            QCOMPARE(tip.toString(), written); // ordinary text is left alone
    }
}

QTEST_MAIN(TestTriggerModels)
#include "tst_triggermodels.moc"
