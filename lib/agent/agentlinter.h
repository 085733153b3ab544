#pragma once

#include "agentdocument.h"
#include "diagnostic.h"
#include "modelaliases.h"

namespace awb {

/// Checks one agent document and says what Claude Code would do with it, in words a
/// person can act on, with fixes where a fix is certain.
class AgentLinter
{
public:
    static Diagnostics check(const AgentDocument &doc, const ModelAliases &aliases = ModelAliases::defaults());

    /// Rough token count of text for Claude models (about 3.6 characters a token for English prose).
    static int estimateTokens(const QString &text);
    /// Descriptions above this many tokens get a warning; above half of it, a note.
    static constexpr int LongDescriptionTokens = 600;
    /// The name Claude Code's docs ask for: lowercase letters, digits and hyphens.
    static QString suggestedName(const QString &name);
};

} // namespace awb
