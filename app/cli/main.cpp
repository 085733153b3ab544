#include "cliapp.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("awb"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = awb::cli::run(QCoreApplication::arguments(), {out, err});
    out.flush();
    err.flush();
    return code;
}
