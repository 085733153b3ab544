// The Triggers pane as a person uses it: open a library, run the lexical router, read the heatmap, edit a
// description and see the prompts it flips, click a cell for the why, edit the suite, export the report.
#include "agentform.h"
#include "editortab.h"
#include "mainwindow.h"
#include "theme.h"
#include "triggersagentbars.h"
#include "triggersexplanation.h"
#include "triggersheatmapfilter.h"
#include "triggersmapview.h"
#include "triggerspane.h"
#include "triggerssuiteeditor.h"

#include "chatproviders.h"
#include "modelselector.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include "agent/agentbuffer.h"
#include "agent/agentdocument.h"
#include "library/librarymodel.h"
#include "triggers/triggerheatmapmodel.h"
#include "triggers/triggerlibrary.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace awb;

namespace {

const QString ReviewPrompt = QStringLiteral("Review the diff of my last change before I commit it");
const QString LoginPrompt = QStringLiteral("Do a security review of the login handler");

QString samplesDir()
{
    return QStringLiteral(AWB_SOURCE_DIR "/resources/samples/agents");
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to) && QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
}

int rowOf(const TriggerResult &result, const QString &text)
{
    for (int p = 0; p < result.promptCount(); ++p) {
        if (result.prompts.at(p).text == text)
            return p;
    }
    return -1;
}

// A local OpenAI-compatible /v1/embeddings endpoint: one dimension per keyword, so texts about the same
// thing point the same way.
class EmbeddingServer : public QTcpServer
{
public:
    int requests = 0;
    bool hold = false; ///< read requests but never answer (a slow server)
    EmbeddingServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *buffer = new QByteArray;
                connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
                    delete buffer;
                    socket->deleteLater();
                });
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end).toLower();
                    const qsizetype at = head.indexOf("content-length:");
                    const int length
                        = at < 0 ? 0 : head.mid(at + 15, head.indexOf("\r\n", at) - at - 15).trimmed().toInt();
                    if (buffer->size() < end + 4 + length)
                        return;
                    answer(socket, buffer->mid(end + 4, length));
                });
            }
        });
    }

private:
    void answer(QTcpSocket *socket, const QByteArray &body)
    {
        ++requests;
        if (hold)
            return;
        static const QStringList words { QStringLiteral("review"), QStringLiteral("diff"), QStringLiteral("commit"),
            QStringLiteral("doc"), QStringLiteral("readme"), QStringLiteral("changelog"), QStringLiteral("plan"),
            QStringLiteral("design"), QStringLiteral("step"), QStringLiteral("security"), QStringLiteral("secret"),
            QStringLiteral("auth"), QStringLiteral("test"), QStringLiteral("ci"), QStringLiteral("fail") };
        const QJsonArray input = QJsonDocument::fromJson(body).object().value(QStringLiteral("input")).toArray();
        QJsonArray data;
        for (int i = 0; i < input.size(); ++i) {
            const QString text = input.at(i).toString().toLower();
            QJsonArray vector;
            for (const QString &w : words)
                vector.append(text.contains(w) ? 1.0 : 0.0);
            vector.append(0.05);
            data.append(QJsonObject { { QStringLiteral("index"), i }, { QStringLiteral("embedding"), vector } });
        }
        const QByteArray json
            = QJsonDocument(QJsonObject { { QStringLiteral("data"), data } }).toJson(QJsonDocument::Compact);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(json.size()) + "\r\n\r\n" + json);
        socket->disconnectFromHost();
    }
};

} // namespace

class TestTriggersPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void runShowsTheHeatmap();
    void editingADescriptionFlipsPrompts();
    void clickingACellExplainsIt();
    void filtersAndOrder();
    void suiteIsEditedAndSaved();
    void unavailableRoutersSayWhatTheyNeed();
    void brokenSuiteFileIsKept();
    void exportsReports_data();
    void exportsReports();
    void largeMatrixStaysResponsive();
    void liveUpdateAtScale();
    void embeddingRouterShowsCostThenRuns();
    void modelRouterAsksTheSelectedModel();
    void renderScreenshots_data();
    void renderScreenshots();

private:
    QString makeLibrary();
    TriggersPane *pane() const { return m_window->triggers(); }
    void openAndWait();
    void bringPaneToFront();

    QTemporaryDir m_home;
    QTemporaryDir m_recovery;
    QTemporaryDir *m_dir = nullptr;
    MainWindow *m_window = nullptr;
    QString m_project;
};

void TestTriggersPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    // No agents of the person running the tests join the library.
    qputenv("HOME", QFile::encodeName(m_home.path()));
    Theme::apply(Theme::Mode::Light);
}

QString TestTriggersPane::makeLibrary()
{
    const QString agents = m_dir->filePath(QStringLiteral("project/.claude/agents"));
    if (!QDir().mkpath(agents))
        return {};
    for (const QString &name : QDir(samplesDir()).entryList({ QStringLiteral("*.md") }, QDir::Files)) {
        if (!copyFile(samplesDir() + QLatin1Char('/') + name, agents + QLatin1Char('/') + name))
            return {};
    }
    const QString project = m_dir->filePath(QStringLiteral("project"));
    const QString suite = TriggerLibrary::suitePath(project);
    QDir().mkpath(QFileInfo(suite).absolutePath());
    if (!copyFile(samplesDir() + QStringLiteral("/.claude/agent-workbench/triggers.json"), suite))
        return {};
    return project;
}

void TestTriggersPane::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_project = makeLibrary();
    QVERIFY(!m_project.isEmpty());
    m_window = new MainWindow(m_recovery.path());
    m_window->resize(1500, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestTriggersPane::cleanup()
{
    for (EditorTab *tab : m_window->tabs())
        tab->buffer()->markSaved(); // no questions on teardown
    delete m_window;
    m_window = nullptr;
    delete m_dir;
    m_dir = nullptr;
}

void TestTriggersPane::bringPaneToFront()
{
    // The pane is a tab of the side dock's tab widget (its stack's parent).
    QWidget *stack = pane()->parentWidget();
    auto *tabs = qobject_cast<QTabWidget *>(stack ? stack->parentWidget() : nullptr);
    QVERIFY(tabs);
    tabs->setCurrentWidget(pane());
    QVERIFY(pane()->isVisible());
}

void TestTriggersPane::openAndWait()
{
    m_window->openLibrary(m_project);
    // 5 agents; the suite's 22 prompts and the 2 example prompts of test-runner.
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().agentCount() == 5 && pane()->result().promptCount() == 24, 20000);
    QCOMPARE(pane()->suitePath(), m_project + QStringLiteral("/.claude/agent-workbench/triggers.json"));
}

void TestTriggersPane::runShowsTheHeatmap()
{
    openAndWait();
    // Run through the toolbar action as a person would (F5); it answers with a fresh result.
    QSignalSpy shown(pane(), &TriggersPane::resultShown);
    QAction *run = pane()->runAction();
    QVERIFY(run->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    run->trigger();
    QVERIFY(shown.wait(10000));

    const TriggerResult &result = pane()->result();
    QCOMPARE(result.router, QStringLiteral("lexical"));
    QCOMPARE(result.agents,
        QStringList({ QStringLiteral("code-reviewer"), QStringLiteral("docs-writer"), QStringLiteral("planner"),
            QStringLiteral("security-auditor"), QStringLiteral("test-runner") }));
    const int review = rowOf(result, ReviewPrompt);
    QVERIFY(review >= 0);
    TriggerHeatmapModel *model = pane()->heatmapModel();
    QCOMPARE(model->rowCount(), 24);
    QCOMPARE(model->columnCount(), 5);
    QCOMPARE(model->index(review, 0).data(TriggerHeatmapModel::IsWinnerRole).toBool(), true);
    QCOMPARE(model->index(review, 0).data(TriggerHeatmapModel::IsExpectedRole).toBool(), true);
    QCOMPARE(model->index(review, 3).data(TriggerHeatmapModel::IsWinnerRole).toBool(), false);
    QCOMPARE(model->index(review, 0).data(TriggerHeatmapModel::WinnerRole).toString(), QStringLiteral("code-reviewer"));
    // The login prompt goes to the reviewer: a mistake the heatmap marks.
    const int login = rowOf(result, LoginPrompt);
    QVERIFY(login >= 0);
    QCOMPARE(result.winnerName(login), QStringLiteral("code-reviewer"));
    QCOMPARE(model->index(login, 3).data(TriggerHeatmapModel::IsMistakeRole).toBool(), true);
    // The summary speaks of the accuracy, and the other views have their data.
    QCOMPARE(pane()->metrics().total(), 24);
    QVERIFY(pane()->summary()->text().contains(QStringLiteral("% right")));
    QVERIFY(pane()->metrics().confusionSize() == 6);
    QTRY_VERIFY_WITH_TIMEOUT(pane()->mapView()->hasData(), 10000);
    QVERIFY(!pane()->isFlippedBannerShown());

    // The map: anchors are found where they are drawn; clicking a prompt's point explains its winner.
    bringPaneToFront();
    TriggersMapView *map = pane()->mapView();
    pane()->views()->setCurrentWidget(map);
    QCOMPARE(map->itemAt(map->agentPosition(2)), qMakePair(true, 2));
    int clickable = -1;
    for (int p = 0; p < result.promptCount() && clickable < 0; ++p) {
        if (result.winner(p) >= 0 && map->itemAt(map->promptPosition(p)) == qMakePair(false, p))
            clickable = p;
    }
    QVERIFY(clickable >= 0);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->promptPosition(clickable).toPoint());
    QCOMPARE(pane()->views()->currentIndex(), 0);
    QCOMPARE(pane()->explanation()->prompt(), clickable);
    QCOMPARE(pane()->explanation()->agent(), result.winner(clickable));
}

void TestTriggersPane::editingADescriptionFlipsPrompts()
{
    openAndWait();
    const int login = rowOf(pane()->result(), LoginPrompt);
    QCOMPARE(pane()->result().winnerName(login), QStringLiteral("code-reviewer"));

    QVERIFY(m_window->openFile(m_project + QStringLiteral("/.claude/agents/security-auditor.md")));
    EditorTab *tab = m_window->currentTab();
    QVERIFY(tab);
    tab->showForm();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QPlainTextEdit *description = tab->form()->descriptionEdit();
    description->setFocus();
    QTRY_VERIFY(description->hasFocus());
    description->moveCursor(QTextCursor::End);
    QSignalSpy shown(pane(), &TriggersPane::resultShown);
    QTest::keyClicks(description, QStringLiteral(" Reviews login handlers and security of every review."));
    QVERIFY(tab->isModified());
    QVERIFY(tab->buffer()->document().description().contains(QStringLiteral("login handlers")));

    // The lexical result follows the unsaved text; the prompt that now reaches the auditor is flagged.
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().winnerName(login) == QStringLiteral("security-auditor"), 10000);
    QTRY_VERIFY(pane()->flippedRows().contains(login));
    QVERIFY(pane()->isFlippedBannerShown());
    QVERIFY2(pane()->flippedBanner()->text().contains(QStringLiteral("flipped")),
        qPrintable(pane()->flippedBanner()->text()));
    QVERIFY(pane()->flippedBanner()->text().contains(QStringLiteral("now right: 1")));
    QCOMPARE(pane()->heatmapModel()->index(login, 3).data(TriggerHeatmapModel::FlippedRole).toBool(), true);
    QCOMPARE(pane()->heatmapModel()->index(login, 3).data(TriggerHeatmapModel::IsWinnerRole).toBool(), true);
    QVERIFY(!shown.isEmpty());
    // "Show only these" narrows the heatmap to the flipped prompts.
    pane()->heatmapFilter()->setOnlyFlipped(true);
    QCOMPARE(pane()->heatmapFilter()->rowCount(), int(pane()->flippedRows().size()));
    pane()->heatmapFilter()->setOnlyFlipped(false);

    // Undoing the edit brings the saved state back: nothing flipped.
    tab->buffer()->textDocument()->undo();
    while (tab->buffer()->textDocument()->isUndoAvailable() && tab->isModified())
        tab->buffer()->textDocument()->undo();
    QVERIFY(!tab->isModified());
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().winnerName(login) == QStringLiteral("code-reviewer"), 10000);
    QTRY_VERIFY(!pane()->isFlippedBannerShown());
}

void TestTriggersPane::clickingACellExplainsIt()
{
    openAndWait();
    bringPaneToFront();
    const int review = rowOf(pane()->result(), ReviewPrompt);
    QTableView *view = pane()->heatmapView();
    const QModelIndex cell = pane()->heatmapFilter()->mapFromSource(pane()->heatmapModel()->index(review, 0));
    QVERIFY(cell.isValid());
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
    QCOMPARE(pane()->explanation()->prompt(), review);
    QCOMPARE(pane()->explanation()->agent(), 0);
    const QString text = pane()->explanation()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Matched terms")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("diff")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("code-reviewer")));
    // The matched word is highlighted in the prompt (a span with a background).
    QVERIFY(pane()->explanation()->toHtml().contains(QStringLiteral("background-color")));

    // Keyboard: moving right explains the next agent's cell.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(pane()->explanation()->agent(), 1);
}

void TestTriggersPane::filtersAndOrder()
{
    openAndWait();
    TriggersHeatmapFilter *filter = pane()->heatmapFilter();
    const int wrong = pane()->metrics().total() - pane()->metrics().correct();
    QVERIFY(wrong > 0);
    filter->setOnlyWrong(true);
    QCOMPARE(filter->rowCount(), wrong);
    filter->setOnlyWrong(false);
    filter->setText(QStringLiteral("login"));
    QCOMPARE(filter->rowCount(), 1);
    filter->setText(QString());
    QCOMPARE(filter->rowCount(), 24);
    filter->setOrder(TriggersHeatmapFilter::Order::MistakesFirst);
    QCOMPARE(filter->index(0, 0).data(TriggerHeatmapModel::RowCorrectRole).toBool(), false);
    QCOMPARE(filter->index(23, 0).data(TriggerHeatmapModel::RowCorrectRole).toBool(), true);
    // By keyboard: the order list offers each agent's scores (what a click on its column header does).
    auto *order = pane()->findChild<QComboBox *>(QStringLiteral("HeatmapOrder"));
    QVERIFY(order);
    QCOMPARE(order->count(), 3 + 5);
    order->setCurrentIndex(3 + 1); // docs-writer's scores, highest first
    QCOMPARE(filter->order(), TriggersHeatmapFilter::Order::Column);
    QVERIFY(filter->index(0, 1).data(TriggerHeatmapModel::ScoreRole).toDouble()
        >= filter->index(1, 1).data(TriggerHeatmapModel::ScoreRole).toDouble());
    QCOMPARE(filter->index(0, 1).data(TriggerHeatmapModel::ExpectedRole).toString(), QStringLiteral("docs-writer"));

    // A confusion cell, activated, narrows the heatmap to its prompts: planner → none.
    bringPaneToFront();
    pane()->views()->setCurrentIndex(1);
    auto *confusion = pane()->findChild<QTableView *>(QStringLiteral("ConfusionView"));
    QVERIFY(confusion);
    const QModelIndex plannerToNone = confusion->model()->index(2, 5);
    const int count = plannerToNone.data(Qt::DisplayRole).toInt();
    QVERIFY(count > 0);
    confusion->setFocus();
    confusion->setCurrentIndex(plannerToNone);
    QTest::keyClick(confusion, Qt::Key_Return);
    QCOMPARE(pane()->views()->currentIndex(), 0);
    QCOMPARE(filter->rowCount(), count);
    QCOMPARE(filter->index(0, 0).data(TriggerHeatmapModel::ExpectedRole).toString(), QStringLiteral("planner"));
    auto *route = pane()->findChild<QToolButton *>(QStringLiteral("RouteFilter"));
    QVERIFY(route && route->isVisible());
    QTest::mouseClick(route, Qt::LeftButton);
    QCOMPARE(filter->rowCount(), 24);

    // Clicking an agent's bars shows its mistakes: the prompts it steals and loses.
    bringPaneToFront();
    pane()->views()->setCurrentIndex(2);
    auto *bars = pane()->findChild<TriggersAgentBars *>();
    QVERIFY(bars);
    const QRect row = bars->rowRect(QStringLiteral("security-auditor"));
    QVERIFY(!row.isEmpty());
    QTest::mouseClick(bars, Qt::LeftButton, {}, row.center());
    QCOMPARE(pane()->views()->currentIndex(), 0);
    const AgentMetrics auditor = pane()->metrics().agents().at(3);
    QCOMPARE(auditor.name, QStringLiteral("security-auditor"));
    QCOMPARE(filter->rowCount(), int(auditor.steals.size() + auditor.loses.size()));
}

void TestTriggersPane::suiteIsEditedAndSaved()
{
    openAndWait();
    TriggersSuiteEditor *editor = pane()->suiteEditor();
    // Example prompts are listed read-only with their origin.
    QTableWidget *table = editor->table();
    QCOMPARE(table->rowCount(), 24);
    QVERIFY(table->item(0, TriggersSuiteEditor::OriginColumn)->text().contains(QStringLiteral("test-runner")));
    QVERIFY(!(table->item(0, TriggersSuiteEditor::PromptColumn)->flags() & Qt::ItemIsEditable));
    QVERIFY(table->item(2, TriggersSuiteEditor::PromptColumn)->flags() & Qt::ItemIsEditable);

    editor->addPrompt(QStringLiteral("Write the docs for the new plugin API"), QStringLiteral("docs-writer"));
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().promptCount() == 25, 10000);
    TriggerSuite saved;
    QString error;
    QVERIFY(TriggerSuite::load(pane()->suitePath(), &saved, &error));
    QCOMPARE(saved.size(), 23);
    QCOMPARE(saved.prompts().last().expected, QStringLiteral("docs-writer"));

    // Editing a prompt's text in the table, as typing would.
    const int last = table->rowCount() - 1;
    table->item(last, TriggersSuiteEditor::PromptColumn)->setText(QStringLiteral("Document the plugin API"));
    QVERIFY(TriggerSuite::load(pane()->suitePath(), &saved, &error));
    QCOMPARE(saved.prompts().last().text, QStringLiteral("Document the plugin API"));

    // The expected agent is picked from the library's names.
    QTableWidgetItem *expected = table->item(last, TriggersSuiteEditor::ExpectedColumn);
    table->setCurrentItem(expected);
    table->editItem(expected);
    auto *combo = table->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QCOMPARE(combo->count(), 6); // (none) and the five agents
    combo->setCurrentIndex(combo->findText(QStringLiteral("planner")));
    QTest::keyClick(combo, Qt::Key_Return); // the delegate commits from the event loop
    QTRY_COMPARE(editor->suite().prompts().last().expected, QStringLiteral("planner"));
    QVERIFY(TriggerSuite::load(pane()->suitePath(), &saved, &error));
    QCOMPARE(saved.prompts().last().expected, QStringLiteral("planner"));

    // Import a CSV file; a broken file adds nothing and says why.
    const QString csv = m_dir->filePath(QStringLiteral("more.csv"));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("prompt,expected\n\"Plan the 3.0 release, step by step\",planner\nTell me a joke,\n");
    f.close();
    QVERIFY(editor->importFile(csv, &error));
    QVERIFY(TriggerSuite::load(pane()->suitePath(), &saved, &error));
    QCOMPARE(saved.size(), 25);
    QVERIFY(saved.prompts().last().expectsNone());
    const QString bad = m_dir->filePath(QStringLiteral("bad.json"));
    QFile b(bad);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("{ not json");
    b.close();
    QVERIFY(!editor->importFile(bad, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(editor->suite().size(), 25);

    editor->removeUserPrompt(editor->suite().size() - 1);
    QVERIFY(TriggerSuite::load(pane()->suitePath(), &saved, &error));
    QCOMPARE(saved.size(), 24);
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().promptCount() == 26, 10000);
}

void TestTriggersPane::unavailableRoutersSayWhatTheyNeed()
{
    QCOMPARE(pane()->routerId(), QStringLiteral("lexical"));
    auto *router = pane()->findChild<QComboBox *>(QStringLiteral("RouterChoice"));
    QVERIFY(router);
    auto *items = qobject_cast<QStandardItemModel *>(router->model());
    QVERIFY(items);
    // Not configured in a fresh profile: the embeddings endpoint.
    QVERIFY(!pane()->setRouter(QStringLiteral("embedding")));
    QCOMPARE(pane()->routerId(), QStringLiteral("lexical"));
    // Every router that cannot run says what it needs; one that can (a key in the environment, claude on
    // the PATH) says what it measures.
    for (int i = 1; i < router->count(); ++i) {
        const QString tip = router->itemData(i, Qt::ToolTipRole).toString();
        if (items->item(i)->isEnabled())
            QVERIFY2(!tip.contains(QStringLiteral("Needs")), qPrintable(tip));
        else
            QVERIFY2(tip.contains(QStringLiteral("Needs")), qPrintable(tip));
    }
    const int claude = router->findData(QStringLiteral("claude-code"));
    QVERIFY(router->itemData(claude, Qt::ToolTipRole).toString().contains(QStringLiteral("claude CLI")));
    QCOMPARE(items->item(claude)->isEnabled(), !QStandardPaths::findExecutable(QStringLiteral("claude")).isEmpty());
}

void TestTriggersPane::brokenSuiteFileIsKept()
{
    const QString path = TriggerLibrary::suitePath(m_project);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{\"format\": \"agent-workbench-trigger-suite\", \"version\": 99, \"prompts\": []}");
    f.close();
    m_window->openLibrary(m_project);
    auto *status = pane()->findChild<QLabel *>(QStringLiteral("TriggersStatus"));
    QVERIFY(status);
    QTRY_VERIFY(!status->isHidden());
    QVERIFY2(status->text().contains(QStringLiteral("could not be read")), qPrintable(status->text()));
    // The examples still make a suite, and the file is left as it was.
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().promptCount() == 2, 20000);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"version\": 99"));
}

void TestTriggersPane::exportsReports_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("html") << int(TriggersPane::ExportFormat::Html) << QStringLiteral("r.html")
                          << QStringLiteral("data:image/png;base64,");
    QTest::newRow("csv") << int(TriggersPane::ExportFormat::Csv) << QStringLiteral("r.csv") << ReviewPrompt;
    QTest::newRow("json") << int(TriggersPane::ExportFormat::Json) << QStringLiteral("r.json")
                          << QStringLiteral("\"accuracy\"");
}

void TestTriggersPane::exportsReports()
{
    QFETCH(int, format);
    QFETCH(QString, file);
    QFETCH(QString, mustContain);
    QString error;
    QVERIFY(!pane()->exportReport(m_dir->filePath(file), TriggersPane::ExportFormat(format), &error));
    QVERIFY(error.contains(QStringLiteral("run")));
    openAndWait();
    QTRY_VERIFY_WITH_TIMEOUT(pane()->mapView()->hasData(), 10000);
    const QString path = m_dir->filePath(file);
    QVERIFY2(pane()->exportReport(path, TriggersPane::ExportFormat(format), &error), qPrintable(error));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(mustContain), qPrintable(text.left(400)));
    if (file.endsWith(QStringLiteral(".html"))) {
        QCOMPARE(text.count(QStringLiteral("data:image/png;base64,")), 2); // the map and the agents' bars
        QVERIFY(!text.contains(QStringLiteral("src=\"http"))); // self-contained
        QDir().mkpath(QStringLiteral(AWB_BINARY_DIR "/screenshots"));
        QFile::remove(QStringLiteral(AWB_BINARY_DIR "/screenshots/triggers-report.html"));
        QFile::copy(path, QStringLiteral(AWB_BINARY_DIR "/screenshots/triggers-report.html"));
    }
    if (file.endsWith(QStringLiteral(".json"))) {
        const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("total")).toInt(), 24);
    }
    // A folder that cannot be written says so.
    QVERIFY(!pane()->exportReport(
        QStringLiteral("/nonexistent-dir/x/") + file, TriggersPane::ExportFormat(format), &error));
    QVERIFY(!error.isEmpty());
}

void TestTriggersPane::largeMatrixStaysResponsive()
{
    // 500 prompts × 200 agents: the model and the view hold it without per-cell widgets; painting a
    // screenful only touches the visible cells.
    QStringList agents;
    for (int a = 0; a < 200; ++a)
        agents.append(QStringLiteral("agent-%1").arg(a));
    TriggerPrompts prompts;
    for (int p = 0; p < 500; ++p)
        prompts.append(TriggerPrompt::user(QStringLiteral("prompt number %1").arg(p), agents.at(p % 200)));
    TriggerResult result(agents, prompts);
    for (int p = 0; p < 500; ++p) {
        for (int a = 0; a < 200; ++a)
            result.setScore(p, a, float(((p * 31 + a * 17) % 100) / 100.0));
    }
    result.decide();
    bringPaneToFront();
    TriggerHeatmapModel *model = pane()->heatmapModel();
    QElapsedTimer timer;
    timer.start();
    model->setResult(result);
    pane()->heatmapView()->viewport()->repaint();
    const QImage shot = pane()->heatmapView()->grab().toImage();
    qInfo("500 x 200 heatmap: set and painted in %lld ms", timer.elapsed());
    QCOMPARE(pane()->heatmapFilter()->rowCount(), 500);
    QCOMPARE(pane()->heatmapFilter()->columnCount(), 200);
    QVERIFY(!shot.isNull());
    timer.restart();
    pane()->heatmapView()->scrollToBottom();
    pane()->heatmapView()->viewport()->repaint();
    qInfo("scrolled to the bottom and painted in %lld ms", timer.elapsed());
}

void TestTriggersPane::embeddingRouterShowsCostThenRuns()
{
    EmbeddingServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QSettings().setValue(
        QStringLiteral("triggers/embeddingUrl"), QStringLiteral("http://127.0.0.1:%1/v1").arg(server.serverPort()));
    QSettings().setValue(QStringLiteral("triggers/embeddingModel"), QStringLiteral("test-embed"));
    openAndWait();
    const TriggerResult lexical = pane()->result();
    pane()->updateRouterAvailability();
    QVERIFY(pane()->setRouter(QStringLiteral("embedding")));
    // Nothing is sent before the person has seen what the run costs.
    pane()->runAction()->trigger();
    QVERIFY(pane()->isCostConfirmationShown());
    QVERIFY(!pane()->isRunning());
    QCOMPARE(server.requests, 0);
    QTest::mouseClick(pane()->confirmRunButton(), Qt::LeftButton);
    QVERIFY(pane()->isRunning());
    QVERIFY(!pane()->isCostConfirmationShown());
    QVERIFY(pane()->progressBar()->isVisible());
    QVERIFY(!pane()->runAction()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!pane()->isRunning(), 20000);
    QVERIFY(server.requests > 0);
    QCOMPARE(pane()->result().router, QStringLiteral("embedding"));
    QCOMPARE(pane()->result().promptCount(), 24);
    QCOMPARE(pane()->result().winnerName(rowOf(pane()->result(), ReviewPrompt)), QStringLiteral("code-reviewer"));
    QVERIFY(!pane()->progressBar()->isVisible());
    QVERIFY(pane()->runAction()->isEnabled());
    // Where the two routers disagree is marked like a flip, against the lexical result.
    QList<int> differ;
    for (int p = 0; p < lexical.promptCount(); ++p) {
        if (lexical.winner(p) != pane()->result().winner(p))
            differ.append(p);
    }
    qInfo("the embedding and lexical routers disagree on %d prompts", int(differ.size()));
    QCOMPARE(pane()->flippedRows(), differ);
    QCOMPARE(pane()->isFlippedBannerShown(), !differ.isEmpty());
    if (!differ.isEmpty())
        QVERIFY(pane()->flippedBanner()->text().contains(QStringLiteral("lexical router")));
    // A slow server: the run can be cancelled, and says so.
    server.hold = true;
    const int before = server.requests;
    QSettings().setValue(QStringLiteral("triggers/embeddingModel"), QStringLiteral("test-embed-uncached"));
    pane()->updateRouterAvailability();
    pane()->runAction()->trigger();
    QTest::mouseClick(pane()->confirmRunButton(), Qt::LeftButton);
    QVERIFY(pane()->isRunning());
    QTRY_VERIFY(server.requests > before); // the request is out, its answer never comes
    QVERIFY(pane()->cancelAction()->isEnabled());
    pane()->cancelAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!pane()->isRunning(), 10000);
    auto *status = pane()->findChild<QLabel *>(QStringLiteral("TriggersStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QVERIFY(pane()->runAction()->isEnabled());

    // Back to the lexical router: its result is shown again.
    QVERIFY(pane()->setRouter(QStringLiteral("lexical")));
    QCOMPARE(pane()->result().router, QStringLiteral("lexical"));
    QSettings().remove(QStringLiteral("triggers"));
}

void TestTriggersPane::liveUpdateAtScale()
{
    // 200 agents and 500 prompts through the whole pane: a keystroke's worth of change comes back as a
    // shown result, off the GUI thread; the figure is printed, not asserted.
    const QString agents = m_dir->filePath(QStringLiteral("big/.claude/agents"));
    QVERIFY(QDir().mkpath(agents));
    QStringList vocabulary;
    for (int w = 0; w < 600; ++w)
        vocabulary.append(QStringLiteral("term%1x").arg(w));
    auto words = [&vocabulary](int seed, int count) {
        QStringList out;
        quint32 state = quint32(seed) * 2654435761u + 1;
        for (int i = 0; i < count; ++i) {
            state = state * 1664525u + 1013904223u;
            out.append(vocabulary.at(int(state % quint32(vocabulary.size()))));
        }
        return out.join(QLatin1Char(' '));
    };
    for (int a = 0; a < 200; ++a) {
        QFile f(agents + QStringLiteral("/agent-%1.md").arg(a, 3, 10, QLatin1Char('0')));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("---\nname: agent-%1\ndescription: Use for %2\n---\nBody.\n")
                    .arg(a, 3, 10, QLatin1Char('0'))
                    .arg(words(a, 30))
                    .toUtf8());
    }
    TriggerSuite suite;
    for (int p = 0; p < 500; ++p)
        suite.add(TriggerPrompt::user(words(p % 200, 6) + QStringLiteral(" please"),
            QStringLiteral("agent-%1").arg(p % 200, 3, 10, QLatin1Char('0'))));
    const QString project = m_dir->filePath(QStringLiteral("big"));
    QDir().mkpath(QFileInfo(TriggerLibrary::suitePath(project)).absolutePath());
    QString error;
    QVERIFY(suite.save(TriggerLibrary::suitePath(project), &error));
    m_window->openLibrary(project);
    QTRY_VERIFY_WITH_TIMEOUT(pane()->result().agentCount() == 200 && pane()->result().promptCount() == 500, 60000);
    bringPaneToFront();

    const TriggerAgent first = pane()->libraryAgents().at(0);
    const QString edited = QStringLiteral("---\nname: %1\ndescription: %2 %3\n---\nBody.\n")
                               .arg(first.name, first.description, words(7, 12));
    QSignalSpy shown(pane(), &TriggersPane::resultShown);
    QElapsedTimer timer;
    timer.start();
    pane()->documentEdited(AgentDocument::fromText(edited, first.path));
    QVERIFY(shown.wait(20000));
    qInfo("200 agents x 500 prompts: an edit of one description shown after %lld ms (scoring and views)",
        timer.elapsed());
    QCOMPARE(pane()->result().promptCount(), 500);
    QVERIFY(pane()->resultAgents().at(0).description.endsWith(words(7, 12)));
    QDir().mkpath(QStringLiteral(AWB_BINARY_DIR "/screenshots"));
    QVERIFY(m_window->grab().save(QStringLiteral(AWB_BINARY_DIR "/screenshots/triggers-large.png")));
}

void TestTriggersPane::modelRouterAsksTheSelectedModel()
{
    // The model of the toolbar's selector, served by the local provider test server answering with an Agent
    // tool call that delegates every prompt to the code reviewer.
    awb::test::ProviderTestServer server;
    QVERIFY(server.listen());
    server.setReply("POST", "/v1/messages",
        awb::test::ProviderTestServer::Reply::sse(awb::test::ProviderStreams::anthropicToolUse(
            QStringLiteral("Delegating."), QStringLiteral("toolu_1"), QStringLiteral("Agent"),
            { QStringLiteral("{\"description\":\"do it\",\"prompt\":\"the task\",\"subagent_type\":\""),
                QStringLiteral("code-reviewer\"}") },
            { 12, 30, 900, 0 })));
    openAndWait();
    auto *providers = m_window->findChild<ChatProviders *>();
    QVERIFY(providers);
    ProviderConfig config = ProviderConfig::anthropic();
    config.id = QStringLiteral("anthropic-test");
    config.baseUrl = server.url();
    config.retry.maxRetries = 0;
    const QString id = providers->addDetected(config);
    providers->setKey(id, { QStringLiteral("sk-test-secret-0123"), QStringLiteral("127.0.0.1") });
    m_window->modelSelector()->setCurrent({ id, QStringLiteral("claude-test-model") });
    pane()->updateRouterAvailability();
    QVERIFY(pane()->setRouter(QStringLiteral("model")));

    pane()->runAction()->trigger();
    QVERIFY(pane()->isCostConfirmationShown());
    QCOMPARE(server.requestCount(), 0);
    QVERIFY(pane()
                ->findChild<QLabel *>(QStringLiteral("CostEstimate"))
                ->text()
                .contains(QStringLiteral("claude-test-model")));
    QDir().mkpath(QStringLiteral(AWB_BINARY_DIR "/screenshots"));
    bringPaneToFront();
    pane()->grab().save(QStringLiteral(AWB_BINARY_DIR "/screenshots/triggers-model-cost.png"));
    QTest::mouseClick(pane()->confirmRunButton(), Qt::LeftButton);
    QVERIFY(pane()->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!pane()->isRunning(), 60000);
    auto *status = pane()->findChild<QLabel *>(QStringLiteral("TriggersStatus"));
    QVERIFY2(pane()->result().router == QStringLiteral("model"), qPrintable(status->text()));
    QCOMPARE(pane()->result().promptCount(), 24);
    const int review = rowOf(pane()->result(), ReviewPrompt);
    QVERIFY2(pane()->result().winnerName(review) == QStringLiteral("code-reviewer"),
        qPrintable(status->text() + QStringLiteral(" | winner: ") + pane()->result().winnerName(review)
            + QStringLiteral(" | ") + QString::fromUtf8(server.lastRequest().body.left(300))));
    QCOMPARE(pane()->result().score(review, 0), 1.0f); // every sample chose it
    QVERIFY(server.requestCount() >= 24);
    // The explanation of a cell is the model's own answer.
    pane()->selectCell(review, 0);
    const QString why = pane()->explanation()->toPlainText();
    QVERIFY2(why.contains(QStringLiteral("The model's answers")), qPrintable(why));
    pane()->grab().save(QStringLiteral(AWB_BINARY_DIR "/screenshots/triggers-model.png"));
}

void TestTriggersPane::renderScreenshots_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestTriggersPane::renderScreenshots()
{
    // Pictures for docs/screenshots, not a check: rendered only on request, so a run under load
    // never waits on them.
    const QString dir = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AWB_SCREENSHOT_DIR to render the Triggers pane screenshots");
    QFETCH(QString, theme);
    Theme::apply(Theme::fromString(theme));
    openAndWait();
    QDir().mkpath(dir);
    // The whole window with the Triggers tab in front and the dock widened, as a person would arrange it.
    bringPaneToFront();
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("PreviewDock"));
    QVERIFY(dock);
    m_window->resizeDocks({ dock }, { 760 }, Qt::Horizontal);
    QTRY_VERIFY_WITH_TIMEOUT(pane()->mapView()->hasData(), 10000);
    pane()->selectCell(rowOf(pane()->result(), LoginPrompt), 3);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/triggers-window-%1.png").arg(theme)));

    // Live: an unsaved edit of the auditor's description, and the prompt it wins back.
    QVERIFY(m_window->openFile(m_project + QStringLiteral("/.claude/agents/security-auditor.md")));
    EditorTab *tab = m_window->currentTab();
    tab->showForm();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    tab->form()->descriptionEdit()->setFocus();
    tab->form()->descriptionEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(tab->form()->descriptionEdit(), QStringLiteral(" Reviews login handlers."));
    QTRY_VERIFY_WITH_TIMEOUT(pane()->isFlippedBannerShown(), 10000);
    pane()->selectCell(rowOf(pane()->result(), LoginPrompt), 3);
    QVERIFY(m_window->grab().save(dir + QStringLiteral("/triggers-live-%1.png").arg(theme)));

    // Each view of the pane on its own, at a size that shows it whole.
    TriggersPane standalone(m_window->library());
    standalone.setSuiteFolder(m_project);
    standalone.resize(780, 900);
    standalone.show();
    QVERIFY(QTest::qWaitForWindowExposed(&standalone));
    QTRY_VERIFY_WITH_TIMEOUT(standalone.result().promptCount() == 24 && standalone.mapView()->hasData(), 20000);
    standalone.selectCell(rowOf(standalone.result(), LoginPrompt), 3);
    const QStringList names { QStringLiteral("heatmap"), QStringLiteral("confusion"), QStringLiteral("agents"),
        QStringLiteral("map"), QStringLiteral("suite") };
    for (int i = 0; i < names.size(); ++i) {
        standalone.views()->setCurrentIndex(i);
        const QImage image = standalone.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(image.save(dir + QStringLiteral("/triggers-%1-%2.png").arg(names.at(i), theme)));
    }
    Theme::apply(Theme::Mode::Light);
}

QTEST_MAIN(TestTriggersPane)
#include "tst_triggerspane.moc"
