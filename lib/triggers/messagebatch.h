#pragma once

#include "providers/apikey.h"
#include "providers/chatmessage.h"
#include "providers/chatrequest.h"
#include "providers/providerconfig.h"
#include "providers/usage.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace awb {

/// Anthropic's Message Batches API for large model-router runs (half the price; results within hours):
/// `POST /v1/messages/batches` with every request, then `GET /v1/messages/batches/{id}` every
/// `pollInterval` until `processing_status` is `ended`, then the JSONL from `results_url`. `finished()` is
/// emitted once on every path; `cancel()` asks the server to cancel the batch too.
class MessageBatch : public QObject
{
    Q_OBJECT
public:
    struct Item
    {
        QString customId; ///< [A-Za-z0-9_-]{1,64}
        ChatRequest request;
    };
    struct Outcome
    {
        QString customId;
        bool succeeded = false;
        ChatMessage message;
        Usage usage;
        QString error; ///< errored, canceled or expired: in words
    };

    MessageBatch(const ProviderConfig &config, const ApiKey &key, QObject *parent = nullptr);
    ~MessageBatch() override;

    void setPollInterval(int milliseconds) { m_poll.setInterval(milliseconds); }
    void start(const QList<Item> &items);
    void cancel();

    bool isFinished() const { return m_finished; }
    bool failed() const { return !m_errorString.isEmpty(); }
    QString errorString() const { return m_errorString; }
    QString batchId() const { return m_id; }
    QString status() const { return m_status; }
    const QList<Outcome> &outcomes() const { return m_outcomes; }

    /// Reads one line of the results file.
    static Outcome parseResultLine(const QByteArray &line);

Q_SIGNALS:
    void statusChanged(const QString &status, int processing, int succeeded, int errored);
    void finished();

private:
    QNetworkReply *send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {});
    bool replyFailed(QNetworkReply *reply, const QByteArray &body);
    void onCreated();
    void poll();
    void onPolled();
    void onResults();
    void done(const QString &error = {});

    ProviderConfig m_config;
    ApiKey m_key;
    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QTimer m_poll;
    QString m_id;
    QString m_status;
    QList<Outcome> m_outcomes;
    QString m_errorString;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace awb
