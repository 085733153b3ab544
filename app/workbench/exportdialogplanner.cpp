#include "exportdialogplanner.h"

#include <QFileInfo>

namespace awb {

void ExportDialogPlanner::readLibrary(QPromise<QList<AgentDocument>> &promise, const QStringList &paths)
{
    promise.setProgressRange(0, int(paths.size()));
    QList<AgentDocument> docs;
    for (int i = 0; i < paths.size(); ++i) {
        if (promise.isCanceled())
            return;
        const AgentDocument doc = AgentDocument::fromFile(paths.at(i));
        if (doc.ioError().isEmpty() && doc.frontmatter().isMapping() && !doc.name().isEmpty())
            docs.append(doc);
        promise.setProgressValue(i + 1);
    }
    promise.addResult(docs);
}

QList<ExportedFile> ExportDialogPlanner::exportedFiles(const Input &input, const std::function<bool()> &cancelled)
{
    QList<ExportedFile> files;
    for (ExportFormat format : input.formats) {
        if (cancelled && cancelled())
            return {};
        for (ExportedFile f : AgentExporter::exportLibrary(input.agents, format)) {
            if (input.home)
                f.relativePath = ExportFormats::userRelativePath(format, f.relativePath);
            files.append(f);
        }
    }
    return files;
}

ExportDialogPlanner::Plan ExportDialogPlanner::plan(const Input &input, const std::function<bool()> &cancelled)
{
    Plan out;
    out.destination = input.destination;
    const QList<ExportedFile> files = exportedFiles(input, cancelled);
    if (files.isEmpty() || input.destination.isEmpty() || (cancelled && cancelled()))
        return out;
    out.files
        = input.zip ? ExportWriter::planZip(input.destination, files) : ExportWriter::plan(input.destination, files);
    out.destinationExists = QFileInfo::exists(input.destination);
    return out;
}

ExportWriter::Result ExportDialogPlanner::write(const Input &input, ExportWriter::Overwrite overwrite)
{
    if (input.zip)
        return ExportWriter::writeZip(input.destination, exportedFiles(input, {}), overwrite);
    return ExportWriter::write(plan(input).files, overwrite);
}

} // namespace awb
