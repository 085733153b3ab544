#pragma once

#include "agent/agentdocument.h"
#include "agent/yamlvalue.h"

#include <QStringList>

#include <optional>

namespace awb {

/// An agent in neutral form: what every exporter reads and every importer produces.
struct AgentData
{
    QString name;
    QString description; ///< as Claude Code sees it
    QString body;        ///< the system prompt
    bool allTools = true;
    QStringList tools;
    QStringList disallowedTools;
    QString model;
    QString color;
    QString permissionMode;
    QString effort;
    std::optional<int> maxTurns;
    QStringList skills;
    YamlValue mcpServers; ///< null when absent
    YamlValue hooks;      ///< null when absent
    QString memory;
    std::optional<bool> background;
    QString isolation;
    QString initialPrompt;
    QList<QPair<QString, YamlValue>> otherKeys; ///< keys Claude Code does not know, kept

    static AgentData fromDocument(const AgentDocument &doc);
    /// A strict Claude Code agent file (every YAML reader accepts it).
    QString toClaudeMarkdown() const;
    /// The fields that are set, by their Claude Code key (for reports and round-trip checks).
    QStringList presentFields() const;
    bool operator==(const AgentData &other) const = default;
};

} // namespace awb
