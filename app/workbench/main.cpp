#include "editortab.h"
#include "library/librarymodel.h"
#include "localization.h"
#include "mainwindow.h"
#include "theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QTimer>

namespace {

// Ends the event loop right after the window's first paint: startup time as a user sees it.
class FirstPaintWatcher : public QObject
{
public:
    static void quitAfterFirstPaint(QWidget *window) { window->installEventFilter(new FirstPaintWatcher(window)); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    using QObject::QObject;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("agent-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Agent Workbench"));
    QApplication::setOrganizationName(QStringLiteral("agent-workbench"));
    QApplication::setApplicationVersion(QStringLiteral(AWB_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("agent-workbench"));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("agent-workbench"), QIcon(QStringLiteral(":/icons/agent-workbench.svg"))));
    // Before anything builds text: the --help output is translated too. The language chosen in
    // Preferences wins over the system's.
    awb::Localization::install(awb::Localization::savedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Author, test, route and export subagents."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({ QStringLiteral("library"), QApplication::translate("main", "Open a folder of agents."),
        QStringLiteral("folder") });
    parser.addOption({ QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG file and exit."), QStringLiteral("file") });
    parser.addOption({ QStringLiteral("theme"), QApplication::translate("main", "Color theme: system, light or dark."),
        QStringLiteral("theme") });
    parser.addOption({ QStringLiteral("view"), QApplication::translate("main", "Start in the form or the source view."),
        QStringLiteral("form|source") });
    QCommandLineOption quitOnPaint(QStringLiteral("quit-after-first-paint"),
        QApplication::translate("main", "Exit once the window has painted (for startup timing)."));
    quitOnPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOnPaint);
    QCommandLineOption quitOnLibrary(QStringLiteral("quit-after-library-loaded"),
        QApplication::translate("main", "Exit once the library has been read and shown (for startup timing)."));
    quitOnLibrary.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(quitOnLibrary);
    parser.addPositionalArgument(QStringLiteral("files"), QApplication::translate("main", "Agent files to open."),
        QApplication::translate("main", "[FILE...]"));
    parser.process(app);
    const QString theme = parser.isSet(QStringLiteral("theme"))
        ? parser.value(QStringLiteral("theme"))
        : QSettings().value(QStringLiteral("view/theme"), QStringLiteral("system")).toString();
    awb::Theme::apply(awb::Theme::fromString(theme));

    awb::MainWindow window;
    if (parser.isSet(QStringLiteral("library")))
        window.openLibrary(parser.value(QStringLiteral("library")));
    for (const QString &file : parser.positionalArguments())
        window.openFile(file);

    if (parser.value(QStringLiteral("view")) == QLatin1String("source") && window.currentTab())
        window.currentTab()->showSource();
    if (parser.isSet(QStringLiteral("screenshot"))) {
        const QString out = parser.value(QStringLiteral("screenshot"));
        window.resize(1400, 860);
        window.show();
        // Let layouts and the preview settle, then paint once and exit.
        QTimer::singleShot(400, &window, [&window, out] {
            const bool ok = window.grab().save(out);
            QApplication::exit(ok ? 0 : 1);
        });
        return QApplication::exec();
    }
    if (parser.isSet(quitOnLibrary)) {
        // Until the library is listed: the scan's result applied, then painted.
        QObject::connect(window.library(), &awb::LibraryModel::scanFinished, &window, [&window] {
            window.repaint();
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        });
        window.show();
        return QApplication::exec();
    }
    if (parser.isSet(quitOnPaint)) {
        FirstPaintWatcher::quitAfterFirstPaint(&window);
        window.show();
        return QApplication::exec();
    }
    window.show();
    QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    return QApplication::exec();
}
