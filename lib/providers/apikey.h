#pragma once

#include <QString>

namespace awb {

/// A secret key together with the host it was saved for. KeyPolicy refuses to send it anywhere
/// else. Deliberately has no streaming operator or toString: it must never reach a log.
struct ApiKey
{
    QString secret;
    QString host; ///< lower-case host name, e.g. "api.anthropic.com"

    bool isEmpty() const { return secret.isEmpty(); }

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

} // namespace awb
