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
    AgentDocument::SkipReason skip = AgentDocument::SkipReason::None;
    Diagnostics diagnostics;
    int root = 0; ///< which command-line path found the file
    QString name; ///< the name Claude Code lists, when the file loads
    int nameLine = 0; ///< 1-based
    int duplicates = -1; ///< index of the group of files sharing this name, or -1
};

/// Where a file's `name:` line is, for diagnostics that concern the name.
void locateName(const AgentDocument &doc, FileReport &report)
{
    for (const auto &entry : doc.frontmatter().entries()) {
        if (entry.key == QLatin1String("name"))
            report.nameLine = doc.fileLine(entry.keyLine);
    }
}

/// Claude Code keeps one agent per name from a folder tree, and which one is not defined.
/// Returns the groups of files sharing a name; each report points at its group. The
/// diagnostics themselves are written only when printed (their messages list every other file).
QList<QList<int>> findDuplicateNames(QList<FileReport> &reports)
{
    QHash<QPair<int, QString>, QList<int>> byName;
    for (int i = 0; i < reports.size(); ++i) {
        if (reports.at(i).loads)
            byName[{ reports.at(i).root, reports.at(i).name }].append(i);
    }
    QList<QList<int>> groups;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        for (int i : it.value())
            reports[i].duplicates = int(groups.size());
        groups.append(it.value());
    }
    return groups;
}

Diagnostic duplicateNameDiagnostic(const QList<FileReport> &reports, const QList<int> &group, int index)
{
    QStringList others;
    others.reserve(group.size() - 1);
    for (int j : group) {
        if (j != index)
            others.append(reports.at(j).path);
    }
    const FileReport &r = reports.at(index);
    Diagnostic d;
    d.code = QStringLiteral("duplicate-name");
    d.severity = Diagnostic::Severity::Warning;
    d.line = d.endLine = std::max(1, r.nameLine);
    d.message = QStringLiteral("'%1' is also the name of %2; Claude Code lists only one agent of that name from "
                               "these folders, and which one is not defined. Rename one of them")
                    .arg(r.name, others.join(QStringLiteral(", ")));
    return d;
}

/// A file's diagnostics as printed: the checker's (sorted by line) and the duplicate-name
/// warning after those on or before its line.
Diagnostics printedDiagnostics(const QList<FileReport> &reports, const QList<QList<int>> &groups, int index)
{
    const FileReport &r = reports.at(index);
    if (r.duplicates < 0)
        return r.diagnostics;
    Diagnostics out = r.diagnostics;
    const Diagnostic d = duplicateNameDiagnostic(reports, groups.at(r.duplicates), index);
    const auto at = std::upper_bound(
        out.begin(), out.end(), d.line, [](int line, const Diagnostic &other) { return line < other.line; });
    out.insert(at, d);
    return out;
}

void checkFile(FileReport &report)
{
    const AgentDocument doc = AgentDocument::fromFile(report.path);
    if (!doc.ioError().isEmpty()) {
        report.ioError = doc.ioError();
        return;
    }
    report.loads = doc.loads();
    report.skip = doc.skipReason();
    report.diagnostics = AgentLinter::check(doc);
    if (report.loads) {
        report.name = doc.name();
        locateName(doc, report);
    }
}

} // namespace

int runLint(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check agent files as Claude Code reads them."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("format"), QStringLiteral("Output format: text or json."),
        QStringLiteral("format"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("strict"), QStringLiteral("Exit with 1 when there are warnings.") });
    parser.addOption({ QStringLiteral("quiet"), QStringLiteral("Only print errors and the summary.") });
    parser.addPositionalArgument(
        QStringLiteral("paths"), QStringLiteral("Files or folders."), QStringLiteral("PATH..."));
    if (!parser.parse(QStringList { QStringLiteral("awb lint") } + args)) {
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

    // Each path given is one tree of agents (a project's, the user's): names may repeat across them.
    AgentFinder::Result found;
    QList<int> roots;
    const QStringList paths = parser.positionalArguments();
    for (int i = 0; i < paths.size(); ++i) {
        const AgentFinder::Result one = AgentFinder::find({ paths.at(i) });
        found.files += one.files;
        found.errors += one.errors;
        roots.insert(roots.size(), one.files.size(), i);
    }
    for (const QString &error : found.errors)
        io.err << "awb lint: " << error << '\n';

    QList<FileReport> reports(found.files.size());
    for (int i = 0; i < reports.size(); ++i) {
        reports[i].path = found.files.at(i);
        reports[i].root = roots.at(i);
    }
    QtConcurrent::blockingMap(reports, checkFile);
    const QList<QList<int>> duplicates = findDuplicateNames(reports);

    int errors = found.errors.size();
    int warnings = 0;
    int notes = 0;
    int loaded = 0;
    QJsonArray files;
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    const bool json = format == QLatin1String("json");
    for (int i = 0; i < reports.size(); ++i) {
        const FileReport &report = reports.at(i);
        if (!report.ioError.isEmpty()) {
            ++errors;
            if (format == QLatin1String("text"))
                io.err << "awb lint: " << report.ioError << '\n';
        }
        loaded += report.loads ? 1 : 0;
        // Quiet text prints errors only, and a duplicate name is a warning: count it, skip its message.
        const bool printAll = json || !quiet;
        if (report.duplicates >= 0 && !printAll)
            ++warnings;
        QJsonArray diagnostics;
        const Diagnostics printed
            = printAll ? printedDiagnostics(reports, duplicates, i) : Diagnostics(report.diagnostics);
        for (const Diagnostic &d : printed) {
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
            if (json)
                diagnostics.append(d.toJson());
            else if (!quiet || d.severity == Diagnostic::Severity::Error)
                io.out << d.toText(report.path) << '\n';
        }
        if (json) {
            QJsonObject file { { QStringLiteral("path"), report.path }, { QStringLiteral("loads"), report.loads },
                { QStringLiteral("diagnostics"), diagnostics } };
            if (report.skip != AgentDocument::SkipReason::None)
                file.insert(QStringLiteral("skipReason"), AgentDocument::skipReasonCode(report.skip));
            if (!report.ioError.isEmpty())
                file.insert(QStringLiteral("error"), report.ioError);
            files.append(file);
        }
    }
    const int checked = int(reports.size());
    if (format == QLatin1String("json")) {
        QJsonObject summary { { QStringLiteral("files"), checked }, { QStringLiteral("loaded"), loaded },
            { QStringLiteral("skipped"), checked - loaded }, { QStringLiteral("errors"), errors },
            { QStringLiteral("warnings"), warnings }, { QStringLiteral("notes"), notes } };
        QJsonArray pathErrors;
        for (const QString &e : found.errors)
            pathErrors.append(e);
        io.out << QString::fromUtf8(QJsonDocument(
            QJsonObject { { QStringLiteral("files"), files }, { QStringLiteral("pathErrors"), pathErrors },
                { QStringLiteral("summary"),
                    summary } }).toJson(QJsonDocument::Indented));
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
