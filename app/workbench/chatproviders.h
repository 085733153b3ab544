#pragma once

#include "chat/providerlist.h"

#include "providers/apikey.h"
#include "providers/modelinfo.h"
#include "providers/secretjob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;

namespace awb {

class ChatProvider;
class LocalServerDetector;
class SecretStore;

/// The providers the chat talks to, for the whole window: the configured ones (providers.json),
/// the local servers found at start, one ChatProvider each with its key (from the keychain, the
/// environment, or given for this run only), and each provider's model list.
class ChatProviders : public QObject
{
    Q_OBJECT
public:
    /// `providersPath` empty: ProviderList::defaultPath(). `keychainService` names the keychain
    /// entries' group (tests use their own).
    explicit ChatProviders(const QString &providersPath = QString(), const QString &keychainService = QString(),
        QObject *parent = nullptr);
    ~ChatProviders() override;

    QString path() const { return m_path; }
    /// Where the provider list could not be read or written (empty when fine).
    QString lastError() const { return m_lastError; }
    /// Configured and detected providers.
    QList<ProviderConfig> configs() const;
    QList<ProviderConfig> configured() const { return m_list.configs(); }
    std::optional<ProviderConfig> config(const QString &id) const;
    /// Replaces the configured providers and saves them (never with a key).
    bool setConfigured(const QList<ProviderConfig> &configs);
    /// Adds a server (detected, or by hand in tests) for this run; returns the id it is known by
    /// (a configured provider's when it is the same server).
    QString addDetected(const ProviderConfig &config);

    SecretStore *secrets() const { return m_secrets; }
    /// Whether requests to this provider need a key (a remote host of a kind that uses one).
    bool needsKey(const QString &id) const;
    bool hasKey(const QString &id) const;
    /// Gives the provider a key at once (after the dialog saved it, or for this run only).
    void setKey(const QString &id, const ApiKey &key);
    /// Calls `then` with the provider, once its key was looked up when it needs one.
    void withProvider(const QString &id, QObject *context, const std::function<void(ChatProvider *)> &then);
    /// The client for `id` (created on first use, without waiting for its key).
    ChatProvider *provider(const QString &id);

    QList<ModelInfo> models(const QString &id) const { return m_models.value(id); }
    QString modelError(const QString &id) const { return m_modelErrors.value(id); }
    /// Fetches the model list of every provider that can be asked (has a key or needs none).
    void refreshModels();
    void refreshModels(const QString &id);

    void detectLocalServers();
    bool isDetecting() const;

Q_SIGNALS:
    void providersChanged();
    void modelsChanged(const QString &providerId);
    void detectionFinished(int found);

private:
    void readKey(const QString &id);
    void applyKey(const QString &id);
    ApiKey environmentKey(const ProviderConfig &config) const;

    QString m_path;
    QString m_lastError;
    ProviderList m_list;
    QList<ProviderConfig> m_detected;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network; ///< shared by every provider
    LocalServerDetector *m_detector = nullptr;
    QHash<QString, ChatProvider *> m_providers;
    QHash<QString, ApiKey> m_keys;
    QHash<QString, bool> m_keyLooked; ///< true once the keychain answered
    QHash<QString, QList<std::pair<QPointer<QObject>, std::function<void(ChatProvider *)>>>> m_waiting;
    QHash<QString, QList<ModelInfo>> m_models;
    QHash<QString, QString> m_modelErrors;
};

} // namespace awb
