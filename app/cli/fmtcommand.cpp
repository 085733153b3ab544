#include "cliapp.h"

#include "agent/agentdocument.h"
#include "agent/agentformatter.h"

#include <QCommandLineParser>
#include <QSaveFile>

namespace awb::cli {

int runFmt(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Rewrite agent files into a strict, portable form that every YAML reader accepts."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("check"), QStringLiteral("Change nothing; exit 1 if a file would change.") });
    parser.addOption({ QStringLiteral("stdout"), QStringLiteral("Print the result instead of writing the file.") });
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Agent files."), QStringLiteral("FILE..."));
    if (!parser.parse(QStringList { QStringLiteral("awb fmt") } + args)) {
        io.err << "awb fmt: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().isEmpty()) {
        io.err << "awb fmt: give at least one file\n";
        return Errors;
    }
    const bool check = parser.isSet(QStringLiteral("check"));
    int failed = 0;
    int wouldChange = 0;
    for (const QString &path : parser.positionalArguments()) {
        const AgentDocument doc = AgentDocument::fromFile(path);
        if (!doc.ioError().isEmpty()) {
            io.err << "awb fmt: " << doc.ioError() << '\n';
            ++failed;
            continue;
        }
        if (doc.hadInvalidUtf8()) {
            // Writing would turn the bad bytes into U+FFFD for good: lose nothing, say where.
            const QString &text = doc.text();
            const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
            const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), bad) + 1;
            io.err << "awb fmt: " << path << ':' << text.left(bad).count(QLatin1Char('\n')) + 1 << ':'
                   << bad - lineStart + 1
                   << ": not valid UTF-8; convert the file to UTF-8 first (for example: iconv -f latin1 -t utf-8). "
                      "Nothing was changed.\n";
            ++failed;
            continue;
        }
        const AgentFormatter::Result result = AgentFormatter::format(doc);
        if (!result.ok) {
            io.err << "awb fmt: " << path << ": " << result.errorString << '\n';
            ++failed;
            continue;
        }
        if (parser.isSet(QStringLiteral("stdout"))) {
            io.out << result.text;
            continue;
        }
        if (!result.changed)
            continue;
        if (check) {
            io.out << path << ": would be reformatted\n";
            ++wouldChange;
            continue;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.text.toUtf8()) < 0 || !file.commit()) {
            io.err << "awb fmt: cannot write " << path << ": " << file.errorString() << '\n';
            ++failed;
            continue;
        }
        io.out << path << ": reformatted\n";
    }
    if (failed > 0)
        return Errors;
    return wouldChange > 0 ? Warnings : Success;
}

} // namespace awb::cli
