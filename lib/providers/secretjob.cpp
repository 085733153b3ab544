#include "secretjob.h"

#include "providerslog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <qt6keychain/keychain.h>

namespace awb {

namespace {

bool soundsLikeNoService(const QString &message)
{
    static const char *const hints[] = { "dbus", "d-bus", "secret service", "org.freedesktop.secrets", "serviceunknown",
        "no such interface", "not provided by any .service", "cannot autolaunch", "could not connect", "kwallet",
        "no keychain service" };
    const QString lower = message.toLower();
    for (const char *hint : hints) {
        if (lower.contains(QLatin1String(hint)))
            return true;
    }
    return false;
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &service, const QString &providerId, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(service)
    , m_providerId(providerId)
{ }

void SecretJob::start()
{
    // The keychain job is not ours to delete: libsecret calls back into it through a raw pointer
    // when the operation completes, so it must outlive this job (and its store) until then. It
    // deletes itself once finished; the application object takes the ones still pending at exit.
    QObject *owner = QCoreApplication::instance();
    if (owner && owner->thread() != thread())
        owner = nullptr;
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, owner);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, owner);
        const QJsonObject entry { { QStringLiteral("host"), m_key.host }, { QStringLiteral("key"), m_key.secret } };
        write->setTextData(QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact)));
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service, owner);
        break;
    }
    job->setAutoDelete(true);
    // Never let QtKeychain fall back to storing the key in a settings file.
    job->setInsecureFallback(false);
    job->setKey(m_providerId);
    // With this job as the context: a job gone meanwhile hears nothing.
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *done) {
        QByteArray data;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
            data = read->binaryData();
        onKeychainFinished(done->error(), done->errorString(), data);
    });
    job->start();
}

void SecretJob::onKeychainFinished(int keychainError, const QString &message, const QByteArray &data)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        m_error = Error::NoError;
        break;
    case QKeychain::EntryNotFound:
        m_error = Error::NotFound;
        m_errorString = QStringLiteral("No key is saved for %1.").arg(m_providerId);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        m_error = Error::AccessDenied;
        m_errorString = QStringLiteral("The keychain refused access: %1").arg(message);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        m_error = Error::NoService;
        break;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        m_error = soundsLikeNoService(message) ? Error::NoService : Error::Other;
        if (m_error == Error::Other)
            m_errorString = QStringLiteral("The keychain failed: %1").arg(message);
        break;
    }
    if (m_error == Error::NoService) {
        m_errorString = QStringLiteral("No keychain service is running (%1), so the key cannot be saved. "
                                       "You can use it for this session only; it is never written to a file.")
                            .arg(message);
    }
    if (m_operation == Operation::Read && m_error == Error::NoError) {
        const QJsonObject entry = QJsonDocument::fromJson(data).object();
        m_key.host = entry.value(QLatin1String("host")).toString();
        m_key.secret = entry.value(QLatin1String("key")).toString();
        if (m_key.secret.isEmpty()) {
            m_key = ApiKey();
            m_error = Error::Other;
            m_errorString = QStringLiteral("The keychain entry for %1 is not one of ours.").arg(m_providerId);
        }
    }
    qCDebug(lcProviders) << "keychain" << int(m_operation) << m_providerId << "error" << int(m_error);
    Q_EMIT finished(this);
    if (m_autoDelete)
        deleteLater();
}

} // namespace awb
