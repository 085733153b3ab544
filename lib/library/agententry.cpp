#include "agententry.h"

#include "agent/agentdocument.h"
#include "agent/agentlinter.h"

#include <QFileInfo>

namespace awb {

QString scopeName(AgentScope scope)
{
    switch (scope) {
    case AgentScope::Plugin:
        return QStringLiteral("Plugin");
    case AgentScope::User:
        return QStringLiteral("User");
    case AgentScope::Project:
        return QStringLiteral("Project");
    }
    return {};
}

QString AgentEntry::displayName() const
{
    return name.isEmpty() ? QFileInfo(path).fileName() : name;
}

AgentEntry AgentEntry::read(const QString &path, AgentScope scope)
{
    AgentEntry entry;
    entry.path = path;
    entry.scope = scope;
    const QFileInfo info(path);
    entry.size = info.size();
    entry.modified = info.lastModified().toMSecsSinceEpoch();
    const AgentDocument doc = AgentDocument::fromFile(path);
    if (!doc.ioError().isEmpty()) {
        entry.skipMessage = doc.ioError();
        entry.errors = 1;
        return entry;
    }
    entry.name = doc.name();
    entry.description = doc.description();
    entry.color = doc.color();
    entry.loads = doc.loads();
    entry.skipMessage = doc.skipMessage();
    for (const Diagnostic &d : AgentLinter::check(doc)) {
        if (d.severity == Diagnostic::Severity::Error)
            ++entry.errors;
        else if (d.severity == Diagnostic::Severity::Warning)
            ++entry.warnings;
    }
    return entry;
}

} // namespace awb
