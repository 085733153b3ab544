#include "agent/diagnosticsmodel.h"
#include "agent/plaintooltip.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTextDocument> // Qt::mightBeRichText

using namespace awb;

namespace {

Diagnostic make(
    Diagnostic::Severity severity, int line, const QString &code, const QString &message, const QString &fixLabel = {})
{
    Diagnostic d;
    d.severity = severity;
    d.line = line;
    d.column = 2;
    d.endLine = line;
    d.endColumn = 9;
    d.code = code;
    d.message = message;
    if (!fixLabel.isEmpty())
        d.fix = TextFix { fixLabel, 10, 3, QStringLiteral("abc") };
    return d;
}

Diagnostics sample()
{
    return { make(Diagnostic::Severity::Warning, 7, QStringLiteral("unknown-color"), QStringLiteral("Color dropped"),
                 QStringLiteral("Use orange")),
        make(Diagnostic::Severity::Error, 2, QStringLiteral("skipped-no-name"), QStringLiteral("No name")),
        make(Diagnostic::Severity::Info, 4, QStringLiteral("long-description"), QStringLiteral("Long")) };
}

} // namespace

class TestDiagnosticsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelTester();
    void data();
    void toolTipShowsTheTextAsWritten_data();
    void toolTipShowsTheTextAsWritten();
    void unchangedListKeepsRows();
    void summary();
    void sorting();
};

void TestDiagnosticsModel::modelTester()
{
    DiagnosticsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDiagnostics(sample());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(DiagnosticsModel::ColumnCount));
    model.setDiagnostics({});
    QCOMPARE(model.rowCount(), 0);
    model.setDiagnostics(sample().mid(1));
    QCOMPARE(model.rowCount(), 2);

    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DiagnosticsModel::SortRole);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(DiagnosticsModel::SeverityColumn);
    model.setDiagnostics(sample());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestDiagnosticsModel::data()
{
    DiagnosticsModel model;
    model.setDiagnostics(sample());
    const QModelIndex first = model.index(0, DiagnosticsModel::SeverityColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("warning"));
    QCOMPARE(first.data(Qt::DecorationRole).value<QColor>(),
        QColor(DiagnosticsModel::severityColor(Diagnostic::Severity::Warning)));
    QCOMPARE(model.index(0, DiagnosticsModel::LineColumn).data().toInt(), 7);
    QCOMPARE(model.index(0, DiagnosticsModel::CodeColumn).data().toString(), QStringLiteral("unknown-color"));
    QCOMPARE(model.index(0, DiagnosticsModel::MessageColumn).data().toString(), QStringLiteral("Color dropped"));
    QCOMPARE(first.data(DiagnosticsModel::LineRole).toInt(), 7);
    QCOMPARE(first.data(DiagnosticsModel::ColumnRole).toInt(), 2);
    QCOMPARE(first.data(DiagnosticsModel::EndColumnRole).toInt(), 9);
    QCOMPARE(first.data(DiagnosticsModel::HasFixRole).toBool(), true);
    QCOMPARE(first.data(DiagnosticsModel::FixLabelRole).toString(), QStringLiteral("Use orange"));
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QLatin1String("Fix: Use orange")));
    const QModelIndex second = model.index(1, DiagnosticsModel::MessageColumn);
    QCOMPARE(second.data(DiagnosticsModel::HasFixRole).toBool(), false);
    QCOMPARE(second.data(DiagnosticsModel::SeverityRole).toInt(), int(Diagnostic::Severity::Error));
    QCOMPARE(model.diagnostic(2).code, QStringLiteral("long-description"));
    QCOMPARE(model.headerData(DiagnosticsModel::CodeColumn, Qt::Horizontal).toString(), QStringLiteral("Code"));
    QVERIFY(model.roleNames().contains(DiagnosticsModel::LineRole));
}

void TestDiagnosticsModel::toolTipShowsTheTextAsWritten_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("fixLabel");
    QTest::addColumn<bool>("markup"); // Qt would take the tooltip for rich text
    QTest::newRow("ordinary") << QStringLiteral("Color dropped") << QStringLiteral("Use orange") << false;
    QTest::newRow("tags Qt does not know")
        << QStringLiteral("Wrap examples in <example> and <commentary>") << QString() << false;
    QTest::newRow("markup after the first line")
        << QStringLiteral("Line 3 reads:\n<img src=\"file:///etc/passwd\">") << QString() << false;
    QTest::newRow("bold") << QStringLiteral("<b>reviewer</b> is not a valid name") << QString() << true;
    QTest::newRow("local image quoted from the file")
        << QStringLiteral("Unknown color \"<img src=\"file:///etc/passwd\">\"") << QStringLiteral("Use <i>orange</i>")
        << true;
    QTest::newRow("entity") << QStringLiteral("Expected a &lt;tag&gt; &amp; got none") << QString() << true;
    QTest::newRow("doctype") << QStringLiteral("<!DOCTYPE html><p>hello</p>") << QString() << true;
    QTest::newRow("lines and spaces") << QStringLiteral("\n  <script>alert(1)</script>\n\n\tindented  ")
                                      << QStringLiteral("<u>x</u>") << true;
}

void TestDiagnosticsModel::toolTipShowsTheTextAsWritten()
{
    QFETCH(QString, message);
    QFETCH(QString, fixLabel);
    QFETCH(bool, markup);
    DiagnosticsModel model;
    model.setDiagnostics({ make(Diagnostic::Severity::Warning, 3, QStringLiteral("code"), message, fixLabel) });
    const QString written = fixLabel.isEmpty() ? message : message + QStringLiteral("\nFix: ") + fixLabel;
    QCOMPARE(Qt::mightBeRichText(written), markup);
    for (int column = 0; column < DiagnosticsModel::ColumnCount; ++column) {
        const QString tip = model.index(0, column).data(Qt::ToolTipRole).toString();
        QCOMPARE(toolTipShownText(tip), written);
        if (!markup)
            QCOMPARE(tip, written); // ordinary text is left alone
    }
}

void TestDiagnosticsModel::unchangedListKeepsRows()
{
    DiagnosticsModel model;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setDiagnostics(sample());
    model.setDiagnostics(sample());
    QCOMPARE(resets.size(), 1);
    Diagnostics changed = sample();
    changed[0].line = 8;
    model.setDiagnostics(changed);
    QCOMPARE(resets.size(), 2);
}

void TestDiagnosticsModel::summary()
{
    DiagnosticsModel model;
    QCOMPARE(model.summary(), QString());
    model.setDiagnostics(sample());
    QCOMPARE(model.summary(), QStringLiteral("1 error, 1 warning, 1 note"));
    Diagnostics more = sample();
    more.append(make(Diagnostic::Severity::Warning, 9, QStringLiteral("x"), QStringLiteral("y")));
    model.setDiagnostics(more);
    QCOMPARE(model.count(Diagnostic::Severity::Warning), 2);
    QCOMPARE(model.summary(), QStringLiteral("1 error, 2 warnings, 1 note"));
}

void TestDiagnosticsModel::sorting()
{
    DiagnosticsModel model;
    model.setDiagnostics(sample());
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DiagnosticsModel::SortRole);
    proxy.sort(DiagnosticsModel::SeverityColumn);
    QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("error"));
    QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("warning"));
    QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("note"));
    proxy.sort(DiagnosticsModel::LineColumn);
    QCOMPARE(proxy.index(0, DiagnosticsModel::LineColumn).data().toInt(), 2);
    QCOMPARE(proxy.index(2, DiagnosticsModel::LineColumn).data().toInt(), 7);
}

QTEST_GUILESS_MAIN(TestDiagnosticsModel)
#include "tst_diagnosticsmodel.moc"
