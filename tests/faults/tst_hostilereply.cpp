// A model reply written to do harm when it is only shown: remote and local images, scripts, frames,
// style sheets and links with javascript:, file: and data: URLs, from a model whose name is markup
// too. Rendered in the Chat pane while it streams and once it is finished, it must fetch nothing
// and open nothing; only a click on an http(s) or mailto link may reach the desktop.
#include "chatcolumn.h"
#include "chatcomposer.h"
#include "chatmessagebody.h"
#include "chatmessageview.h"
#include "chatmessagewidget.h"
#include "chatpane.h"
#include "chatproviders.h"

#include "chat/chatsession.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QApplication>
#include <QDesktopServices>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

#include <algorithm>

using namespace awb;
using namespace awb::test;

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

const QString EndMarker = QStringLiteral("END-OF-HOSTILE-REPLY");
const QString HostileModel = QStringLiteral("<img src='file:///etc/passwd'><b>model</b>");

struct Link
{
    QString href;
    QTextCharFormat format;
};

QList<Link> anchorsOf(const QTextDocument *doc)
{
    QList<Link> out;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor() && !format.anchorHref().isEmpty())
                out.append({ format.anchorHref(), format });
        }
    }
    return out;
}

} // namespace

class TestHostileReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void fetchesNothingOpensNothing_data();
    void fetchesNothingOpensNothing();
    void refusalIsShownAsText();

private:
    QString hostileMarkdown() const;
    /// Gives `pane` an agent and `model`, and shows it; false when it was not shown.
    static bool showPane(ChatPane &pane, const QString &model);

    QTemporaryDir m_dir;
    QTcpServer m_trap; ///< what every remote URL in the reply points at
    UrlRecorder m_desktop;
    std::unique_ptr<ProviderTestServer> m_server;
    std::unique_ptr<ChatProviders> m_providers;
    const QStringList m_schemes { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"),
        QStringLiteral("javascript"), QStringLiteral("data"), QStringLiteral("mailto") };
};

void TestHostileReply::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setApplicationName(QStringLiteral("agent-workbench-tst-hostilereply"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_trap.listen(QHostAddress::LocalHost));
    for (const QString &scheme : m_schemes)
        QDesktopServices::setUrlHandler(scheme, &m_desktop, "open");
}

void TestHostileReply::cleanupTestCase()
{
    for (const QString &scheme : m_schemes)
        QDesktopServices::unsetUrlHandler(scheme);
}

void TestHostileReply::init()
{
    m_desktop.opened.clear();
    while (m_trap.hasPendingConnections()) // a failed row leaves its fetch behind; the next starts clean
        delete m_trap.nextPendingConnection();
    m_server = std::make_unique<ProviderTestServer>();
    QVERIFY(m_server->listen());
    m_providers = std::make_unique<ChatProviders>(
        m_dir.filePath(QStringLiteral("providers.json")), QStringLiteral("agent-workbench-tests"));
    ProviderConfig config = ProviderConfig::anthropic();
    config.id = QStringLiteral("local");
    config.displayName = QStringLiteral("Test server");
    config.baseUrl = m_server->url();
    config.timeouts = { 5000, 5000, 5000 };
    config.detected = true;
    m_providers->addDetected(config);
}

void TestHostileReply::cleanup()
{
    // Finished jobs are deleted later; their provider must outlive them.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_providers.reset();
    m_server.reset();
}

QString TestHostileReply::hostileMarkdown() const
{
    const QString remote = QStringLiteral("http://127.0.0.1:%1").arg(m_trap.serverPort());
    return QStringLiteral("Here is what you asked for.\n\n"
                          "![x](%1/a.png)\n\n"
                          "<img src=\"%1/b.png\" width=\"50\" height=\"50\">\n\n"
                          "<img src=\"file:///etc/passwd\">\n\n"
                          "<script>alert(1)</script>\n\n"
                          "<iframe src=\"%1/frame.html\"></iframe>\n\n"
                          "<link rel=stylesheet href=\"%1/style.css\">\n\n"
                          "<style>@import url(%1/import.css); p { background: url(%1/bg.png) }</style>\n\n"
                          "[run](javascript:alert(2)) [local](file:///etc/passwd) "
                          "[inline](data:text/html,<script>alert(3)</script>) "
                          "[docs](https://example.invalid/docs \"<img src='file:///etc/passwd'> <b>title</b>\") "
                          "[mail](mailto:someone@example.invalid) ![inline image](file:///etc/hostname)\n\n"
                          "<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">raw link</a>\n\n")
               .arg(remote)
        + EndMarker;
}

bool TestHostileReply::showPane(ChatPane &pane, const QString &model)
{
    ChatAgent agent;
    agent.key = QStringLiteral("/agents/helper.md");
    agent.name = QStringLiteral("helper");
    agent.path = agent.key;
    agent.editedBody = QStringLiteral("You help.");
    agent.savedBody = agent.editedBody;
    agent.hasSavedFile = true;
    pane.setAgent(agent);
    pane.setPrimaryChoice({ QStringLiteral("local"), model });
    pane.resize(700, 900);
    pane.show();
    return QTest::qWaitForWindowExposed(&pane);
}

void TestHostileReply::fetchesNothingOpensNothing_data()
{
    QTest::addColumn<bool>("streaming");
    QTest::newRow("while streaming") << true;
    QTest::newRow("finished") << false;
}

void TestHostileReply::fetchesNothingOpensNothing()
{
    QFETCH(bool, streaming);
    const QString markdown = hostileMarkdown();
    // The reply arrives in many pieces, cut inside tags and URLs.
    QStringList deltas;
    for (qsizetype at = 0; at < markdown.size(); at += 37)
        deltas << markdown.mid(at, 37);
    ProviderTestServer::Reply reply = ProviderTestServer::Reply::sse(streaming
            ? ProviderStreams::anthropicUnfinished(deltas, { 10, 200 })
            : ProviderStreams::anthropicText(deltas, { 10, 200 }, QStringLiteral("end_turn"), {}, HostileModel));
    if (streaming)
        reply.end = ProviderTestServer::Reply::End::Hang; // the reply never ends: it stays streaming
    m_server->setReply("POST", "/v1/messages", reply.splitEvery(64));

    QSignalSpy connections(&m_trap, &QTcpServer::newConnection);
    ChatPane pane(m_providers.get());
    QVERIFY(showPane(pane, HostileModel));
    QSignalSpy finished(pane.session(0), &ChatSession::replyFinished);
    pane.composer()->setText(QStringLiteral("Show me"));
    QTest::keyClick(pane.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);

    ChatMessageView *view = pane.column(0)->view();
    if (streaming) {
        QTRY_VERIFY_WITH_TIMEOUT(
            view->messageCount() == 2 && view->messageWidget(1)->bodyText().contains(EndMarker), 15000);
        QCOMPARE(pane.session(0)->state(), ChatSession::State::Streaming);
    } else {
        QVERIFY(finished.wait(15000) || finished.size() == 1);
        QCOMPARE(pane.session(0)->state(), ChatSession::State::Idle);
        QCOMPARE(view->messageCount(), 2);
        QCOMPARE(pane.session(0)->conversation().at(1).model, HostileModel);
    }
    ChatMessageWidget *answer = view->messageWidget(1);
    QVERIFY(answer->bodyText().contains(EndMarker));
    auto *body = answer->findChild<ChatMessageBody *>();
    QVERIFY(body);
    pane.grab(); // paint everything once, images included
    body->grab();

    // Nothing reached the trap: images are named, never loaded. Give a fetch every chance to start.
    QVERIFY(!connections.wait(500));
    QCOMPARE(connections.size(), 0);
    QVERIFY(!m_trap.hasPendingConnections());
    const QString shown = body->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("[image not loaded: http://127.0.0.1:%1/a.png]").arg(m_trap.serverPort())),
        qPrintable(shown));

    // Raw markup is shown as text, never made a live element.
    const QString html = body->toHtml();
    for (const char *tag : { "<img", "<script", "<iframe", "<link", "<style>@", "onclick=\"" })
        QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
    QVERIFY(shown.contains(QLatin1String("<script>alert(1)</script>")));
    QVERIFY(shown.contains(QLatin1String("<img src=\"file:///etc/passwd\">")));
    QVERIFY(shown.contains(QLatin1String("onclick=\"alert(5)\"")));

    // The model's name is markup too: every label that shows it shows it as text.
    int modelLabels = 0;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (!label->text().contains(HostileModel))
            continue;
        ++modelLabels;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }
    QVERIFY(modelLabels >= 1);

    // Hovering a link shows no tooltip Qt would take for HTML.
    const QList<Link> links = anchorsOf(body->document());
    for (const Link &link : links)
        QVERIFY2(!Qt::mightBeRichText(link.format.toolTip()), qPrintable(link.format.toolTip()));

    // Clicking every link the reply holds: only http(s) and mailto reach the desktop.
    QStringList hrefs;
    for (const Link &link : links)
        hrefs << link.href;
    hrefs.removeDuplicates(); // a link may span several fragments
    for (const QString &href : std::as_const(hrefs))
        Q_EMIT body->anchorClicked(QUrl(href));
    for (const char *scheme : { "javascript:", "file:", "data:", "https:", "mailto:" }) {
        const bool present = std::any_of(hrefs.cbegin(), hrefs.cend(),
            [scheme](const QString &href) { return href.startsWith(QLatin1String(scheme)); });
        QVERIFY2(present, scheme);
    }
    // Web and mail links (Markdown's and bare URLs made links) are handed on, nothing else.
    const QStringList handedOn { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("mailto") };
    QList<QUrl> expected;
    for (const QString &href : std::as_const(hrefs)) {
        if (handedOn.contains(QUrl(href).scheme()))
            expected << QUrl(href);
    }
    QCOMPARE(m_desktop.opened, expected);
    QVERIFY(m_desktop.opened.contains(QUrl(QStringLiteral("https://example.invalid/docs"))));
    QVERIFY(m_desktop.opened.contains(QUrl(QStringLiteral("mailto:someone@example.invalid"))));
    QCOMPARE(connections.size(), 0);

    if (streaming) {
        pane.stop();
        QTRY_VERIFY(!pane.isBusy());
    }
}

// The provider's own words in an error are shown as text in the notice.
void TestHostileReply::refusalIsShownAsText()
{
    const QString message = QStringLiteral("<img src='file:///etc/passwd'><b>refused</b>");
    m_server->setReply("POST", "/v1/messages",
        ProviderTestServer::Reply::json(
            400, ProviderStreams::anthropicErrorBody(QStringLiteral("invalid_request_error"), message)));
    ChatPane pane(m_providers.get());
    QVERIFY(showPane(pane, QStringLiteral("claude-test-1")));
    pane.composer()->setText(QStringLiteral("Show me"));
    QTest::keyClick(pane.composer()->editor(), Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(pane.column(0)->noticeText().contains(message), 15000);
    int shown = 0;
    for (QLabel *label : pane.findChildren<QLabel *>()) {
        if (!label->text().contains(message))
            continue;
        ++shown;
        QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->text()));
    }
    QCOMPARE(shown, 1);
}

QTEST_MAIN(TestHostileReply)
#include "tst_hostilereply.moc"
