#include "cliapp.h"

#include "agent/agentdocument.h"
#include "agent/agentlinter.h"
#include "library/agentfinder.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentMap>

namespace awb::cli {

namespace {

struct FileReport
{
    QString path;
    QString ioError;
    bool loads = false;
    QString skipCode;
    Diagnostics diagnostics;
};

FileReport checkFile(const QString &path)
{
    FileReport report;
    report.path = path;
    const AgentDocument doc = AgentDocument::fromFile(path);
    if (!doc.ioError().isEmpty()) {
        report.ioError = doc.ioError();
        return report;
    }
    report.loads = doc.loads();
    report.skipCode = AgentDocument::skipReasonCode(doc.skipReason());
    report.diagnostics = AgentLinter::check(doc);
    return report;
}

} // namespace

int runLint(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check agent files as Claude Code reads them."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                      QStringLiteral("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("strict"), QStringLiteral("Exit with 1 when there are warnings.")});
    parser.addOption({QStringLiteral("quiet"), QStringLiteral("Only print errors and the summary.")});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files or folders."), QStringLiteral("PATH..."));
    if (!parser.parse(QStringList{QStringLiteral("awb lint")} + args)) {
        io.err << "awb lint: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << "awb lint: --format must be text or json\n";
        return Errors;
    }
    if (parser.positionalArguments().isEmpty()) {
        io.err << "awb lint: give at least one file or folder\n";
        return Errors;
    }

    const AgentFinder::Result found = AgentFinder::find(parser.positionalArguments());
    for (const QString &error : found.errors)
        io.err << "awb lint: " << error << '\n';

    const QList<FileReport> reports = QtConcurrent::blockingMapped(found.files, checkFile);

    int errors = found.errors.size();
    int warnings = 0;
    int notes = 0;
    int loaded = 0;
    QJsonArray files;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    for (const FileReport &report : reports) {
        if (!report.ioError.isEmpty()) {
            ++errors;
            if (format == QLatin1String("text"))
                io.err << "awb lint: " << report.ioError << '\n';
        }
        loaded += report.loads ? 1 : 0;
        QJsonArray diagnostics;
        for (const Diagnostic &d : report.diagnostics) {
            switch (d.severity) {
            case Diagnostic::Severity::Error:
                ++errors;
                break;
            case Diagnostic::Severity::Warning:
                ++warnings;
                break;
            case Diagnostic::Severity::Info:
                ++notes;
                break;
            }
            if (format == QLatin1String("json"))
                diagnostics.append(d.toJson());
            else if (!quiet || d.severity == Diagnostic::Severity::Error)
                io.out << d.toText(report.path) << '\n';
        }
        if (format == QLatin1String("json")) {
            QJsonObject file{{QStringLiteral("path"), report.path},
                             {QStringLiteral("loads"), report.loads},
                             {QStringLiteral("diagnostics"), diagnostics}};
            if (!report.skipCode.isEmpty())
                file.insert(QStringLiteral("skipReason"), report.skipCode);
            if (!report.ioError.isEmpty())
                file.insert(QStringLiteral("error"), report.ioError);
            files.append(file);
        }
    }
    const int checked = int(reports.size());
    if (format == QLatin1String("json")) {
        QJsonObject summary{{QStringLiteral("files"), checked},     {QStringLiteral("loaded"), loaded},
                            {QStringLiteral("skipped"), checked - loaded}, {QStringLiteral("errors"), errors},
                            {QStringLiteral("warnings"), warnings}, {QStringLiteral("notes"), notes}};
        QJsonArray pathErrors;
        for (const QString &e : found.errors)
            pathErrors.append(e);
        io.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), files},
                                                               {QStringLiteral("pathErrors"), pathErrors},
                                                               {QStringLiteral("summary"), summary}})
                                        .toJson(QJsonDocument::Indented));
    } else {
        io.out << QStringLiteral("%1 file%2 checked: %3 load%4 in Claude Code, %5 skipped; %6 error%7, %8 warning%9, "
                                 "%10 note%11\n")
                      .arg(checked)
                      .arg(checked == 1 ? QString() : QStringLiteral("s"))
                      .arg(loaded)
                      .arg(loaded == 1 ? QStringLiteral("s") : QString())
                      .arg(checked - loaded)
                      .arg(errors)
                      .arg(errors == 1 ? QString() : QStringLiteral("s"))
                      .arg(warnings)
                      .arg(warnings == 1 ? QString() : QStringLiteral("s"))
                      .arg(notes)
                      .arg(notes == 1 ? QString() : QStringLiteral("s"));
    }
    if (errors > 0)
        return Errors;
    if (warnings > 0 && parser.isSet(QStringLiteral("strict")))
        return Warnings;
    return Success;
}

} // namespace awb::cli
