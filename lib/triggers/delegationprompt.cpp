#include "delegationprompt.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace awb {

namespace {

TriggerAgent withoutExample(const TriggerAgent &agent, int example)
{
    if (example < 0 || example >= agent.examples.size())
        return agent;
    QList<AgentExample> kept = agent.examples;
    kept.removeAt(example);
    TriggerAgent copy = agent;
    copy.setDescription(ExampleCodec::replaceExamples(agent.description, kept));
    return copy;
}

} // namespace

QString DelegationPrompt::systemPrompt()
{
    return QStringLiteral(
        "You are an AI coding assistant working in the user's software project, like Claude Code. You can "
        "delegate a request to one of the specialised agents described in the Agent tool, or handle it yourself. "
        "Delegate only when an agent's description fits the request; otherwise handle it yourself. Answer every "
        "request with exactly one tool call: Agent (with the subagent_type that fits best) to delegate, or "
        "NoDelegation to handle it yourself. Do not do the task now.");
}

QList<ToolDefinition> DelegationPrompt::tools(const TriggerAgents &agents, int heldOutAgent, int heldOutExample)
{
    QStringList lines;
    QJsonArray names;
    for (int i = 0; i < agents.size(); ++i) {
        const TriggerAgent agent = i == heldOutAgent ? withoutExample(agents.at(i), heldOutExample) : agents.at(i);
        lines.append(agent.listingLine);
        names.append(agent.name);
    }
    ToolDefinition none;
    none.name = QString::fromLatin1(NoDelegationToolName);
    none.description = QStringLiteral("Handle the request yourself, without delegating it to any agent. Use this "
                                      "when no agent's description fits the request.");
    none.inputSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("reason"),
                QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                    { QStringLiteral("description"), QStringLiteral("Why no agent fits, briefly") } } } } },
        { QStringLiteral("required"), QJsonArray { QStringLiteral("reason") } } };
    // Claude Code's wording for its agent tool: the listing lines under a fixed heading.
    ToolDefinition agent;
    agent.name = QString::fromLatin1(AgentToolName);
    agent.description = QStringLiteral("Launch a new agent to handle complex, multi-step tasks autonomously.\n\n"
                                       "Available agent types and the tools they have access to:\n")
        + lines.join(QLatin1Char('\n'))
        + QStringLiteral("\n\nWhen using the Agent tool, you must specify a subagent_type parameter to select "
                         "which agent type to use.");
    agent.inputSchema = QJsonObject { { QStringLiteral("type"), QStringLiteral("object") },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("description"),
                              QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                                  { QStringLiteral("description"),
                                      QStringLiteral("A short (3-5 word) description of the task") } } },
                { QStringLiteral("prompt"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                        { QStringLiteral("description"), QStringLiteral("The task for the agent to perform") } } },
                { QStringLiteral("subagent_type"),
                    QJsonObject { { QStringLiteral("type"), QStringLiteral("string") },
                        { QStringLiteral("enum"), names },
                        { QStringLiteral("description"),
                            QStringLiteral("The type of specialized agent to use") } } } } },
        { QStringLiteral("required"),
            QJsonArray { QStringLiteral("description"), QStringLiteral("prompt"), QStringLiteral("subagent_type") } } };
    // The long listing last: cache_control on the last tool covers both.
    return { none, agent };
}

ChatRequest DelegationPrompt::request(
    const TriggerAgents &agents, const QString &prompt, const QString &model, int heldOutAgent, int heldOutExample)
{
    ChatRequest request;
    request.model = model;
    request.system = systemPrompt();
    request.messages = { ChatMessage::user(prompt) };
    request.maxTokens = 400;
    request.tools = tools(agents, heldOutAgent, heldOutExample);
    request.toolChoice.mode = ToolChoice::Mode::Any;
    request.cacheTools = true;
    request.cacheSystem = true;
    return request;
}

QString DelegationPrompt::prefixHash(const ChatRequest &request)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(request.system.toUtf8());
    for (const ToolDefinition &tool : request.tools) {
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(tool.name.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
        hash.addData(tool.description.toUtf8());
        hash.addData(QJsonDocument(tool.inputSchema).toJson(QJsonDocument::Compact));
    }
    return QString::fromLatin1(hash.result().toHex());
}

DelegationPrompt::Decision DelegationPrompt::decide(const ChatMessage &reply, const QStringList &agents)
{
    Decision decision;
    decision.reason = reply.text().trimmed();
    for (const ContentBlock &block : reply.toolUses()) {
        if (block.name == QLatin1String(AgentToolName)) {
            const QString type = block.input.value(QLatin1String("subagent_type")).toString();
            const QString what = block.input.value(QLatin1String("description")).toString();
            if (!what.isEmpty())
                decision.reason = decision.reason.isEmpty() ? what : decision.reason + QLatin1Char('\n') + what;
            decision.agent = type;
            decision.valid = agents.contains(type);
            if (!decision.valid)
                decision.reason = QStringLiteral("asked for an unknown agent '%1'. %2").arg(type, decision.reason);
            return decision;
        }
        if (block.name == QLatin1String(NoDelegationToolName)) {
            const QString why = block.input.value(QLatin1String("reason")).toString();
            if (!why.isEmpty())
                decision.reason = decision.reason.isEmpty() ? why : decision.reason + QLatin1Char('\n') + why;
            decision.valid = true;
            return decision;
        }
    }
    if (decision.reason.isEmpty())
        decision.reason = QStringLiteral("no tool call and no text");
    return decision;
}

} // namespace awb
