#include "importsource.h"

#include "agentimporter.h"
#include "libraryarchive.h"

#include "agent/agentdocument.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace awb {

bool ImportSource::isAgentFile(const QString &path)
{
    return path.endsWith(QLatin1String(".md")) || path.endsWith(QLatin1String(".toml"))
        || path.endsWith(QLatin1String(".json"));
}

static bool readOne(const QString &path, ImportSource::Result &result)
{
    QFile f(path);
    if (f.size() > AgentDocument::MaxFileSize) {
        result.problems.append(QStringLiteral("%1 is larger than an agent file can be (%2 MB)")
                                   .arg(path)
                                   .arg(AgentDocument::MaxFileSize / (1024 * 1024)));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        result.problems.append(QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        return false;
    }
    result.files.append({ path, f.readAll() });
    return true;
}

ImportSource::Result ImportSource::read(const QString &path, const LibraryArchive::Limits &limits)
{
    Result result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.errorString = QStringLiteral("%1: no such file or folder").arg(path);
        return result;
    }
    if (info.isDir()) {
        // Exports put agents in hidden folders (.claude, .opencode, ...), so those are read too.
        QDirIterator it(
            path, QDir::Files | QDir::Hidden | QDir::AllDirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList paths;
        qint64 total = 0;
        while (it.hasNext()) {
            const QString p = it.next();
            if (it.fileInfo().isFile() && isAgentFile(p) && !p.contains(QLatin1String("/.git/"))
                && !p.contains(QLatin1String("/node_modules/"))) {
                paths.append(p);
                total += it.fileInfo().size();
            }
            // A folder this size is not a library of agents (a home folder chosen by mistake).
            if (paths.size() > limits.maxEntries || total > limits.maxTotalBytes) {
                result.errorString = QStringLiteral("%1 holds more than %2 agent-like files or %3 MB; choose the "
                                                    "folder of the agents themselves")
                                         .arg(path)
                                         .arg(limits.maxEntries)
                                         .arg(double(limits.maxTotalBytes) / (1024 * 1024), 0, 'f', 1);
                return result;
            }
        }
        paths.sort();
        for (const QString &p : std::as_const(paths))
            readOne(p, result);
        result.ok = true;
        return result;
    }
    if (path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        const LibraryArchive::ReadResult zip = LibraryArchive::read(path, limits);
        if (!zip.ok) {
            result.errorString = zip.errorString;
            return result;
        }
        for (const LibraryArchive::Entry &e : zip.entries) {
            if (isAgentFile(e.path))
                result.files.append({ e.path, e.content });
        }
        result.ok = true;
        return result;
    }
    if (!readOne(path, result)) {
        result.errorString = result.problems.takeFirst();
        return result;
    }
    result.ok = true;
    return result;
}

ExportFormat ImportSource::guessFormat(const QString &path, const QByteArray &content)
{
    const ExportFormat byPath = AgentImporter::guessFormat(path);
    if (byPath != ExportFormat::ClaudeCode || path.contains(QLatin1String(".claude/"))
        || !path.endsWith(QLatin1String(".md")))
        return byPath;
    // Only the frontmatter's top-level keys count, not the prompt below it.
    if (!content.startsWith("---"))
        return byPath;
    const qsizetype end = content.indexOf("\n---", 3);
    const QString front = QString::fromUtf8(content.mid(3, end < 0 ? 0 : end - 3));
    static const QRegularExpression kind(
        QStringLiteral("^kind:\\s*(local|remote)\\s*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression mode(
        QStringLiteral("^mode:\\s*(subagent|primary|all)\\s*$"), QRegularExpression::MultilineOption);
    static const QRegularExpression name(QStringLiteral("^name:"), QRegularExpression::MultilineOption);
    if (kind.match(front).hasMatch())
        return ExportFormat::Gemini;
    if (mode.match(front).hasMatch() && !name.match(front).hasMatch())
        return ExportFormat::OpenCode;
    return byPath;
}

ImportSource::Converted ImportSource::convert(const QList<File> &files, std::optional<ExportFormat> format)
{
    Converted out;
    for (const File &file : files) {
        const AgentImporter::Result result
            = AgentImporter::import(file.content, format.value_or(guessFormat(file.path, file.content)), file.path);
        if (!result.ok) {
            out.errors.append(result.errorString);
            continue;
        }
        for (const ImportedAgent &agent : result.agents) {
            out.files.append({ agent.fileName, agent.agent.toClaudeMarkdown().toUtf8(), agent.report });
            out.sources.append(file.path);
        }
    }
    return out;
}

} // namespace awb
