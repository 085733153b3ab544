#pragma once

// A scripted HTTP/1.1 server on 127.0.0.1 (random port) that speaks like a model provider, for
// tests of lib/providers and everything above it (lib/chat, the Chat pane, `awb chat`).
//
// Use it in process (link awb_provider_test_server) or as the executable
// `awb-provider-test-server SCENARIO.json`, which prints `PORT <n>` on stdout and serves until
// stdin closes or it is killed.
//
// Scenario format (JSON; in process: ProviderTestServer::Reply values):
//
//   {
//     "routes": {
//       "POST /v1/messages": [ REPLY, REPLY, ... ],   // one per request, in order; the last repeats
//       "GET /v1/models": [ REPLY ]
//     }
//   }
//
//   REPLY = {
//     "status": 200,                        // default 200
//     "headers": {"content-type": "text/event-stream", "retry-after": "1"},
//     "body": "text",                       // or "bodyFile": "path relative to the scenario file"
//     "chunks": ["piece", "piece"],         // instead of body: written as separate writes
//     "chunkSize": 1,                       // or: the body cut into pieces of this many bytes
//     "splitAt": [17, 40],                  // or: the body cut at these offsets
//     "delayMs": 5,                         // pause between pieces (drip)
//     "headerDelayMs": 0,                   // pause before the status line
//     "chunked": true,                      // Transfer-Encoding: chunked (default); false: Content-Length
//     "end": "close"                        // "close" (complete reply), "drop" (cut the connection
//                                           // after "dropAfter" body bytes, default: after the
//                                           // pieces), "hang" (send the pieces, then stay silent),
//                                           // "hang-before-headers" (accept, never answer)
//     "dropAfter": 120
//   }
//
// Routes match the method and the path without the query. Unmatched requests get a 404 with an
// Anthropic-style error body. Every request is recorded (method, path, query, headers, body)
// so tests can assert what was sent.

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QSet>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

namespace awb::test {

class ProviderTestServer : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        enum class End { Close, Drop, Hang, HangBeforeHeaders };

        int status = 200;
        QList<QPair<QByteArray, QByteArray>> headers;
        QList<QByteArray> pieces; ///< the body, as written
        int delayMs = 0;
        int headerDelayMs = 0;
        bool chunked = true;
        End end = End::Close;
        qsizetype dropAfter = -1; ///< End::Drop: body bytes before the cut (-1: all pieces)

        QByteArray body() const;
        Reply &header(const QByteArray &name, const QByteArray &value);
        Reply &splitEvery(int bytes); ///< re-cut the body into pieces of `bytes`
        Reply &splitAt(const QList<qsizetype> &offsets);

        static Reply sse(const QByteArray &body); ///< 200, text/event-stream
        static Reply ndjson(const QByteArray &body); ///< 200, application/x-ndjson
        static Reply json(int status, const QByteArray &body, bool chunked = false);
        static Reply fromJson(const QJsonObject &object, const QString &baseDir, QString *error);
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray query;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;

        QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty when absent
        bool hasHeader(const QByteArray &name) const;
        QJsonObject json() const; ///< the body as a JSON object
    };

    explicit ProviderTestServer(QObject *parent = nullptr);
    ~ProviderTestServer() override;

    bool listen(); ///< on 127.0.0.1, a free port
    quint16 port() const;
    QUrl url(const QString &path = {}) const; ///< http://127.0.0.1:PORT + path

    /// Replies for `method path`, consumed in order; the last one repeats.
    void setReplies(const QByteArray &method, const QByteArray &path, const QList<Reply> &replies);
    void setReply(const QByteArray &method, const QByteArray &path, const Reply &reply)
    {
        setReplies(method, path, { reply });
    }
    bool loadScenario(const QJsonObject &scenario, const QString &baseDir, QString *error = nullptr);

    QList<Request> requests() const { return m_requests; }
    Request lastRequest() const { return m_requests.isEmpty() ? Request() : m_requests.last(); }
    int requestCount() const { return int(m_requests.size()); }
    /// Open connections (a cancelled client must leave none behind).
    int openConnections() const;
    void clearRequests() { m_requests.clear(); }

Q_SIGNALS:
    void requestReceived(int index);
    void connectionClosed();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void serve(QTcpSocket *socket, const Reply &reply);
    Reply nextReply(const QByteArray &method, const QByteArray &path);

    QTcpServer *m_server = nullptr;
    QMap<QByteArray, QList<Reply>> m_routes;
    QMap<QByteArray, int> m_served;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered;
};

} // namespace awb::test
