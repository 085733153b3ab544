// SSE decoding with JSON decoding of each event, on a generated ~50 MB Anthropic stream.
// The stream is written to $AWB_SSE_STREAM (default: awb-bench-stream.sse in the temp folder)
// when that file is missing, so that bench_sse.cjs (eventsource-parser + JSON.parse) decodes
// the very same bytes.
#include "providers/jsonview.h"
#include "providers/ssedecoder.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <benchmark/benchmark.h>

using namespace awb;

namespace {

QString streamPath()
{
    const QString path = qEnvironmentVariable("AWB_SSE_STREAM");
    return path.isEmpty() ? QDir::temp().filePath(QStringLiteral("awb-bench-stream.sse")) : path;
}

QByteArray event(const char *name, const QByteArray &json)
{
    return QByteArray("event: ") + name + "\ndata: " + json + "\n\n";
}

QByteArray generate(qsizetype target)
{
    static const char *const words[] = { "the", "reviewer", "checks", "each", "diff", "für", "naïve", "code", "→",
        "tests", "🙂", "and", "\\\"quotes\\\"", "paths/like/this.cpp", "line\\n" };
    QByteArray out;
    out.reserve(target + 4096);
    out += event("message_start",
        R"({"type":"message_start","message":{"id":"msg_bench","type":"message","role":"assistant","model":"claude-bench","content":[],"stop_reason":null,"usage":{"input_tokens":1200,"output_tokens":1,"cache_read_input_tokens":800,"cache_creation_input_tokens":0}}})");
    out += event(
        "content_block_start", R"({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}})");
    quint32 seed = 12345;
    int n = 0;
    while (out.size() < target) {
        QByteArray text;
        const int count = 1 + int(seed % 6);
        for (int i = 0; i < count; ++i) {
            seed = seed * 1664525u + 1013904223u;
            text += words[(seed >> 8) % (sizeof words / sizeof *words)];
            text += ' ';
        }
        out += event("content_block_delta",
            R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":")" + text + R"("}})");
        if (++n % 500 == 0)
            out += event("ping", R"({"type": "ping"})");
    }
    out += event("content_block_stop", R"({"type":"content_block_stop","index":0})");
    out += event("message_delta",
        R"({"type":"message_delta","delta":{"stop_reason":"end_turn","stop_sequence":null},"usage":{"output_tokens":)"
            + QByteArray::number(n) + "}}");
    out += event("message_stop", R"({"type":"message_stop"})");
    return out;
}

const QByteArray &stream()
{
    static const QByteArray bytes = [] {
        QFile file(streamPath());
        if (file.open(QIODevice::ReadOnly))
            return file.readAll();
        const QByteArray generated = generate(50 * 1000 * 1000);
        QFile out(streamPath());
        if (out.open(QIODevice::WriteOnly))
            out.write(generated);
        return generated;
    }();
    return bytes;
}

constexpr qsizetype chunkSize = 16 * 1024; // about what a socket read hands out

// What the Anthropic client does per event: the deltas (nearly all events) through JsonView,
// validated in full, with the fields it uses read out; any other event through QJsonDocument.
void BM_SseDecodeWithJson(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 events = 0;
    qint64 textChars = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        const SseDecoder::Sink sink = [&](const SseEvent &e) {
            if (e.event == "content_block_delta" || e.event == "ping") {
                JsonView json;
                if (!json.parse(e.data))
                    state.SkipWithError("invalid JSON");
                textChars += json.integer({ QLatin1StringView("index") }).value_or(0);
                if (json.raw({ QLatin1StringView("delta"), QLatin1StringView("type") })
                    == QByteArrayView("\"text_delta\""))
                    textChars += json.string({ QLatin1StringView("delta"), QLatin1StringView("text") })->size();
            } else {
                const QJsonObject object = QJsonDocument::fromJson(e.data).object();
                textChars += object.value(QLatin1String("type")).toString().size();
            }
            ++events;
        };
        for (qsizetype at = 0; at < bytes.size(); at += chunkSize)
            decoder.feed(QByteArrayView(bytes).sliced(at, std::min(chunkSize, bytes.size() - at)), sink);
        benchmark::DoNotOptimize(textChars);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
    state.counters["events"] = double(events) / double(state.iterations());
}
BENCHMARK(BM_SseDecodeWithJson)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The same with QJsonDocument for every event (what a straightforward Qt client would do).
void BM_SseDecodeWithQJsonDocument(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 textChars = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        const SseDecoder::Sink sink = [&](const SseEvent &e) {
            const QJsonObject object = QJsonDocument::fromJson(e.data).object();
            textChars += object.value(QLatin1String("delta")).toObject().value(QLatin1String("text")).toString().size();
        };
        for (qsizetype at = 0; at < bytes.size(); at += chunkSize)
            decoder.feed(QByteArrayView(bytes).sliced(at, std::min(chunkSize, bytes.size() - at)), sink);
        benchmark::DoNotOptimize(textChars);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_SseDecodeWithQJsonDocument)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The event stream framing alone.
void BM_SseDecodeOnly(benchmark::State &state)
{
    const QByteArray &bytes = stream();
    qint64 events = 0;
    for (auto _ : state) {
        SseDecoder decoder;
        const SseDecoder::Sink sink = [&](const SseEvent &e) { events += e.data.size() > 0; };
        for (qsizetype at = 0; at < bytes.size(); at += chunkSize)
            decoder.feed(QByteArrayView(bytes).sliced(at, std::min(chunkSize, bytes.size() - at)), sink);
        benchmark::DoNotOptimize(events);
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}
BENCHMARK(BM_SseDecodeOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

BENCHMARK_MAIN();
