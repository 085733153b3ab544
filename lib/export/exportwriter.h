#pragma once

#include "agentexporter.h"

#include <QList>
#include <QString>

namespace awb {

/// What writing one exported file would do, worked out before anything is written.
struct PlannedFile
{
    enum class State {
        New, ///< nothing is there yet
        Unchanged, ///< the same bytes are already there
        Differs, ///< a different file is there: replaced only when asked
        Duplicate, ///< an earlier file of the same export goes to the same place (a problem if it differs)
    };
    ExportedFile file;
    QString target; ///< absolute path
    State state = State::New;
    QByteArray onDisk; ///< what is there now, when it differs
    QString problem; ///< why it cannot be written (read-only folder, ...) or is a duplicate
};

/// Writes an export into a folder or a .zip without losing anything: every target is checked
/// first, and when any file cannot be written, nothing is written at all.
class ExportWriter
{
public:
    enum class Overwrite { Skip, Replace };
    enum class Outcome { Written, Unchanged, Skipped, NotWritten };

    struct Result
    {
        bool ok = false;
        QString errorString;
        QList<Outcome> outcomes; ///< one per planned file, in order
        QStringList problems; ///< writeZip: one per file, why it was not written (empty: no loss)
    };

    /// Looks at the disk only. `folder` may not exist yet.
    static QList<PlannedFile> plan(const QString &folder, const QList<ExportedFile> &files);
    /// Writes the planned files: all of them or, on any problem, none.
    static Result write(const QList<PlannedFile> &plan, Overwrite overwrite);
    /// The same for a zip archive: every file is New except duplicates within the export.
    static QList<PlannedFile> planZip(const QString &zipPath, const QList<ExportedFile> &files);
    /// Writes every file into one zip archive (replacing `zipPath` only when `overwrite`).
    static Result writeZip(const QString &zipPath, const QList<ExportedFile> &files, Overwrite overwrite);
    /// Why a file cannot be created at `path` (a file where a folder should be, a read-only
    /// folder), or empty when it can.
    static QString whyNotWritable(const QString &path);
    static QString outcomeName(Outcome outcome);
    static QString stateName(PlannedFile::State state);
};

} // namespace awb
