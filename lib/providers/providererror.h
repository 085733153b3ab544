#pragma once

#include <QMetaType>
#include <QString>

namespace awb {

/// What went wrong with a provider call, in categories a person can act on.
enum class ProviderError {
    NoError,
    Cancelled, ///< cancel() was called
    InvalidRequest, ///< HTTP 400 or 422: the request itself is wrong (the message says what)
    Authentication, ///< HTTP 401: the key is missing, wrong or revoked
    PermissionDenied, ///< HTTP 403
    NotFound, ///< HTTP 404: usually an unknown model id or a wrong base URL
    RequestTooLarge, ///< HTTP 413
    RateLimited, ///< HTTP 429 still failing after the retries
    SpendLimit, ///< HTTP 429 (or 400/402) about credit, spend or billing limits: never retried
    Overloaded, ///< HTTP 529 or an `overloaded_error` event, still failing after the retries
    ServerError, ///< other HTTP 5xx, or an `api_error` event
    HttpError, ///< any other HTTP status
    ConnectionFailed, ///< refused, host not found, TLS failure
    ConnectTimeout, ///< no connection within Timeouts::connectMs
    FirstByteTimeout, ///< connected, but no response within Timeouts::firstByteMs
    IdleTimeout, ///< the stream went silent for Timeouts::idleMs
    ConnectionDropped, ///< the stream ended before the reply was complete (partial reply kept)
    MalformedResponse, ///< not the wire format promised (bad SSE, bad JSON, wrong content type)
    KeyPolicy, ///< refused: the key belongs to another host, or plain http to a non-loopback host
    MissingKey, ///< the provider needs a key and none was given
    Unsupported, ///< the provider has no such operation (e.g. count_tokens on Ollama)
};

/// A stable lower-case name ("rate-limited", "connection-dropped") for logs, JSON and tests.
QString providerErrorName(ProviderError error);

/// True for errors worth trying again later as they are (rate limits, overload, timeouts, drops).
bool isTransient(ProviderError error);

} // namespace awb

Q_DECLARE_METATYPE(awb::ProviderError)
