#pragma once

#include "agentdocument.h"
#include "diagnostic.h"

#include <QMetaType>
#include <QString>

namespace awb {

/// Everything the live preview shows for one state of an agent file: ready-made HTML plus the
/// values it was made from, so the caller can update the problems list from the same run.
struct Preview
{
    QString html; ///< a complete HTML document for QTextBrowser's rich-text subset
    AgentDocument document; ///< the file as Claude Code reads it
    Diagnostics diagnostics; ///< AgentLinter::check() of `document`
    QString listingLine; ///< empty when the file does not load
    int descriptionTokens = 0;
    QString scope;
    quint64 serial = 0; ///< set by PreviewWorker: the request this preview answers (1, 2, ...)

    bool isNull() const { return html.isEmpty(); }
};

} // namespace awb

Q_DECLARE_METATYPE(awb::Preview)
