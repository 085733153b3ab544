// Parse + validate throughput of the agent reader on the corpus replicated to 10,000 files,
// in process (no file system): what `awb lint` does per file, minus reading it.
#include "agent/agentdocument.h"
#include "agent/agentlinter.h"
#include "agent/frontmatter.h"
#include "agent/yamlreader.h"
#include "library/agentfinder.h"

#include <QFile>

#include <benchmark/benchmark.h>

namespace {

const QList<QByteArray> &corpus()
{
    static const QList<QByteArray> files = [] {
        QList<QByteArray> out;
        for (const QString &path : awb::AgentFinder::filesIn(QStringLiteral(AWB_SHARED_DIR "/corpus"))) {
            QFile f(path);
            if (f.open(QIODevice::ReadOnly))
                out.append(f.readAll());
        }
        return out;
    }();
    return files;
}

constexpr int FileCount = 10000;

void BM_ParseAndValidate(benchmark::State &state)
{
    const QList<QByteArray> &files = corpus();
    if (files.isEmpty()) {
        state.SkipWithError("corpus not found");
        return;
    }
    qint64 bytes = 0;
    for (auto _ : state) {
        for (int i = 0; i < FileCount; ++i) {
            const QByteArray &data = files.at(i % files.size());
            const awb::AgentDocument doc = awb::AgentDocument::fromBytes(data);
            benchmark::DoNotOptimize(awb::AgentLinter::check(doc));
            bytes += data.size();
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * FileCount);
    state.counters["files/s"] = benchmark::Counter(double(state.iterations()) * FileCount, benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ParseAndValidate)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ParseOnly(benchmark::State &state)
{
    const QList<QByteArray> &files = corpus();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (int i = 0; i < FileCount; ++i) {
            const QByteArray &data = files.at(i % files.size());
            benchmark::DoNotOptimize(awb::AgentDocument::fromBytes(data).loads());
            bytes += data.size();
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * FileCount);
}
BENCHMARK(BM_ParseOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

/// The frontmatter of every corpus file, as the reader hands it to YAML.
const QList<QByteArray> &frontmatters()
{
    static const QList<QByteArray> out = [] {
        QList<QByteArray> list;
        for (const QByteArray &file : corpus()) {
            const QString text = QString::fromUtf8(file);
            const awb::FrontmatterSplit split = awb::FrontmatterSplit::find(text);
            if (split.found)
                list.append(split.frontmatter(text).toUtf8());
        }
        return list;
    }();
    return out;
}

/// YAML alone, 10,000 frontmatters: the reader as used (the fast reader, libfyaml for the rest)
/// against libfyaml for all.
template <awb::YamlParseResult (*Parse)(const QByteArray &)> void yamlBenchmark(benchmark::State &state)
{
    const QList<QByteArray> &texts = frontmatters();
    qint64 bytes = 0;
    for (auto _ : state) {
        for (int i = 0; i < FileCount; ++i) {
            const QByteArray &text = texts.at(i % texts.size());
            benchmark::DoNotOptimize(Parse(text).ok);
            bytes += text.size();
        }
    }
    state.SetBytesProcessed(bytes);
    state.SetItemsProcessed(state.iterations() * FileCount);
}
void BM_Yaml(benchmark::State &state)
{
    yamlBenchmark<&awb::YamlReader::parse>(state);
}
void BM_YamlLibfyamlOnly(benchmark::State &state)
{
    yamlBenchmark<&awb::YamlReader::parseWithLibfyaml>(state);
}
BENCHMARK(BM_Yaml)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_YamlLibfyamlOnly)->Unit(benchmark::kMillisecond)->MinTime(1.0);

} // namespace

BENCHMARK_MAIN();
