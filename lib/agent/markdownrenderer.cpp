#include "markdownrenderer.h"

#include <QColor>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <QVariant>

namespace awb {

namespace {

struct Span
{
    int position = 0;
    int length = 0;
    QTextCharFormat format;
};

QList<Span> fragments(const QTextDocument &doc)
{
    QList<Span> out;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid())
                out.append({ fragment.position(), fragment.length(), fragment.charFormat() });
        }
    }
    return out;
}

bool isCodeBlock(const QTextDocument &doc, int position)
{
    const QTextBlockFormat format = doc.findBlock(position).blockFormat();
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
}

// Headings one step smaller than QTextDocument makes them (the body sits under the agent card,
// not at the top of a page) and with room above them.
void tameHeadings(QTextDocument &doc)
{
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        QTextCursor cursor(block);
        QTextBlockFormat blockFormat = block.blockFormat();
        blockFormat.setTopMargin(level <= 2 ? 14 : 10);
        blockFormat.setBottomMargin(4);
        cursor.setBlockFormat(blockFormat);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat size;
        size.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - level));
        cursor.mergeCharFormat(size);
    }
}

// Images become text, links lose the fixed blue the importer gives them (so the page's colour
// applies on light and dark), inline code gets a background.
void restyle(QTextDocument &doc, const QString &codeBackground)
{
    const QList<Span> spans = fragments(doc);
    for (auto it = spans.crbegin(); it != spans.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        if (it->format.isImageFormat()) {
            QTextCharFormat plain;
            plain.setFontItalic(true);
            cursor.insertText(MarkdownRenderer::imagePlaceholder(it->format.toImageFormat().name()), plain);
        } else if (it->format.isAnchor()) {
            QTextCharFormat format = it->format;
            format.clearForeground();
            format.setFontUnderline(true);
            cursor.setCharFormat(format);
        } else if (it->format.fontFixedPitch() && !codeBackground.isEmpty() && !isCodeBlock(doc, it->position)) {
            QTextCharFormat format = it->format;
            format.setBackground(QColor(codeBackground));
            cursor.setCharFormat(format);
        }
    }
}

// The part between <body ...> and </body> of QTextDocument::toHtml().
QString bodyOf(const QString &html)
{
    const qsizetype open = html.indexOf(QLatin1String("<body"));
    if (open < 0)
        return html;
    const qsizetype start = html.indexOf(QLatin1Char('>'), open);
    const qsizetype end = html.lastIndexOf(QLatin1String("</body>"));
    if (start < 0 || end < start)
        return {};
    return html.mid(start + 1, end - start - 1).trimmed();
}

} // namespace

QString MarkdownRenderer::imagePlaceholder(const QString &source)
{
    const QString shown = source.size() > 80 ? source.left(77) + QStringLiteral("...") : source;
    return QStringLiteral("[image not loaded: %1]").arg(shown);
}

namespace {

// Qt's Markdown importer inserts each piece of inline text into its block and lays the block out
// again every time, so a block costs time with the square of its size: one 100 KB paragraph of
// emphasis took 28 s, a 4 MB one would take hours. Blocks (text between blank lines, outside code
// fences) larger than this are shown as plain text; the rest of the prompt is still Markdown.
constexpr qsizetype MaxMarkdownBlock = 8 * 1024;

QString plainFragment(QStringView text)
{
    if (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    QString html;
    html.reserve(text.size() + text.size() / 8);
    qsizetype from = 0;
    while (from <= text.size()) {
        qsizetype to = text.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = text.size();
        const QString line = text.mid(from, to - from).toString();
        html += QStringLiteral("<p style=\"margin-top:0; margin-bottom:0; white-space:pre-wrap\">")
            + (line.isEmpty() ? QStringLiteral("&#160;") : line.toHtmlEscaped()) + QStringLiteral("</p>\n");
        from = to + 1;
    }
    return html;
}

} // namespace

QString MarkdownRenderer::toHtmlFragment(const QString &markdown, const QString &codeBackground)
{
    if (markdown.size() <= MaxMarkdownBlock)
        return renderMarkdown(markdown, codeBackground);
    // Cut the text at blank lines outside fences; runs of small blocks go to Markdown together.
    QString html;
    qsizetype segmentStart = 0; // start of the Markdown not yet rendered
    qsizetype blockStart = 0;   // start of the current block
    bool inFence = false;
    qsizetype from = 0;
    auto flushBlock = [&](qsizetype blockEnd) {
        if (blockEnd - blockStart > MaxMarkdownBlock && !inFence) {
            if (blockStart > segmentStart)
                html += renderMarkdown(markdown.mid(segmentStart, blockStart - segmentStart), codeBackground);
            html += plainFragment(QStringView(markdown).mid(blockStart, blockEnd - blockStart));
            segmentStart = blockEnd;
        }
    };
    while (from < markdown.size()) {
        qsizetype to = markdown.indexOf(QLatin1Char('\n'), from);
        if (to < 0)
            to = markdown.size();
        const QStringView line = QStringView(markdown).mid(from, to - from).trimmed();
        if (line.startsWith(QLatin1String("```")) || line.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            blockStart = to + 1; // code is laid out line by line, at no such cost
        } else if (line.isEmpty() && !inFence) {
            flushBlock(from);
            blockStart = to + 1;
        } else if (inFence) {
            blockStart = to + 1;
        }
        from = to + 1;
    }
    flushBlock(markdown.size());
    if (segmentStart < markdown.size())
        html += renderMarkdown(markdown.mid(segmentStart), codeBackground);
    return html;
}

QString MarkdownRenderer::renderMarkdown(const QString &markdown, const QString &codeBackground)
{
    QTextDocument doc;
    // Nothing is ever fetched for the preview, not even a local file an image points at.
    doc.setResourceProvider([](const QUrl &) { return QVariant(); });
    // Agent prompts are full of XML-like tags (<example>, <instructions>) that the author wants to
    // see; NoHTML shows them as text instead of interpreting them.
    doc.setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));

    restyle(doc, codeBackground);
    tameHeadings(doc);

    QString html = bodyOf(doc.toHtml());
    // Second line of defence: the exporter must never produce an image element here.
    static const QRegularExpression imgTag(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    html.remove(imgTag);
    // Quoted, 'monospace' is looked up as a family name; bare, it is the generic monospace family.
    html.replace(QLatin1String("font-family:'monospace'"), QLatin1String("font-family:monospace"));
    return html;
}

} // namespace awb
