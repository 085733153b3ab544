#include "agent/agentlinter.h"
#include "agent/markdownrenderer.h"
#include "agent/previewbuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QTest>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

using namespace awb;

namespace {

const QString Reviewer = QStringLiteral(
    "---\n"
    "name: code-reviewer\n"
    "description: \"Use this agent after code changes.\\n\\n<example>\\nContext: The user finished a feature.\\n"
    "user: \\\"Review my change\\\"\\nassistant: \\\"I'll use the code-reviewer agent.\\\"\\n<commentary>\\n"
    "New code, so review it.\\n</commentary>\\n</example>\"\n"
    "tools: Read, Grep, Glob\n"
    "model: sonnet\n"
    "color: orange\n"
    "---\n"
    "\n"
    "# Reviewer\n"
    "\n"
    "You review code with **care**.\n"
    "\n"
    "- correctness\n"
    "- tests\n");

// Records every resource a document asks for while it is laid out.
class RecordingDocument : public QTextDocument
{
public:
    QList<QUrl> requested;

protected:
    QVariant loadResource(int type, const QUrl &name) override
    {
        Q_UNUSED(type)
        requested.append(name);
        return {};
    }
};

} // namespace

class TestPreviewBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void card();
    void listingLineIsTheSharedOne();
    void escapesAgentText_data();
    void escapesAgentText();
    void loadsNoImages();
    void skippedFileSaysWhy_data();
    void skippedFileSaysWhy();
    void examplesAsChat();
    void markdownBody();
    void tokenEstimate();
    void darkTheme();
    void sameResultOnWorkerThread();
};

void TestPreviewBuilder::card()
{
    const Preview p
        = PreviewBuilder::build(Reviewer, QStringLiteral(".claude/agents/code-reviewer.md"), QStringLiteral("Project"));
    QVERIFY(p.document.loads());
    QVERIFY(p.html.contains(QLatin1String("code-reviewer")));
    QVERIFY(p.html.contains(PreviewBuilder::colorHex(QStringLiteral("orange"))));
    QVERIFY(p.html.contains(QStringLiteral("sonnet \u2192 claude-sonnet-5")));
    for (const char *tool : { "Read", "Grep", "Glob" })
        QVERIFY2(p.html.contains(QStringLiteral("&nbsp;%1&nbsp;").arg(QLatin1String(tool))), tool);
    QVERIFY(p.html.contains(QStringLiteral("Project \u00B7 .claude/agents/code-reviewer.md")));
    QVERIFY(p.html.contains(QStringLiteral("\u2713 Loads in Claude Code")));
    QCOMPARE(p.diagnostics, AgentLinter::check(p.document));

    ModelAliases aliases;
    aliases.setAlias(QStringLiteral("sonnet"), QStringLiteral("claude-sonnet-test"));
    const Preview custom = PreviewBuilder::build(Reviewer, {}, {}, aliases);
    QVERIFY(custom.html.contains(QStringLiteral("sonnet \u2192 claude-sonnet-test")));
}

void TestPreviewBuilder::listingLineIsTheSharedOne()
{
    const Preview p = PreviewBuilder::build(Reviewer, {}, {});
    const QString expected = AgentDocument::fromText(Reviewer).listingLine();
    QVERIFY(expected.startsWith(QLatin1String("- code-reviewer: Use this agent after code changes.")));
    QCOMPARE(p.listingLine, expected);
    QVERIFY2(p.html.contains(PreviewBuilder::escape(expected)), qPrintable(p.html));
}

void TestPreviewBuilder::escapesAgentText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mustShow");

    QTest::newRow("script in body") << QStringLiteral("---\nname: a\ndescription: b\n---\n<script>alert(1)</script>\n")
                                    << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("script in description")
        << QStringLiteral("---\nname: a\ndescription: \"x <script>alert(1)</script>\"\n---\nbody\n")
        << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("markup in name") << QStringLiteral("---\nname: \"<b onmouseover=x>bold</b>\"\ndescription: d\n---\n")
                                    << QStringLiteral("&lt;b onmouseover=x&gt;bold&lt;/b&gt;");
    QTest::newRow("html in example") << QStringLiteral(
        "---\nname: a\ndescription: \"d <example>user: \\\"<iframe src=x>\\\"</example>\"\n---\n")
                                     << QStringLiteral("&lt;iframe src=x&gt;");
    QTest::newRow("agent xml tags stay visible")
        << QStringLiteral("---\nname: a\ndescription: d\n---\n<instructions>\nBe brief.\n</instructions>\n")
        << QStringLiteral("&lt;instructions&gt;");
}

void TestPreviewBuilder::escapesAgentText()
{
    QFETCH(QString, text);
    QFETCH(QString, mustShow);
    const Preview p = PreviewBuilder::build(text, QStringLiteral("<path>.md"), QStringLiteral("<scope>"));
    QVERIFY2(p.html.contains(mustShow), qPrintable(p.html));
    for (const char *tag : { "<script", "<b onmouseover", "<iframe", "<instructions", "<path>", "<scope>" })
        QVERIFY2(!p.html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
}

void TestPreviewBuilder::loadsNoImages()
{
    const QString text = QStringLiteral("---\nname: a\ndescription: d\n---\n"
                                        "![logo](http://127.0.0.1:9/logo.png)\n\n"
                                        "![local](/etc/hostname)\n\n"
                                        "<img src=\"https://example.invalid/pixel.gif\">\n\n"
                                        "[a link](https://example.invalid/page)\n");
    const Preview p = PreviewBuilder::build(text, {}, {});
    QVERIFY(!p.html.contains(QLatin1String("<img"), Qt::CaseInsensitive));
    QVERIFY(p.html.contains(MarkdownRenderer::imagePlaceholder(QStringLiteral("http://127.0.0.1:9/logo.png"))));
    QVERIFY(p.html.contains(MarkdownRenderer::imagePlaceholder(QStringLiteral("/etc/hostname"))));
    // Links are kept as links (opened only when clicked, by the pane).
    QVERIFY(p.html.contains(QLatin1String("href=\"https://example.invalid/page\"")));

    RecordingDocument doc;
    doc.setHtml(p.html);
    doc.setTextWidth(600);
    QVERIFY(doc.documentLayout()->documentSize().height() > 0);
    QVERIFY2(doc.requested.isEmpty(), qPrintable(doc.requested.value(0).toString()));
}

void TestPreviewBuilder::skippedFileSaysWhy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("reason");
    QTest::newRow("no frontmatter") << QStringLiteral("Just a prompt.\n")
                                    << int(AgentDocument::SkipReason::NoFrontmatter);
    QTest::newRow("no name") << QStringLiteral("---\ndescription: d\n---\nbody\n")
                             << int(AgentDocument::SkipReason::NoName);
    QTest::newRow("blank line first") << QStringLiteral("\n---\nname: a\ndescription: d\n---\n")
                                      << int(AgentDocument::SkipReason::LeadingBlankLine);
}

void TestPreviewBuilder::skippedFileSaysWhy()
{
    QFETCH(QString, text);
    QFETCH(int, reason);
    const Preview p = PreviewBuilder::build(text, {}, {});
    QCOMPARE(int(p.document.skipReason()), reason);
    QVERIFY(p.listingLine.isEmpty());
    QVERIFY(!p.html.contains(QLatin1String("Loads in Claude Code")));
    QVERIFY(p.html.contains(QLatin1String("Claude Code skips this file")));
    QVERIFY(!p.document.skipMessage().isEmpty());
    QVERIFY2(p.html.contains(PreviewBuilder::escape(p.document.skipMessage())), qPrintable(p.html));
}

void TestPreviewBuilder::examplesAsChat()
{
    const Preview p = PreviewBuilder::build(Reviewer, {}, {});
    QVERIFY(p.html.contains(QLatin1String("Examples (1)")));
    QVERIFY(p.html.contains(QLatin1String("The user finished a feature.")));
    QVERIFY(p.html.contains(QLatin1String("Review my change")));
    QVERIFY(p.html.contains(QLatin1String("I'll use the code-reviewer agent.")));
    QVERIFY(p.html.contains(QLatin1String("New code, so review it.")));
    // User on the left (bubble first), assistant on the right (spacer first).
    const qsizetype user = p.html.indexOf(QLatin1String("Review my change"));
    const qsizetype assistant = p.html.indexOf(QLatin1String("I'll use the code-reviewer agent."));
    QVERIFY(user < assistant);
}

void TestPreviewBuilder::markdownBody()
{
    const Preview p = PreviewBuilder::build(Reviewer, {}, {});
    QVERIFY(p.html.contains(QLatin1String("<h1")));
    QVERIFY(p.html.contains(QLatin1String("Reviewer</")));
    QVERIFY(p.html.contains(QLatin1String("<li")));
    QVERIFY(!p.html.contains(QLatin1String("# Reviewer")));
    QVERIFY(!p.html.contains(QLatin1String("**care**")));

    const Preview empty = PreviewBuilder::build(QStringLiteral("---\nname: a\ndescription: d\n---\n\n"), {}, {});
    QVERIFY(empty.html.contains(QLatin1String("The body is empty")));
}

void TestPreviewBuilder::tokenEstimate()
{
    const Preview p = PreviewBuilder::build(Reviewer, {}, {});
    const int tokens = AgentLinter::estimateTokens(p.document.description());
    QVERIFY(tokens > 10);
    QCOMPARE(p.descriptionTokens, tokens);
    QVERIFY(p.html.contains(QStringLiteral("about %1 tokens").arg(tokens)));
}

void TestPreviewBuilder::darkTheme()
{
    const Preview light = PreviewBuilder::build(Reviewer, {}, {}, ModelAliases::defaults(), { false });
    const Preview dark = PreviewBuilder::build(Reviewer, {}, {}, ModelAliases::defaults(), { true });
    QVERIFY(light.html.contains(QLatin1String("color:#1f2328;")));
    QVERIFY(dark.html.contains(QLatin1String("color:#e6edf3;")));
    QVERIFY(!dark.html.contains(QLatin1String("color:#1f2328;")));
}

void TestPreviewBuilder::sameResultOnWorkerThread()
{
    const Preview here = PreviewBuilder::build(Reviewer, QStringLiteral("a.md"), QStringLiteral("User"));
    QFuture<Preview> future = QtConcurrent::run(
        [] { return PreviewBuilder::build(Reviewer, QStringLiteral("a.md"), QStringLiteral("User")); });
    future.waitForFinished(); // a test thread may wait; the GUI never does
    QCOMPARE(future.result().html, here.html);
}

QTEST_MAIN(TestPreviewBuilder)
#include "tst_previewbuilder.moc"
