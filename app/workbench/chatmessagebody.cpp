#include "chatmessagebody.h"

#include "agent/markdownrenderer.h"

#include <QAbstractTextDocumentLayout>
#include <QDesktopServices>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace awb {

ChatMessageBody::ChatMessageBody(QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
        | Qt::LinksAccessibleByKeyboard);
    // Tab moves on to the message's buttons instead of stopping in the text.
    setTabChangesFocus(true);
    viewport()->setAutoFillBackground(false);
    document()->setDocumentMargin(2);
    connect(document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
        &ChatMessageBody::fitHeight);
    connect(this, &QTextBrowser::anchorClicked, this, &ChatMessageBody::openClickedLink);
}

QVariant ChatMessageBody::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

QSize ChatMessageBody::sizeHint() const
{
    return { QTextBrowser::sizeHint().width(), height() };
}

QSize ChatMessageBody::minimumSizeHint() const
{
    return { 40, height() };
}

void ChatMessageBody::fitHeight()
{
    const int wanted = int(std::ceil(document()->size().height())) + 2;
    if (wanted != height())
        setFixedHeight(wanted);
}

void ChatMessageBody::openClickedLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("http") || scheme == QLatin1String("https") || scheme == QLatin1String("mailto"))
        QDesktopServices::openUrl(url);
}

void ChatMessageBody::shadeCodeBlocks(int from)
{
    if (m_codeBackground.isEmpty())
        return;
    const QColor shade(m_codeBackground);
    for (QTextBlock block = document()->findBlock(from); block.isValid(); block = block.next()) {
        QTextBlockFormat format = block.blockFormat();
        const bool code = format.hasProperty(QTextFormat::BlockCodeFence) || format.nonBreakableLines();
        if (!code || format.background().color() == shade)
            continue;
        format.setBackground(shade);
        QTextCursor(block).setBlockFormat(format);
    }
}

void ChatMessageBody::showPlain(const QString &text)
{
    m_tailPosition = -1;
    m_stable.clear();
    setPlainText(text);
}

void ChatMessageBody::showMarkdown(const QString &markdown)
{
    m_tailPosition = -1;
    m_stable.clear();
    setHtml(MarkdownRenderer::toHtmlFragment(markdown, m_codeBackground));
    shadeCodeBlocks(0);
}

qsizetype ChatMessageBody::stablePrefixLength(const QString &markdown)
{
    qsizetype stable = 0;
    bool inFence = false;
    qsizetype lineStart = 0;
    bool previousBlank = false;
    while (lineStart < markdown.size()) {
        const qsizetype newline = markdown.indexOf(QLatin1Char('\n'), lineStart);
        if (newline < 0)
            break; // an unfinished line is never stable
        const QStringView line = QStringView(markdown).mid(lineStart, newline - lineStart);
        const QStringView trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"))) {
            inFence = !inFence;
            previousBlank = false;
        } else if (!inFence && trimmed.isEmpty()) {
            if (!previousBlank)
                stable = newline + 1;
            previousBlank = true;
        } else {
            previousBlank = false;
        }
        lineStart = newline + 1;
    }
    return stable;
}

void ChatMessageBody::showGrowingMarkdown(const QString &markdown)
{
    if (m_tailPosition < 0 || !markdown.startsWith(m_stable)) {
        clear();
        m_stable.clear();
        m_tailPosition = 0;
    }
    const qsizetype stableLength = stablePrefixLength(markdown);
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.setPosition(m_tailPosition);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (stableLength > m_stable.size()) {
        // Newly finished paragraphs: rendered and laid out once.
        const QString finished = markdown.mid(m_stable.size(), stableLength - m_stable.size());
        if (cursor.position() > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        cursor.insertHtml(MarkdownRenderer::toHtmlFragment(finished, m_codeBackground));
        shadeCodeBlocks(start);
        m_stable = markdown.left(stableLength);
        m_tailPosition = cursor.position();
    }
    const QString tail = markdown.mid(m_stable.size());
    if (!tail.trimmed().isEmpty()) {
        if (cursor.position() > 0)
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        const int start = cursor.position();
        cursor.insertHtml(MarkdownRenderer::toHtmlFragment(tail, m_codeBackground));
        shadeCodeBlocks(start);
    }
    cursor.endEditBlock();
}

} // namespace awb
