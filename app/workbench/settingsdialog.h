#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace awb {

/// Edit ▸ Preferences: the language (used from the next start) and the color theme (applied at once).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `translationPaths` are searched for languages besides the usual places (tests use the build tree).
    explicit SettingsDialog(QWidget *parent = nullptr, const QStringList &translationPaths = {});

    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }

    /// Saves both choices and applies the theme; the language needs a restart.
    void apply();

private:
    void updateRestartNote();

    QComboBox *m_language;
    QComboBox *m_theme;
    QLabel *m_restartNote;
    QString m_startLanguage;
};

} // namespace awb
