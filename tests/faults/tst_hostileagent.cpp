#include "agent/plaintooltip.h"
#include "mainwindow.h"
#include "previewpane.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

namespace {

// Stands in for the desktop: records every URL the application asks it to open.
class UrlRecorder : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

// A label shows its text as written: plain text, or rich text with the agent's markup escaped.
bool showsAsText(const QLabel *label)
{
    if (label->textFormat() == Qt::PlainText)
        return true;
    static const QRegularExpression liveTag(
        QStringLiteral("<(img|script|iframe|link|style|a)\\b"), QRegularExpression::CaseInsensitiveOption);
    return label->textFormat() == Qt::RichText && !label->text().contains(liveTag);
}

QStringList toolTips(const QAbstractItemModel *model, const QModelIndex &parent)
{
    QStringList out;
    if (!model)
        return out;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column)
            out << model->index(row, column, parent).data(Qt::ToolTipRole).toString();
        out << toolTips(model, model->index(row, 0, parent));
    }
    return out;
}

} // namespace

// An agent file written to do harm when it is only looked at: remote images, style sheets and
// frames pointing at a local server, scripts, and links with javascript:, data: and file: URLs,
// in the description, the examples and the body. Opened in the whole window, it must fetch
// nothing and open nothing; only a click on an http(s) link may hand it to the desktop.
class TestHostileAgent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fetchesNothingOpensNothing();

private:
    QTemporaryDir m_dir;
    QTcpServer m_server;
    UrlRecorder m_desktop;
    const QStringList m_schemes { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
        QStringLiteral("javascript"), QStringLiteral("data"), QStringLiteral("mailto") };
};

void TestHostileAgent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
    for (const QString &scheme : m_schemes)
        QDesktopServices::setUrlHandler(scheme, &m_desktop, "open");
}

void TestHostileAgent::cleanupTestCase()
{
    for (const QString &scheme : m_schemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestHostileAgent::fetchesNothingOpensNothing()
{
    const QString remote = QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    const QString text = QStringLiteral(
        "---\n"
        "name: hostile\n"
        "description: \"Use it. <img src='%1/desc.png'> <script>alert(1)</script> <a href='javascript:alert(2)'>go</a>"
        "\\n\\n<example>\\nuser: \\\"<img src=%1/example.png>\\\"\\nassistant: \\\"ok\\\"\\n</example>\"\n"
        "color: \"red<img src='%1/color.png'>\"\n"
        "model: \"<img src='%1/model.png'>opus\"\n"
        "---\n"
        "![remote](%1/body.png)\n\n"
        "<img src=\"%1/raw.png\" width=\"50\" height=\"50\">\n\n"
        "<link rel=\"stylesheet\" href=\"%1/style.css\">\n\n"
        "<style>@import url(%1/import.css); p { background: url(%1/bg.png) }</style>\n\n"
        "<iframe src=\"%1/frame.html\"></iframe>\n\n"
        "<p style=\"background-image: url(%1/inline.png)\">styled</p>\n\n"
        "[javascript](javascript:alert(3)) [data](data:text/html,<script>alert(4)</script>) "
        "[file](file:///etc/passwd) [web](https://example.invalid/docs)\n\n"
        "<a href=\"javascript:alert(5)\" onclick=\"alert(6)\">raw link</a>\n\n"
        "END-OF-HOSTILE-AGENT\n")
                             .arg(remote);
    const QString path = m_dir.filePath(QStringLiteral("hostile.md"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    QSignalSpy connections(&m_server, &QTcpServer::newConnection);
    MainWindow window(m_dir.filePath(QStringLiteral("recovery")));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openLibrary(m_dir.path());
    QVERIFY(window.openFile(path));
    PreviewPane *preview = window.preview();
    QTRY_VERIFY_WITH_TIMEOUT(preview->toPlainText().contains(QLatin1String("END-OF-HOSTILE-AGENT")), 20000);
    window.grab(); // paint everything once, images included
    preview->grab();

    // Nothing reached the server: images are named, never loaded.
    QVERIFY(!connections.wait(300));
    QCOMPARE(connections.size(), 0);
    QVERIFY(!m_server.hasPendingConnections());
    QVERIFY(
        preview->toPlainText().contains(QLatin1String("[image not loaded: ") + remote + QLatin1String("/body.png]")));

    // Scripts and markup in the agent are shown as text, never made live elements.
    const QString html = preview->toHtml();
    for (const char *tag : { "<img", "<script", "<iframe", "<link", "<style>@", "onclick=\"" })
        QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
    const QString shown = preview->toPlainText();
    QVERIFY(shown.contains(QLatin1String("<script>alert(1)</script>")));
    QVERIFY(shown.contains(QLatin1String("<img src=\"") + remote + QLatin1String("/raw.png\"")));
    QVERIFY(shown.contains(QLatin1String("onclick=\"alert(6)\"")));
    // Every piece of markup in the agent points at the server: a label whose text mentions it shows
    // the agent's text, and must show it as text. The window has such labels (the resolved model).
    QStringList agentLabels;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->text().contains(remote) && !label->text().contains(QLatin1String("<script>")))
            continue;
        agentLabels << label->text();
        QVERIFY2(showsAsText(label), qPrintable(label->objectName() + QLatin1Char(' ') + label->text()));
    }
    QVERIFY2(!agentLabels.isEmpty(), "no label shows the agent's text: the check above checked nothing");
    // So does every tooltip of the window's lists and tables (the problems quote the file).
    int agentToolTips = 0;
    for (QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
        for (const QString &tip : toolTips(view->model(), QModelIndex())) {
            if (!tip.contains(remote))
                continue;
            ++agentToolTips;
            const QString shown = toolTipShownText(tip);
            QVERIFY2(shown.contains(remote) && !shown.contains(QChar::ObjectReplacementCharacter), qPrintable(tip));
        }
    }
    QVERIFY(agentToolTips >= 1);

    // Clicking: javascript:, data: and file: links do nothing; an https link goes to the desktop.
    for (const char *url : { "javascript:alert(3)", "data:text/html,<script>alert(4)</script>", "file:///etc/passwd",
             "javascript:alert(5)" })
        Q_EMIT preview->anchorClicked(QUrl(QString::fromLatin1(url)));
    QVERIFY(m_desktop.opened.isEmpty());
    Q_EMIT preview->anchorClicked(QUrl(QStringLiteral("https://example.invalid/docs")));
    QCOMPARE(m_desktop.opened, QList<QUrl> { QUrl(QStringLiteral("https://example.invalid/docs")) });
    QCOMPARE(connections.size(), 0);
}

QTEST_MAIN(TestHostileAgent)
#include "tst_hostileagent.moc"
