#include "triggerlibrary.h"

#include "agent/agentdocument.h"
#include "library/agentfinder.h"
#include "library/librarymodel.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <algorithm>

namespace awb {

QString TriggerLibrary::agentsFolder(const QString &folder)
{
    return LibraryModel::agentsFolderFor(folder);
}

QString TriggerLibrary::projectRoot(const QString &folder)
{
    // A folder inside a `.claude` folder belongs to the project that holds that `.claude`.
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const QStringList parts = path.split(QLatin1Char('/'));
    const qsizetype claude = parts.lastIndexOf(QStringLiteral(".claude"));
    if (claude < 0)
        return path;
    const QString root = parts.mid(0, claude).join(QLatin1Char('/'));
    return root.isEmpty() ? QStringLiteral("/") : root;
}

QString TriggerLibrary::suitePath(const QString &folder)
{
    return projectRoot(folder) + QStringLiteral("/.claude/agent-workbench/triggers.json");
}

TriggerLibrary::Loaded TriggerLibrary::load(const QString &folder)
{
    Loaded loaded;
    const QFileInfo info(folder);
    if (!info.isDir()) {
        loaded.errors.append(QStringLiteral("%1: no such folder").arg(folder));
        return loaded;
    }
    const QString agents = agentsFolder(folder);
    const QStringList files = AgentFinder::filesIn(agents);
    if (files.isEmpty())
        loaded.errors.append(QStringLiteral("%1: no agent files (*.md) in this folder").arg(agents));
    QHash<QString, QString> seen;
    for (const QString &file : files) {
        const AgentDocument document = AgentDocument::fromFile(file);
        if (!document.ioError().isEmpty()) {
            loaded.errors.append(QStringLiteral("%1: %2").arg(file, document.ioError()));
            continue;
        }
        if (!document.loads()) {
            loaded.errors.append(
                QStringLiteral("%1: Claude Code would not list this agent: %2").arg(file, document.skipMessage()));
            continue;
        }
        TriggerAgent agent = TriggerAgent::fromDocument(document);
        if (seen.contains(agent.name)) {
            loaded.errors.append(QStringLiteral("%1: the name '%2' is already taken by %3; this file is left out")
                                     .arg(file, agent.name, seen.value(agent.name)));
            continue;
        }
        seen.insert(agent.name, file);
        loaded.agents.append(agent);
    }
    std::stable_sort(loaded.agents.begin(), loaded.agents.end(),
        [](const TriggerAgent &a, const TriggerAgent &b) { return a.name < b.name; });
    return loaded;
}

} // namespace awb
