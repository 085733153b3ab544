#include "triggers/lexicalindex.h"
#include "triggers/lexicalrouter.h"
#include "triggers/textanalyzer.h"

#include <QFutureSynchronizer>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

using namespace awb;

// BM25 of the lexical router against numbers worked out by hand, the analyzer (stems, stop words, spans),
// held-out examples, incremental updates and explanations.
class TestLexicalIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void analyzer_data();
    void analyzer();
    void tokenSpans();
    void statistics();
    void handComputedScores();
    void unknownTermsLowerTheScore();
    void heldOutExample();
    void incrementalUpdateMatchesRebuild();
    void explanation();
    void scoreAllMatchesSingleScores();
    void competingPairs();
    void cancelStopsEarly();
    void buildsAtOnceFromPoolTasks();

private:
    static TriggerAgents threeAgents();
};

void TestLexicalIndex::analyzer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::newRow("stems") << "Reviews reviewing reviewed" << QStringList { "review", "review", "review" };
    QTest::newRow("stop words and case") << "The code OF the Bugs" << QStringList { "code", "bug" };
    QTest::newRow("hyphen splits names") << "code-reviewer" << QStringList { "code", "review" };
    QTest::newRow("possessive") << "the user's database" << QStringList { "user", "databas" };
    QTest::newRow("contraction is a stop word") << "don't deploy" << QStringList { "deploy" };
    QTest::newRow("single letters dropped") << "a b c deploy" << QStringList { "deploy" };
    QTest::newRow("digits kept") << "python3 k8s" << QStringList { "python3", "k8s" };
    QTest::newRow("unicode letters") << "Überprüfung café" << QStringList { "überprüfung", "café" };
    QTest::newRow("empty") << "" << QStringList {};
}

void TestLexicalIndex::analyzer()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    TextAnalyzer analyzer;
    QCOMPARE(analyzer.terms(text), terms);
}

void TestLexicalIndex::tokenSpans()
{
    TextAnalyzer analyzer;
    const QString text = QStringLiteral("Please review my code");
    const QList<TextAnalyzer::Token> tokens = analyzer.tokens(text);
    QCOMPARE(tokens.size(), 2);
    QCOMPARE(text.mid(tokens.at(0).span.start, tokens.at(0).span.length), QStringLiteral("review"));
    QCOMPARE(text.mid(tokens.at(1).span.start, tokens.at(1).span.length), QStringLiteral("code"));
}

// Three agents, names weighted 2 (the default):
//   alpha: "Reviews code for bugs. Reviews pull requests."
//          alpha×2 | review, code, bug, review, pull, request     |d| = 2 + 6 = 8
//   beta:  "Writes tests for code."   beta×2 | write, test, code     |d| = 2 + 3 = 5
//   gamma: "Deploys servers."         gamma×2 | deploy, server       |d| = 2 + 2 = 4
// N = 3, avgdl = 17 / 3.
TriggerAgents TestLexicalIndex::threeAgents()
{
    return { TriggerAgent::make(
                 QStringLiteral("alpha"), QStringLiteral("Reviews code for bugs. Reviews pull requests.")),
        TriggerAgent::make(QStringLiteral("beta"), QStringLiteral("Writes tests for code.")),
        TriggerAgent::make(QStringLiteral("gamma"), QStringLiteral("Deploys servers.")) };
}

void TestLexicalIndex::statistics()
{
    const LexicalIndex index(threeAgents());
    QCOMPARE(index.documentLength(0), 8.0);
    QCOMPARE(index.documentLength(1), 5.0);
    QCOMPARE(index.documentLength(2), 4.0);
    QVERIFY(qFuzzyCompare(index.averageLength(), 17.0 / 3.0));
    QCOMPARE(index.termFrequency(0, QStringLiteral("review")), 2.0);
    QCOMPARE(index.termFrequency(0, QStringLiteral("alpha")), 2.0);
    QCOMPARE(index.documentFrequency(QStringLiteral("code")), 2);
    QCOMPARE(index.documentFrequency(QStringLiteral("review")), 1);
    QCOMPARE(index.documentFrequency(QStringLiteral("nothing")), 0);
    // idf(t) = ln(1 + (N − df + 0.5) / (df + 0.5))
    QVERIFY(qFuzzyCompare(index.idf(QStringLiteral("review")), std::log(1.0 + 2.5 / 1.5))); // 0.980829
    QVERIFY(qFuzzyCompare(index.idf(QStringLiteral("code")), std::log(1.0 + 1.5 / 2.5))); // 0.470004
}

void TestLexicalIndex::handComputedScores()
{
    const LexicalIndex index(threeAgents());
    // "Please review my code": please and my are stop words; the terms are review (df 1) and code (df 2).
    const LexicalIndex::Query q = index.query(QStringLiteral("Please review my code"));
    QCOMPARE(q.terms.size(), 2);
    //   idf(review) = ln(1 + 2.5/1.5) = ln(8/3) = 0.98082925
    //   idf(code)   = ln(1 + 1.5/2.5) = ln(1.6) = 0.47000363
    // alpha: K = k1·(1 − b + b·|d|/avgdl) = 1.2·(0.25 + 0.75·8/(17/3)) = 1.2·1.30882353 = 1.57058824
    //   w(review) = 0.98082925 · 2 · 2.2 / (2 + 1.57058824) = 4.31564870 / 3.57058824 = 1.20866613
    //   w(code)   = 0.47000363 · 1 · 2.2 / (1 + 1.57058824) = 1.03400799 / 2.57058824 = 0.40224537
    //   raw = 1.61091150
    // beta: K = 1.2·(0.25 + 0.75·5/(17/3)) = 1.2·0.91176471 = 1.09411765
    //   w(code) = 1.03400799 / 2.09411765 = 0.49376795
    // gamma: no shared term, 0.
    // The normaliser is Σ idf · (k1 + 1) = (0.98082925 + 0.47000363) · 2.2 = 3.19183234
    QVERIFY(std::abs(index.rawScore(q, 0) - 1.61091150) < 1e-6);
    QVERIFY(std::abs(index.rawScore(q, 1) - 0.49376795) < 1e-6);
    QCOMPARE(index.rawScore(q, 2), 0.0);
    QVERIFY(std::abs(q.maxScore - 3.19183234) < 1e-6);
    float scores[3];
    index.score(q, scores);
    QVERIFY(std::abs(scores[0] - 1.61091150 / 3.19183234) < 1e-5); // 0.50469934
    QVERIFY(std::abs(scores[1] - 0.49376795 / 3.19183234) < 1e-5); // 0.15469654
    QCOMPARE(scores[2], 0.0f);
}

void TestLexicalIndex::unknownTermsLowerTheScore()
{
    const LexicalIndex index(threeAgents());
    // kubernetes is in no agent: it adds idf(df = 0) · 2.2 = ln(1 + 3.5/0.5) · 2.2 = ln 8 · 2.2 to the normaliser.
    const LexicalIndex::Query q = index.query(QStringLiteral("review code kubernetes"));
    QCOMPARE(q.terms.size(), 2);
    QVERIFY(std::abs(q.maxScore - (3.19183234 + std::log(8.0) * 2.2)) < 1e-6);
    float scores[3];
    index.score(q, scores);
    QVERIFY(std::abs(scores[0] - 1.61091150 / (3.19183234 + std::log(8.0) * 2.2)) < 1e-5);
}

void TestLexicalIndex::heldOutExample()
{
    // The only overlap of the prompt with "docs" is inside its own example: held out, it scores 0.
    const TriggerAgent docs = TriggerAgent::make(QStringLiteral("docs"),
        QStringLiteral("Writes documentation.\n<example>\nContext: a release\nuser: \"Draft the "
                       "changelog\"\nassistant: \"Delegating.\"\n</example>"));
    const TriggerAgent other = TriggerAgent::make(QStringLiteral("deployer"), QStringLiteral("Deploys servers."));
    const LexicalIndex index({ docs, other });
    QCOMPARE(index.termFrequency(0, QStringLiteral("changelog")), 1.0);
    TriggerPrompt asExample;
    asExample.text = QStringLiteral("Draft the changelog");
    asExample.expected = QStringLiteral("docs");
    asExample.source = TriggerPrompt::Source::Example;
    asExample.exampleAgent = QStringLiteral("docs");
    asExample.exampleIndex = 0;
    const LexicalIndex::Query held = index.query(asExample.text, asExample);
    QCOMPARE(held.heldOutAgent, 0);
    QCOMPARE(index.rawScore(held, 0), 0.0);
    const LexicalIndex::Query plain = index.query(asExample.text, TriggerPrompt::user(asExample.text));
    QCOMPARE(plain.heldOutAgent, -1);
    QVERIFY(index.rawScore(plain, 0) > 0.1);

    // With the example held out the agent's length drops by the example's words: context (release),
    // user (draft, changelog), assistant (delegating) = 4. A word that is also outside the example still counts.
    const TriggerAgent docs2 = TriggerAgent::make(QStringLiteral("docs"),
        QStringLiteral("Writes documentation and changelog entries.\n<example>\nuser: "
                       "\"Draft the changelog\"\n</example>"));
    const LexicalIndex index2({ docs2, other });
    TriggerPrompt p2 = asExample;
    const LexicalIndex::Query q2 = index2.query(p2.text, p2);
    // docs2: name docs×2, write, document, changelog, entri | draft, changelog → |d| = 8, held out |d'| = 6.
    QCOMPARE(index2.documentLength(0), 8.0);
    // avgdl = (8 + 4)/2 = 6; K' = 1.2·(0.25 + 0.75·6/6) = 1.2; tf'(changelog) = 1, draft gone.
    // idf(changelog) = idf(draft) = ln(1 + 1.5/1.5) = ln 2; w = ln 2 · 1 · 2.2 / (1 + 1.2) = ln 2.
    QVERIFY(std::abs(index2.rawScore(q2, 0) - std::log(2.0)) < 1e-9);
}

void TestLexicalIndex::incrementalUpdateMatchesRebuild()
{
    TriggerAgents agents = threeAgents();
    LexicalIndex incremental(agents);
    TriggerAgent edited = agents.at(1);
    edited.setDescription(QStringLiteral("Writes unit tests and reviews test coverage for servers."));
    incremental.updateAgent(1, edited);
    agents[1] = edited;
    const LexicalIndex rebuilt(agents);
    QCOMPARE(incremental.averageLength(), rebuilt.averageLength());
    for (const QString &term : { QStringLiteral("review"), QStringLiteral("server"), QStringLiteral("code"),
             QStringLiteral("coverag"), QStringLiteral("write") }) {
        QCOMPARE(incremental.documentFrequency(term), rebuilt.documentFrequency(term));
        QCOMPARE(incremental.idf(term), rebuilt.idf(term));
    }
    for (const QString &text : { QStringLiteral("review my code"), QStringLiteral("test coverage of servers"),
             QStringLiteral("write docs") }) {
        float a[3];
        float b[3];
        incremental.score(incremental.query(text), a);
        rebuilt.score(rebuilt.query(text), b);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(a[i] - b[i]) < 1e-6, qPrintable(text));
    }
    // "code" left beta: its df dropped from 2 to 1.
    QCOMPARE(incremental.documentFrequency(QStringLiteral("code")), 1);
}

void TestLexicalIndex::explanation()
{
    const LexicalIndex index(threeAgents());
    const CellExplanation e = index.explain(TriggerPrompt::user(QStringLiteral("Please review my code")), 0);
    QCOMPARE(e.terms.size(), 2);
    QCOMPARE(e.terms.at(0).term, QStringLiteral("review")); // the larger contribution first
    QVERIFY(std::abs(e.terms.at(0).contribution - 1.20866613) < 1e-6);
    QVERIFY(std::abs(e.terms.at(1).contribution - 0.40224537) < 1e-6);
    QVERIFY(std::abs(e.rawScore - 1.61091150) < 1e-6);
    QCOMPARE(e.terms.at(0).inPrompt.size(), 1);
    QCOMPARE(e.terms.at(0).inPrompt.first().start, 7); // "Please |review"
    // "Reviews code for bugs. Reviews pull requests.": both "Reviews" are highlighted.
    QCOMPARE(e.terms.at(0).inAgent.size(), 2);
    QCOMPARE(e.terms.at(0).inAgent.at(0).start, 0);
    QCOMPARE(e.terms.at(0).inAgent.at(1).start, 23);
    QCOMPARE(e.terms.at(1).inAgent.first().start, 8); // "code"
    QCOMPARE(e.terms.at(0).word, QStringLiteral("reviews"));
}

void TestLexicalIndex::scoreAllMatchesSingleScores()
{
    const LexicalIndex index(threeAgents());
    const TriggerPrompts prompts { TriggerPrompt::user(QStringLiteral("review my code"), QStringLiteral("alpha")),
        TriggerPrompt::user(QStringLiteral("deploy the servers"), QStringLiteral("gamma")),
        TriggerPrompt::user(QStringLiteral("weather today")),
        TriggerPrompt::user(QStringLiteral("write tests"), QStringLiteral("beta")) };
    TriggerPrompts many;
    for (int i = 0; i < 200; ++i)
        many += prompts; // more than one chunk, so threads really split the work
    const TriggerResult result = index.scoreAll(many, 0.05, nullptr, 2);
    QCOMPARE(result.promptCount(), 800);
    for (int p = 0; p < 4; ++p) {
        float scores[3];
        index.score(index.query(prompts.at(p).text), scores);
        for (int a = 0; a < 3; ++a) {
            QCOMPARE(result.score(p, a), scores[a]);
            QCOMPARE(result.score(p + 400, a), scores[a]);
        }
    }
    QCOMPARE(result.winnerName(0), QStringLiteral("alpha"));
    QCOMPARE(result.winnerName(1), QStringLiteral("gamma"));
    QCOMPARE(result.winner(2), TriggerResult::None);
    QCOMPARE(result.winnerName(3), QStringLiteral("beta"));
    QCOMPARE(result.accuracy(), 1.0);
    // The result explains its cells with the same numbers.
    QVERIFY(result.canExplain());
    QVERIFY(std::abs(result.explain(0, 0).score - result.score(0, 0)) < 1e-6);
}

void TestLexicalIndex::competingPairs()
{
    const TriggerAgents agents { TriggerAgent::make(QStringLiteral("sql-pro"),
                                     QStringLiteral("Writes SQL queries and tunes database indexes.")),
        TriggerAgent::make(QStringLiteral("db-tuner"), QStringLiteral("Tunes database indexes and slow SQL queries.")),
        TriggerAgent::make(QStringLiteral("painter"), QStringLiteral("Draws pictures with watercolors.")) };
    const LexicalIndex index(agents);
    const QList<LexicalIndex::CompetingPair> pairs = index.competingPairs(0.2, 10, 3);
    QCOMPARE(pairs.size(), 1);
    QCOMPARE(pairs.first().first, 0);
    QCOMPARE(pairs.first().second, 1);
    QVERIFY(pairs.first().similarity >= 0.2); // painter shares nothing and is in no pair
    QCOMPARE(pairs.first().sharedTerms.size(), 3);
    QVERIFY(pairs.first().sharedTerms.contains(QStringLiteral("sql")));
}

void TestLexicalIndex::cancelStopsEarly()
{
    const LexicalIndex index(threeAgents());
    TriggerPrompts prompts(1000, TriggerPrompt::user(QStringLiteral("review my code"), QStringLiteral("alpha")));
    std::atomic_bool cancel(true);
    const TriggerResult result = index.scoreAll(prompts, 0.05, &cancel, 1);
    // Nothing was scored: every winner stays none.
    QCOMPARE(result.correctCount(), 0);
}

void TestLexicalIndex::buildsAtOnceFromPoolTasks()
{
    // The live worker, the pane's analysis and runs all build and use indexes from tasks on the
    // global pool. Several at once on a pool of two threads must all finish (a blocking map on
    // that same pool could wait for threads the other tasks hold).
    QThreadPool *global = QThreadPool::globalInstance();
    const int oldMax = global->maxThreadCount();
    global->setMaxThreadCount(2);
    TriggerAgents agents;
    for (int i = 0; i < 400; ++i)
        agents.append(TriggerAgent::make(QStringLiteral("agent-%1").arg(i),
            QStringLiteral("Reviews module %1 code, writes tests and deploys servers %1.").arg(i)));
    const TriggerPrompts prompts(
        600, TriggerPrompt::user(QStringLiteral("review module 7 code"), QStringLiteral("agent-7")));
    QList<QFuture<int>> futures;
    for (int t = 0; t < 6; ++t) {
        futures.append(QtConcurrent::run([agents, prompts] {
            const LexicalIndex index(agents);
            return index.scoreAll(prompts, 0.0).correctCount();
        }));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(futures.cbegin(), futures.cend(), [](const QFuture<int> &f) { return f.isFinished(); }), 60000);
    global->setMaxThreadCount(oldMax);
    for (const QFuture<int> &f : futures)
        QCOMPARE(f.result(), futures.first().result());
}

QTEST_GUILESS_MAIN(TestLexicalIndex)
#include "tst_lexicalindex.moc"
