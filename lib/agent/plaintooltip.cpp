#include "plaintooltip.h"

#include <QTextDocument>

namespace awb {

QString plainToolTip(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    // <br> rather than raw line breaks: the HTML parser drops a line break that opens a paragraph.
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QLatin1String("<p style=\"white-space:pre-wrap\">") + escaped + QLatin1String("</p>");
}

QString toolTipShownText(const QString &toolTip)
{
    QTextDocument doc;
    if (Qt::mightBeRichText(toolTip))
        doc.setHtml(toolTip);
    else
        doc.setPlainText(toolTip);
    return doc.toPlainText();
}

} // namespace awb
