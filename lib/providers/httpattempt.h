#pragma once

#include "providerconfig.h"
#include "providererror.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

namespace awb {

/// One HTTP exchange with the connect, first-byte and idle time limits. A 2xx body is handed out
/// as it arrives (dataReceived); any other body is collected for the error message. finished()
/// once, unless abort() was called. Internal to lib/providers.
class HttpAttempt : public QObject
{
    Q_OBJECT
public:
    HttpAttempt(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, const Timeouts &timeouts, QObject *parent = nullptr);
    ~HttpAttempt() override;

    void start();
    /// Closes the connection at once; no signal follows.
    void abort();

    int status() const { return m_status; }
    bool isSuccess() const { return m_status >= 200 && m_status < 300; }
    QByteArray header(const QByteArray &name) const;
    QByteArray errorBody() const { return m_errorBody; }
    bool bodySeen() const { return m_bodySeen; }
    /// A failure below HTTP (connection, timeout, drop); NoError when the exchange completed.
    ProviderError transportError() const { return m_transportError; }
    QString transportErrorString() const { return m_transportErrorString; }

Q_SIGNALS:
    void headersReceived();
    void dataReceived(const QByteArray &bytes);
    void finished();

private:
    void onSent();
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onTimeout(ProviderError error);
    void onReplyDestroyed();
    void stopTimers();

    QPointer<QNetworkAccessManager> m_network;
    QNetworkRequest m_request;
    QByteArray m_verb;
    QByteArray m_body;
    Timeouts m_timeouts;
    QPointer<QNetworkReply> m_reply; // owned by the network access manager, which may go first
    QTimer m_connectTimer;
    QTimer m_firstByteTimer;
    QTimer m_idleTimer;
    QByteArray m_errorBody;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    int m_status = 0;
    bool m_headersSeen = false;
    bool m_bodySeen = false;
    bool m_done = false;
    ProviderError m_transportError = ProviderError::NoError;
    QString m_transportErrorString;
};

} // namespace awb
