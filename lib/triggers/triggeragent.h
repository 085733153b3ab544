#pragma once

#include "agent/example.h"

#include <QList>
#include <QString>

namespace awb {

class AgentDocument;

/// What a router sees of one agent: a snapshot taken from its document, so that routers run off the
/// GUI thread on values that never change under them.
struct TriggerAgent
{
    QString name;
    QString description; ///< as Claude Code sends it
    QList<AgentExample> examples; ///< parsed from the description
    QString listingLine; ///< ListingLine::format(), exactly what Claude Code shows the model
    QString toolsShown; ///< the text inside `(Tools: ...)` of the listing line
    QString path; ///< the file it was read from (may be empty)

    /// Only documents Claude Code would list (`loads()`) make sense here; others give an empty name.
    static TriggerAgent fromDocument(const AgentDocument &document);
    /// An agent from its parts (tests, benchmarks): examples and listing line derived.
    static TriggerAgent make(
        const QString &name, const QString &description, const QString &toolsShown = QStringLiteral("All tools"));
    /// Replaces the description and everything derived from it (examples, listing line).
    void setDescription(const QString &description);

    bool operator==(const TriggerAgent &other) const = default;
};

using TriggerAgents = QList<TriggerAgent>;

} // namespace awb
