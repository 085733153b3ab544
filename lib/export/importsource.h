#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

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

    static Result read(const QString &path);
    /// Whether a path looks like a file some format keeps an agent in (.md, .toml, .json).
    static bool isAgentFile(const QString &path);
};

} // namespace awb
