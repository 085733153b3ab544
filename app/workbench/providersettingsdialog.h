#pragma once

#include "providers/providerconfig.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace awb {

class ChatProviders;

/// Add and edit providers: kind, name, base URL, extra headers, hosts allowed over plain http,
/// and the key, which goes to the keychain (never to a file). Where no keychain service runs it
/// says so and offers to use the key for this run only. "Detect local servers" looks for
/// Ollama, LM Studio and llama.cpp on this machine.
class ProviderSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProviderSettingsDialog(ChatProviders *providers, QWidget *parent = nullptr);

    QList<ProviderConfig> configs() const { return m_configs; }
    /// Saves the edited list (on OK).
    bool apply(QString *error);

    QListWidget *list() const { return m_list; }
    QLineEdit *keyEdit() const { return m_key; }
    QLabel *keyStatus() const { return m_keyStatus; }
    QCheckBox *runOnly() const { return m_runOnly; }
    void select(int row);
    void addProvider(ProviderConfig::Kind kind);
    /// Stores the typed key for the selected provider (keychain, or this run only).
    void saveKey();
    void removeKey();

Q_SIGNALS:
    /// A keychain operation finished (for tests): `ok`, and the message shown.
    void keyOperationFinished(bool ok, const QString &message);

private:
    void rebuildList();
    void showCurrent();
    void storeCurrent();
    void updateKeyState();
    void setKeyMessage(const QString &message, bool problem);
    int current() const;

    ChatProviders *m_providers;
    QList<ProviderConfig> m_configs;
    QListWidget *m_list;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_id;
    QLineEdit *m_baseUrl;
    QPlainTextEdit *m_headers;
    QLineEdit *m_insecureHosts;
    QLabel *m_urlWarning;
    QLineEdit *m_key;
    QPushButton *m_saveKey;
    QPushButton *m_removeKey;
    QCheckBox *m_runOnly;
    QLabel *m_keyStatus;
    QPushButton *m_detect;
    QLabel *m_detectStatus;
    QWidget *m_form;
    bool m_loading = false;
};

} // namespace awb
