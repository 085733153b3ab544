#pragma once

#include "agent/preview.h"

#include <QTextBrowser>

namespace awb {

/// Shows a Preview. Loads nothing: every resource the HTML could name (remote or local) is
/// refused, and a link opens in the system browser only when clicked (http, https, mailto).
/// Keeps its scroll position when the preview is replaced.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT
public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void setPreview(const Preview &preview);
    /// Replaces the content without moving the scroll position.
    void setHtmlKeepingScroll(const QString &html);
    quint64 serial() const { return m_serial; }

    /// True when the widget's palette is dark: ask the preview builder for dark colours.
    bool isDarkPalette() const;
    /// How many resources were asked for and refused (for tests).
    int refusedResourceCount() const { return m_refused; }

    QVariant loadResource(int type, const QUrl &name) override;

Q_SIGNALS:
    /// Just before a clicked link is handed to the system browser.
    void linkOpened(const QUrl &url);
    /// The palette switched between light and dark: rebuild the preview with the other colours.
    void darkPaletteChanged(bool dark);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openClickedLink(const QUrl &url);
    void restoreScroll();

    quint64 m_serial = 0;
    int m_refused = 0;
    int m_wantedVertical = -1;
    int m_wantedHorizontal = -1;
    bool m_dark = false;
};

} // namespace awb
