#include "fieldtable.h"

#include "toollist.h"

namespace awb {

const QStringList &FieldTable::colors()
{
    static const QStringList list{
        QStringLiteral("red"),    QStringLiteral("blue"),   QStringLiteral("green"),
        QStringLiteral("yellow"), QStringLiteral("purple"), QStringLiteral("orange"),
        QStringLiteral("pink"),   QStringLiteral("cyan"),
    };
    return list;
}

const QStringList &FieldTable::modelAliases()
{
    static const QStringList list{QStringLiteral("opus"), QStringLiteral("sonnet"), QStringLiteral("haiku"),
                                  QStringLiteral("fable"), QStringLiteral("inherit")};
    return list;
}

const QStringList &FieldTable::knownTools()
{
    // Tools of Claude Code 2.1 (2.1.197 offers most of these to the model; older names kept so
    // existing agents are not flagged).
    static const QStringList list{
        QStringLiteral("Agent"), QStringLiteral("AskUserQuestion"), QStringLiteral("Bash"), QStringLiteral("BashOutput"),
        QStringLiteral("CronCreate"), QStringLiteral("CronDelete"), QStringLiteral("CronList"), QStringLiteral("Edit"),
        QStringLiteral("EnterPlanMode"), QStringLiteral("EnterWorktree"), QStringLiteral("ExitPlanMode"), QStringLiteral("ExitWorktree"),
        QStringLiteral("Glob"), QStringLiteral("Grep"), QStringLiteral("KillShell"), QStringLiteral("LS"),
        QStringLiteral("LSP"), QStringLiteral("MultiEdit"), QStringLiteral("NotebookEdit"), QStringLiteral("NotebookRead"),
        QStringLiteral("Read"), QStringLiteral("ReportFindings"), QStringLiteral("ScheduleWakeup"), QStringLiteral("SendMessage"),
        QStringLiteral("Skill"), QStringLiteral("SlashCommand"), QStringLiteral("Task"), QStringLiteral("TaskCreate"),
        QStringLiteral("TaskGet"), QStringLiteral("TaskList"), QStringLiteral("TaskOutput"), QStringLiteral("TaskStop"),
        QStringLiteral("TaskUpdate"), QStringLiteral("TodoWrite"), QStringLiteral("ToolSearch"), QStringLiteral("WebFetch"),
        QStringLiteral("WebSearch"), QStringLiteral("Workflow"), QStringLiteral("Write"),
    };
    return list;
}

bool FieldTable::isKnownTool(const QString &entry)
{
    if (entry == QLatin1String("*") || entry.startsWith(QLatin1String("mcp__")))
        return true;
    return knownTools().contains(ToolList::baseName(entry));
}

const QList<FieldSpec> &FieldTable::fields()
{
    static const QList<FieldSpec> table{
        {QStringLiteral("name"), FieldType::Name, {}, true, false, true, QStringLiteral("Name"),
         QStringLiteral("The agent's identifier; lowercase letters and hyphens.")},
        {QStringLiteral("description"), FieldType::Description, {}, true, false, true,
         QStringLiteral("Description"),
         QStringLiteral("Tells the main model when to delegate to this agent; sent with every turn.")},
        {QStringLiteral("tools"), FieldType::ToolList, {}, false, false, true, QStringLiteral("Tools"),
         QStringLiteral("Tools the agent may use; omit for all tools.")},
        {QStringLiteral("disallowedTools"), FieldType::ToolList, {}, false, false, true,
         QStringLiteral("Disallowed tools"), QStringLiteral("Tools removed from the agent's set.")},
        {QStringLiteral("model"), FieldType::Model, modelAliases(), false, false, true, QStringLiteral("Model"),
         QStringLiteral("A model alias, inherit, or a full model id.")},
        {QStringLiteral("color"), FieldType::Color, colors(), false, false, false, QStringLiteral("Color"),
         QStringLiteral("The color Claude Code shows for the agent.")},
        {QStringLiteral("permissionMode"), FieldType::Enum,
         {QStringLiteral("default"), QStringLiteral("acceptEdits"), QStringLiteral("auto"),
          QStringLiteral("bypassPermissions"), QStringLiteral("dontAsk"), QStringLiteral("plan"),
          QStringLiteral("manual")},
         false, true, true, QStringLiteral("Permission mode"),
         QStringLiteral("How the agent asks before acting.")},
        {QStringLiteral("effort"), FieldType::EnumOrInteger,
         {QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("high"), QStringLiteral("xhigh"),
          QStringLiteral("max")},
         false, false, true, QStringLiteral("Effort"), QStringLiteral("Reasoning effort, or a token budget.")},
        {QStringLiteral("maxTurns"), FieldType::PositiveInteger, {}, false, false, true,
         QStringLiteral("Max turns"), QStringLiteral("Stops the agent after this many turns.")},
        {QStringLiteral("skills"), FieldType::StringList, {}, false, false, true, QStringLiteral("Skills"),
         QStringLiteral("Skills loaded into the agent.")},
        {QStringLiteral("mcpServers"), FieldType::McpServers, {}, false, true, true,
         QStringLiteral("MCP servers"), QStringLiteral("MCP servers by name, or inline definitions.")},
        {QStringLiteral("hooks"), FieldType::Hooks, {}, false, true, true, QStringLiteral("Hooks"),
         QStringLiteral("Hook commands keyed by event (PreToolUse, PostToolUse, Stop, ...).")},
        {QStringLiteral("memory"), FieldType::Enum,
         {QStringLiteral("user"), QStringLiteral("project"), QStringLiteral("local")}, false, false, true,
         QStringLiteral("Memory"), QStringLiteral("Where the agent keeps persistent memory.")},
        {QStringLiteral("background"), FieldType::Boolean, {}, false, false, true, QStringLiteral("Background"),
         QStringLiteral("Run the agent in the background.")},
        {QStringLiteral("isolation"), FieldType::Enum, {QStringLiteral("worktree"), QStringLiteral("remote")},
         false, false, true, QStringLiteral("Isolation"),
         QStringLiteral("Run the agent in its own git worktree.")},
        {QStringLiteral("initialPrompt"), FieldType::Text, {}, false, false, true,
         QStringLiteral("Initial prompt"),
         QStringLiteral("First user turn when the agent runs as the main thread.")},
    };
    return table;
}

const FieldSpec *FieldTable::find(const QString &key)
{
    for (const FieldSpec &spec : fields()) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

} // namespace awb
