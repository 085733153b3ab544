#pragma once

#include "modelaliases.h"
#include "preview.h"

#include <QString>

namespace awb {

/// Builds the live preview of an agent file: the agent card, the Claude Code listing line,
/// whether the file loads, the examples as a chat, the system prompt rendered from Markdown and
/// the description's token cost. Agent text is only ever displayed: all of it is escaped, and
/// nothing the file points at (images, links) is loaded. A pure function: safe on any thread.
class PreviewBuilder
{
public:
    struct Options
    {
        bool dark = false; ///< colours for a dark palette
    };

    static Preview build(const QString &fileText, const QString &path, const QString &scope,
        const ModelAliases &aliases, const Options &options);
    static Preview build(const QString &fileText, const QString &path, const QString &scope,
        const ModelAliases &aliases = ModelAliases::defaults());

    /// The on-screen colour (`#rrggbb`) for one of Claude Code's eight agent colours; empty for others.
    static QString colorHex(const QString &agentColor);
    /// Agent text as the preview writes it into HTML: escaped, newlines kept.
    static QString escape(const QString &text);
};

} // namespace awb
