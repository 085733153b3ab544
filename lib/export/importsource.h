#pragma once

#include "agentexporter.h"
#include "exportformat.h"
#include "libraryarchive.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace awb {

/// The files an import reads: one file, every agent-like file under a folder, or the entries
/// of a .zip, each with the path the format is guessed from.
class ImportSource
{
public:
    struct File
    {
        QString path; ///< as given, under the folder, or the entry's name in the zip
        QByteArray content;
    };
    struct Result
    {
        bool ok = false;
        QString errorString;
        QList<File> files;
        QStringList problems; ///< files left out, in words
    };

    struct Converted
    {
        QList<ExportedFile> files; ///< NAME.md in Claude Code's form, each with its report
        QStringList sources; ///< the source path of each file
        QStringList errors; ///< files that could not be read as the format, in words
    };

    /// Folders and archives beyond `limits` are refused whole.
    static Result read(const QString &path, const LibraryArchive::Limits &limits);
    static Result read(const QString &path) { return read(path, LibraryArchive::Limits()); }
    /// Reads each file as `format`, or as the format its path suggests when none is given.
    static Converted convert(const QList<File> &files, std::optional<ExportFormat> format);
    /// Whether a path looks like a file some format keeps an agent in (.md, .toml, .json).
    static bool isAgentFile(const QString &path);
    /// The format of a file: from its path where that tells (AgentImporter::guessFormat), else
    /// from its frontmatter (`kind: local` is Gemini CLI's, `mode:` without `name:` OpenCode's).
    static ExportFormat guessFormat(const QString &path, const QByteArray &content);
};

} // namespace awb
