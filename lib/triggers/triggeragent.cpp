#include "triggeragent.h"

#include "agent/agentdocument.h"
#include "agent/listingline.h"

namespace awb {

TriggerAgent TriggerAgent::fromDocument(const AgentDocument &document)
{
    TriggerAgent agent;
    agent.path = document.path();
    if (!document.loads())
        return agent;
    agent.name = document.name();
    agent.toolsShown = document.toolsShown();
    agent.setDescription(document.description());
    return agent;
}

TriggerAgent TriggerAgent::make(const QString &name, const QString &description, const QString &toolsShown)
{
    TriggerAgent agent;
    agent.name = name;
    agent.toolsShown = toolsShown;
    agent.setDescription(description);
    return agent;
}

void TriggerAgent::setDescription(const QString &text)
{
    description = text;
    examples = ExampleCodec::parse(text);
    listingLine = ListingLine::format(name, description, toolsShown);
}

} // namespace awb
