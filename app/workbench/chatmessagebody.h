#pragma once

#include <QTextBrowser>

namespace awb {

/// The text of one chat message, rendered from Markdown as safely as the preview does it
/// (MarkdownRenderer: raw HTML shown as text, images as a placeholder, nothing ever loaded), as
/// tall as its content. While a reply streams in, only its unfinished last part is rendered
/// again: finished paragraphs are appended once and laid out once, so the cost of an update does
/// not grow with the length of the reply. The finished reply is rendered whole once.
class ChatMessageBody : public QTextBrowser
{
    Q_OBJECT
public:
    explicit ChatMessageBody(QWidget *parent = nullptr);

    /// Shows `text` as written (the person's own messages).
    void showPlain(const QString &text);
    /// Shows `markdown` whole.
    void showMarkdown(const QString &markdown);
    /// Shows `markdown`, which extends what was shown before, re-rendering only its last part.
    void showGrowingMarkdown(const QString &markdown);
    /// The code background (a CSS colour) Markdown is rendered with.
    void setCodeBackground(const QString &color) { m_codeBackground = color; }

    /// Where finished paragraphs end: after the last blank line outside a code fence.
    static qsizetype stablePrefixLength(const QString &markdown);

    QVariant loadResource(int type, const QUrl &name) override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

private:
    void fitHeight();
    /// Gives code blocks from document position `from` on the code background.
    void shadeCodeBlocks(int from);
    void openClickedLink(const QUrl &url);

    QString m_codeBackground;
    QString m_stable; ///< the finished paragraphs shown
    int m_tailPosition = -1; ///< document position where the unfinished part starts; -1: not growing
};

} // namespace awb
