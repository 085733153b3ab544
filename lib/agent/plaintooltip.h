#pragma once

#include <QString>

namespace awb {

/// `text` as a tooltip that shows exactly its characters. QToolTip renders text that
/// Qt::mightBeRichText() takes for HTML as rich text, so an agent's description, an example
/// prompt or a quoted line starting with `<b>` or `<img src="file:...">` would be formatted, and
/// local images loaded. Such text comes back escaped (line breaks kept); any other text unchanged.
/// Every tooltip that carries text from an agent file, a suite or a provider goes through here.
QString plainToolTip(const QString &text);

/// The characters a tooltip shows, read the way QToolTip reads it: as HTML when Qt takes it for
/// rich text, as plain text otherwise (for checking what a tooltip will look like).
QString toolTipShownText(const QString &toolTip);

} // namespace awb
