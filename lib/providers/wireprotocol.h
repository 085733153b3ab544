#pragma once

#include "chatrequest.h"
#include "providerconfig.h"

#include <QByteArrayView>
#include <QNetworkRequest>

#include <memory>

namespace awb {

class ChatJob;

/// One provider's streaming chat wire format: the request it sends and the decoding of the reply
/// into ChatJob's blocks. Internal to lib/providers; one instance per ChatJob.
class WireProtocol
{
public:
    virtual ~WireProtocol() = default;

    static std::unique_ptr<WireProtocol> create(ProviderConfig::Kind kind);

    virtual QUrl url(const ProviderConfig &config) const = 0;
    virtual QByteArray body(const ChatRequest &request, const ProviderConfig &config) const = 0;
    virtual void prepare(QNetworkRequest &request) const { Q_UNUSED(request); }

    /// Forget everything of a previous attempt.
    virtual void reset() = 0;
    /// Decodes the next bytes of a 2xx body into `job`.
    virtual void feed(QByteArrayView bytes, ChatJob *job) = 0;
    /// The body ended: report an incomplete reply or garbage to `job` (a complete reply has been
    /// reported while feeding).
    virtual void finish(ChatJob *job) = 0;
};

} // namespace awb
