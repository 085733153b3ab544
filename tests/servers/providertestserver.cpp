#include "providertestserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace awb::test {

QByteArray ProviderTestServer::Reply::body() const
{
    QByteArray all;
    for (const QByteArray &piece : pieces)
        all += piece;
    return all;
}

ProviderTestServer::Reply &ProviderTestServer::Reply::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({ name, value });
    return *this;
}

ProviderTestServer::Reply &ProviderTestServer::Reply::splitEvery(int bytes)
{
    const QByteArray all = body();
    pieces.clear();
    for (qsizetype i = 0; i < all.size(); i += bytes)
        pieces.append(all.mid(i, bytes));
    return *this;
}

ProviderTestServer::Reply &ProviderTestServer::Reply::splitAt(const QList<qsizetype> &offsets)
{
    const QByteArray all = body();
    pieces.clear();
    qsizetype from = 0;
    for (qsizetype offset : offsets) {
        if (offset <= from || offset >= all.size())
            continue;
        pieces.append(all.mid(from, offset - from));
        from = offset;
    }
    pieces.append(all.mid(from));
    return *this;
}

ProviderTestServer::Reply ProviderTestServer::Reply::sse(const QByteArray &body)
{
    Reply reply;
    reply.pieces = { body };
    reply.header("content-type", "text/event-stream");
    reply.header("request-id", "req_test_0001");
    return reply;
}

ProviderTestServer::Reply ProviderTestServer::Reply::ndjson(const QByteArray &body)
{
    Reply reply;
    reply.pieces = { body };
    reply.header("content-type", "application/x-ndjson");
    return reply;
}

ProviderTestServer::Reply ProviderTestServer::Reply::json(int status, const QByteArray &body, bool chunked)
{
    Reply reply;
    reply.status = status;
    reply.pieces = { body };
    reply.chunked = chunked;
    reply.header("content-type", "application/json");
    return reply;
}

ProviderTestServer::Reply ProviderTestServer::Reply::fromJson(
    const QJsonObject &object, const QString &baseDir, QString *error)
{
    Reply reply;
    reply.status = object.value(QLatin1String("status")).toInt(200);
    const QJsonObject headers = object.value(QLatin1String("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        reply.header(it.key().toLatin1(), it.value().toString().toUtf8());
    if (object.contains(QLatin1String("chunks"))) {
        for (const QJsonValue &piece : object.value(QLatin1String("chunks")).toArray())
            reply.pieces.append(piece.toString().toUtf8());
    } else if (object.contains(QLatin1String("bodyFile"))) {
        QFile file(QDir(baseDir).filePath(object.value(QLatin1String("bodyFile")).toString()));
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
            return reply;
        }
        reply.pieces = { file.readAll() };
    } else {
        reply.pieces = { object.value(QLatin1String("body")).toString().toUtf8() };
    }
    if (object.contains(QLatin1String("chunkSize")))
        reply.splitEvery(qMax(1, object.value(QLatin1String("chunkSize")).toInt()));
    if (object.contains(QLatin1String("splitAt"))) {
        QList<qsizetype> offsets;
        for (const QJsonValue &v : object.value(QLatin1String("splitAt")).toArray())
            offsets.append(v.toInteger());
        reply.splitAt(offsets);
    }
    reply.delayMs = object.value(QLatin1String("delayMs")).toInt();
    reply.headerDelayMs = object.value(QLatin1String("headerDelayMs")).toInt();
    reply.chunked = object.value(QLatin1String("chunked")).toBool(true);
    reply.dropAfter = object.value(QLatin1String("dropAfter")).toInteger(-1);
    const QString end = object.value(QLatin1String("end")).toString(QStringLiteral("close"));
    if (end == QLatin1String("drop"))
        reply.end = End::Drop;
    else if (end == QLatin1String("hang"))
        reply.end = End::Hang;
    else if (end == QLatin1String("hang-before-headers"))
        reply.end = End::HangBeforeHeaders;
    else if (end != QLatin1String("close") && error)
        *error = QStringLiteral("unknown end '%1'").arg(end);
    return reply;
}

QByteArray ProviderTestServer::Request::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

bool ProviderTestServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonObject ProviderTestServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ProviderTestServer::ProviderTestServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &ProviderTestServer::onNewConnection);
}

ProviderTestServer::~ProviderTestServer()
{
    for (QTcpSocket *socket : m_buffers.keys())
        socket->abort();
}

bool ProviderTestServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ProviderTestServer::port() const
{
    return m_server->serverPort();
}

QUrl ProviderTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

int ProviderTestServer::openConnections() const
{
    int open = 0;
    for (QTcpSocket *socket : m_buffers.keys()) {
        if (socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void ProviderTestServer::setReplies(const QByteArray &method, const QByteArray &path, const QList<Reply> &replies)
{
    const QByteArray key = method + ' ' + path;
    m_routes.insert(key, replies);
    m_served.insert(key, 0);
}

bool ProviderTestServer::loadScenario(const QJsonObject &scenario, const QString &baseDir, QString *error)
{
    const QJsonObject routes = scenario.value(QLatin1String("routes")).toObject();
    if (routes.isEmpty()) {
        if (error)
            *error = QStringLiteral("the scenario has no \"routes\"");
        return false;
    }
    for (auto it = routes.begin(); it != routes.end(); ++it) {
        const QStringList parts = it.key().split(QLatin1Char(' '));
        if (parts.size() != 2) {
            if (error)
                *error = QStringLiteral("route '%1' is not \"METHOD /path\"").arg(it.key());
            return false;
        }
        QList<Reply> replies;
        for (const QJsonValue &value : it.value().toArray()) {
            QString replyError;
            replies.append(Reply::fromJson(value.toObject(), baseDir, &replyError));
            if (!replyError.isEmpty()) {
                if (error)
                    *error = replyError;
                return false;
            }
        }
        setReplies(parts.at(0).toLatin1(), parts.at(1).toLatin1(), replies);
    }
    return true;
}

ProviderTestServer::Reply ProviderTestServer::nextReply(const QByteArray &method, const QByteArray &path)
{
    const QByteArray key = method + ' ' + path;
    const auto it = m_routes.constFind(key);
    if (it == m_routes.constEnd() || it->isEmpty()) {
        return Reply::json(404,
            QByteArrayLiteral(R"({"type":"error","error":{"type":"not_found_error","message":"no route )") + key
                + QByteArrayLiteral(R"("}})"));
    }
    int &served = m_served[key];
    const Reply reply = it->at(qMin<qsizetype>(served, it->size() - 1));
    ++served;
    return reply;
}

void ProviderTestServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_answered.remove(socket);
            socket->deleteLater();
            Q_EMIT connectionClosed();
        });
    }
}

void ProviderTestServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    if (m_answered.contains(socket)) // the request was read already; a reply is under way
        return;
    it->append(socket->readAll());
    const qsizetype headerEnd = it->indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request request;
    const QList<QByteArray> lines = it->left(headerEnd).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    const QByteArray target = first.value(1);
    const qsizetype q = target.indexOf('?');
    request.path = q < 0 ? target : target.left(q);
    request.query = q < 0 ? QByteArray() : target.mid(q + 1);
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        request.headers.append({ name, value });
        if (name.compare("content-length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (it->size() < headerEnd + 4 + contentLength)
        return;
    request.body = it->mid(headerEnd + 4, contentLength);
    it->clear();
    m_answered.insert(socket);
    m_requests.append(request);
    Q_EMIT requestReceived(int(m_requests.size() - 1));
    serve(socket, nextReply(request.method, request.path));
}

namespace {

/// Writes one scripted reply on its socket, piece by piece; lives as the socket's child, so it
/// goes with the connection.
class ReplyWriter : public QObject
{
public:
    ReplyWriter(QTcpSocket *socket, const ProviderTestServer::Reply &reply)
        : QObject(socket)
        , m_socket(socket)
        , m_reply(reply)
    { }

    void start()
    {
        if (m_reply.headerDelayMs > 0)
            QTimer::singleShot(m_reply.headerDelayMs, this, [this] { writeHeaders(); });
        else
            writeHeaders();
    }

private:
    using End = ProviderTestServer::Reply::End;

    void writeHeaders()
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(m_reply.status) + " Status\r\n";
        for (const auto &header : m_reply.headers)
            head += header.first + ": " + header.second + "\r\n";
        if (m_reply.chunked)
            head += "Transfer-Encoding: chunked\r\n";
        else
            head += "Content-Length: " + QByteArray::number(m_reply.body().size()) + "\r\n";
        head += "Connection: close\r\n\r\n";
        m_socket->write(head);
        m_socket->flush();
        next();
    }

    void next()
    {
        if (m_reply.delayMs > 0)
            QTimer::singleShot(m_reply.delayMs, this, [this] { writePieces(); });
        else
            writePieces();
    }

    // Writes the next piece (all remaining ones when there is no delay), then ends the reply.
    void writePieces()
    {
        while (m_next < m_reply.pieces.size()) {
            QByteArray piece = m_reply.pieces.at(m_next++);
            bool cut = false;
            if (m_reply.end == End::Drop && m_reply.dropAfter >= 0 && m_sent + piece.size() >= m_reply.dropAfter) {
                piece.truncate(m_reply.dropAfter - m_sent);
                cut = true;
            }
            m_sent += piece.size();
            if (!piece.isEmpty()) {
                if (m_reply.chunked)
                    m_socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
                else
                    m_socket->write(piece);
                m_socket->flush();
            }
            if (cut) {
                m_socket->abort();
                return;
            }
            if (m_reply.delayMs > 0) {
                next();
                return;
            }
        }
        finish();
    }

    void finish()
    {
        switch (m_reply.end) {
        case End::Close:
            if (m_reply.chunked)
                m_socket->write("0\r\n\r\n");
            m_socket->disconnectFromHost();
            break;
        case End::Drop:
            m_socket->flush();
            m_socket->abort();
            break;
        case End::Hang:
        case End::HangBeforeHeaders:
            m_socket->flush();
            break;
        }
    }

    QTcpSocket *m_socket;
    ProviderTestServer::Reply m_reply;
    qsizetype m_next = 0;
    qsizetype m_sent = 0;
};

} // namespace

void ProviderTestServer::serve(QTcpSocket *socket, const Reply &reply)
{
    if (reply.end == Reply::End::HangBeforeHeaders)
        return;
    (new ReplyWriter(socket, reply))->start();
}

} // namespace awb::test
