#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace awb {

/// Where an agent comes from, in Claude Code's order of precedence (later wins).
enum class AgentScope { Plugin = 0, User = 1, Project = 2 };

QString scopeName(AgentScope scope);

/// One agent file of a library, as the library panel shows it.
struct AgentEntry
{
    QString path;
    AgentScope scope = AgentScope::Project;
    QString name; ///< empty when the file declares none
    QString description;
    QString color; ///< only a color Claude Code keeps
    bool loads = false;
    QString skipMessage;
    int errors = 0;
    int warnings = 0;
    qint64 size = -1;
    qint64 modified = 0; ///< ms since epoch, to notice changes
    QString shadowedBy; ///< path of the agent that wins over this one, with the reason
    bool collision = false; ///< another file in the same scope declares the same name
    QStringList overrides; ///< paths of same-named agents this one wins over, each with the reason

    QString displayName() const;
    bool operator==(const AgentEntry &other) const = default;

    /// Reads and checks one file (called off the GUI thread).
    static AgentEntry read(const QString &path, AgentScope scope);
};

} // namespace awb

Q_DECLARE_METATYPE(awb::AgentEntry)
