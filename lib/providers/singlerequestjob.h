#pragma once

#include "apikey.h"
#include "providerconfig.h"
#include "providerjob.h"

#include <QPointer>

class QNetworkAccessManager;

namespace awb {

class HttpAttempt;

/// Base of the provider calls that wait for one whole answer at a time, without streaming or
/// retries (ModelListJob, CountTokensJob): the start on the next event loop turn, the key policy,
/// cancel(), the HTTP status, request id and error of each answer, and finished() exactly once.
class SingleRequestJob : public ProviderJob
{
    Q_OBJECT
public:
    ~SingleRequestJob() override;

    void cancel() override;

protected:
    SingleRequestJob(
        QNetworkAccessManager *network, const ProviderConfig &config, const ApiKey &key, QObject *parent = nullptr);

    const ProviderConfig &config() const { return m_config; }

    /// Runs once when control first returns to the event loop, unless the job was cancelled
    /// before: sends the first request or fails.
    virtual void start() = 0;
    /// A 2xx answer's whole body: finish (emitFinished() or fail()) or send() the next request.
    virtual void handleBody(const QByteArray &body) = 0;

    /// Sends a request to `url` unless the key policy refuses it there (then the job fails).
    /// `model` is named in the error message when the provider answers that it does not know it.
    void send(const QUrl &url, const QByteArray &verb, const QByteArray &body = {}, const QString &model = {});
    /// Sets the error and emits finished().
    void fail(ProviderError error, const QString &message);

private:
    void onAttemptFinished();

    QPointer<QNetworkAccessManager> m_network;
    ProviderConfig m_config;
    ApiKey m_key;
    HttpAttempt *m_attempt = nullptr;
    QByteArray m_body;
    QString m_model;
};

} // namespace awb
