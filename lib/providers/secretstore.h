#pragma once

#include "apikey.h"
#include "secretjob.h"

#include <QHash>
#include <QObject>

namespace awb {

/// Provider keys in the operating system's keychain (QtKeychain: Secret Service, KWallet, macOS
/// Keychain, Windows Credential Store), one entry per provider id, holding the key and the host
/// it belongs to. Never falls back to a file: when no keychain service runs, jobs fail with
/// SecretJob::Error::NoService and the caller may keep a key for this run only
/// (setSessionKey()), which lives in memory and nowhere else.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(QObject *parent = nullptr);
    /// `service` names the keychain entries' group (default "Agent Workbench"); tests use their own.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    SecretJob *read(const QString &providerId);
    SecretJob *write(const QString &providerId, const ApiKey &key);
    SecretJob *remove(const QString &providerId);

    /// A key for this run only (memory); sessionKey() is empty when none was set.
    void setSessionKey(const QString &providerId, const ApiKey &key);
    ApiKey sessionKey(const QString &providerId) const { return m_sessionKeys.value(providerId); }
    void clearSessionKey(const QString &providerId) { m_sessionKeys.remove(providerId); }

    static QString errorName(SecretJob::Error error); ///< "not-found", "no-service", ...

private:
    SecretJob *startLater(SecretJob *job);

    QString m_service;
    QHash<QString, ApiKey> m_sessionKeys;
};

} // namespace awb
