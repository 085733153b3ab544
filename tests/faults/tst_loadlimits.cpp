#include "agent/markdownrenderer.h"
#include "editortab.h"
#include "mainwindow.h"
#include "previewpane.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

// Files too big to be agents are refused with a message that says so, by the command-line tool and
// by the editor; files just under the limit, however they are shaped, open without a hang (a
// quadratic layout shows up here as a test that runs into its time limit).
class TestLoadLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cliRefuses_data();
    void cliRefuses();
    void editorRefuses();
    void editorOpensNearTheLimit_data();
    void editorOpensNearTheLimit();
    void largeMarkdownBlocks_data();
    void largeMarkdownBlocks();

private:
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_big;
    // One window for the whole test: windows come and go in a person's session far less often.
    std::unique_ptr<MainWindow> m_window;
};

QString TestLoadLimits::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return QString();
    return path;
}

static QByteArray agent(const QByteArray &description, const QByteArray &body)
{
    return "---\nname: big\ndescription: " + description + "\n---\n" + body;
}

void TestLoadLimits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QByteArray lines;
    while (lines.size() < 5 * 1024 * 1024)
        lines += QByteArray(79, 'x') + '\n';
    m_big = write(QStringLiteral("five-mb.md"), agent("d", lines));
    QVERIFY(!m_big.isEmpty());
    m_window = std::make_unique<MainWindow>(m_dir.filePath(QStringLiteral("recovery")));
}

void TestLoadLimits::cleanupTestCase()
{
    m_window.reset();
}

void TestLoadLimits::cliRefuses_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("out"));
    QTest::newRow("lint") << QStringList { QStringLiteral("lint"), m_big } << "larger than 4 MB";
    QTest::newRow("show") << QStringList { QStringLiteral("show"), m_big } << "larger than 4 MB";
    QTest::newRow("fmt") << QStringList { QStringLiteral("fmt"), m_big } << "larger than 4 MB";
    QTest::newRow("export") << QStringList { QStringLiteral("export"), m_big, QStringLiteral("--to"),
        QStringLiteral("codex"), QStringLiteral("--out"), out }
                            << "larger than 4 MB";
    QTest::newRow("import") << QStringList { QStringLiteral("import"), m_big, QStringLiteral("--out"), out }
                            << "larger than";
}

void TestLoadLimits::cliRefuses()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QProcess awb;
    awb.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), args);
    QVERIFY(awb.waitForFinished(60000));
    const QString said = QString::fromUtf8(awb.readAllStandardOutput() + awb.readAllStandardError());
    QCOMPARE(awb.exitStatus(), QProcess::NormalExit);
    QCOMPARE(awb.exitCode(), 2);
    QVERIFY2(said.contains(message), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("five-mb.md")), qPrintable(said));
}

void TestLoadLimits::editorRefuses()
{
    EditorTab tab;
    QString error;
    QVERIFY(!tab.openFile(m_big, &error));
    QVERIFY2(error.contains(QLatin1String("5.0 MB")) && error.contains(QLatin1String("4 MB")), qPrintable(error));

    QVERIFY(!m_window->isVisible()); // a visible window would also show a message box
    QVERIFY(!m_window->openFile(m_big));
    QVERIFY(m_window->currentTab() == nullptr);
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("5.0 MB")),
        qPrintable(m_window->statusBar()->currentMessage()));
}

void TestLoadLimits::editorOpensNearTheLimit_data()
{
    const int nearly = 4 * 1024 * 1024 - 4096;
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("one line without spaces") << agent("d", QByteArray(nearly, 'z'));
    QTest::newRow("short lines") << [nearly] {
        QByteArray lines;
        while (lines.size() < nearly)
            lines += QByteArray(79, 'y') + '\n';
        return agent("d", lines);
    }();
    QTest::newRow("description of words") << agent(QByteArray("w ").repeated(nearly / 4), "b\n");
    QTest::newRow("description without spaces") << agent(QByteArray(nearly / 2, 'v'), "b\n");
}

void TestLoadLimits::editorOpensNearTheLimit()
{
    QFETCH(QByteArray, bytes);
    QVERIFY(bytes.size() < 4 * 1024 * 1024);
    // A file per row, so the preview of one row is not taken for the next one's.
    const QString name
        = QStringLiteral("near-%1.md")
              .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    const QString path = write(name, bytes);
    MainWindow &window = *m_window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(path));
    EditorTab *tab = window.currentTab();
    QVERIFY(tab);
    QCOMPARE(tab->path(), QFileInfo(path).absoluteFilePath());
    QTRY_VERIFY_WITH_TIMEOUT(window.preview()->toPlainText().contains(name), 120000);
    window.grab(); // lays out and paints every visible view
    tab->showSource();
    window.grab();
    QVERIFY(window.closeTab(tab));
}

// Shapes of Markdown that Qt's importer handles in quadratic time when a block is large.
void TestLoadLimits::largeMarkdownBlocks_data()
{
    QTest::addColumn<QString>("block");
    const int size = 1024 * 1024;
    auto repeat = [size](const QString &unit) { return unit.repeated(size / unit.size()); };
    QTest::newRow("emphasis") << repeat(QStringLiteral("*a* bc "));
    QTest::newRow("soft-wrapped lines") << repeat(QString(79, QLatin1Char('y')) + QLatin1Char('\n'));
    QTest::newRow("quote") << repeat(QStringLiteral("> ") + QString(77, QLatin1Char('q')) + QLatin1Char('\n'));
    QTest::newRow("table") << QStringLiteral("| h | i |\n|---|---|\n") + repeat(QStringLiteral("| a | <b>x</b> |\n"));
    QTest::newRow("one line") << QString(size, QLatin1Char('z'));
}

void TestLoadLimits::largeMarkdownBlocks()
{
    QFETCH(QString, block);
    const QString markdown
        = QStringLiteral("# Title\n\nSome *emphasis* before.\n\n") + block + QStringLiteral("\n\nAnd `code` after.\n");
    const QString html = MarkdownRenderer::toHtmlFragment(markdown);
    // The small blocks around it are still Markdown; the large one is all there, escaped.
    QVERIFY(html.contains(QLatin1String("font-style:italic")));
    QVERIFY(html.contains(QLatin1String("font-family:monospace")));
    QVERIFY(!html.contains(QLatin1String("<b>")));
    const QString last = block.trimmed().section(QLatin1Char('\n'), -1).right(20).toHtmlEscaped();
    QVERIFY(html.contains(last));
}

QTEST_MAIN(TestLoadLimits)
#include "tst_loadlimits.moc"
