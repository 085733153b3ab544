#pragma once

#include "exportformat.h"
#include "exportreport.h"

#include "agent/agentdocument.h"

namespace awb {

struct AgentData;

/// One file an export would write, relative to the output folder.
struct ExportedFile
{
    QString relativePath;
    QByteArray content;
    ExportReport report;
};

/// Turns agents into the files another tool reads, with a report of what carried over.
class AgentExporter
{
public:
    static ExportedFile exportAgent(const AgentDocument &doc, ExportFormat format);
    /// Formats that hold many agents in one file (agents JSON, SDK snippets) give one file for
    /// the whole library, named `library`; the others give one file per agent.
    static QList<ExportedFile> exportLibrary(const QList<AgentDocument> &docs, ExportFormat format);
    /// Whether `name` can be a file name on Linux, macOS and Windows; if not, says why.
    static bool isPortableFileName(const QString &name, QString *why = nullptr);
    /// A file name for the agent: its name when portable, else a cleaned-up version.
    static QString fileNameFor(const QString &agentName);

private:
    static ExportedFile exportData(const AgentDocument &doc, const AgentData &agent, ExportFormat format);
};

} // namespace awb
