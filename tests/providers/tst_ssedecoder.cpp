#include "providers/ssedecoder.h"

#include <QTest>

using namespace awb;

Q_DECLARE_METATYPE(awb::SseEvent)

// The event-stream decoder alone: line endings, fields, comments, dispatch, limits, and the
// same events whatever way the bytes are cut.
class TestSseDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decode_data();
    void decode();
    void everySplitPoint_data();
    void everySplitPoint();
    void everyTwoSplitPoints();
    void splitUtf8();
    void unfinishedEventAtEnd();
    void lineLimit();
    void retryAndId();
};

namespace {

SseEvent ev(const QByteArray &event, const QByteArray &data)
{
    SseEvent e;
    e.event = event;
    e.data = data;
    return e;
}

QList<SseEvent> decodeInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseDecoder decoder;
    QList<SseEvent> events;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        events += decoder.feed(QByteArrayView(bytes).sliced(from, cut - from));
        from = cut;
    }
    events += decoder.feed(QByteArrayView(bytes).sliced(from));
    return events;
}

const QByteArray recorded = "event: message_start\r\n"
                            "data: {\"type\":\"message_start\"}\r\n"
                            "\r\n"
                            ": keep-alive comment\n"
                            "event: content_block_delta\r"
                            "data: {\"text\":\"Gr\xC3\xBC\xC3\x9F"
                            " \xF0\x9F\x98\x80\"}\r"
                            "\r"
                            "event: ping\n"
                            "data: {}\n"
                            "\n"
                            "data: first\n"
                            "data: second\n"
                            "\n";

} // namespace

void TestSseDecoder::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<SseEvent>>("expected");

    QTest::newRow("lf") << QByteArray("event: a\ndata: 1\n\n") << QList<SseEvent> { ev("a", "1") };
    QTest::newRow("crlf") << QByteArray("event: a\r\ndata: 1\r\n\r\n") << QList<SseEvent> { ev("a", "1") };
    QTest::newRow("cr") << QByteArray("event: a\rdata: 1\r\r") << QList<SseEvent> { ev("a", "1") };
    QTest::newRow("no space after colon") << QByteArray("event:a\ndata:1\n\n") << QList<SseEvent> { ev("a", "1") };
    QTest::newRow("only one space stripped") << QByteArray("data:  x\n\n") << QList<SseEvent> { ev("", " x") };
    QTest::newRow("multi-line data") << QByteArray("data: a\ndata: b\n\n") << QList<SseEvent> { ev("", "a\nb") };
    QTest::newRow("empty data line") << QByteArray("data\n\n") << QList<SseEvent> { ev("", "") };
    QTest::newRow("comment ignored") << QByteArray(": hi\ndata: x\n\n") << QList<SseEvent> { ev("", "x") };
    QTest::newRow("event without data dropped")
        << QByteArray("event: a\n\ndata: y\n\n") << QList<SseEvent> { ev("", "y") };
    QTest::newRow("unknown field ignored") << QByteArray("foo: bar\ndata: z\n\n") << QList<SseEvent> { ev("", "z") };
    QTest::newRow("bom skipped") << QByteArray("\xEF\xBB\xBF"
                                               "data: b\n\n")
                                 << QList<SseEvent> { ev("", "b") };
    QTest::newRow("event name resets") << QByteArray("event: a\ndata: 1\n\ndata: 2\n\n")
                                       << QList<SseEvent> { ev("a", "1"), ev("", "2") };
    QTest::newRow("colon in value") << QByteArray("data: {\"a\":1}\n\n") << QList<SseEvent> { ev("", "{\"a\":1}") };
    QTest::newRow("blank lines only") << QByteArray("\n\n\r\n") << QList<SseEvent> {};
    QTest::newRow("recorded") << recorded
                              << QList<SseEvent> { ev("message_start", "{\"type\":\"message_start\"}"),
                                     ev("content_block_delta", "{\"text\":\"Gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80\"}"),
                                     ev("ping", "{}"), ev("", "first\nsecond") };
}

void TestSseDecoder::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<SseEvent>, expected);
    SseDecoder decoder;
    const QList<SseEvent> events = decoder.feed(bytes);
    QCOMPARE(events.size(), expected.size());
    for (qsizetype i = 0; i < events.size(); ++i) {
        QCOMPARE(events.at(i).event, expected.at(i).event);
        QCOMPARE(events.at(i).data, expected.at(i).data);
    }
    QVERIFY(decoder.finish());
}

void TestSseDecoder::everySplitPoint_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("recorded, mixed line endings") << recorded;
    QTest::newRow("crlf pairs") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n");
}

void TestSseDecoder::everySplitPoint()
{
    QFETCH(QByteArray, bytes);
    const QList<SseEvent> whole = SseDecoder().feed(bytes);
    QVERIFY(!whole.isEmpty());
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        const QList<SseEvent> pieces = decodeInPieces(bytes, { cut });
        if (pieces != whole)
            QFAIL(qPrintable(QStringLiteral("different events when cut at byte %1").arg(cut)));
    }
    // One byte at a time.
    QList<qsizetype> all;
    for (qsizetype cut = 1; cut < bytes.size(); ++cut)
        all.append(cut);
    QCOMPARE(decodeInPieces(bytes, all), whole);
}

void TestSseDecoder::everyTwoSplitPoints()
{
    const QByteArray bytes = recorded.left(90);
    const QList<SseEvent> whole = SseDecoder().feed(bytes);
    for (qsizetype a = 1; a < bytes.size(); ++a) {
        for (qsizetype b = a + 1; b < bytes.size(); ++b) {
            if (decodeInPieces(bytes, { a, b }) != whole)
                QFAIL(qPrintable(QStringLiteral("different events when cut at %1 and %2").arg(a).arg(b)));
        }
    }
}

void TestSseDecoder::splitUtf8()
{
    // "😀" is four bytes; cut inside it, the text must still come out whole.
    const QByteArray bytes = "data: \xF0\x9F\x98\x80!\n\n";
    for (qsizetype cut = 7; cut <= 9; ++cut) {
        const QList<SseEvent> events = decodeInPieces(bytes, { cut });
        QCOMPARE(events.size(), 1);
        QCOMPARE(QString::fromUtf8(events.first().data), QStringLiteral("\U0001F600!"));
    }
}

void TestSseDecoder::unfinishedEventAtEnd()
{
    SseDecoder decoder;
    QCOMPARE(decoder.feed(QByteArray("data: a\n\ndata: b\n")).size(), 1);
    QVERIFY(!decoder.finish()); // the standard discards an event without its blank line
    SseDecoder partial;
    QVERIFY(partial.feed(QByteArray("data: a\n\ndata: incompl")).size() == 1);
    QCOMPARE(partial.bufferedBytes(), qsizetype(13));
    QVERIFY(!partial.finish());
}

void TestSseDecoder::lineLimit()
{
    SseDecoder decoder;
    decoder.setMaxLineBytes(16);
    QVERIFY(decoder.feed(QByteArray("data: short\n\n"), [](const SseEvent &) {}));
    QVERIFY(!decoder.feed(QByteArray("data: 0123456789AB"), [](const SseEvent &) {}));
    QVERIFY(decoder.hasError());
    QVERIFY(!decoder.feed(QByteArray("\n\n"), [](const SseEvent &) {}));
    QVERIFY(!decoder.finish());
}

void TestSseDecoder::retryAndId()
{
    SseDecoder decoder;
    const QList<SseEvent> events = decoder.feed(QByteArray("id: 7\nretry: 1500\ndata: x\n\nretry: -1\ndata: y\n\n"));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events.at(0).id, QByteArray("7"));
    QCOMPARE(events.at(0).retryMs, 1500);
    QCOMPARE(events.at(1).id, QByteArray("7")); // the last event id persists
    QCOMPARE(events.at(1).retryMs, -1);
}

QTEST_GUILESS_MAIN(TestSseDecoder)
#include "tst_ssedecoder.moc"
