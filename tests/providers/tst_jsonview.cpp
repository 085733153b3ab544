#include "providers/jsonview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace awb;

// The hot-path JSON reader against Qt's own parser: the same verdict on valid and broken texts,
// the same values on lookups.
class TestJsonView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validity_data();
    void validity();
    void mutationsAgreeWithQt();
    void lookups();
    void randomDocuments();
};

void TestJsonView::validity_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty object") << QByteArray("{}") << true;
    QTest::newRow("spaces") << QByteArray(" \n{ \"a\" : [ 1 , 2.5e-3 , -0 , true , false , null ] }\r\n ") << true;
    QTest::newRow("escapes") << QByteArray(R"({"a":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00"})") << true;
    QTest::newRow("utf8") << QByteArray("{\"a\":\"Gr\xC3\xBC\xC3\x9F \xF0\x9F\x98\x80\"}") << true;
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":{"c":[{"d":[]}]}}})") << true;
    QTest::newRow("empty") << QByteArray("") << false;
    QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
    QTest::newRow("unquoted key") << QByteArray(R"({a:1})") << false;
    QTest::newRow("single quotes") << QByteArray(R"({'a':1})") << false;
    QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
    QTest::newRow("bare dot") << QByteArray(R"({"a":1.})") << false;
    QTest::newRow("bad escape") << QByteArray(R"({"a":"\x"})") << false;
    QTest::newRow("short unicode escape") << QByteArray(R"({"a":"\u12"})") << false;
    QTest::newRow("control char") << QByteArray("{\"a\":\"x\ty\"}") << false;
    QTest::newRow("unterminated string") << QByteArray(R"({"a":"abc)") << false;
    QTest::newRow("unclosed") << QByteArray(R"({"a":[1,2})") << false;
    QTest::newRow("two values") << QByteArray(R"({} {})") << false;
    QTest::newRow("overlong utf8") << QByteArray("{\"a\":\"\xC0\xAF\"}") << false;
    QTest::newRow("surrogate utf8") << QByteArray("{\"a\":\"\xED\xA0\x80\"}") << false;
    QTest::newRow("cut utf8") << QByteArray("{\"a\":\"\xF0\x9F\x98\"}") << false;
    QTest::newRow("deep") << QByteArray(300, '[') + QByteArray(300, ']') << false;
    QTest::newRow("truex") << QByteArray(R"({"a":truex})") << false;
}

void TestJsonView::validity()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    JsonView view;
    QCOMPARE(view.parse(text), valid);
}

void TestJsonView::mutationsAgreeWithQt()
{
    const QByteArray sample
        = R"({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"a\"b\\ \u00e9 x"},"n":[1,-2.5e3,true,null]})";
    int compared = 0;
    auto check = [&compared](const QByteArray &text) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        const bool qtValid = error.error == QJsonParseError::NoError && doc.isObject();
        if (!text.trimmed().startsWith('{'))
            return true; // Qt and RFC 8259 differ on scalar roots; events are objects
        JsonView view;
        ++compared;
        const bool ours = view.parse(text);
        // Qt lets unknown escapes like \y through; RFC 8259 (and this reader) does not.
        static const QRegularExpression badEscape(QStringLiteral(R"(\\[^"\\/bfnrtu])"));
        if (qtValid && !ours)
            return QString::fromUtf8(text).contains(badEscape);
        return ours == qtValid;
    };
    for (qsizetype i = 0; i < sample.size(); ++i) {
        QByteArray removed = sample;
        removed.remove(i, 1);
        if (!check(removed))
            QFAIL(qPrintable(
                QStringLiteral("disagree after removing byte %1: %2").arg(i).arg(QString::fromUtf8(removed))));
        for (const char c : { '"', '\\', '{', '}', ',', ':', '0', 'x', ' ' }) {
            QByteArray replaced = sample;
            replaced[i] = c;
            if (!check(replaced))
                QFAIL(qPrintable(
                    QStringLiteral("disagree after setting byte %1: %2").arg(i).arg(QString::fromUtf8(replaced))));
        }
    }
    QVERIFY(compared > 1000);
}

void TestJsonView::lookups()
{
    const QByteArray text = R"( {"type" : "content_block_delta", "index": 3, "big": 12345678901234,
        "skip": {"x": [1, {"y": "}]"}], "z": "\"{"}, "delta": {"type": "text_delta", "text": "Gr\u00fc\u00dfe \ud83d\ude00\n"},
        "f": 1.5, "n": null, "k\u0065y": "escaped key"} )";
    JsonView view;
    QVERIFY(view.parse(text));
    QCOMPARE(view.string({ QLatin1StringView("type") }), QStringLiteral("content_block_delta"));
    QCOMPARE(view.integer({ QLatin1StringView("index") }), qint64(3));
    QCOMPARE(view.integer({ QLatin1StringView("big") }), qint64(12345678901234));
    QCOMPARE(view.string({ QLatin1StringView("delta"), QLatin1StringView("text") }), QStringLiteral("Grüße 😀\n"));
    QCOMPARE(view.raw({ QLatin1StringView("delta"), QLatin1StringView("type") }), QByteArrayView("\"text_delta\""));
    QVERIFY(!view.integer({ QLatin1StringView("f") }));
    QVERIFY(view.isNull({ QLatin1StringView("n") }));
    QVERIFY(!view.string({ QLatin1StringView("missing") }));
    QVERIFY(!view.string({ QLatin1StringView("index"), QLatin1StringView("x") }));
    QVERIFY(!view.string({ QLatin1StringView("delta"), QLatin1StringView("missing") }));
    QCOMPARE(view.string({ QLatin1StringView("key") }), QStringLiteral("escaped key"));
    QCOMPARE(view.string({ QLatin1StringView("skip"), QLatin1StringView("z") }), QStringLiteral("\"{"));
}

void TestJsonView::randomDocuments()
{
    QRandomGenerator random(42);
    const QString alphabet = QStringLiteral("ab \"\\/\n\t\x01é漢😀{}[],:");
    auto randomString = [&] {
        QString s;
        const int length = random.bounded(12);
        for (int i = 0; i < length; ++i) {
            const int at = random.bounded(int(alphabet.size()));
            if (alphabet.at(at).isHighSurrogate() && at + 1 < alphabet.size()) {
                s += alphabet.mid(at, 2);
            } else if (!alphabet.at(at).isLowSurrogate()) {
                s += alphabet.at(at);
            }
        }
        return s;
    };
    for (int round = 0; round < 500; ++round) {
        QJsonObject inner { { QStringLiteral("type"), randomString() }, { QStringLiteral("text"), randomString() } };
        QJsonObject root { { QStringLiteral("pad"),
                               QJsonArray { randomString(), random.bounded(1000),
                                   QJsonObject { { randomString(), randomString() } } } },
            { QStringLiteral("index"), random.bounded(100) }, { QStringLiteral("delta"), inner } };
        for (const auto format : { QJsonDocument::Compact, QJsonDocument::Indented }) {
            const QByteArray text = QJsonDocument(root).toJson(format);
            JsonView view;
            QVERIFY2(view.parse(text), text.constData());
            QCOMPARE(view.string({ QLatin1StringView("delta"), QLatin1StringView("text") }),
                inner.value(QLatin1String("text")).toString());
            QCOMPARE(view.string({ QLatin1StringView("delta"), QLatin1StringView("type") }),
                inner.value(QLatin1String("type")).toString());
            QCOMPARE(view.integer({ QLatin1StringView("index") }), root.value(QLatin1String("index")).toInteger());
        }
    }
}

QTEST_GUILESS_MAIN(TestJsonView)
#include "tst_jsonview.moc"
