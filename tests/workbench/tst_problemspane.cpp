#include "agent/diagnosticsmodel.h"
#include "problemspane.h"

#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace awb;

namespace {

Diagnostics sample()
{
    Diagnostic color;
    color.severity = Diagnostic::Severity::Warning;
    color.code = QStringLiteral("unknown-color");
    color.message = QStringLiteral("Claude Code drops 'teal'");
    color.line = 5;
    color.column = 8;
    color.endLine = 5;
    color.endColumn = 12;
    color.fix = TextFix { QStringLiteral("Use 'cyan'"), 40, 4, QStringLiteral("cyan") };

    Diagnostic name;
    name.severity = Diagnostic::Severity::Error;
    name.code = QStringLiteral("skipped-name-dash");
    name.message = QStringLiteral("The name starts with '-'");
    name.line = 2;
    name.column = 7;

    Diagnostic note;
    note.severity = Diagnostic::Severity::Info;
    note.code = QStringLiteral("long-description");
    note.message = QStringLiteral("About 400 tokens");
    note.line = 3;
    note.column = 1;
    return { color, name, note };
}

QModelIndex rowWithLine(QTreeView *view, int line)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, DiagnosticsModel::MessageColumn);
        if (index.data(DiagnosticsModel::LineRole).toInt() == line)
            return index;
    }
    return {};
}

} // namespace

class TestProblemsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsRows();
    void doubleClickActivates();
    void enterActivates();
    void applyFixButton();
    void sortsByLine();

private:
    ProblemsPane *m_pane = nullptr;
};

void TestProblemsPane::init()
{
    m_pane = new ProblemsPane;
    m_pane->resize(600, 200);
    m_pane->setDiagnostics(sample());
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestProblemsPane::cleanup()
{
    delete m_pane;
    m_pane = nullptr;
}

void TestProblemsPane::showsRows()
{
    QCOMPARE(m_pane->view()->model()->rowCount(), 3);
    QCOMPARE(m_pane->summaryText(), QStringLiteral("1 error, 1 warning, 1 note"));
    const QByteArray dir = qgetenv("AWB_GRAB_DIR");
    if (!dir.isEmpty()) {
        m_pane->view()->setCurrentIndex(m_pane->view()->model()->index(0, 0));
        QVERIFY(m_pane->grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/problems.png")));
    }
    QVERIFY(!m_pane->accessibleName().isEmpty());
    m_pane->setDiagnostics({});
    QCOMPARE(m_pane->summaryText(), QStringLiteral("No problems"));
}

void TestProblemsPane::doubleClickActivates()
{
    QSignalSpy spy(m_pane, &ProblemsPane::activated);
    const QModelIndex index = rowWithLine(m_pane->view(), 2);
    QVERIFY(index.isValid());
    const QPoint center = m_pane->view()->visualRect(index).center();
    // A person's double-click: press, release, then the double-click event.
    QTest::mouseClick(m_pane->view()->viewport(), Qt::LeftButton, {}, center);
    QTest::mouseDClick(m_pane->view()->viewport(), Qt::LeftButton, {}, center);
    QTRY_VERIFY(!spy.isEmpty());
    QCOMPARE(spy.last().at(0).toInt(), 2);
    QCOMPARE(spy.last().at(1).toInt(), 7);
}

void TestProblemsPane::enterActivates()
{
    QSignalSpy spy(m_pane, &ProblemsPane::activated);
    m_pane->view()->setFocus();
    m_pane->view()->setCurrentIndex(rowWithLine(m_pane->view(), 5));
    QTest::keyClick(m_pane->view(), Qt::Key_Return);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 5);
    QCOMPARE(spy.at(0).at(1).toInt(), 8);
}

void TestProblemsPane::applyFixButton()
{
    auto *button = m_pane->findChild<QPushButton *>();
    QVERIFY(button);
    QSignalSpy spy(m_pane, &ProblemsPane::fixRequested);

    m_pane->view()->setCurrentIndex(rowWithLine(m_pane->view(), 2)); // no fix
    QVERIFY(!button->isEnabled());
    m_pane->applyCurrentFix();
    QCOMPARE(spy.size(), 0);

    m_pane->view()->setCurrentIndex(rowWithLine(m_pane->view(), 5));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    const auto fix = spy.at(0).at(0).value<TextFix>();
    QCOMPARE(fix, sample().at(0).fix);

    // From the keyboard: Ctrl+. in the list.
    m_pane->view()->setFocus();
    QTest::keySequence(m_pane->view(), QKeySequence(QStringLiteral("Ctrl+.")));
    QCOMPARE(spy.size(), 2);
    QCOMPARE(spy.at(1).at(0).value<TextFix>(), sample().at(0).fix);
    spy.clear();

    // The same from the context menu.
    const QModelIndex index = rowWithLine(m_pane->view(), 5);
    Q_EMIT m_pane->view()->customContextMenuRequested(m_pane->view()->visualRect(index).center());
    QMenu *menu = nullptr;
    QTRY_VERIFY((menu = m_pane->findChild<QMenu *>()) && menu->isVisible());
    QAction *apply = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text().startsWith(QLatin1String("Apply &Fix: Use 'cyan'")))
            apply = action;
    }
    QVERIFY(apply);
    QVERIFY(apply->isEnabled());
    apply->trigger();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<TextFix>(), sample().at(0).fix);
    menu->close();
}

void TestProblemsPane::sortsByLine()
{
    QTreeView *view = m_pane->view();
    view->sortByColumn(DiagnosticsModel::LineColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, DiagnosticsModel::LineColumn).data().toInt(), 2);
    QCOMPARE(view->model()->index(2, DiagnosticsModel::LineColumn).data().toInt(), 5);
    // Activation still reports the right row after sorting.
    QSignalSpy spy(m_pane, &ProblemsPane::activated);
    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Enter);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toInt(), 3);
}

QTEST_MAIN(TestProblemsPane)
#include "tst_problemspane.moc"
