#pragma once

#include "apikey.h"
#include "providerconfig.h"

#include <QUrl>

namespace awb {

/// The rules for where requests and keys may go:
/// - plain `http://` only to loopback hosts (127.0.0.0/8, ::1, localhost) unless the host is in
///   ProviderConfig::allowedInsecureHosts;
/// - a key only to the host it was saved for (ApiKey::host).
class KeyPolicy
{
public:
    struct Verdict
    {
        bool allowed = false;
        QString reason; ///< for a person, when not allowed
    };

    /// May a request (without a key) go to `url`?
    static Verdict checkUrl(const QUrl &url, const QStringList &allowedInsecureHosts);
    /// May `key` be sent to `url`? Includes checkUrl().
    static Verdict checkKey(const QUrl &url, const ApiKey &key, const QStringList &allowedInsecureHosts);

    static bool isLoopbackHost(const QString &host);
};

} // namespace awb
