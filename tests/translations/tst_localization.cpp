// The GUI speaks the chosen language: menus, Qt's own buttons, the --help of the real executable.
#include "agentform.h"
#include "localization.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

namespace {

const QStringList BuildTranslations { QStringLiteral(AWB_BINARY_DIR "/translations") };

QStringList menuTitles(const MainWindow &window)
{
    QStringList titles;
    for (QAction *a : window.menuBar()->actions())
        titles.append(a->text());
    return titles;
}

QAction *findAction(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestLocalization : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void menus_data();
    void menus();
    void mnemonicsUnique_data();
    void mnemonicsUnique();
    void formMnemonicsUnique_data();
    void formMnemonicsUnique();
    void qtOwnStrings();
    void savedChoiceWins();
    void availableLanguages();
    void settingsDialog();
    void preferencesRendered_data();
    void preferencesRendered();
    void preferencesInEditMenu();
    void executableFollowsEnvironment_data();
    void executableFollowsEnvironment();
};

void TestLocalization::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestLocalization::cleanup()
{
    QSettings().clear();
    Localization::install(QStringLiteral("en"));
}

void TestLocalization::menus_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("firstMenus");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringList { QStringLiteral("&File"), QStringLiteral("&Edit") };
    QTest::newRow("German") << QStringLiteral("de")
                            << QStringList { QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten") };
    QTest::newRow("French") << QStringLiteral("fr")
                            << QStringList { QStringLiteral("&Fichier"), QStringLiteral("É&dition") };
}

void TestLocalization::menus()
{
    QFETCH(QString, language);
    QFETCH(QStringList, firstMenus);
    QCOMPARE(Localization::install(language, BuildTranslations), language);
    MainWindow window;
    QCOMPARE(menuTitles(window).mid(0, 2), firstMenus);
    // Every top-level menu is translated, not only the first ones.
    if (language != QLatin1String("en")) {
        Localization::install(QStringLiteral("en"));
        MainWindow english;
        const QStringList translated = menuTitles(window);
        const QStringList original = menuTitles(english);
        QCOMPARE(translated.size(), original.size());
        for (int i = 0; i < translated.size(); ++i)
            QVERIFY2(translated.at(i) != original.at(i), qPrintable(original.at(i)));
    }
}

// Two entries of one menu with the same Alt+letter make the key cycle instead of choosing: a
// translation slip that is easy to make and hard to see.
void TestLocalization::mnemonicsUnique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestLocalization::mnemonicsUnique()
{
    QFETCH(QString, language);
    Localization::install(language, BuildTranslations);
    MainWindow window;
    QStringList clashes;
    std::function<void(const QString &, const QList<QAction *> &)> check
        = [&](const QString &where, const QList<QAction *> &actions) {
              QHash<QChar, QString> seen;
              for (QAction *a : actions) {
                  if (a->isSeparator() || !a->isVisible())
                      continue;
                  const QString text = a->text();
                  const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
                  if (amp >= 0) {
                      const QChar key = text.at(amp + 1).toLower();
                      if (seen.contains(key))
                          clashes.append(QStringLiteral("%1: %2 / %3").arg(where, seen.value(key), text));
                      seen.insert(key, text);
                  }
                  if (a->menu())
                      check(where + QStringLiteral(" > ") + text, a->menu()->actions());
              }
          };
    check(QStringLiteral("menu bar"), window.menuBar()->actions());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

// The same for the form: its labels' and buttons' Alt+letters focus one field each.
void TestLocalization::formMnemonicsUnique_data()
{
    mnemonicsUnique_data();
}

void TestLocalization::formMnemonicsUnique()
{
    QFETCH(QString, language);
    Localization::install(language, BuildTranslations);
    MainWindow window;
    QVERIFY(window.newFromTemplate(QStringLiteral("blank")));
    auto *form = window.findChild<AgentForm *>();
    QVERIFY(form);
    QStringList texts;
    for (QLabel *label : form->findChildren<QLabel *>()) {
        if (label->buddy())
            texts.append(label->text());
    }
    for (QAbstractButton *button : form->findChildren<QAbstractButton *>())
        texts.append(button->text());
    QHash<QChar, QString> seen;
    QStringList clashes;
    int mnemonics = 0;
    for (const QString &text : std::as_const(texts)) {
        const qsizetype amp = text.indexOf(QRegularExpression(QStringLiteral("&[^&]")));
        if (amp < 0)
            continue;
        ++mnemonics;
        const QChar key = text.at(amp + 1).toLower();
        if (seen.contains(key))
            clashes.append(seen.value(key) + QStringLiteral(" / ") + text);
        seen.insert(key, text);
    }
    QVERIFY(mnemonics >= 10);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestLocalization::qtOwnStrings()
{
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm");
    if (!QFile::exists(qtbase))
        QSKIP("Qt's German translation is not installed (Debian: qt6-translations-l10n)");
    Localization::install(QStringLiteral("de"), BuildTranslations);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
}

void TestLocalization::savedChoiceWins()
{
    Localization::saveLanguage(QStringLiteral("fr"));
    QCOMPARE(Localization::savedLanguage(), QStringLiteral("fr"));
    QCOMPARE(Localization::install(Localization::savedLanguage(), BuildTranslations), QStringLiteral("fr"));
    MainWindow window;
    QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("&Fichier"));
    Localization::saveLanguage(QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
}

void TestLocalization::availableLanguages()
{
    QStringList codes, names;
    for (const Localization::Language &l : Localization::availableLanguages(BuildTranslations)) {
        codes.append(l.code);
        names.append(l.name);
    }
    QCOMPARE(codes, (QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr") }));
    QCOMPARE(names, (QStringList { QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français") }));
}

void TestLocalization::settingsDialog()
{
    QSettings().setValue(QStringLiteral("view/theme"), QStringLiteral("light"));
    Theme::apply(Theme::Mode::Light);
    SettingsDialog dialog(nullptr, BuildTranslations);
    QComboBox *language = dialog.languageBox();
    QComboBox *theme = dialog.themeBox();
    QCOMPARE(language->currentData().toString(), QString()); // follows the system until chosen
    QCOMPARE(theme->currentData().toString(), QStringLiteral("light"));
    auto *note = dialog.findChild<QLabel *>(QStringLiteral("RestartNote"));
    QVERIFY(note);
    QVERIFY(note->isHidden());

    const int german = language->findText(QStringLiteral("Deutsch"));
    QVERIFY(german > 0);
    language->setCurrentIndex(german);
    QVERIFY(!note->isHidden()); // says the language changes on the next start
    theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
    dialog.apply();
    QCOMPARE(Localization::savedLanguage(), QStringLiteral("de"));
    QCOMPARE(QSettings().value(QStringLiteral("view/theme")).toString(), QStringLiteral("dark"));
    QVERIFY(Theme::isDark()); // the theme applies at once

    SettingsDialog again(nullptr, BuildTranslations);
    QCOMPARE(again.languageBox()->currentData().toString(), QStringLiteral("de"));
    QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
    Theme::apply(Theme::Mode::Light);
}

// Renders the Preferences dialog in each language (to AWB_SCREENSHOT_DIR when set, for a person
// to look at); the labels must fit: no text wider than the dialog.
void TestLocalization::preferencesRendered_data()
{
    menus_data();
}

void TestLocalization::preferencesRendered()
{
    QFETCH(QString, language);
    Localization::install(language, BuildTranslations);
    SettingsDialog dialog(nullptr, BuildTranslations);
    dialog.languageBox()->setCurrentIndex(1); // shows the restart note
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QImage image = dialog.grab().toImage();
    QVERIFY(!image.isNull());
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->isVisible() && !label->wordWrap())
            QVERIFY2(label->sizeHint().width() <= label->width(), qPrintable(label->text()));
    }
    const QString dir = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(image.save(dir + QStringLiteral("/preferences-%1.png").arg(language)));
}

void TestLocalization::preferencesInEditMenu()
{
    MainWindow window;
    QMenu *edit = window.menuBar()->actions().at(1)->menu();
    QVERIFY(edit);
    QAction *preferences = findAction(edit, QStringLiteral("&Preferences…"));
    QVERIFY(preferences);
    QCOMPARE(preferences->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

void TestLocalization::executableFollowsEnvironment_data()
{
    QTest::addColumn<QString>("languageVariable");
    QTest::addColumn<QString>("savedChoice");
    QTest::addColumn<QString>("expected");
    QTest::newRow("system German") << QStringLiteral("de") << QString()
                                   << QStringLiteral("Einen Ordner mit Agenten öffnen.");
    QTest::newRow("system French") << QStringLiteral("fr_FR:fr") << QString()
                                   << QStringLiteral("Ouvrir un dossier d’agents.");
    QTest::newRow("system without translation")
        << QStringLiteral("pt_BR") << QString() << QStringLiteral("Open a folder of agents.");
    QTest::newRow("saved choice wins") << QStringLiteral("de") << QStringLiteral("fr")
                                       << QStringLiteral("Ouvrir un dossier d’agents.");
}

void TestLocalization::executableFollowsEnvironment()
{
    QFETCH(QString, languageVariable);
    QFETCH(QString, savedChoice);
    QFETCH(QString, expected);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    if (!savedChoice.isEmpty()) {
        QSettings saved(
            home.filePath(QStringLiteral("config/agent-workbench/agent-workbench.conf")), QSettings::IniFormat);
        saved.setValue(QStringLiteral("ui/language"), savedChoice);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANGUAGE"), languageVariable);
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess app;
    app.setProcessEnvironment(env);
    app.start(QStringLiteral(AWB_APP), { QStringLiteral("--help") });
    QVERIFY2(app.waitForFinished(60000), "the application did not exit");
    const QString out = QString::fromUtf8(app.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out));
}

QTEST_MAIN(TestLocalization)
#include "tst_localization.moc"
