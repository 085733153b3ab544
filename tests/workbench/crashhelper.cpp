// Opens an agent, edits it the way a person would, lets autosave run, then waits to be killed.
#include "agentform.h"
#include "codeeditor.h"
#include "editortab.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 3)
        return 2;
    awb::MainWindow window(QString::fromLocal8Bit(argv[1]));
    window.show();
    if (!window.openFile(QString::fromLocal8Bit(argv[2])))
        return 3;
    QLineEdit *name = window.currentTab()->form()->nameEdit();
    name->setFocus();
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("recovered-name"));
    QTimer::singleShot(2500, [] {
        std::puts("autosaved");
        std::fflush(stdout);
    });
    return QApplication::exec();
}
