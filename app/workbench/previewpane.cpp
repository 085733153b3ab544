#include "previewpane.h"

#include <QDesktopServices>
#include <QEvent>
#include <QScrollBar>

namespace awb {

PreviewPane::PreviewPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Preview"));
    setAccessibleDescription(tr("How Claude Code sees the agent"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
    // Wrapping "anywhere" lays out a long run without spaces in quadratic time; see AgentForm.
    setWordWrapMode(QTextOption::WordWrap);
    m_dark = isDarkPalette();
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::openClickedLink);
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &PreviewPane::restoreScroll);
    connect(horizontalScrollBar(), &QScrollBar::rangeChanged, this, &PreviewPane::restoreScroll);
    // Once the person scrolls, their position wins over one still waiting for the layout.
    connect(verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] { m_wantedVertical = -1; });
}

void PreviewPane::setPreview(const Preview &preview)
{
    m_serial = preview.serial;
    setHtmlKeepingScroll(preview.html);
}

void PreviewPane::setHtmlKeepingScroll(const QString &html)
{
    const int vertical = m_wantedVertical >= 0 ? m_wantedVertical : verticalScrollBar()->value();
    const int horizontal = m_wantedHorizontal >= 0 ? m_wantedHorizontal : horizontalScrollBar()->value();
    setHtml(html);
    // The layout may finish after setHtml() returns; rangeChanged applies what is still wanted.
    m_wantedVertical = vertical;
    m_wantedHorizontal = horizontal;
    restoreScroll();
}

void PreviewPane::restoreScroll()
{
    QScrollBar *v = verticalScrollBar();
    if (m_wantedVertical >= 0) {
        v->setValue(std::min(m_wantedVertical, v->maximum()));
        if (v->maximum() >= m_wantedVertical)
            m_wantedVertical = -1;
    }
    QScrollBar *h = horizontalScrollBar();
    if (m_wantedHorizontal >= 0) {
        h->setValue(std::min(m_wantedHorizontal, h->maximum()));
        if (h->maximum() >= m_wantedHorizontal)
            m_wantedHorizontal = -1;
    }
}

bool PreviewPane::isDarkPalette() const
{
    return palette().color(QPalette::Base).lightnessF() < 0.5;
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    ++m_refused;
    return {};
}

void PreviewPane::openClickedLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.hasFragment()) {
        scrollToAnchor(url.fragment());
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https") && scheme != QLatin1String("mailto"))
        return;
    Q_EMIT linkOpened(url);
    QDesktopServices::openUrl(url);
}

void PreviewPane::changeEvent(QEvent *event)
{
    QTextBrowser::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        const bool dark = isDarkPalette();
        if (dark != m_dark) {
            m_dark = dark;
            Q_EMIT darkPaletteChanged(dark);
        }
    }
}

} // namespace awb
