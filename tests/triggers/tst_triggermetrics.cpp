#include "triggers/lexicalrouter.h"
#include "triggers/triggermetrics.h"

#include <QTest>

using namespace awb;

// Metrics of a result built by hand: per-prompt decisions, per-agent precision/recall/F1, steals and losses,
// the confusion matrix with its none row and column, run diffs, the library's weight and the threshold
// calibration.
class TestTriggerMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions();
    void perAgent();
    void confusion();
    void unknownExpected();
    void emptySuite();
    void diff();
    void libraryWeight();
    void calibration();
    void calibrationNeedsBothKinds();

private:
    static TriggerResult sample();
};

// Agents a, b, c. Scores per prompt (a, b, c), threshold 0.3:
//   0 "p0" expects a: 0.9 0.1 0.0 → a (right, margin 0.8)
//   1 "p1" expects a: 0.2 0.6 0.0 → b (wrong: b steals, a loses)
//   2 "p2" expects b: 0.1 0.5 0.4 → b (right, margin 0.1)
//   3 "p3" expects none: 0.1 0.2 0.1 → none (right: best 0.2 < 0.3)
//   4 "p4" expects none: 0.0 0.0 0.7 → c (wrong: c steals)
//   5 "p5" expects c: 0.25 0.0 0.2 → none (wrong: c loses to none)
TriggerResult TestTriggerMetrics::sample()
{
    const TriggerPrompts prompts { TriggerPrompt::user(QStringLiteral("p0"), QStringLiteral("a")),
        TriggerPrompt::user(QStringLiteral("p1"), QStringLiteral("a")),
        TriggerPrompt::user(QStringLiteral("p2"), QStringLiteral("b")), TriggerPrompt::user(QStringLiteral("p3")),
        TriggerPrompt::user(QStringLiteral("p4")), TriggerPrompt::user(QStringLiteral("p5"), QStringLiteral("c")) };
    TriggerResult r({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }, prompts);
    const float scores[6][3] = { { 0.9f, 0.1f, 0.0f }, { 0.2f, 0.6f, 0.0f }, { 0.1f, 0.5f, 0.4f }, { 0.1f, 0.2f, 0.1f },
        { 0.0f, 0.0f, 0.7f }, { 0.25f, 0.0f, 0.2f } };
    for (int p = 0; p < 6; ++p) {
        for (int a = 0; a < 3; ++a)
            r.setScore(p, a, scores[p][a]);
    }
    r.threshold = 0.3;
    r.decide();
    return r;
}

void TestTriggerMetrics::decisions()
{
    const TriggerResult r = sample();
    QCOMPARE(r.winnerName(0), QStringLiteral("a"));
    QCOMPARE(r.winnerName(1), QStringLiteral("b"));
    QCOMPARE(r.winner(3), TriggerResult::None);
    QCOMPARE(r.best(3), 1);
    QCOMPARE(r.winner(5), TriggerResult::None);
    QVERIFY(std::abs(r.margin(0) - 0.8f) < 1e-6);
    QVERIFY(std::abs(r.margin(2) - 0.1f) < 1e-6);
    QCOMPARE(r.runnerUp(2), 2);
    QCOMPARE(r.correctCount(), 3);
    QCOMPARE(r.accuracy(), 0.5);
    const auto top = r.topAgents(2, 2);
    QCOMPARE(top.size(), 2);
    QCOMPARE(top.at(0).first, 1);
    QCOMPARE(top.at(1).first, 2);
}

void TestTriggerMetrics::perAgent()
{
    const TriggerMetrics m(sample());
    QCOMPARE(m.accuracy(), 0.5);
    QCOMPARE(m.correct(), 3);
    QCOMPARE(m.total(), 6);
    const AgentMetrics &a = m.agents().at(0);
    // a: expected by p0, p1; wins p0 → precision 1/1, recall 1/2, F1 = 2·1·0.5/1.5 = 0.6667
    QCOMPARE(a.expected, 2);
    QCOMPARE(a.won, 1);
    QCOMPARE(a.precision, 1.0);
    QCOMPARE(a.recall, 0.5);
    QVERIFY(std::abs(a.f1 - 2.0 / 3.0) < 1e-12);
    QCOMPARE(a.loses, QList<int> { 1 });
    QVERIFY(a.steals.isEmpty());
    const AgentMetrics &b = m.agents().at(1);
    // b: expected by p2; wins p1, p2 → precision 1/2, recall 1/1, F1 0.6667; steals p1
    QCOMPARE(b.precision, 0.5);
    QCOMPARE(b.recall, 1.0);
    QCOMPARE(b.steals, QList<int> { 1 });
    const AgentMetrics &c = m.agents().at(2);
    // c: expected by p5 (lost to none); wins p4 (expected none) → precision 0/1, recall 0/1, F1 0
    QCOMPARE(c.precision, 0.0);
    QCOMPARE(c.recall, 0.0);
    QCOMPARE(c.f1, 0.0);
    QCOMPARE(c.steals, QList<int> { 4 });
    QCOMPARE(c.loses, QList<int> { 5 });
    // Macro F1 over a, b, c: (2/3 + 2/3 + 0) / 3
    QVERIFY(std::abs(m.macroF1() - 4.0 / 9.0) < 1e-12);
}

void TestTriggerMetrics::confusion()
{
    const TriggerMetrics m(sample());
    QCOMPARE(m.confusionSize(), 4);
    QCOMPARE(m.confusionLabels(), (QStringList { "a", "b", "c", "(none)" }));
    // rows expected, columns winner; index 3 is none
    QCOMPARE(m.confusion(0, 0), 1); // p0
    QCOMPARE(m.confusion(0, 1), 1); // p1
    QCOMPARE(m.confusion(1, 1), 1); // p2
    QCOMPARE(m.confusion(3, 3), 1); // p3
    QCOMPARE(m.confusion(3, 2), 1); // p4
    QCOMPARE(m.confusion(2, 3), 1); // p5
    int sum = 0;
    for (int r = 0; r < 4; ++r) {
        for (int c = 0; c < 4; ++c)
            sum += m.confusion(r, c);
    }
    QCOMPARE(sum, 6);
}

void TestTriggerMetrics::unknownExpected()
{
    TriggerResult r({ QStringLiteral("a") }, { TriggerPrompt::user(QStringLiteral("x"), QStringLiteral("gone")) });
    r.setScore(0, 0, 0.9f);
    r.decide();
    QCOMPARE(r.expectedIndex(0), TriggerResult::Unknown);
    QVERIFY(!r.isCorrect(0));
    const TriggerMetrics m(r);
    QCOMPARE(m.unknownExpected(), QList<int> { 0 });
    QCOMPARE(m.accuracy(), 0.0);
    QCOMPARE(m.agents().at(0).steals, QList<int> { 0 });
    QCOMPARE(m.confusion(0, 0) + m.confusion(1, 0) + m.confusion(0, 1) + m.confusion(1, 1), 0);
}

void TestTriggerMetrics::emptySuite()
{
    const TriggerMetrics m(TriggerResult({ QStringLiteral("a") }, {}));
    QCOMPARE(m.accuracy(), 1.0);
    QCOMPARE(m.total(), 0);
    QCOMPARE(m.agents().at(0).precision, 1.0);
    QCOMPARE(m.agents().at(0).recall, 1.0);
}

void TestTriggerMetrics::diff()
{
    const TriggerResult before = sample();
    TriggerResult after = sample();
    after.setScore(1, 0, 0.95f); // p1 now goes to a: fixed
    after.setScore(0, 0, 0.05f); // p0 now goes to b? scores 0.05, 0.1, 0 → best b 0.1 < 0.3 → none: broken
    after.decide();
    const TriggerDiff d = TriggerDiff::between(before, after);
    QCOMPARE(d.flips.size(), 2);
    QCOMPARE(d.fixed, 1);
    QCOMPARE(d.broken, 1);
    QCOMPARE(d.flips.at(0).prompt.text, QStringLiteral("p0"));
    QCOMPARE(d.flips.at(0).winnerBefore, QStringLiteral("a"));
    QCOMPARE(d.flips.at(0).winnerAfter, QString());
    QCOMPARE(d.flips.at(1).winnerAfter, QStringLiteral("a"));
    QCOMPARE(d.accuracyBefore, 0.5);
    QCOMPARE(d.accuracyAfter, 0.5);
    QCOMPARE(d.onlyBefore, 0);
    QCOMPARE(d.onlyAfter, 0);

    // Prompts matched by text and expectation, not by row.
    TriggerResult fewer({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") },
        { TriggerPrompt::user(QStringLiteral("p2"), QStringLiteral("b")), TriggerPrompt::user(QStringLiteral("new")) });
    fewer.setScore(0, 0, 0.9f);
    fewer.threshold = 0.3;
    fewer.decide();
    const TriggerDiff d2 = TriggerDiff::between(before, fewer);
    QCOMPARE(d2.flips.size(), 1);
    QCOMPARE(d2.flips.first().before, 2);
    QCOMPARE(d2.flips.first().after, 0);
    QCOMPARE(d2.broken, 1);
    QCOMPARE(d2.onlyBefore, 5);
    QCOMPARE(d2.onlyAfter, 1);
}

void TestTriggerMetrics::libraryWeight()
{
    const TriggerAgents agents { TriggerAgent::make(QStringLiteral("a"), QStringLiteral("Does a.")),
        TriggerAgent::make(QStringLiteral("b"), QStringLiteral("Does b.")) };
    // "- a: Does a. (Tools: All tools)\n- b: Does b. (Tools: All tools)" = 31 + 1 + 31 = 63 characters;
    // AgentLinter::estimateTokens: ceil(63 / 3.6) = ceil(17.5) = 18
    QCOMPARE(agents.at(0).listingLine, QStringLiteral("- a: Does a. (Tools: All tools)"));
    QCOMPARE(TriggerMetrics::libraryWeight(agents), 18);
    QCOMPARE(TriggerMetrics::libraryWeight({}), 0);
}

void TestTriggerMetrics::calibration()
{
    // Best scores: right-if-taken prompts at 0.6, 0.5, 0.4; none prompts at 0.1, 0.2; a wrong best at 0.3.
    // Thresholds in (0.2, 0.3] and (0.3, 0.4] both get 5 of 6 right; the widest best range wins: both are
    // 0.1 wide, the first found is kept → (0.2 + 0.3) / 2 = 0.25.
    TriggerResult r({ QStringLiteral("a"), QStringLiteral("b") },
        { TriggerPrompt::user(QStringLiteral("1"), QStringLiteral("a")),
            TriggerPrompt::user(QStringLiteral("2"), QStringLiteral("a")),
            TriggerPrompt::user(QStringLiteral("3"), QStringLiteral("b")), TriggerPrompt::user(QStringLiteral("4")),
            TriggerPrompt::user(QStringLiteral("5")), TriggerPrompt::user(QStringLiteral("6"), QStringLiteral("a")) });
    const float best[6][2]
        = { { 0.6f, 0.0f }, { 0.5f, 0.1f }, { 0.0f, 0.4f }, { 0.1f, 0.0f }, { 0.0f, 0.2f }, { 0.0f, 0.3f } };
    for (int p = 0; p < 6; ++p) {
        r.setScore(p, 0, best[p][0]);
        r.setScore(p, 1, best[p][1]);
    }
    r.decide();
    const LexicalRouter::Calibration c = LexicalRouter::calibrate(r);
    QVERIFY(c.calibrated);
    QVERIFY(std::abs(c.threshold - 0.25) < 1e-6);
    QVERIFY(std::abs(c.accuracy - 5.0 / 6.0) < 1e-9);
    r.applyThreshold(c.threshold);
    QCOMPARE(r.correctCount(), 5);
    QVERIFY(c.note.contains(QStringLiteral("calibrated")));
}

void TestTriggerMetrics::calibrationNeedsBothKinds()
{
    TriggerResult r({ QStringLiteral("a") }, { TriggerPrompt::user(QStringLiteral("1"), QStringLiteral("a")) });
    r.setScore(0, 0, 0.01f);
    r.decide();
    const LexicalRouter::Calibration c = LexicalRouter::calibrate(r);
    QVERIFY(!c.calibrated);
    QCOMPARE(c.threshold, LexicalRouter::DefaultThreshold);
}

QTEST_GUILESS_MAIN(TestTriggerMetrics)
#include "tst_triggermetrics.moc"
