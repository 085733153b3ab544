// libFuzzer target for the server-sent events decoder: any bytes, cut into chunks anywhere, must
// give exactly the events the same bytes give in one piece (streams arrive in arbitrary pieces),
// and each event's data is parsed as JSON the way the providers do.
#include "providers/ssedecoder.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses how the rest is cut.
    const unsigned cut = data[0];
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    awb::SseDecoder whole;
    QList<awb::SseEvent> expected = whole.feed(bytes);
    const bool wholeFinished = whole.finish();

    awb::SseDecoder pieces;
    QList<awb::SseEvent> got;
    unsigned state = cut | 1u;
    for (qsizetype at = 0; at < bytes.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype n = qMin<qsizetype>(bytes.size() - at, 1 + (state >> 16) % 17);
        got += pieces.feed(QByteArrayView(bytes).sliced(at, n));
        at += n;
    }
    const bool piecesFinished = pieces.finish();
    if (got != expected || wholeFinished != piecesFinished) {
        std::fprintf(stderr, "chunking changed the events: %lld in one piece, %lld in pieces\n",
            static_cast<long long>(expected.size()), static_cast<long long>(got.size()));
        std::abort();
    }
    for (const awb::SseEvent &event : expected) {
        QJsonParseError error;
        (void)QJsonDocument::fromJson(event.data, &error);
    }
    return 0;
}
