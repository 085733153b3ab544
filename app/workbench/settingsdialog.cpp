#include "settingsdialog.h"

#include "localization.h"
#include "theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace awb {

namespace {
const QString ThemeKey = QStringLiteral("view/theme");
}

SettingsDialog::SettingsDialog(QWidget *parent, const QStringList &translationPaths)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_theme(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_startLanguage(Localization::savedLanguage())
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(440);

    const QString systemName = QLocale::system().nativeLanguageName();
    m_language->setObjectName(QStringLiteral("LanguageBox"));
    m_language->addItem(
        systemName.isEmpty() ? tr("System language") : tr("System language (%1)").arg(systemName), QString());
    for (const Localization::Language &language : Localization::availableLanguages(translationPaths))
        m_language->addItem(language.name, language.code);
    const int current = m_language->findData(m_startLanguage);
    m_language->setCurrentIndex(current >= 0 ? current : 0);
    m_language->setAccessibleName(tr("Language"));

    m_theme->setObjectName(QStringLiteral("ThemeBox"));
    m_theme->addItem(tr("Follow the system"), Theme::toString(Theme::Mode::System));
    m_theme->addItem(tr("Light"), Theme::toString(Theme::Mode::Light));
    m_theme->addItem(tr("Dark"), Theme::toString(Theme::Mode::Dark));
    const QString theme = QSettings().value(ThemeKey, Theme::toString(Theme::Mode::System)).toString();
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(Theme::toString(Theme::fromString(theme)))));
    m_theme->setAccessibleName(tr("Theme"));

    m_restartNote->setObjectName(QStringLiteral("RestartNote"));
    m_restartNote->setWordWrap(true);
    m_restartNote->setText(tr("The new language is used the next time Agent Workbench starts."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_startLanguage);
}

void SettingsDialog::apply()
{
    Localization::saveLanguage(m_language->currentData().toString());
    const QString theme = m_theme->currentData().toString();
    QSettings().setValue(ThemeKey, theme);
    Theme::apply(Theme::fromString(theme));
}

} // namespace awb
