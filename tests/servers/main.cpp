// awb-provider-test-server SCENARIO.json
// Serves the scenario (format: providertestserver.h) on 127.0.0.1, prints "PORT <n>" and one
// line per request received, and quits when stdin closes.
#include "providertestserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: awb-provider-test-server SCENARIO.json\n");
        return 2;
    }
    QFile file(QString::fromLocal8Bit(argv[1]));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(file.errorString()));
        return 2;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    awb::test::ProviderTestServer server;
    QString error;
    if (!doc.isObject() || !server.loadScenario(doc.object(), QFileInfo(file).absolutePath(), &error)) {
        std::fprintf(stderr, "%s: %s\n", argv[1], qPrintable(doc.isObject() ? error : parseError.errorString()));
        return 2;
    }
    if (!server.listen()) {
        std::fprintf(stderr, "cannot listen on 127.0.0.1\n");
        return 1;
    }
    QObject::connect(&server, &awb::test::ProviderTestServer::requestReceived, &server, [&server](int index) {
        const auto request = server.requests().at(index);
        std::printf("REQUEST %s %s %lld\n", request.method.constData(), request.path.constData(),
            static_cast<long long>(request.body.size()));
        std::fflush(stdout);
    });
    std::printf("PORT %u\n", server.port());
    std::fflush(stdout);
    QSocketNotifier stdinClosed(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&stdinClosed, &QSocketNotifier::activated, &app, [&app] {
        char buffer[256];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            app.quit();
    });
    return app.exec();
}
