#pragma once

#include "apikey.h"
#include "providerconfig.h"
#include "providererror.h"

#include <QNetworkRequest>

namespace awb {

/// What every provider request shares: headers, and reading an error response into words a
/// person can act on. Internal to lib/providers.
class ProviderHttp
{
public:
    /// A request to `url` with the provider's auth header (only when a key is given), its
    /// version header, the extra headers, JSON content type and no automatic redirects (a
    /// redirect must never carry the key to another host).
    static QNetworkRequest makeRequest(const ProviderConfig &config, const ApiKey &key, const QUrl &url);

    struct Failure
    {
        ProviderError error = ProviderError::HttpError;
        QString message; ///< for a person
        bool retryable = false;
        int retryAfterMs = -1; ///< from retry-after-ms / retry-after, -1 when absent
    };

    /// Reads a non-2xx response.
    static Failure classify(int status, const QByteArray &body, const QByteArray &retryAfter,
        const QByteArray &retryAfterMs, const ProviderConfig &config, const QString &model);

    /// The provider's own message from an error body ({"error": {"message"}}, {"error": "..."},
    /// {"message"}), or the body itself when short and not JSON.
    static QString providerMessage(const QByteArray &body, QString *errorType = nullptr);

    /// Anthropic's error event / error body type ("overloaded_error") as our category.
    static ProviderError errorForType(const QString &type);

    static bool mentionsSpendLimit(const QString &message, const QString &type);

    /// `retry-after-ms` wins; `retry-after` in seconds or as an HTTP date; -1 when absent or bad.
    static int parseRetryAfterMs(const QByteArray &retryAfter, const QByteArray &retryAfterMs);
};

} // namespace awb
