// A Chat pane that streams a reply and keeps its conversation autosaved, until it is killed.
//   awb_chat_stream_helper PORT AUTOSAVE_FILE PROVIDERS_FILE
// It talks to the provider test server on 127.0.0.1:PORT (an Anthropic-style provider), sends one
// message, prints "sent" and streams the reply the server drips; the test kills it with SIGKILL.
#include "chatpane.h"
#include "chatproviders.h"

#include "providers/providerconfig.h"

#include <QApplication>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc != 4)
        return 2;
    const int port = QString::fromLocal8Bit(argv[1]).toInt();
    const QString autosave = QString::fromLocal8Bit(argv[2]);

    awb::ChatProviders providers(QString::fromLocal8Bit(argv[3]), QStringLiteral("agent-workbench-tests"));
    awb::ProviderConfig config = awb::ProviderConfig::anthropic();
    config.id = QStringLiteral("local");
    config.displayName = QStringLiteral("Test server");
    config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    config.timeouts = { 60000, 60000, 60000 };
    config.detected = true;
    providers.addDetected(config);

    awb::ChatPane pane(&providers);
    pane.setAutosavePath(autosave);
    awb::ChatAgent agent;
    agent.key = agent.path = QStringLiteral("/agents/talker.md");
    agent.name = QStringLiteral("talker");
    agent.editedBody = QStringLiteral("You talk at length.");
    pane.setAgent(agent);
    pane.setPrimaryChoice({ QStringLiteral("local"), QStringLiteral("claude-test-1") });
    pane.resize(480, 600);
    pane.show();
    pane.send(QStringLiteral("Tell me everything"));
    std::fputs("sent\n", stdout);
    std::fflush(stdout);
    return QApplication::exec();
}
