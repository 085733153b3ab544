#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace awb {

/// The GUI's language: which translations exist, which one the person chose, and loading them.
/// An empty language code means "follow the system" (QLocale::system().uiLanguages(), which on
/// Linux honors LANGUAGE, LC_ALL, LC_MESSAGES and LANG).
class Localization
{
public:
    struct Language
    {
        QString code; ///< "de", "fr"; "en" is the untranslated source language
        QString name; ///< the language's own name: "Deutsch", "Français"
    };

    /// Folders searched for agent-workbench_<lang>.qm, first match wins: the installed data folder
    /// next to the executable (share/agent-workbench/translations), the build tree's, and the
    /// system's data folders.
    static QStringList searchPaths();
    /// English plus every language a .qm file exists for in `searchPaths()` and `extraPaths`.
    static QList<Language> availableLanguages(const QStringList &extraPaths = {});

    /// The saved choice; empty means the system's language.
    static QString savedLanguage();
    static void saveLanguage(const QString &code);

    /// Installs the translators for `code` (empty: the system's languages) into the application,
    /// replacing any installed before, and Qt's own translations for the same language when the
    /// system has them. Returns the language now in effect ("en" when nothing was loaded).
    static QString install(const QString &code, const QStringList &extraPaths = {});
};

} // namespace awb
