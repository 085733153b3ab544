#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Agent Workbench"));
    QApplication::setOrganizationName(QStringLiteral("Agent Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    awb::MainWindow window;
    const QStringList files = QApplication::arguments().mid(1);
    for (const QString &file : files)
        window.openFile(file);
    window.show();
    return QApplication::exec();
}
