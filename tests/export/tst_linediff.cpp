#include "export/linediff.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

class TestLineDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unified_data();
    void unified();
    void sameAsDiffTool_data();
    void sameAsDiffTool();
};

void TestLineDiff::unified_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal") << QStringLiteral("a\nb\n") << QStringLiteral("a\nb\n") << QString();
    QTest::newRow("new file") << QString() << QStringLiteral("a\nb\n")
                              << QStringLiteral("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    QTest::newRow("one line") << QStringLiteral("a\nb\nc\n") << QStringLiteral("a\nB\nc\n")
                              << QStringLiteral("--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    QTest::newRow("no newline") << QStringLiteral("a\nb") << QStringLiteral("a\nb\n")
                                << QStringLiteral(
                                       "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
}

void TestLineDiff::unified()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, expected);
    QCOMPARE(LineDiff::unified(oldText, newText, QStringLiteral("old"), QStringLiteral("new")), expected);
}

static QString numbered(int n, const QList<int> &changed, const QString &tag)
{
    QString out;
    for (int i = 1; i <= n; ++i)
        out += changed.contains(i) ? QStringLiteral("%1 %2\n").arg(tag).arg(i) : QStringLiteral("line %1\n").arg(i);
    return out;
}

void TestLineDiff::sameAsDiffTool_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::newRow("far apart") << numbered(40, { 3, 30 }, QStringLiteral("old"))
                               << numbered(40, { 3, 30 }, QStringLiteral("new"));
    QTest::newRow("close together") << numbered(20, { 5, 10 }, QStringLiteral("old"))
                                    << numbered(20, { 5, 10 }, QStringLiteral("new"));
    QTest::newRow("insert and delete") << numbered(30, {}, QString()) + QStringLiteral("tail\n")
                                       << QStringLiteral("head\n") + numbered(25, { 12 }, QStringLiteral("x"));
    QTest::newRow("edges") << numbered(10, { 1, 10 }, QStringLiteral("a"))
                           << numbered(10, { 1, 10 }, QStringLiteral("b"));
}

void TestLineDiff::sameAsDiffTool()
{
    // GNU diff is the reference, where it is installed (it is on every Debian system).
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QTemporaryDir dir;
    QFile a(dir.filePath(QStringLiteral("a"))), b(dir.filePath(QStringLiteral("b")));
    QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    a.write(oldText.toUtf8());
    b.write(newText.toUtf8());
    a.close();
    b.close();
    QProcess diff;
    diff.start(QStringLiteral("diff"),
        { QStringLiteral("-u"), QStringLiteral("--label"), QStringLiteral("old"), QStringLiteral("--label"),
            QStringLiteral("new"), a.fileName(), b.fileName() });
    if (!diff.waitForFinished(30000))
        QSKIP("diff is not installed");
    QCOMPARE(LineDiff::unified(oldText, newText, QStringLiteral("old"), QStringLiteral("new")),
        QString::fromUtf8(diff.readAllStandardOutput()));
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
