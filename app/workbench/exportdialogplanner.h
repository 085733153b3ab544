#pragma once

#include "agent/agentdocument.h"
#include "export/exportwriter.h"

#include <QPromise>

#include <functional>

namespace awb {

/// The Export dialog's reading and planning, apart from its widgets so that it runs on a worker
/// thread: every input is a copy, nothing here touches the dialog.
class ExportDialogPlanner
{
public:
    /// What the dialog asks for, taken from its widgets on the GUI thread.
    struct Input
    {
        QList<AgentDocument> agents;
        QList<ExportFormat> formats;
        QString destination; ///< the folder, or the zip file when `zip`
        bool home = false; ///< each tool's place for user-level agents instead of the project's
        bool zip = false;
    };

    struct Plan
    {
        QList<PlannedFile> files; ///< empty when there is nothing to export
        QString destination; ///< the one planned for
        bool destinationExists = false; ///< the destination (the zip file) is there already
    };

    /// Reads the agent files that load as agents (frontmatter with a name); a file that does not
    /// is left out. Reports progress per file and stops early, with no result, when cancelled.
    static void readLibrary(QPromise<QList<AgentDocument>> &promise, const QStringList &paths);
    /// Looks at the disk only. `cancelled` is asked between formats; a cancelled plan is partial.
    static Plan plan(const Input &input, const std::function<bool()> &cancelled = {});
    /// Plans again (the disk may have changed since the preview) and writes: all or nothing.
    static ExportWriter::Result write(const Input &input, ExportWriter::Overwrite overwrite);

private:
    static QList<ExportedFile> exportedFiles(const Input &input, const std::function<bool()> &cancelled);
};

} // namespace awb
