#include "targetmaps.h"

#include "agent/fieldtable.h"
#include "agent/previewbuilder.h"
#include "agent/toollist.h"

#include <QColor>

namespace awb {

const TargetMaps::Pairs &TargetMaps::openCodeTools()
{
    static const Pairs pairs{
        {QStringLiteral("Bash"), QStringLiteral("bash")},       {QStringLiteral("Edit"), QStringLiteral("edit")},
        {QStringLiteral("MultiEdit"), QStringLiteral("edit")},  {QStringLiteral("Write"), QStringLiteral("write")},
        {QStringLiteral("Read"), QStringLiteral("read")},       {QStringLiteral("Grep"), QStringLiteral("grep")},
        {QStringLiteral("Glob"), QStringLiteral("glob")},       {QStringLiteral("LS"), QStringLiteral("list")},
        {QStringLiteral("TodoWrite"), QStringLiteral("todowrite")}, {QStringLiteral("WebFetch"), QStringLiteral("webfetch")},
        {QStringLiteral("Agent"), QStringLiteral("task")},      {QStringLiteral("Task"), QStringLiteral("task")},
    };
    return pairs;
}

const TargetMaps::Pairs &TargetMaps::copilotTools()
{
    static const Pairs pairs{
        {QStringLiteral("Bash"), QStringLiteral("execute")},     {QStringLiteral("Read"), QStringLiteral("read")},
        {QStringLiteral("NotebookRead"), QStringLiteral("read")}, {QStringLiteral("Edit"), QStringLiteral("edit")},
        {QStringLiteral("MultiEdit"), QStringLiteral("edit")},   {QStringLiteral("Write"), QStringLiteral("edit")},
        {QStringLiteral("NotebookEdit"), QStringLiteral("edit")}, {QStringLiteral("Grep"), QStringLiteral("search")},
        {QStringLiteral("Glob"), QStringLiteral("search")},      {QStringLiteral("LS"), QStringLiteral("search")},
        {QStringLiteral("Agent"), QStringLiteral("agent")},      {QStringLiteral("Task"), QStringLiteral("agent")},
        {QStringLiteral("WebFetch"), QStringLiteral("web")},     {QStringLiteral("WebSearch"), QStringLiteral("web")},
        {QStringLiteral("TodoWrite"), QStringLiteral("todo")},
    };
    return pairs;
}

const TargetMaps::Pairs &TargetMaps::geminiTools()
{
    static const Pairs pairs{
        {QStringLiteral("Bash"), QStringLiteral("run_shell_command")}, {QStringLiteral("Read"), QStringLiteral("read_file")},
        {QStringLiteral("Write"), QStringLiteral("write_file")},       {QStringLiteral("Edit"), QStringLiteral("replace")},
        {QStringLiteral("MultiEdit"), QStringLiteral("replace")},      {QStringLiteral("Glob"), QStringLiteral("glob")},
        {QStringLiteral("Grep"), QStringLiteral("search_file_content")}, {QStringLiteral("LS"), QStringLiteral("list_directory")},
        {QStringLiteral("WebFetch"), QStringLiteral("web_fetch")},     {QStringLiteral("WebSearch"), QStringLiteral("google_web_search")},
        {QStringLiteral("TodoWrite"), QStringLiteral("write_todos")},
    };
    return pairs;
}

const TargetMaps::Pairs &TargetMaps::codexSandbox()
{
    static const Pairs pairs{
        {QStringLiteral("plan"), QStringLiteral("read-only")},
        {QStringLiteral("default"), QStringLiteral("workspace-write")},
        {QStringLiteral("acceptEdits"), QStringLiteral("workspace-write")},
        {QStringLiteral("bypassPermissions"), QStringLiteral("danger-full-access")},
    };
    return pairs;
}

QString TargetMaps::forward(const Pairs &pairs, const QString &claudeName)
{
    const QString base = ToolList::baseName(claudeName);
    for (const auto &p : pairs) {
        if (p.first == base)
            return p.second;
    }
    return {};
}

QStringList TargetMaps::backward(const Pairs &pairs, const QString &targetName)
{
    QStringList out;
    for (const auto &p : pairs) {
        if (p.second == targetName && !out.contains(p.first))
            out.append(p.first);
    }
    return out;
}

QString TargetMaps::nearestColor(const QString &hex)
{
    const QColor wanted(hex);
    if (!wanted.isValid())
        return FieldTable::colors().contains(hex) ? hex : QString();
    QString best;
    int bestDistance = INT_MAX;
    for (const QString &name : FieldTable::colors()) {
        const QColor c(PreviewBuilder::colorHex(name));
        const int d = (c.red() - wanted.red()) * (c.red() - wanted.red())
            + (c.green() - wanted.green()) * (c.green() - wanted.green())
            + (c.blue() - wanted.blue()) * (c.blue() - wanted.blue());
        if (d < bestDistance) {
            bestDistance = d;
            best = name;
        }
    }
    return best;
}

} // namespace awb
