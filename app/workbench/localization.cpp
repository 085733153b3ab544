#include "localization.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLocalization, "awb.workbench.localization", QtInfoMsg)

namespace awb {

namespace {

const QString CatalogName = QStringLiteral("agent-workbench");
const QString SettingsKey = QStringLiteral("ui/language");

// Installed once per process and replaced when the language changes (tests switch languages).
QTranslator *s_appTranslator = nullptr;
QTranslator *s_qtTranslator = nullptr;

void removeTranslator(QTranslator *&translator)
{
    if (!translator)
        return;
    QCoreApplication::removeTranslator(translator);
    delete translator;
    translator = nullptr;
}

QStringList allPaths(const QStringList &extraPaths)
{
    QStringList paths = extraPaths;
    paths += Localization::searchPaths();
    return paths;
}

} // namespace

QStringList Localization::searchPaths()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList paths {
        appDir + QStringLiteral("/../share/agent-workbench/translations"), // installed: bin/../share
        appDir + QStringLiteral("/../translations"), // build tree: build/bin and build/translations
    };
    const QStringList shared = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
        QStringLiteral("agent-workbench/translations"), QStandardPaths::LocateDirectory);
    paths += shared;
    QStringList existing;
    for (const QString &p : std::as_const(paths)) {
        const QString clean = QDir::cleanPath(p);
        if (QFileInfo(clean).isDir() && !existing.contains(clean))
            existing.append(clean);
    }
    return existing;
}

QList<Localization::Language> Localization::availableLanguages(const QStringList &extraPaths)
{
    QList<Language> languages { { QStringLiteral("en"), QStringLiteral("English") } };
    for (const QString &path : allPaths(extraPaths)) {
        const QStringList files
            = QDir(path).entryList({ CatalogName + QStringLiteral("_*.qm") }, QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString code = file.mid(CatalogName.size() + 1).chopped(3);
            const bool known = std::any_of(
                languages.cbegin(), languages.cend(), [&code](const Language &l) { return l.code == code; });
            if (known)
                continue;
            const QLocale locale(code);
            QString name = locale.nativeLanguageName();
            if (!name.isEmpty())
                name[0] = name.at(0).toUpper(); // "français" is written lowercase mid-sentence only
            languages.append({ code, name.isEmpty() ? code : name });
        }
    }
    return languages;
}

QString Localization::savedLanguage()
{
    return QSettings().value(SettingsKey).toString();
}

void Localization::saveLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(SettingsKey);
    else
        settings.setValue(SettingsKey, code);
}

QString Localization::install(const QString &code, const QStringList &extraPaths)
{
    removeTranslator(s_appTranslator);
    removeTranslator(s_qtTranslator);
    if (code == QLatin1String("en"))
        return code;

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *app = new QTranslator;
    bool loaded = false;
    for (const QString &path : allPaths(extraPaths)) {
        if (app->load(locale, CatalogName, QStringLiteral("_"), path)) {
            loaded = true;
            break;
        }
    }
    if (!loaded) {
        qCDebug(lcLocalization) << "no translation for" << locale.uiLanguages();
        delete app;
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(app);
    s_appTranslator = app;

    // Qt's own strings (standard buttons, file dialogs) in the same language, so one dialog does
    // not mix two languages. Missing when the system has no Qt translations installed.
    const QLocale loadedLocale(app->language());
    auto *qt = new QTranslator;
    const QStringList qtPaths { QLibraryInfo::path(QLibraryInfo::TranslationsPath) };
    bool qtLoaded = false;
    for (const QString &path : qtPaths + allPaths(extraPaths)) {
        if (qt->load(loadedLocale, QStringLiteral("qtbase"), QStringLiteral("_"), path)) {
            qtLoaded = true;
            break;
        }
    }
    if (qtLoaded) {
        QCoreApplication::installTranslator(qt);
        s_qtTranslator = qt;
    } else {
        qCDebug(lcLocalization) << "no Qt translation for" << loadedLocale.name();
        delete qt;
    }
    return loadedLocale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace awb
