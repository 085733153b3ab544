#pragma once

#include "agentdata.h"
#include "exportformat.h"
#include "exportreport.h"

namespace awb {

struct ImportedAgent
{
    AgentData agent;
    ExportReport report;
    QString fileName; ///< suggested Claude Code file name (NAME.md)
};

/// Reads another tool's agent file back into Claude Code's form, with a report.
class AgentImporter
{
public:
    struct Result
    {
        bool ok = false;
        QString errorString;
        QList<ImportedAgent> agents;
    };

    /// `fileName` supplies the name where the format keeps it in the file name (OpenCode).
    static Result import(const QByteArray &bytes, ExportFormat format, const QString &fileName);
    /// Guesses the format from a path (`.opencode/agent/x.md`, `x.agent.md`, `x.toml`, ...).
    static ExportFormat guessFormat(const QString &path);
};

} // namespace awb
