#include "agent/plaintooltip.h"
#include "library/librarymodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument> // Qt::mightBeRichText

using namespace awb;

class TestLibraryModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsScopesAndBadges();
    void precedenceAndCollisions();
    void watchesTheDisk();
    void burstOfFiles();
    void removedFolder();
    void filter();
    void projectFolderMeansClaudeAgents();
    void pluginFolders();
    void toolTipShowsTheTextAsWritten_data();
    void toolTipShowsTheTextAsWritten();

private:
    void write(const QString &relative, const QByteArray &bytes);
    QModelIndex group(AgentScope scope) const;
    QStringList names(AgentScope scope) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LibraryModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

static QByteArray agent(const QByteArray &name, const QByteArray &extra = {})
{
    return "---\nname: " + name + "\ndescription: Use proactively for " + name + ".\n" + extra + "---\nBody.\n";
}

void TestLibraryModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_model = std::make_unique<LibraryModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestLibraryModel::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QModelIndex TestLibraryModel::group(AgentScope scope) const
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex g = m_model->index(r, 0);
        if (g.data(LibraryModel::ScopeRole).toInt() == int(scope))
            return g;
    }
    return {};
}

QStringList TestLibraryModel::names(AgentScope scope) const
{
    QStringList out;
    const QModelIndex g = group(scope);
    for (int r = 0; r < m_model->rowCount(g); ++r)
        out.append(m_model->index(r, 0, g).data().toString());
    return out;
}

void TestLibraryModel::loadsScopesAndBadges()
{
    write(QStringLiteral("p/b.md"), agent("bravo", "color: teal\n"));
    write(QStringLiteral("p/sub/a.md"), agent("alpha", "color: red\n"));
    write(QStringLiteral("p/broken.md"), "---\nname: broken\n---\nno description\n");
    write(QStringLiteral("p/notes.txt"), "not an agent");
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("p")));
    QVERIFY(done.wait());
    QCOMPARE(names(AgentScope::Project), QStringList({ "alpha", "bravo", "broken" }));
    const QModelIndex g = group(AgentScope::Project);
    QCOMPARE(g.data().toString(), QStringLiteral("Project (3)"));
    const QModelIndex alpha = m_model->index(0, 0, g);
    QCOMPARE(alpha.data(LibraryModel::ColorRole).toString(), QStringLiteral("red"));
    QCOMPARE(alpha.data(LibraryModel::LoadsRole).toBool(), true);
    QCOMPARE(alpha.data(LibraryModel::BadgeRole).toString(), QString());
    const QModelIndex bravo = m_model->index(1, 0, g);
    QCOMPARE(bravo.data(LibraryModel::ColorRole).toString(), QString()); // teal is dropped
    QCOMPARE(bravo.data(LibraryModel::WarningCountRole).toInt(), 1);
    QCOMPARE(bravo.data(LibraryModel::BadgeRole).toString(), QStringLiteral("⚠ 1"));
    const QModelIndex broken = m_model->index(2, 0, g);
    QCOMPARE(broken.data(LibraryModel::LoadsRole).toBool(), false);
    QVERIFY(broken.data(Qt::ToolTipRole).toString().contains(QLatin1String("Skipped by Claude Code")));
    QVERIFY(broken.data(LibraryModel::BadgeRole).toString().startsWith(QChar(0x2717)));
    QCOMPARE(m_model->indexForPath(m_dir->filePath(QStringLiteral("p/sub/a.md"))), alpha);
}

void TestLibraryModel::precedenceAndCollisions()
{
    write(QStringLiteral("user/reviewer.md"), agent("reviewer"));
    write(QStringLiteral("proj/reviewer.md"), agent("reviewer"));
    write(QStringLiteral("proj/x/one.md"), agent("twin"));
    write(QStringLiteral("proj/y/two.md"), agent("twin"));
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::User, m_dir->filePath(QStringLiteral("user")));
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("proj")));
    QTRY_VERIFY(!m_model->isScanning());
    const QModelIndex userReviewer = m_model->index(0, 0, group(AgentScope::User));
    QVERIFY(userReviewer.data(LibraryModel::ShadowedByRole).toString().contains(QLatin1String("project beats user")));
    QCOMPARE(userReviewer.data(LibraryModel::BadgeRole).toString(), QStringLiteral("↧"));
    const QModelIndex projectGroup = group(AgentScope::Project);
    QCOMPARE(names(AgentScope::Project), QStringList({ "reviewer", "twin", "twin" }));
    QVERIFY(m_model->index(0, 0, projectGroup).data(LibraryModel::ShadowedByRole).toString().isEmpty());
    // The winner says whom it beats, and why.
    const QStringList overrides = m_model->index(0, 0, projectGroup).data(LibraryModel::OverridesRole).toStringList();
    QCOMPARE(overrides.size(), 1);
    QVERIFY(overrides.first().startsWith(userReviewer.data(LibraryModel::FilePathRole).toString()));
    QVERIFY(overrides.first().endsWith(QLatin1String("(project beats user)")));
    QVERIFY(m_model->index(0, 0, projectGroup).data(Qt::ToolTipRole).toString().contains(QLatin1String("Wins over ")));
    QVERIFY(userReviewer.data(LibraryModel::OverridesRole).toStringList().isEmpty());
    QCOMPARE(m_model->index(0, 0, projectGroup).data(LibraryModel::BadgeRole).toString(), QStringLiteral("↥"));
    QVERIFY(m_model->index(1, 0, projectGroup).data(LibraryModel::CollisionRole).toBool());
    QVERIFY(m_model->index(2, 0, projectGroup).data(LibraryModel::CollisionRole).toBool());
    QVERIFY(!m_model->index(0, 0, projectGroup).data(LibraryModel::CollisionRole).toBool());
}

void TestLibraryModel::watchesTheDisk()
{
    write(QStringLiteral("w/a.md"), agent("alpha"));
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("w")));
    QVERIFY(done.wait());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QElapsedTimer latency;
    latency.start();
    write(QStringLiteral("w/b.md"), agent("bravo"));
    QTRY_COMPARE_WITH_TIMEOUT(names(AgentScope::Project), QStringList({ "alpha", "bravo" }), 5000);
    // Measured, not asserted (machines differ); the product promise is under a second.
    qInfo("a new file showed up in the model %lld ms after it was written", latency.elapsed());
    QCOMPARE(inserted.size(), 1);
    // Changed in place: the name follows.
    write(QStringLiteral("w/b.md"), agent("charlie"));
    QTRY_COMPARE_WITH_TIMEOUT(names(AgentScope::Project), QStringList({ "alpha", "charlie" }), 5000);
    // A new subfolder with a file is watched too.
    write(QStringLiteral("w/deep/d.md"), agent("delta"));
    QTRY_COMPARE_WITH_TIMEOUT(names(AgentScope::Project).size(), 3, 5000);
    write(QStringLiteral("w/deep/e.md"), agent("echo"));
    QTRY_COMPARE_WITH_TIMEOUT(names(AgentScope::Project).size(), 4, 5000);
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("w/a.md"))));
    QTRY_COMPARE_WITH_TIMEOUT(names(AgentScope::Project), QStringList({ "charlie", "delta", "echo" }), 5000);
    QCOMPARE(resets.size(), 0);
}

void TestLibraryModel::burstOfFiles()
{
    QDir().mkpath(m_dir->filePath(QStringLiteral("burst")));
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("burst")));
    QVERIFY(done.wait());
    done.clear();
    for (int i = 0; i < 2000; ++i)
        write(QStringLiteral("burst/a%1.md").arg(i, 4, 10, QLatin1Char('0')), agent("agent-" + QByteArray::number(i)));
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(group(AgentScope::Project)), 2000, 15000);
    QTRY_VERIFY(!m_model->isScanning());
    // Debounced: far fewer scans than files.
    QVERIFY2(done.size() < 200, qPrintable(QString::number(done.size())));
}

void TestLibraryModel::removedFolder()
{
    write(QStringLiteral("gone/a.md"), agent("alpha"));
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("gone")));
    QVERIFY(done.wait());
    QCOMPARE(m_model->agentCount(), 1);
    QVERIFY(QDir(m_dir->filePath(QStringLiteral("gone"))).removeRecursively());
    QTRY_COMPARE_WITH_TIMEOUT(m_model->agentCount(), 0, 5000);
}

void TestLibraryModel::filter()
{
    write(QStringLiteral("f/a.md"), agent("alpha"));
    write(QStringLiteral("f/b.md"), agent("bravo"));
    write(QStringLiteral("u/c.md"), agent("charlie"));
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("f")));
    m_model->addFolder(AgentScope::User, m_dir->filePath(QStringLiteral("u")));
    QTRY_VERIFY(!m_model->isScanning());
    LibraryFilterModel proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setFilterText(QStringLiteral("BRAV"));
    QCOMPARE(proxy.rowCount(), 1); // only Project keeps a match
    QCOMPARE(proxy.index(0, 0, proxy.index(0, 0)).data().toString(), QStringLiteral("bravo"));
    proxy.setFilterText(QStringLiteral("for charlie")); // description text
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(LibraryModel::ScopeRole).toInt(), int(AgentScope::User));
    proxy.setFilterText(QStringLiteral("a.md")); // path
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    proxy.setFilterText(QString());
    QCOMPARE(proxy.rowCount(), 3);
}

void TestLibraryModel::projectFolderMeansClaudeAgents()
{
    write(QStringLiteral("repo/.claude/agents/x.md"), agent("x"));
    write(QStringLiteral("repo/README.md"), "# not an agent\n");
    QCOMPARE(LibraryModel::agentsFolderFor(m_dir->filePath(QStringLiteral("repo"))),
        m_dir->filePath(QStringLiteral("repo/.claude/agents")));
    QCOMPARE(LibraryModel::agentsFolderFor(m_dir->filePath(QStringLiteral("repo/.claude/agents"))),
        m_dir->filePath(QStringLiteral("repo/.claude/agents")));
}

void TestLibraryModel::pluginFolders()
{
    // A plugin's agents/ folder added by hand: lowest precedence, shown in its own group.
    write(QStringLiteral("plugin/agents/helper.md"), agent("helper"));
    write(QStringLiteral("plugin/agents/only-plugin.md"), agent("only-plugin"));
    write(QStringLiteral("user/helper.md"), agent("helper"));
    m_model->addFolder(AgentScope::Plugin, m_dir->filePath(QStringLiteral("plugin/agents")));
    m_model->addFolder(AgentScope::User, m_dir->filePath(QStringLiteral("user")));
    QTRY_VERIFY(!m_model->isScanning());
    QCOMPARE(names(AgentScope::Plugin), QStringList({ "helper", "only-plugin" }));
    QCOMPARE(m_model->folders(AgentScope::Plugin),
        QStringList { QFileInfo(m_dir->filePath(QStringLiteral("plugin/agents"))).absoluteFilePath() });
    const QModelIndex pluginHelper = m_model->index(0, 0, group(AgentScope::Plugin));
    QVERIFY(pluginHelper.data(LibraryModel::ShadowedByRole).toString().contains(QLatin1String("user beats plugin")));
    QVERIFY(m_model->index(1, 0, group(AgentScope::Plugin)).data(LibraryModel::ShadowedByRole).toString().isEmpty());
    QVERIFY(group(AgentScope::Plugin).data().toString().startsWith(QLatin1String("Plugin (2)")));
}

// File names and skip messages are the agent author's text: a tooltip shows them as written.
void TestLibraryModel::toolTipShowsTheTextAsWritten_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("markup"); // Qt would take the tooltip for rich text
    QTest::newRow("ordinary") << QStringLiteral("plain.md") << agent("plain") << false;
    QTest::newRow("ordinary, skipped") << QStringLiteral("broken.md") << QByteArray("---\nname: broken\n---\nBody\n")
                                       << false;
    QTest::newRow("bold file name") << QStringLiteral("<b>bold<b> & more.md") << agent("bold") << true;
    QTest::newRow("image file name") << QStringLiteral("<img src=file:x.png>.md") << agent("image") << true;
    QTest::newRow("entity file name") << QStringLiteral("a &lt;b&gt;.md") << agent("entity") << true;
    QTest::newRow("skipped, markup in the name")
        << QStringLiteral("<i>skipped<i>.md")
        << QByteArray("---\nname: \"<img src='file:///etc/passwd'>\"\ndescription: <b>x</b>\n---\nBody\n") << true;
}

void TestLibraryModel::toolTipShowsTheTextAsWritten()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(bool, markup);
    write(QStringLiteral("t/") + fileName, content);
    QSignalSpy done(m_model.get(), &LibraryModel::scanFinished);
    m_model->addFolder(AgentScope::Project, m_dir->filePath(QStringLiteral("t")));
    QVERIFY(done.wait());
    const QModelIndex g = group(AgentScope::Project);
    QCOMPARE(m_model->rowCount(g), 1);
    const QModelIndex index = m_model->index(0, 0, g);
    const QString path = index.data(LibraryModel::FilePathRole).toString();
    QVERIFY(path.endsWith(fileName));
    QVERIFY(!index.data(LibraryModel::CollisionRole).toBool());
    QVERIFY(index.data(LibraryModel::ShadowedByRole).toString().isEmpty());
    QString written = path;
    if (!index.data(LibraryModel::LoadsRole).toBool())
        written += QStringLiteral("\nSkipped by Claude Code: ") + index.data(LibraryModel::SkipMessageRole).toString();
    QCOMPARE(Qt::mightBeRichText(written), markup);
    const QString tip = index.data(Qt::ToolTipRole).toString();
    QCOMPARE(toolTipShownText(tip), written);
    if (!markup)
        QCOMPARE(tip, written); // ordinary text is left alone
}

QTEST_GUILESS_MAIN(TestLibraryModel)
#include "tst_librarymodel.moc"
