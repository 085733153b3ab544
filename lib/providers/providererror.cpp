#include "providererror.h"

namespace awb {

QString providerErrorName(ProviderError error)
{
    switch (error) {
    case ProviderError::NoError:
        return QStringLiteral("no-error");
    case ProviderError::Cancelled:
        return QStringLiteral("cancelled");
    case ProviderError::InvalidRequest:
        return QStringLiteral("invalid-request");
    case ProviderError::Authentication:
        return QStringLiteral("authentication");
    case ProviderError::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ProviderError::NotFound:
        return QStringLiteral("not-found");
    case ProviderError::RequestTooLarge:
        return QStringLiteral("request-too-large");
    case ProviderError::RateLimited:
        return QStringLiteral("rate-limited");
    case ProviderError::SpendLimit:
        return QStringLiteral("spend-limit");
    case ProviderError::Overloaded:
        return QStringLiteral("overloaded");
    case ProviderError::ServerError:
        return QStringLiteral("server-error");
    case ProviderError::HttpError:
        return QStringLiteral("http-error");
    case ProviderError::ConnectionFailed:
        return QStringLiteral("connection-failed");
    case ProviderError::ConnectTimeout:
        return QStringLiteral("connect-timeout");
    case ProviderError::FirstByteTimeout:
        return QStringLiteral("first-byte-timeout");
    case ProviderError::IdleTimeout:
        return QStringLiteral("idle-timeout");
    case ProviderError::ConnectionDropped:
        return QStringLiteral("connection-dropped");
    case ProviderError::MalformedResponse:
        return QStringLiteral("malformed-response");
    case ProviderError::KeyPolicy:
        return QStringLiteral("key-policy");
    case ProviderError::MissingKey:
        return QStringLiteral("missing-key");
    case ProviderError::Unsupported:
        return QStringLiteral("unsupported");
    }
    return {};
}

bool isTransient(ProviderError error)
{
    switch (error) {
    case ProviderError::RateLimited:
    case ProviderError::Overloaded:
    case ProviderError::ServerError:
    case ProviderError::ConnectTimeout:
    case ProviderError::FirstByteTimeout:
    case ProviderError::IdleTimeout:
    case ProviderError::ConnectionDropped:
        return true;
    default:
        return false;
    }
}

} // namespace awb
