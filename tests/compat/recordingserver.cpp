// A stand-in for the Anthropic Messages API that records what a client sends.
//
//   awb_recording_server --port-file FILE --record-dir DIR
//
// Listens on 127.0.0.1 (a free port, written to FILE), saves the body of every POST to
// DIR/NNN-<path>.json, and answers /v1/messages with a short, valid reply (an SSE stream when
// the request asks for one). Used to see exactly what a real client (the claude CLI) sends.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTcpServer>
#include <QTcpSocket>

namespace {

struct Request
{
    QByteArray method;
    QByteArray path;
    QByteArray body;
};

class Connection : public QObject
{
public:
    Connection(QTcpSocket *socket, const QString &recordDir, int *counter)
        : QObject(socket)
        , m_socket(socket)
        , m_recordDir(recordDir)
        , m_counter(counter)
    {
        connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

private:
    void onReadyRead()
    {
        m_buffer += m_socket->readAll();
        while (true) {
            const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            qsizetype length = 0;
            for (const QByteArray &line : lines.mid(1)) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
                    length = line.mid(colon + 1).trimmed().toLongLong();
            }
            if (m_buffer.size() < headerEnd + 4 + length)
                return;
            Request request{requestLine.value(0), requestLine.value(1), m_buffer.mid(headerEnd + 4, length)};
            m_buffer.remove(0, headerEnd + 4 + length);
            handle(request);
        }
    }

    void record(const Request &request)
    {
        QString name = QString::fromUtf8(request.path);
        name = name.left(name.indexOf(QLatin1Char('?')) < 0 ? name.size() : name.indexOf(QLatin1Char('?')));
        name.replace(QLatin1Char('/'), QLatin1Char('_'));
        QSaveFile file(QStringLiteral("%1/%2-%3.json").arg(m_recordDir).arg(++*m_counter, 3, 10, QLatin1Char('0')).arg(name));
        if (file.open(QIODevice::WriteOnly)) {
            file.write(request.body);
            file.commit();
        }
    }

    void send(int status, const QByteArray &contentType, const QByteArray &body)
    {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Not Found") + "\r\n";
        head += "Content-Type: " + contentType + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\nrequest-id: req_local\r\nConnection: keep-alive\r\n\r\n";
        m_socket->write(head + body);
    }

    static QByteArray event(const QByteArray &name, const QJsonObject &data)
    {
        return "event: " + name + "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
    }

    void handle(const Request &request)
    {
        if (request.method == "POST")
            record(request);
        const QByteArray path = request.path.left(request.path.indexOf('?') < 0 ? request.path.size()
                                                                                 : request.path.indexOf('?'));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QString model = body.value(QLatin1String("model")).toString(QStringLiteral("claude-local"));
        if (path == "/v1/messages/count_tokens") {
            send(200, "application/json", R"({"input_tokens": 42})");
            return;
        }
        if (path != "/v1/messages") {
            send(404, "application/json",
                 R"({"type":"error","error":{"type":"not_found_error","message":"not available on the local stand-in"}})");
            return;
        }
        const QJsonObject usage{{QStringLiteral("input_tokens"), 10}, {QStringLiteral("output_tokens"), 2}};
        const QJsonObject message{{QStringLiteral("id"), QStringLiteral("msg_local")},
                                  {QStringLiteral("type"), QStringLiteral("message")},
                                  {QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("model"), model},
                                  {QStringLiteral("content"), QJsonArray()},
                                  {QStringLiteral("stop_reason"), QJsonValue()},
                                  {QStringLiteral("stop_sequence"), QJsonValue()},
                                  {QStringLiteral("usage"), usage}};
        if (!body.value(QLatin1String("stream")).toBool()) {
            QJsonObject full = message;
            full.insert(QStringLiteral("content"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                               {QStringLiteral("text"), QStringLiteral("ok")}}});
            full.insert(QStringLiteral("stop_reason"), QStringLiteral("end_turn"));
            send(200, "application/json", QJsonDocument(full).toJson(QJsonDocument::Compact));
            return;
        }
        QByteArray sse;
        sse += event("message_start", {{QStringLiteral("type"), QStringLiteral("message_start")},
                                       {QStringLiteral("message"), message}});
        sse += event("content_block_start",
                     {{QStringLiteral("type"), QStringLiteral("content_block_start")},
                      {QStringLiteral("index"), 0},
                      {QStringLiteral("content_block"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), QString()}}}});
        sse += event("content_block_delta",
                     {{QStringLiteral("type"), QStringLiteral("content_block_delta")},
                      {QStringLiteral("index"), 0},
                      {QStringLiteral("delta"), QJsonObject{{QStringLiteral("type"), QStringLiteral("text_delta")},
                                                            {QStringLiteral("text"), QStringLiteral("ok")}}}});
        sse += event("content_block_stop", {{QStringLiteral("type"), QStringLiteral("content_block_stop")},
                                            {QStringLiteral("index"), 0}});
        sse += event("message_delta",
                     {{QStringLiteral("type"), QStringLiteral("message_delta")},
                      {QStringLiteral("delta"), QJsonObject{{QStringLiteral("stop_reason"), QStringLiteral("end_turn")},
                                                            {QStringLiteral("stop_sequence"), QJsonValue()}}},
                      {QStringLiteral("usage"), QJsonObject{{QStringLiteral("output_tokens"), 2}}}});
        sse += event("message_stop", {{QStringLiteral("type"), QStringLiteral("message_stop")}});
        send(200, "text/event-stream", sse);
    }

    QTcpSocket *m_socket;
    QString m_recordDir;
    int *m_counter;
    QByteArray m_buffer;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("port-file"), QStringLiteral("Write the port here."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("record-dir"), QStringLiteral("Save request bodies here."), QStringLiteral("dir")});
    parser.process(app);
    const QString recordDir = parser.value(QStringLiteral("record-dir"));
    QDir().mkpath(recordDir);

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        qCritical("cannot listen: %s", qPrintable(server.errorString()));
        return 1;
    }
    int counter = 0;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            new Connection(socket, recordDir, &counter);
    });
    QSaveFile portFile(parser.value(QStringLiteral("port-file")));
    if (!portFile.open(QIODevice::WriteOnly))
        return 1;
    portFile.write(QByteArray::number(server.serverPort()));
    portFile.commit();
    return app.exec();
}
