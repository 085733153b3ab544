// The lexical router at scale, on agents and prompts generated deterministically from the shared corpus:
//   BM_LexicalFullMatrix   10,000 prompts × 1,000 agents: index, score every cell, decide, calibrate (2 and 1
//                          threads)
//   BM_LexicalScoreOnly    the same matrix on an index already built
//   BM_LiveUpdate          500 prompts × 200 agents after one keystroke in one description: incremental
//                          index update + the whole matrix again (one thread, as the live worker runs it)
// `bench_triggers --export-json FILE [--agents N] [--prompts M]` writes the same data for the minisearch
// comparison (tests/bench/run-triggers-bench.sh) and exits.
#include "agent/agentdocument.h"
#include "library/agentfinder.h"
#include "triggers/lexicalindex.h"
#include "triggers/lexicalrouter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <benchmark/benchmark.h>

#include <cstring>

using namespace awb;

namespace {

struct Source
{
    QString name;
    QString description;
    QStringList bodyWords;
};

const QList<Source> &corpus()
{
    static const QList<Source> sources = [] {
        QList<Source> out;
        const QRegularExpression space(QStringLiteral("\\s+"));
        for (const QString &path : AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"))) {
            const AgentDocument doc = AgentDocument::fromFile(path);
            if (!doc.loads())
                continue;
            out.append({ doc.name(), doc.description(), doc.body().split(space, Qt::SkipEmptyParts) });
        }
        return out;
    }();
    return sources;
}

// Agent i: corpus agent i mod n, its description extended with the start of another agent's, so that
// copies differ.
TriggerAgents makeAgents(int count)
{
    const QList<Source> &src = corpus();
    TriggerAgents agents;
    for (int i = 0; i < count; ++i) {
        const Source &base = src.at(i % src.size());
        const Source &mix = src.at((i * 7 + 3) % src.size());
        agents.append(TriggerAgent::make(base.name + QLatin1Char('-') + QString::number(i),
            base.description + QLatin1Char(' ') + mix.description.left(160)));
    }
    return agents;
}

// Prompt j: 6 to 14 consecutive words of a corpus agent's body (expected: that agent's first copy); every
// tenth prompt is everyday chatter that no agent should take.
TriggerPrompts makePrompts(int count, const TriggerAgents &agents)
{
    const QList<Source> &src = corpus();
    static const QStringList chatter { QStringLiteral("weather"), QStringLiteral("recipe"), QStringLiteral("holiday"),
        QStringLiteral("birthday"), QStringLiteral("movie"), QStringLiteral("football"), QStringLiteral("garden"),
        QStringLiteral("poem"), QStringLiteral("music"), QStringLiteral("coffee"), QStringLiteral("travel"),
        QStringLiteral("tomorrow") };
    TriggerPrompts prompts;
    quint32 state = 12345;
    const auto next = [&state] {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    };
    for (int j = 0; j < count; ++j) {
        if (j % 10 == 9) {
            QStringList words;
            for (int w = 0; w < 6; ++w)
                words.append(chatter.at(int(next() % chatter.size())));
            prompts.append(TriggerPrompt::user(words.join(QLatin1Char(' '))));
            continue;
        }
        const int s = int((j * 31 + 7) % src.size());
        const QStringList &words = src.at(s).bodyWords;
        const int length = 6 + j % 9;
        const int start = words.size() > length ? int(next() % (words.size() - length)) : 0;
        const QString text = words.mid(start, length).join(QLatin1Char(' '));
        const QString expected = s < agents.size() ? agents.at(s).name : QString();
        prompts.append(TriggerPrompt::user(text.isEmpty() ? src.at(s).name : text, expected));
    }
    return prompts;
}

void BM_LexicalFullMatrix(benchmark::State &state)
{
    if (corpus().isEmpty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    const TriggerAgents agents = makeAgents(int(state.range(1)));
    const TriggerPrompts prompts = makePrompts(int(state.range(0)), agents);
    LexicalRouter router;
    router.setThreads(int(state.range(2)));
    double accuracy = 0;
    for (auto _ : state) {
        const TriggerResult result = router.run(agents, prompts);
        accuracy = result.accuracy();
        benchmark::DoNotOptimize(result.score(0, 0));
    }
    state.counters["cells/s"]
        = benchmark::Counter(double(state.iterations()) * agents.size() * prompts.size(), benchmark::Counter::kIsRate);
    state.counters["accuracy"] = accuracy;
}
BENCHMARK(BM_LexicalFullMatrix)
    ->ArgNames({ "prompts", "agents", "threads" })
    ->Args({ 10000, 1000, 2 })
    ->Args({ 10000, 1000, 1 })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(3.0);

void BM_LexicalScoreOnly(benchmark::State &state)
{
    if (corpus().isEmpty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    const TriggerAgents agents = makeAgents(int(state.range(1)));
    const TriggerPrompts prompts = makePrompts(int(state.range(0)), agents);
    const LexicalIndex index(agents);
    for (auto _ : state)
        benchmark::DoNotOptimize(index.scoreAll(prompts, 0.05, nullptr, 2).score(0, 0));
}
BENCHMARK(BM_LexicalScoreOnly)
    ->ArgNames({ "prompts", "agents" })
    ->Args({ 10000, 1000 })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(3.0);

void BM_LiveUpdate(benchmark::State &state)
{
    if (corpus().isEmpty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    const TriggerAgents agents = makeAgents(int(state.range(1)));
    const TriggerPrompts prompts = makePrompts(int(state.range(0)), agents);
    LexicalIndex index(agents);
    LexicalRouter router;
    router.setThreads(1);
    router.setThreshold(0.05); // edits keep the baseline's threshold
    TriggerAgent edited = agents.at(17);
    QString description = edited.description;
    int keystroke = 0;
    for (auto _ : state) {
        // One more character typed at the end of the description (a word grows letter by letter).
        description += QLatin1Char("kubernetes "[keystroke++ % 11]);
        edited.setDescription(description);
        index.updateAgent(17, edited);
        benchmark::DoNotOptimize(router.run(index, prompts).score(0, 0));
    }
}
BENCHMARK(BM_LiveUpdate)
    ->ArgNames({ "prompts", "agents" })
    ->Args({ 500, 200 })
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(2.0);

int exportJson(const QString &path, int agentCount, int promptCount)
{
    const TriggerAgents agents = makeAgents(agentCount);
    const TriggerPrompts prompts = makePrompts(promptCount, agents);
    QJsonArray a;
    for (int i = 0; i < agents.size(); ++i) {
        a.append(QJsonObject { { QStringLiteral("id"), i }, { QStringLiteral("name"), agents.at(i).name },
            { QStringLiteral("description"), agents.at(i).description } });
    }
    QJsonArray p;
    for (const TriggerPrompt &prompt : prompts)
        p.append(
            QJsonObject { { QStringLiteral("text"), prompt.text }, { QStringLiteral("expected"), prompt.expected } });
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 2;
    }
    file.write(QJsonDocument(QJsonObject { { QStringLiteral("agents"), a }, { QStringLiteral("prompts"), p } })
                   .toJson(QJsonDocument::Compact));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // Qt's thread pool and the concurrent map want an application
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export-json") == 0 && i + 1 < argc) {
            int agents = 1000;
            int prompts = 10000;
            for (int k = 1; k + 1 < argc; ++k) {
                if (std::strcmp(argv[k], "--agents") == 0)
                    agents = std::atoi(argv[k + 1]);
                if (std::strcmp(argv[k], "--prompts") == 0)
                    prompts = std::atoi(argv[k + 1]);
            }
            return exportJson(QString::fromLocal8Bit(argv[i + 1]), agents, prompts);
        }
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
