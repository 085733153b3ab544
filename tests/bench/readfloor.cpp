// The read floor for `awb lint`: the same traversal (AgentFinder) and the same worker threads,
// reading every file into memory and doing nothing else with it.
//   bench_readfloor PATH...
#include "library/agentfinder.h"

#include <QCoreApplication>
#include <QFile>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const awb::AgentFinder::Result found = awb::AgentFinder::find(QCoreApplication::arguments().mid(1));
    const QList<qint64> sizes = QtConcurrent::blockingMapped(found.files, [](const QString &path) -> qint64 {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll().size() : -1;
    });
    qint64 bytes = 0;
    for (qint64 s : sizes)
        bytes += s;
    std::printf("%lld files, %lld bytes read\n", static_cast<long long>(sizes.size()), static_cast<long long>(bytes));
    return found.errors.isEmpty() ? 0 : 1;
}
