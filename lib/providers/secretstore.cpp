#include "secretstore.h"

#include <QTimer>

namespace awb {

SecretStore::SecretStore(QObject *parent)
    : SecretStore(QStringLiteral("Agent Workbench"), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

SecretJob *SecretStore::read(const QString &providerId)
{
    return startLater(new SecretJob(SecretJob::Operation::Read, m_service, providerId, this));
}

SecretJob *SecretStore::write(const QString &providerId, const ApiKey &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, m_service, providerId, this);
    job->setKey(key);
    return startLater(job);
}

SecretJob *SecretStore::remove(const QString &providerId)
{
    return startLater(new SecretJob(SecretJob::Operation::Delete, m_service, providerId, this));
}

SecretJob *SecretStore::startLater(SecretJob *job)
{
    QTimer::singleShot(0, job, [job] { job->start(); });
    return job;
}

void SecretStore::setSessionKey(const QString &providerId, const ApiKey &key)
{
    m_sessionKeys.insert(providerId, key);
}

QString SecretStore::errorName(SecretJob::Error error)
{
    switch (error) {
    case SecretJob::Error::NoError:
        return QStringLiteral("no-error");
    case SecretJob::Error::NotFound:
        return QStringLiteral("not-found");
    case SecretJob::Error::NoService:
        return QStringLiteral("no-service");
    case SecretJob::Error::AccessDenied:
        return QStringLiteral("access-denied");
    case SecretJob::Error::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace awb
