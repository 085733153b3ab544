#include "cliapp.h"

#include "agent/agentdocument.h"
#include "export/agentexporter.h"
#include "export/agentimporter.h"
#include "library/agentfinder.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace awb::cli {

namespace {

enum class WriteResult { Written, Unchanged, Exists, Failed };

WriteResult writeFile(const QString &path, const QByteArray &content, bool overwrite, QString *error)
{
    QFile existing(path);
    if (existing.exists()) {
        if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
            return WriteResult::Unchanged;
        if (!overwrite)
            return WriteResult::Exists;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QStringLiteral("cannot create the folder %1").arg(QFileInfo(path).absolutePath());
        return WriteResult::Failed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit()) {
        *error = file.errorString();
        return WriteResult::Failed;
    }
    return WriteResult::Written;
}

QString resultName(WriteResult r)
{
    switch (r) {
    case WriteResult::Written:
        return QStringLiteral("written");
    case WriteResult::Unchanged:
        return QStringLiteral("unchanged");
    case WriteResult::Exists:
        return QStringLiteral("exists");
    case WriteResult::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

} // namespace

int runExport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Export agents to the files other tools read."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("to"), QStringLiteral("Formats, comma-separated: %1.")
                                                .arg([] {
                                                    QStringList ids;
                                                    for (const auto &f : ExportFormats::all())
                                                        ids.append(f.id);
                                                    return ids.join(QStringLiteral(", "));
                                                }()),
                      QStringLiteral("formats")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("overwrite"), QStringLiteral("Replace files that exist and differ.")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Report format: text or json."), QStringLiteral("format"),
                      QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("An agent file or a folder of agents."),
                                 QStringLiteral("AGENT_OR_LIBRARY"));
    if (!parser.parse(QStringList{QStringLiteral("awb export")} + args)) {
        io.err << "awb export: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("to")) || !parser.isSet(QStringLiteral("out"))) {
        io.err << "awb export: usage: awb export AGENT_OR_LIBRARY --to FORMAT[,FORMAT] --out DIR\n";
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
    const QString outDir = parser.value(QStringLiteral("out"));
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    QJsonArray reports;
    int exists = 0;
    for (ExportFormat format : formats) {
        for (const ExportedFile &file : AgentExporter::exportLibrary(docs, format)) {
            const QString target = QDir(outDir).filePath(file.relativePath);
            QString error;
            const WriteResult r = writeFile(target, file.content, parser.isSet(QStringLiteral("overwrite")), &error);
            if (r == WriteResult::Failed) {
                io.err << "awb export: cannot write " << target << ": " << error << '\n';
                ++failures;
            } else if (r == WriteResult::Exists) {
                io.err << "awb export: " << target << " exists and differs; not replaced (use --overwrite)\n";
                ++exists;
            }
            if (json) {
                QJsonObject o = file.report.toJson();
                o.insert(QStringLiteral("path"), target);
                o.insert(QStringLiteral("result"), resultName(r));
                reports.append(o);
            } else {
                io.err << file.report.toText() << "\n  " << resultName(r) << ": " << target << '\n';
            }
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), reports}}).toJson());
    if (failures > 0)
        return Errors;
    return exists > 0 ? Warnings : Success;
}

int runImport(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import agents from another tool's files into Claude Code's form."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), QStringLiteral("The format of the files (guessed from the path if absent)."),
                      QStringLiteral("format")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Output folder for NAME.md files."), QStringLiteral("dir")});
    parser.addOption({QStringLiteral("overwrite"), QStringLiteral("Replace files that exist and differ.")});
    parser.addOption({QStringLiteral("format"), QStringLiteral("Report format: text or json."), QStringLiteral("format"),
                      QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("path"), QStringLiteral("A file or a folder."), QStringLiteral("PATH"));
    if (!parser.parse(QStringList{QStringLiteral("awb import")} + args)) {
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
    const QString path = parser.positionalArguments().first();
    QStringList files;
    if (QFileInfo(path).isDir()) {
        QDirIterator it(path, {QStringLiteral("*.md"), QStringLiteral("*.toml"), QStringLiteral("*.json")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
        files.sort();
    } else if (QFileInfo::exists(path)) {
        files.append(path);
    } else {
        io.err << "awb import: " << path << ": no such file or folder\n";
        return Errors;
    }
    const bool json = parser.value(QStringLiteral("format")) == QLatin1String("json");
    QJsonArray reports;
    int failures = 0;
    for (const QString &file : files) {
        QFile f(file);
        if (f.size() > AgentDocument::MaxFileSize || !f.open(QIODevice::ReadOnly)) {
            io.err << "awb import: cannot read " << file << (f.size() > AgentDocument::MaxFileSize ? ": too large" : "") << '\n';
            ++failures;
            continue;
        }
        const ExportFormat format = forced ? forced->format : AgentImporter::guessFormat(file);
        const AgentImporter::Result result = AgentImporter::import(f.readAll(), format, file);
        if (!result.ok) {
            io.err << "awb import: " << result.errorString << '\n';
            ++failures;
            continue;
        }
        for (const ImportedAgent &agent : result.agents) {
            const QString target = QDir(parser.value(QStringLiteral("out"))).filePath(agent.fileName);
            QString error;
            const WriteResult r = writeFile(target, agent.agent.toClaudeMarkdown().toUtf8(),
                                            parser.isSet(QStringLiteral("overwrite")), &error);
            if (r == WriteResult::Failed || r == WriteResult::Exists) {
                io.err << "awb import: " << target << ": "
                       << (r == WriteResult::Exists ? QStringLiteral("exists and differs (use --overwrite)") : error) << '\n';
                ++failures;
            }
            if (json) {
                QJsonObject o = agent.report.toJson();
                o.insert(QStringLiteral("path"), target);
                o.insert(QStringLiteral("result"), resultName(r));
                reports.append(o);
            } else {
                io.err << agent.report.toText() << "\n  " << resultName(r) << ": " << target << '\n';
            }
        }
    }
    if (json)
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), reports}}).toJson());
    return failures > 0 ? Errors : Success;
}

} // namespace awb::cli
