#pragma once

#include "apikey.h"

#include <QObject>

namespace awb {

/// One keychain operation (read, write or delete a provider's key). Made by SecretStore; starts
/// when control returns to the event loop; finished() exactly once; deletes itself after
/// finished() unless setAutoDelete(false).
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };
    enum class Error {
        NoError,
        NotFound, ///< no key saved for this provider
        NoService, ///< no keychain service runs (no Secret Service / D-Bus session, no KWallet)
        AccessDenied, ///< the user or the keychain refused (e.g. a locked keyring)
        Other,
    };

    SecretJob(Operation operation, const QString &service, const QString &providerId, QObject *parent = nullptr);

    Operation operation() const { return m_operation; }
    QString providerId() const { return m_providerId; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    /// After a successful Read: the key and the host it was saved for.
    ApiKey key() const { return m_key; }

    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    bool autoDelete() const { return m_autoDelete; }

Q_SIGNALS:
    void finished(awb::SecretJob *job);

private:
    friend class SecretStore;
    void setKey(const ApiKey &key) { m_key = key; }
    void start();
    void onKeychainFinished(int keychainError, const QString &message, const QByteArray &data);

    Operation m_operation;
    QString m_service;
    QString m_providerId;
    ApiKey m_key;
    Error m_error = Error::NoError;
    QString m_errorString;
    bool m_autoDelete = true;
};

} // namespace awb
