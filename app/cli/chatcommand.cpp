#include "cliapp.h"

#include "agent/agentdocument.h"
#include "agent/modelaliases.h"
#include "providers/chatprovider.h"
#include "providers/secretstore.h"

#include <QCommandLineParser>
#include <QEventLoop>

#include <cmath>

namespace awb::cli {

namespace {

struct ChatOptions
{
    ProviderConfig config;
    QString model;
    QString system;
    QString message;
    int maxTokens = 4096;
    int thinkingBudget = 0;
    std::optional<double> temperature;
};

QString envKeyName(ProviderConfig::Kind kind)
{
    switch (kind) {
    case ProviderConfig::Kind::Anthropic:
        return QStringLiteral("ANTHROPIC_API_KEY");
    case ProviderConfig::Kind::OpenAI:
        return QStringLiteral("OPENAI_API_KEY");
    case ProviderConfig::Kind::Ollama:
        break;
    }
    return {};
}

/// The key from the environment (bound to the configured host for this run), else the
/// keychain; empty when there is none (the provider then says what is missing).
ApiKey findKey(const ProviderConfig &config, Io io)
{
    if (!config.usesApiKey())
        return {};
    const QString variable = envKeyName(config.kind);
    const QString fromEnv = qEnvironmentVariable(qPrintable(variable)).trimmed();
    if (!fromEnv.isEmpty())
        return { fromEnv, config.keyHost() };
    SecretStore store;
    SecretJob *job = store.read(config.id);
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &SecretJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    ApiKey key;
    switch (job->error()) {
    case SecretJob::Error::NoError:
        key = job->key();
        if (key.host != config.keyHost()) {
            io.err << "awb chat: the saved key belongs to " << key.host << ", not " << config.keyHost() << "; set "
                   << variable << " to use a key with this host\n";
            key = ApiKey();
        }
        break;
    case SecretJob::Error::NotFound:
        break;
    default:
        io.err << "awb chat: " << job->errorString() << " Set " << variable << " instead.\n";
        break;
    }
    delete job;
    return key;
}

QString usageLine(const ChatJob &job)
{
    const Usage usage = job.usage();
    QString line = QStringLiteral("[usage] input %1").arg(usage.inputTokens);
    if (usage.cacheReadInputTokens || usage.cacheCreationInputTokens)
        line += QStringLiteral(" (+%1 cache read, +%2 cache write)")
                    .arg(usage.cacheReadInputTokens)
                    .arg(usage.cacheCreationInputTokens);
    line += QStringLiteral(", output %1").arg(usage.outputTokens);
    if (!job.stopReason().isEmpty())
        line += QStringLiteral("; stop %1").arg(job.stopReason());
    if (!job.model().isEmpty())
        line += QStringLiteral("; model %1").arg(job.model());
    if (job.timeToFirstTokenMs() >= 0)
        line += QStringLiteral("; first token %1 ms").arg(job.timeToFirstTokenMs());
    line += QStringLiteral("; total %1 ms").arg(job.elapsedMs());
    if (!job.requestId().isEmpty())
        line += QStringLiteral("; request %1").arg(job.requestId());
    return line;
}

int stream(const ChatOptions &options, const ApiKey &key, Io io)
{
    ChatProvider provider(options.config);
    provider.setApiKey(key);
    ChatRequest request;
    request.model = options.model;
    request.system = options.system;
    request.messages = { ChatMessage::user(options.message) };
    request.maxTokens = options.maxTokens;
    request.temperature = options.temperature;
    request.thinkingBudget = options.thinkingBudget;

    ChatJob *job = provider.stream(request);
    bool lastWasNewline = true;
    QObject::connect(job, &ChatJob::textDelta, job, [&](const QString &text) {
        io.out << text;
        io.out.flush();
        lastWasNewline = text.endsWith(QLatin1Char('\n'));
    });
    QObject::connect(job, &ChatJob::thinkingDelta, job, [&](const QString &text) {
        io.err << text;
        io.err.flush();
    });
    QObject::connect(job, &ChatJob::contentBlockFinished, job, [&](int index) {
        if (job->message().content.at(index).type == ContentBlock::Type::Thinking) {
            io.err << "\n[end of thinking]\n";
            io.err.flush();
        }
    });
    QObject::connect(job, &ChatJob::toolUseStarted, job, [&](int, const QString &, const QString &name) {
        io.err << "[tool call " << name << "]\n";
        io.err.flush();
    });
    QObject::connect(
        job, &ChatJob::retrying, job, [&](int attempt, int seconds, ProviderError reason, const QString &message) {
            io.err << "[retry] " << message << " Attempt " << attempt << " in " << seconds << " s ("
                   << providerErrorName(reason) << ")\n";
            io.err.flush();
        });
    QEventLoop loop;
    QObject::connect(job, &ProviderJob::finished, &loop, &QEventLoop::quit);
    loop.exec();

    if (!lastWasNewline)
        io.out << '\n';
    io.out.flush();
    io.err << usageLine(*job) << '\n';
    if (job->error() != ProviderError::NoError) {
        io.err << "awb chat: " << job->errorString() << " [" << providerErrorName(job->error()) << "]\n";
        if (job->isInterrupted())
            io.err << "awb chat: the reply above is incomplete\n";
        return Errors;
    }
    if (job->stopReason() == QLatin1String("max_tokens")) {
        io.err << "awb chat: the reply was cut at --max-tokens " << options.maxTokens << '\n';
        return Warnings;
    }
    if (job->stopReason() == QLatin1String("refusal")) {
        io.err << "awb chat: the model refused\n";
        return Warnings;
    }
    return Success;
}

} // namespace

int runChat(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Send one message to a model with the agent's body as the system prompt. The reply streams "
                       "to stdout; thinking, usage, retries and errors go to stderr. Exit 0 for a complete reply, "
                       "1 when it was cut (max tokens, refusal), 2 on errors. The key comes from ANTHROPIC_API_KEY "
                       "or OPENAI_API_KEY when set, else from the keychain."));
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("provider"), QStringLiteral("anthropic, openai or ollama (default anthropic)."),
        QStringLiteral("name"), QStringLiteral("anthropic") });
    parser.addOption({ QStringLiteral("model"),
        QStringLiteral("Model id or alias (default: the agent's model, aliases resolved)."), QStringLiteral("id") });
    parser.addOption({ QStringLiteral("base-url"),
        QStringLiteral("As the official SDKs take it: https://api.anthropic.com, "
                       "https://api.openai.com/v1, http://127.0.0.1:11434."),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("max-tokens"), QStringLiteral("Longest reply (default 4096)."),
        QStringLiteral("n"), QStringLiteral("4096") });
    parser.addOption({ QStringLiteral("thinking"), QStringLiteral("Extended thinking budget in tokens (default off)."),
        QStringLiteral("n"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("temperature"), QStringLiteral("Sampling temperature."), QStringLiteral("t") });
    parser.addOption({ QStringLiteral("allow-insecure-host"),
        QStringLiteral("Allow plain http to this non-loopback host."), QStringLiteral("host") });
    parser.addPositionalArgument(
        QStringLiteral("agent"), QStringLiteral("The agent file."), QStringLiteral("AGENT.md"));
    parser.addPositionalArgument(
        QStringLiteral("message"), QStringLiteral("The user's message."), QStringLiteral("\"MESSAGE\""));
    if (!parser.parse(QStringList { QStringLiteral("awb chat") } + args)) {
        io.err << "awb chat: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        io.err << "awb chat: give the agent file and one message: awb chat AGENT.md \"message\"\n";
        return Errors;
    }

    ChatOptions options;
    const auto kind = ProviderConfig::kindFromName(parser.value(QStringLiteral("provider")));
    if (!kind) {
        io.err << "awb chat: unknown provider '" << parser.value(QStringLiteral("provider"))
               << "' (anthropic, openai or ollama)\n";
        return Errors;
    }
    options.config = ProviderConfig::defaults(*kind);
    if (parser.isSet(QStringLiteral("base-url"))) {
        const QUrl url(parser.value(QStringLiteral("base-url")), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            io.err << "awb chat: --base-url '" << parser.value(QStringLiteral("base-url"))
                   << "' is not an http(s) URL\n";
            return Errors;
        }
        options.config.baseUrl = url;
    }
    options.config.allowedInsecureHosts = parser.values(QStringLiteral("allow-insecure-host"));
    bool ok = false;
    options.maxTokens = parser.value(QStringLiteral("max-tokens")).toInt(&ok);
    if (!ok || options.maxTokens <= 0) {
        io.err << "awb chat: --max-tokens needs a positive number\n";
        return Errors;
    }
    options.thinkingBudget = parser.value(QStringLiteral("thinking")).toInt(&ok);
    if (!ok || options.thinkingBudget < 0) {
        io.err << "awb chat: --thinking needs a number of tokens\n";
        return Errors;
    }
    if (parser.isSet(QStringLiteral("temperature"))) {
        const double t = parser.value(QStringLiteral("temperature")).toDouble(&ok);
        if (!ok || !std::isfinite(t) || t < 0) {
            io.err << "awb chat: --temperature needs a number of 0 or more\n";
            return Errors;
        }
        options.temperature = t;
    }

    const AgentDocument doc = AgentDocument::fromFile(positional.at(0));
    if (!doc.ioError().isEmpty()) {
        io.err << "awb chat: " << doc.ioError() << '\n';
        return Errors;
    }
    if (!doc.loads())
        io.err << "awb chat: note: Claude Code would skip this file (" << doc.skipMessage()
               << "); using its body anyway\n";
    options.system = doc.body();
    options.message = positional.at(1);
    if (options.message.trimmed().isEmpty()) {
        io.err << "awb chat: the message is empty\n";
        return Errors;
    }

    const QString wanted = parser.isSet(QStringLiteral("model")) ? parser.value(QStringLiteral("model")) : doc.model();
    const ModelAliases &aliases = ModelAliases::defaults();
    if (*kind == ProviderConfig::Kind::Anthropic) {
        options.model = aliases.resolve(wanted);
    } else if (wanted.isEmpty() || aliases.isAlias(wanted)) {
        io.err << "awb chat: give --model for " << ProviderConfig::kindName(*kind) << " (the agent's model '"
               << (wanted.isEmpty() ? QStringLiteral("inherit") : wanted) << "' is a Claude alias)\n";
        return Errors;
    } else {
        options.model = wanted.trimmed();
    }

    const ApiKey key = findKey(options.config, io);
    return stream(options, key, io);
}

} // namespace awb::cli
