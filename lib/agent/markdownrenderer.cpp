#include "markdownrenderer.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QUrl>
#include <QVariant>

namespace awb {

namespace {

struct ImageSpan
{
    int position = 0;
    int length = 0;
    QString source;
};

QList<ImageSpan> findImages(const QTextDocument &doc)
{
    QList<ImageSpan> images;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({ fragment.position(), fragment.length(), fragment.charFormat().toImageFormat().name() });
        }
    }
    return images;
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

QString MarkdownRenderer::toHtmlFragment(const QString &markdown)
{
    QTextDocument doc;
    // Nothing is ever fetched for the preview, not even a local file an image points at.
    doc.setResourceProvider([](const QUrl &) { return QVariant(); });
    // Agent prompts are full of XML-like tags (<example>, <instructions>) that the author wants to
    // see; NoHTML shows them as text instead of interpreting them.
    doc.setMarkdown(markdown,
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));

    const QList<ImageSpan> images = findImages(doc);
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&doc);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat plain;
        plain.setFontItalic(true);
        cursor.insertText(imagePlaceholder(it->source), plain);
    }

    QString html = bodyOf(doc.toHtml());
    // Second line of defence: the exporter must never produce an image element here.
    static const QRegularExpression imgTag(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    html.remove(imgTag);
    return html;
}

} // namespace awb
