#include "providers/ndjsondecoder.h"

#include <QTest>

using namespace awb;

// Newline-delimited JSON lines: complete lines only, whatever the cuts.
class TestNdjsonDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lines_data();
    void lines();
    void everySplitPoint();
    void lastLineWithoutNewline();
    void lineLimit();
};

void TestNdjsonDecoder::lines_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::newRow("two") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << QList<QByteArray> { "{\"a\":1}", "{\"b\":2}" };
    QTest::newRow("crlf") << QByteArray("{\"a\":1}\r\n") << QList<QByteArray> { "{\"a\":1}" };
    QTest::newRow("blank lines skipped") << QByteArray("\n \n{}\n\r\n") << QList<QByteArray> { "{}" };
    QTest::newRow("incomplete kept back") << QByteArray("{}\n{\"x\"") << QList<QByteArray> { "{}" };
}

void TestNdjsonDecoder::lines()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QList<QByteArray>, expected);
    NdjsonDecoder decoder;
    QCOMPARE(decoder.feed(bytes), expected);
}

void TestNdjsonDecoder::everySplitPoint()
{
    const QByteArray bytes = "{\"message\":{\"content\":\"Gr\xC3\xBC\xC3\x9F\"}}\n{\"done\":true}\n";
    const QList<QByteArray> whole = NdjsonDecoder().feed(bytes);
    QCOMPARE(whole.size(), 2);
    for (qsizetype cut = 1; cut < bytes.size(); ++cut) {
        NdjsonDecoder decoder;
        QList<QByteArray> lines = decoder.feed(bytes.left(cut));
        lines += decoder.feed(bytes.mid(cut));
        if (lines != whole)
            QFAIL(qPrintable(QStringLiteral("different lines when cut at %1").arg(cut)));
    }
}

void TestNdjsonDecoder::lastLineWithoutNewline()
{
    NdjsonDecoder decoder;
    QCOMPARE(decoder.feed(QByteArray("{}\n{\"done\":true}")).size(), 1);
    QList<QByteArray> rest;
    QVERIFY(decoder.finish([&rest](QByteArrayView line) { rest.append(line.toByteArray()); }));
    QCOMPARE(rest, QList<QByteArray> { "{\"done\":true}" });
}

void TestNdjsonDecoder::lineLimit()
{
    NdjsonDecoder decoder;
    decoder.setMaxLineBytes(8);
    QVERIFY(!decoder.feed(QByteArray("0123456789"), [](QByteArrayView) {}));
    QVERIFY(decoder.hasError());
    QVERIFY(!decoder.finish([](QByteArrayView) {}));
}

QTEST_GUILESS_MAIN(TestNdjsonDecoder)
#include "tst_ndjsondecoder.moc"
