#pragma once

#include <QStringList>
#include <QTextStream>

namespace awb::cli {

/// Where a command writes, so that commands never touch stdout/stderr directly.
struct Io
{
    QTextStream &out;
    QTextStream &err;
};

enum ExitCode { Success = 0, Warnings = 1, Errors = 2 };

int runLint(const QStringList &args, Io io);
int runShow(const QStringList &args, Io io);
int runFmt(const QStringList &args, Io io);
int runExport(const QStringList &args, Io io);
int runImport(const QStringList &args, Io io);
int runChat(const QStringList &args, Io io);
int runTriggers(const QStringList &args, Io io);

/// The whole tool: `awb COMMAND ARGS...`.
int run(const QStringList &arguments, Io io);

} // namespace awb::cli
