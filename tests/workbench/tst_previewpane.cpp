#include "agent/previewbuilder.h"
#include "previewpane.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace awb;

namespace {

QString longAgent(const QString &extra = {})
{
    QString body;
    for (int i = 1; i <= 60; ++i)
        body += QStringLiteral("## Step %1\n\nDo the thing number %1 carefully.%2\n\n").arg(i).arg(extra);
    return QStringLiteral(
               "---\n"
               "name: release-planner\n"
               "description: \"Use this agent to plan a release.\\n\\n<example>\\nContext: A version is due.\\n"
               "user: \\\"Plan 2.0\\\"\\nassistant: \\\"I'll use the release-planner agent.\\\"\\n<commentary>\\n"
               "Planning a release.\\n</commentary>\\n</example>\"\n"
               "tools: Read, Grep, Bash(git log *)\n"
               "disallowedTools: Write\n"
               "model: opus\n"
               "color: purple\n"
               "---\n\n")
        + body;
}

// Stands in for the system browser.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

} // namespace

class TestPreviewPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesEveryResource();
    void keepsScrollPosition();
    void opensLinksOnlyOnClick();
    void darkPaletteSignal();
    void renderToPng();
    void renderRichAndSkippedToPng();
};

void TestPreviewPane::refusesEveryResource()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString remote = QStringLiteral("http://127.0.0.1:%1/pixel.png").arg(server.serverPort());

    PreviewPane pane;
    pane.resize(400, 300);
    pane.setHtmlKeepingScroll(QStringLiteral("<p>x</p><img src=\"%1\" width=\"20\" height=\"20\">"
                                             "<img src=\"file:///etc/hostname\"><img src=\"local.png\">")
                                  .arg(remote));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.grab();
    QVERIFY(pane.refusedResourceCount() >= 3);
    QSignalSpy connected(&server, &QTcpServer::newConnection);
    QVERIFY(!connected.wait(200));
    QVERIFY(!server.hasPendingConnections());
}

void TestPreviewPane::keepsScrollPosition()
{
    PreviewPane pane;
    pane.resize(400, 300);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    Preview first = PreviewBuilder::build(longAgent(), {}, {});
    first.serial = 1;
    pane.setPreview(first);
    QScrollBar *bar = pane.verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 500);
    bar->setValue(bar->maximum() / 2);
    const int kept = bar->value();
    QVERIFY(kept > 0);

    Preview second = PreviewBuilder::build(longAgent(QStringLiteral(" Edited.")), {}, {});
    second.serial = 2;
    pane.setPreview(second);
    QCOMPARE(pane.serial(), quint64(2));
    QCOMPARE(bar->value(), kept);
    QVERIFY(pane.toPlainText().contains(QLatin1String("Edited.")));
}

void TestPreviewPane::opensLinksOnlyOnClick()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &catcher, "open");

    PreviewPane pane;
    QSignalSpy opened(&pane, &PreviewPane::linkOpened);
    pane.setPreview(PreviewBuilder::build(
        QStringLiteral("---\nname: a\ndescription: d\n---\n[docs](https://example.invalid/docs)\n"), {}, {}));
    QVERIFY(catcher.opened.isEmpty()); // showing a link opens nothing

    Q_EMIT pane.anchorClicked(QUrl(QStringLiteral("https://example.invalid/docs")));
    QCOMPARE(catcher.opened, QList<QUrl> { QUrl(QStringLiteral("https://example.invalid/docs")) });
    QCOMPARE(opened.size(), 1);

    Q_EMIT pane.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
    Q_EMIT pane.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
    QCOMPARE(catcher.opened.size(), 1);
    QCOMPARE(opened.size(), 1);

    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
}

void TestPreviewPane::darkPaletteSignal()
{
    PreviewPane pane;
    QVERIFY(!pane.isDarkPalette());
    QSignalSpy spy(&pane, &PreviewPane::darkPaletteChanged);
    QPalette dark = pane.palette();
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    pane.setPalette(dark);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(pane.isDarkPalette());
}

// With AWB_GRAB_DIR set, the pictures are kept to look at.
void TestPreviewPane::renderToPng()
{
    for (const bool dark : { false, true }) {
        PreviewPane pane;
        if (dark) {
            QPalette p = pane.palette();
            p.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
            p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
            p.setColor(QPalette::Text, QColor(0xdf, 0xe1, 0xe5));
            pane.setPalette(p);
        }
        pane.resize(460, 900);
        PreviewBuilder::Options options;
        options.dark = pane.isDarkPalette();
        QCOMPARE(options.dark, dark);
        pane.setPreview(PreviewBuilder::build(longAgent(), QStringLiteral(".claude/agents/release-planner.md"),
            QStringLiteral("Project"), ModelAliases::defaults(), options));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        // The colour chip of a purple agent is drawn.
        const QColor purple(PreviewBuilder::colorHex(QStringLiteral("purple")));
        bool found = false;
        for (int y = 0; y < 120 && !found; ++y) {
            for (int x = 0; x < 120 && !found; ++x)
                found = image.pixelColor(x, y) == purple;
        }
        QVERIFY(found);

        const QByteArray dir = qgetenv("AWB_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(dir)
                + (dark ? QStringLiteral("/preview-dark.png") : QStringLiteral("/preview-light.png"))));
    }
}

void TestPreviewPane::renderRichAndSkippedToPng()
{
    const QString rich
        = QStringLiteral("---\n"
                         "name: Docs Writer\n"
                         "description: Writes docs --- and more\n"
                         "color: teal\n"
                         "model: claude-sonnet-4-5\n"
                         "---\n\n"
                         "You write **documentation** with `code` and [links](https://example.invalid).\n\n"
                         "![diagram](https://example.invalid/d.png)\n\n"
                         "1. First\n2. Second\n   - nested\n\n"
                         "> A quote from the style guide.\n\n"
                         "```yaml\nname: value\nlist: [a, b]\n```\n\n"
                         "| Field | Meaning |\n|---|---|\n| name | who |\n\n"
                         "<thinking>tags stay visible</thinking>\n");
    const QString skipped = QStringLiteral("---\ndescription: no name here\n---\nBody.\n");
    int n = 0;
    for (const QString &text : { rich, skipped }) {
        PreviewPane pane;
        pane.resize(460, 700);
        pane.setPreview(PreviewBuilder::build(text, QStringLiteral("a.md"), QStringLiteral("User")));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        const QImage image = pane.grab().toImage();
        QVERIFY(!image.isNull());
        QCOMPARE(pane.refusedResourceCount(), 0); // the builder left nothing to load
        const QByteArray dir = qgetenv("AWB_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(image.save(QString::fromLocal8Bit(dir) + QStringLiteral("/preview-case%1.png").arg(++n)));
    }
}

QTEST_MAIN(TestPreviewPane)
#include "tst_previewpane.moc"
