#include "cliapp.h"

#include "agent/agentdocument.h"
#include "export/agentexporter.h"
#include "export/exportwriter.h"
#include "export/importsource.h"
#include "library/agentfinder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::cli {

namespace {

bool isZip(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

// Writes the files into a folder or a .zip and reports on each: text on stderr, or one JSON
// document on stdout. Returns the exit code.
int writeAndReport(const QString &command, const QString &out, const QList<ExportedFile> &files,
    const QStringList &sources, bool overwrite, bool json, int failures, Io io)
{
    const ExportWriter::Overwrite policy = overwrite ? ExportWriter::Overwrite::Replace : ExportWriter::Overwrite::Skip;
    QList<PlannedFile> plan;
    ExportWriter::Result written;
    if (isZip(out)) {
        if (!overwrite && QFileInfo::exists(out)) {
            io.err << command << ": " << out << " exists; not replaced (use --overwrite)\n";
            return failures > 0 ? Errors : Warnings;
        }
        written = ExportWriter::writeZip(out, files, policy);
        for (qsizetype i = 0; i < files.size(); ++i) {
            plan.append({ files.at(i), out + QLatin1Char('/') + files.at(i).relativePath, PlannedFile::State::New, {},
                written.ok ? written.problems.at(i) : QString() });
        }
    } else {
        plan = ExportWriter::plan(out, files);
        written = ExportWriter::write(plan, policy);
    }
    if (!written.ok) {
        io.err << command << ": " << written.errorString << '\n';
        ++failures;
    }
    int skipped = 0;
    QJsonArray reports;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const PlannedFile &p = plan.at(i);
        const QString result
            = written.ok ? ExportWriter::outcomeName(written.outcomes.at(i)) : QStringLiteral("not written");
        if (written.ok && written.outcomes.at(i) == ExportWriter::Outcome::Skipped) {
            io.err << command << ": " << p.target << " exists and differs; not replaced (use --overwrite)\n";
            ++skipped;
        } else if (written.ok && written.outcomes.at(i) == ExportWriter::Outcome::NotWritten && !p.problem.isEmpty()) {
            io.err << command << ": " << p.problem << '\n';
            ++skipped;
        }
        if (json) {
            QJsonObject o = p.file.report.toJson();
            o.insert(QStringLiteral("path"), p.target);
            o.insert(QStringLiteral("result"), result);
            if (i < sources.size() && !sources.at(i).isEmpty())
                o.insert(QStringLiteral("source"), sources.at(i));
            reports.append(o);
        } else {
            io.err << p.file.report.toText() << "\n  " << result << ": " << p.target << '\n';
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("files"), reports } }).toJson());
    if (failures > 0)
        return Errors;
    return skipped > 0 ? Warnings : Success;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("overwrite"),
        QStringLiteral("Replace files that exist and differ (without it they "
                       "are kept and the exit code is 1).") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("Report format: text (on stderr) or json (on stdout)."),
        QStringLiteral("format"), QStringLiteral("text") });
}

} // namespace

int runExport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export agents to the files other tools read, with a report of what was carried over, mapped or dropped.\n"
        "Nothing is written when any file cannot be (a read-only folder, a file in the way).\n"
        "Files go where each tool reads a project's agents under OUT (OUT/.claude/agents/, ...); with --user,\n"
        "where each tool reads your own agents under your home folder (~/.claude/agents/, ~/.config/opencode/agent/, "
        "...)."));
    parser.addOption({ QStringLiteral("to"), QStringLiteral("Formats, comma-separated: %1.").arg([] {
                          QStringList ids;
                          for (const auto &f : ExportFormats::all())
                              ids.append(f.id);
                          return ids.join(QStringLiteral(", "));
                      }()),
        QStringLiteral("formats") });
    parser.addOption(
        { QStringLiteral("out"), QStringLiteral("Output folder, or a file ending in .zip to write one archive."),
            QStringLiteral("dir|file.zip") });
    parser.addOption({ QStringLiteral("user"),
        QStringLiteral("Write your own (user-level) agents under the home folder "
                       "instead of --out.") });
    addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("An agent file or a folder of agents."),
        QStringLiteral("AGENT_OR_LIBRARY"));
    if (!parser.parse(QStringList { QStringLiteral("awb export") } + args)) {
        io.err << "awb export: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    const bool user = parser.isSet(QStringLiteral("user"));
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to"))
        || parser.isSet(QStringLiteral("out")) == user) {
        io.err << "awb export: usage: awb export AGENT_OR_LIBRARY --to FORMAT[,FORMAT] --out DIR|FILE.zip | --user\n";
        return Errors;
    }
    QList<ExportFormat> formats;
    for (const QString &id : parser.value(QStringLiteral("to")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const ExportFormatInfo *info = ExportFormats::find(id.trimmed());
        if (!info) {
            io.err << "awb export: unknown format '" << id << "'\n";
            return Errors;
        }
        formats.append(info->format);
    }
    const AgentFinder::Result found = AgentFinder::find(parser.positionalArguments());
    for (const QString &e : found.errors)
        io.err << "awb export: " << e << '\n';
    if (found.files.isEmpty())
        return Errors;
    QList<AgentDocument> docs;
    int failures = int(found.errors.size());
    for (const QString &path : found.files) {
        const AgentDocument doc = AgentDocument::fromFile(path);
        if (!doc.ioError().isEmpty()) {
            io.err << "awb export: " << doc.ioError() << '\n';
            ++failures;
        } else if (!doc.frontmatter().isMapping() || doc.name().isEmpty()) {
            io.err << "awb export: " << path << ": not exported: " << doc.skipMessage() << '\n';
            ++failures;
        } else {
            docs.append(doc);
        }
    }
    QList<ExportedFile> files;
    QStringList sources;
    for (ExportFormat format : formats) {
        QList<ExportedFile> out = AgentExporter::exportLibrary(docs, format);
        for (ExportedFile &f : out) {
            if (user)
                f.relativePath = ExportFormats::userRelativePath(format, f.relativePath);
        }
        files.append(out);
        for (qsizetype i = 0; i < out.size(); ++i)
            sources.append(out.size() == docs.size() ? docs.at(i).path() : QString());
    }
    return writeAndReport(QStringLiteral("awb export"), user ? QDir::homePath() : parser.value(QStringLiteral("out")),
        files, sources, parser.isSet(QStringLiteral("overwrite")),
        parser.value(QStringLiteral("format")) == QLatin1String("json"), failures, io);
}

int runImport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Import agents from another tool's files into Claude Code's form (NAME.md), with a report.\n"
        "PATH is one file, a folder (searched recursively, hidden folders included) or a .zip archive;\n"
        "archives with paths leaving the archive, links, or more than a library's worth of data are refused."));
    parser.addOption({ QStringLiteral("from"),
        QStringLiteral("The format of the files (guessed from each path if absent)."), QStringLiteral("format") });
    parser.addOption(
        { QStringLiteral("out"), QStringLiteral("Output folder for NAME.md files."), QStringLiteral("dir") });
    addCommonOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("path"), QStringLiteral("A file, a folder or a .zip."), QStringLiteral("PATH"));
    if (!parser.parse(QStringList { QStringLiteral("awb import") } + args)) {
        io.err << "awb import: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        io.err << "awb import: usage: awb import PATH --from FORMAT --out DIR\n";
        return Errors;
    }
    const ExportFormatInfo *forced = nullptr;
    if (parser.isSet(QStringLiteral("from"))) {
        forced = ExportFormats::find(parser.value(QStringLiteral("from")));
        if (!forced || !forced->importable) {
            io.err << "awb import: cannot import from '" << parser.value(QStringLiteral("from")) << "'\n";
            return Errors;
        }
    }
    const ImportSource::Result source = ImportSource::read(parser.positionalArguments().first());
    if (!source.ok) {
        io.err << "awb import: " << source.errorString << '\n';
        return Errors;
    }
    int failures = 0;
    for (const QString &problem : source.problems) {
        io.err << "awb import: " << problem << '\n';
        ++failures;
    }
    const ImportSource::Converted converted
        = ImportSource::convert(source.files, forced ? std::optional<ExportFormat>(forced->format) : std::nullopt);
    for (const QString &error : converted.errors) {
        io.err << "awb import: " << error << '\n';
        ++failures;
    }
    const QList<ExportedFile> &files = converted.files;
    const QStringList &sources = converted.sources;
    if (files.isEmpty() && failures == 0) {
        io.err << "awb import: no agent files in " << parser.positionalArguments().first() << '\n';
        return Errors;
    }
    const int code = writeAndReport(QStringLiteral("awb import"), parser.value(QStringLiteral("out")), files, sources,
        parser.isSet(QStringLiteral("overwrite")), parser.value(QStringLiteral("format")) == QLatin1String("json"),
        failures, io);
    // A file left in place on import is an agent not imported.
    return code == Warnings ? Errors : code;
}

} // namespace awb::cli
