// A process that writes files the way the application does, over and over, until it is killed.
//   awb_fault_helper save FILE A B     saves FILE from two editor tabs in turn: A's bytes, then B's
//   awb_fault_helper autosave ROOT A B keeps an autosave snapshot of one agent, alternating A and B
//   awb_fault_helper plain FILE A B    writes FILE with a plain QFile (the control: not atomic)
// After each write it prints "saved" so the test knows the loop is running; the test kills it with
// SIGKILL at a random moment and then checks what is on disk.
#include "editortab.h"
#include "recoverystore.h"

#include <QApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {

QByteArray readAll(const char *path)
{
    QFile f(QString::fromLocal8Bit(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void announce()
{
    std::fputs("saved\n", stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 5)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString target = QString::fromLocal8Bit(argv[2]);
    const QByteArray a = readAll(argv[3]);
    const QByteArray b = readAll(argv[4]);
    if (a.isEmpty() || b.isEmpty())
        return 3;

    int round = 0;
    if (mode == QLatin1String("save")) {
        // Two tabs holding the two versions, so each round is only the save itself.
        auto *first = new awb::EditorTab;
        auto *second = new awb::EditorTab;
        first->openText(a, target, false);
        second->openText(b, target, false);
        QTimer loop;
        QObject::connect(&loop, &QTimer::timeout, [&] {
            QString error;
            if (!(round++ % 2 ? second : first)->save(target, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                QApplication::exit(4);
            }
            announce();
        });
        loop.start(0);
        const int code = QApplication::exec();
        delete first;
        delete second;
        return code;
    }
    if (mode == QLatin1String("plain")) {
        // The control: a plain truncate-and-write, which a kill can leave half-written. The test
        // uses it to show that its check catches a torn file.
        QTimer loop;
        QObject::connect(&loop, &QTimer::timeout, [&] {
            QFile file(target);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                QApplication::exit(4);
                return;
            }
            const QByteArray &bytes = round++ % 2 ? b : a;
            for (qsizetype at = 0; at < bytes.size(); at += 64 * 1024)
                file.write(bytes.mid(at, 64 * 1024));
            file.close();
            announce();
        });
        loop.start(0);
        return QApplication::exec();
    }
    if (mode == QLatin1String("autosave")) {
        awb::RecoveryStore store(target);
        QTimer loop;
        QObject::connect(&loop, &QTimer::timeout, [&] {
            QString error;
            if (!store.save(QStringLiteral("tab1"), QStringLiteral("/agents/kept.md"), QStringLiteral("kept"),
                    round++ % 2 ? b : a, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                QApplication::exit(4);
            }
            announce();
        });
        loop.start(0);
        return QApplication::exec();
    }
    return 2;
}
