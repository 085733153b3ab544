// libFuzzer target for the newline-delimited JSON decoder (Ollama's streams): any bytes, cut into
// chunks anywhere, must give exactly the lines the same bytes give in one piece, and each line is
// parsed as JSON the way the provider does.
#include "providers/ndjsondecoder.h"

#include <QJsonDocument>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

QList<QByteArray> decode(const QByteArray &bytes, unsigned cut, bool *finished)
{
    awb::NdjsonDecoder decoder;
    QList<QByteArray> lines;
    const auto sink = [&lines](QByteArrayView line) { lines.append(line.toByteArray()); };
    unsigned state = cut | 1u;
    for (qsizetype at = 0; at < bytes.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype n = cut == 0 ? bytes.size() : qMin<qsizetype>(bytes.size() - at, 1 + (state >> 16) % 17);
        decoder.feed(QByteArrayView(bytes).sliced(at, n), sink);
        at += n;
    }
    *finished = decoder.finish(sink);
    return lines;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const unsigned cut = data[0] | 1u;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    bool wholeFinished = false;
    bool piecesFinished = false;
    const QList<QByteArray> expected = decode(bytes, 0, &wholeFinished);
    const QList<QByteArray> got = decode(bytes, cut, &piecesFinished);
    if (got != expected || wholeFinished != piecesFinished) {
        std::fprintf(stderr, "chunking changed the lines: %lld in one piece, %lld in pieces\n",
            static_cast<long long>(expected.size()), static_cast<long long>(got.size()));
        std::abort();
    }
    for (const QByteArray &line : expected) {
        // Blank as JSON sees it (space, tab, CR); a form feed is not JSON whitespace but garbage
        // for the JSON reader to report.
        const bool blank
            = std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t' || c == '\r'; });
        if (blank || line.contains('\n')) {
            std::fprintf(stderr, "a blank line or a newline inside a line was handed out\n");
            std::abort();
        }
        QJsonParseError error;
        (void)QJsonDocument::fromJson(line, &error);
    }
    return 0;
}
