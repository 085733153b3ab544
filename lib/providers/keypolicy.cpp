#include "keypolicy.h"

#include <QHostAddress>

namespace awb {

bool KeyPolicy::isLoopbackHost(const QString &host)
{
    const QString lower = host.toLower();
    if (lower == QLatin1String("localhost") || lower.endsWith(QLatin1String(".localhost")))
        return true;
    QHostAddress address;
    if (!address.setAddress(lower))
        return false;
    return address.isLoopback();
}

KeyPolicy::Verdict KeyPolicy::checkUrl(const QUrl &url, const QStringList &allowedInsecureHosts)
{
    const QString scheme = url.scheme().toLower();
    const QString host = url.host().toLower();
    if (host.isEmpty())
        return { false, QStringLiteral("The URL '%1' has no host.").arg(url.toDisplayString()) };
    if (scheme == QLatin1String("https"))
        return { true, {} };
    if (scheme != QLatin1String("http"))
        return { false,
            QStringLiteral("Only http and https URLs are supported, not '%1'.").arg(url.toDisplayString()) };
    if (isLoopbackHost(host))
        return { true, {} };
    for (const QString &allowed : allowedInsecureHosts) {
        if (allowed.trimmed().compare(host, Qt::CaseInsensitive) == 0)
            return { true, {} };
    }
    return { false,
        QStringLiteral("Refusing plain http to %1: the conversation and key would travel unencrypted. "
                       "Use https, or allow this host explicitly in the provider's settings.")
            .arg(host) };
}

KeyPolicy::Verdict KeyPolicy::checkKey(const QUrl &url, const ApiKey &key, const QStringList &allowedInsecureHosts)
{
    Verdict verdict = checkUrl(url, allowedInsecureHosts);
    if (!verdict.allowed || key.isEmpty())
        return verdict;
    const QString host = url.host().toLower();
    if (key.host.isEmpty() || key.host.compare(host, Qt::CaseInsensitive) != 0) {
        return { false,
            QStringLiteral("The key was saved for %1, so it is not sent to %2. Save a key for this host.")
                .arg(key.host.isEmpty() ? QStringLiteral("no host") : key.host, host) };
    }
    return verdict;
}

} // namespace awb
