#include "cliapp.h"

#include "chat/pricetable.h"
#include "triggers/claudecoderouter.h"
#include "triggers/embeddingrouter.h"
#include "triggers/lexicalindex.h"
#include "triggers/lexicalrouter.h"
#include "triggers/modelrouter.h"
#include "triggers/modelrouterjob.h"
#include "triggers/triggerjob.h"
#include "triggers/triggerlibrary.h"
#include "triggers/triggermetrics.h"
#include "triggers/triggerreport.h"
#include "triggers/triggersuite.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>
#include <optional>

namespace awb::cli {

namespace {

// "0.8", "80%" or "80" (taken as percent when above 1).
std::optional<double> parseFraction(const QString &text)
{
    QString value = text.trimmed();
    const bool percent = value.endsWith(QLatin1Char('%'));
    if (percent)
        value.chop(1);
    bool ok = false;
    double number = value.toDouble(&ok);
    if (!ok || number < 0)
        return std::nullopt;
    if (percent || number > 1)
        number /= 100.0;
    if (number > 1)
        return std::nullopt;
    return number;
}

// Runs a router's job to the end. The CLI has nothing else to do meanwhile, so it waits in a local loop.
TriggerResult runJob(
    const TriggerRouter &router, const TriggerAgents &agents, const TriggerPrompts &prompts, QString *errorString)
{
    std::unique_ptr<TriggerJob> job(router.createJob(agents, prompts));
    QEventLoop loop;
    QObject::connect(job.get(), &TriggerJob::finished, &loop, &QEventLoop::quit);
    job->start();
    loop.exec();
    if (job->error() != TriggerJob::Error::None && job->error() != TriggerJob::Error::Cache) {
        *errorString = job->errorString();
        return {};
    }
    return job->result();
}

// The model router's provider from the options; the key comes from the environment only (a CI secret).
std::optional<ModelRouter::Settings> modelSettings(const QCommandLineParser &parser, Io io)
{
    ModelRouter::Settings s;
    const auto kind = ProviderConfig::kindFromName(parser.value(QStringLiteral("provider")));
    if (!kind) {
        io.err << "awb triggers: unknown provider '" << parser.value(QStringLiteral("provider"))
               << "' (anthropic, openai or ollama)\n";
        return std::nullopt;
    }
    s.provider = ProviderConfig::defaults(*kind);
    if (parser.isSet(QStringLiteral("base-url")))
        s.provider.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    s.model = parser.value(QStringLiteral("model"));
    if (s.model.isEmpty()) {
        io.err << "awb triggers: the model router needs --model\n";
        return std::nullopt;
    }
    bool ok = true;
    s.samples = parser.value(QStringLiteral("samples")).toInt(&ok);
    if (!ok || s.samples < 1 || s.samples > 100) {
        io.err << "awb triggers: --samples takes a number from 1 to 100\n";
        return std::nullopt;
    }
    s.concurrency = parser.value(QStringLiteral("concurrency")).toInt(&ok);
    if (!ok || s.concurrency < 1 || s.concurrency > 64) {
        io.err << "awb triggers: --concurrency takes a number from 1 to 64\n";
        return std::nullopt;
    }
    const QString variable = *kind == ProviderConfig::Kind::Anthropic ? QStringLiteral("ANTHROPIC_API_KEY")
        : *kind == ProviderConfig::Kind::OpenAI                       ? QStringLiteral("OPENAI_API_KEY")
                                                                      : QString();
    if (!variable.isEmpty())
        s.key = { qEnvironmentVariable(qPrintable(variable)).trimmed(), s.provider.keyHost() };
    s.holdOutExamples = !parser.isSet(QStringLiteral("no-hold-out"));
    s.useBatch = parser.isSet(QStringLiteral("batch"));
    if (s.useBatch && *kind != ProviderConfig::Kind::Anthropic) {
        io.err << "awb triggers: --batch needs the anthropic provider\n";
        return std::nullopt;
    }
    PriceTable prices;
    prices.load(PriceTable::defaultPath());
    if (const auto price = prices.find(s.model)) {
        s.inputPerMTok = price->inputPerMTok;
        s.outputPerMTok = price->outputPerMTok;
        s.cacheReadPerMTok = price->cacheReadPerMTok;
        s.cacheWritePerMTok = price->cacheWritePerMTok;
    }
    return s;
}

QList<TriggerReport::Pair> competingPairs(const TriggerAgents &agents)
{
    const LexicalIndex index(agents);
    QList<TriggerReport::Pair> pairs;
    for (const LexicalIndex::CompetingPair &pair : index.competingPairs(0.25, 10, 6)) {
        pairs.append({ agents.at(pair.first).name, agents.at(pair.second).name, pair.similarity, pair.sharedTerms });
    }
    return pairs;
}

} // namespace

int runTriggers(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Which prompts reach which agent. Routes the library's trigger suite (the <example> prompts of every agent "
        "plus the suite stored in PROJECT/.claude/agent-workbench/triggers.json, or --suite) and prints the "
        "result. Exit 0: accuracy at or above --min-accuracy; 1: below it; 2: bad input or a failed run."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("library"),
        QStringLiteral("A project folder (its .claude/agents/ is used) or a folder of agents."));
    parser.addOption({ QStringLiteral("suite"),
        QStringLiteral("Prompts to route: the suite format (.json), a JSON array, CSV with columns "
                       "prompt,expected (.csv) or plain text, one prompt per line."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("router"), QStringLiteral("lexical (default), embedding, model or claude-code."),
        QStringLiteral("router"), QStringLiteral("lexical") });
    parser.addOption({ QStringLiteral("format"), QStringLiteral("text (default), json, csv or html."),
        QStringLiteral("format"), QStringLiteral("text") });
    parser.addOption({ QStringLiteral("output"), QStringLiteral("Write the report to this file instead of stdout."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("min-accuracy"),
        QStringLiteral("Exit 1 when the suite's accuracy is below this (0.9 or 90%)."), QStringLiteral("x") });
    parser.addOption({ QStringLiteral("threshold"),
        QStringLiteral("The \"none\" threshold (0..1) instead of the calibrated one."), QStringLiteral("x") });
    parser.addOption({ QStringLiteral("baseline"),
        QStringLiteral("A JSON report of an earlier run (--format json): also show which prompts changed winner "
                       "since."),
        QStringLiteral("file") });
    parser.addOption({ QStringLiteral("no-examples"), QStringLiteral("Leave the agents' example prompts out.") });
    parser.addOption({ QStringLiteral("base-url"),
        QStringLiteral("Embedding router: the OpenAI-compatible API, up to /v1 "
                       "(default http://localhost:11434/v1). The key is read from AWB_EMBEDDING_API_KEY."),
        QStringLiteral("url") });
    parser.addOption({ QStringLiteral("model"),
        QStringLiteral("Embedding router: the embedding model. Model router: the model to ask. "
                       "Claude Code router: passed as --model."),
        QStringLiteral("name") });
    parser.addOption({ QStringLiteral("provider"),
        QStringLiteral("Model router: anthropic (default; key from ANTHROPIC_API_KEY), openai "
                       "(OPENAI_API_KEY) or ollama; --base-url overrides the address."),
        QStringLiteral("kind"), QStringLiteral("anthropic") });
    parser.addOption({ QStringLiteral("samples"), QStringLiteral("Model and Claude Code routers: runs per prompt."),
        QStringLiteral("n"), QStringLiteral("3") });
    parser.addOption({ QStringLiteral("concurrency"),
        QStringLiteral("Model router: requests at once (Claude Code router: processes at once)."), QStringLiteral("n"),
        QStringLiteral("4") });
    parser.addOption({ QStringLiteral("no-hold-out"),
        QStringLiteral("Model router: show every prompt the whole listing, examples included (one cached listing for "
                       "the run instead of one per example prompt; cheaper, but an example can find itself).") });
    parser.addOption({ QStringLiteral("batch"),
        QStringLiteral("Model router, Anthropic: send the run as one Message Batch (half the price; results can "
                       "take minutes to hours; this command waits and polls).") });
    parser.addOption({ QStringLiteral("estimate"),
        QStringLiteral("Model router: print what the run would send and cost, then stop.") });
    parser.addOption({ QStringLiteral("max-cost"),
        QStringLiteral("Model router: do not run when the estimate is above this many USD."), QStringLiteral("usd") });
    if (!parser.parse(QStringList { QStringLiteral("awb triggers") } + args)) {
        io.err << "awb triggers: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "awb triggers: give one library folder (see awb triggers --help)\n";
        return Errors;
    }
    const QString folder = parser.positionalArguments().first();
    const QString format = parser.value(QStringLiteral("format"));
    if (!QStringList { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("html") }
             .contains(format)) {
        io.err << "awb triggers: unknown format '" << format << "' (text, json, csv or html)\n";
        return Errors;
    }
    std::optional<double> minAccuracy;
    if (parser.isSet(QStringLiteral("min-accuracy"))) {
        minAccuracy = parseFraction(parser.value(QStringLiteral("min-accuracy")));
        if (!minAccuracy) {
            io.err << "awb triggers: --min-accuracy takes a fraction (0.9) or a percentage (90%)\n";
            return Errors;
        }
    }
    std::optional<double> threshold;
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double value = parser.value(QStringLiteral("threshold")).toDouble(&ok);
        if (!ok || value < 0 || value > 1) {
            io.err << "awb triggers: --threshold takes a number from 0 to 1\n";
            return Errors;
        }
        threshold = value;
    }

    if (!QFileInfo(folder).isDir()) {
        io.err << "awb triggers: " << folder << ": no such folder\n";
        return Errors;
    }
    const TriggerLibrary::Loaded library = TriggerLibrary::load(folder);
    for (const QString &error : library.errors)
        io.err << "awb triggers: " << error << '\n';
    if (library.agents.isEmpty()) {
        io.err << "awb triggers: no agents to route to in " << folder << '\n';
        return Errors;
    }

    TriggerSuite suite;
    QString error;
    if (parser.isSet(QStringLiteral("suite"))) {
        const QString path = parser.value(QStringLiteral("suite"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "awb triggers: cannot read " << path << ": " << file.errorString() << '\n';
            return Errors;
        }
        const QByteArray bytes = file.readAll();
        // A whole suite file keeps its own settings; anything else is a list of prompts.
        if (!TriggerSuite::fromJson(bytes, &suite, &error)) {
            TriggerPrompts prompts;
            if (!TriggerSuite::importFile(path, &prompts, &error)) {
                io.err << "awb triggers: " << error << '\n';
                return Errors;
            }
            suite = TriggerSuite();
            suite.setPrompts(prompts);
        }
    } else if (!TriggerSuite::load(TriggerLibrary::suitePath(folder), &suite, &error)) {
        io.err << "awb triggers: " << error << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("no-examples")))
        suite.setIncludeExamples(false);
    const TriggerPrompts prompts = suite.allPrompts(library.agents);
    if (prompts.isEmpty()) {
        io.err << "awb triggers: no prompts: the agents have no <example> blocks and there is no suite (give one "
                  "with --suite)\n";
        return Errors;
    }

    const QString routerName = parser.value(QStringLiteral("router"));
    TriggerResult result;
    if (routerName == QLatin1String("lexical")) {
        LexicalRouter router;
        router.setThreshold(threshold);
        result = router.run(library.agents, prompts);
    } else if (routerName == QLatin1String("embedding")) {
        EmbeddingRouter::Settings settings;
        if (parser.isSet(QStringLiteral("base-url")))
            settings.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
        if (parser.isSet(QStringLiteral("model")))
            settings.model = parser.value(QStringLiteral("model"));
        settings.apiKey = qEnvironmentVariable("AWB_EMBEDDING_API_KEY");
        if (threshold)
            settings.threshold = *threshold;
        if (!settings.baseUrl.isValid() || settings.baseUrl.scheme().isEmpty()) {
            io.err << "awb triggers: --base-url is not a URL\n";
            return Errors;
        }
        result = runJob(EmbeddingRouter(settings), library.agents, prompts, &error);
        if (!error.isEmpty()) {
            io.err << "awb triggers: the embedding run failed: " << error << '\n';
            return Errors;
        }
    } else if (routerName == QLatin1String("model")) {
        const std::optional<ModelRouter::Settings> settings = modelSettings(parser, io);
        if (!settings)
            return Errors;
        const ModelRouter router(*settings);
        const ModelRouter::Estimate estimate = router.estimate(library.agents, prompts);
        io.err << "awb triggers: " << router.label() << '\n'
               << "awb triggers: estimate: " << estimate.summary() << '\n';
        io.err.flush();
        if (parser.isSet(QStringLiteral("estimate")))
            return Success;
        if (parser.isSet(QStringLiteral("max-cost"))) {
            bool ok = false;
            const double maxCost = parser.value(QStringLiteral("max-cost")).toDouble(&ok);
            if (!ok || maxCost < 0) {
                io.err << "awb triggers: --max-cost takes an amount in USD\n";
                return Errors;
            }
            if (estimate.costUsd < 0 || estimate.costUsd > maxCost) {
                io.err << "awb triggers: not run: the estimate "
                       << (estimate.costUsd < 0 ? QStringLiteral("is unknown (no price for this model)")
                                                : QStringLiteral("is above --max-cost"))
                       << '\n';
                return Errors;
            }
        }
        std::unique_ptr<TriggerJob> job(router.createJob(library.agents, prompts));
        auto *modelJob = static_cast<ModelRouterJob *>(job.get());
        QEventLoop loop;
        QObject::connect(job.get(), &TriggerJob::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        const Usage usage = modelJob->usage();
        io.err << "awb triggers: " << modelJob->requestsMade() << " requests, " << modelJob->cachedSamples()
               << " samples from the cache; tokens: " << usage.inputTokens << " uncached input, "
               << usage.cacheCreationInputTokens << " cache writes, " << usage.cacheReadInputTokens << " cache reads, "
               << usage.outputTokens << " output";
        if (modelJob->costUsd() >= 0)
            io.err << "; about $" << QString::number(modelJob->costUsd(), 'f', 4);
        if (modelJob->invalidSamples() > 0)
            io.err << "; " << modelJob->invalidSamples() << " answers were no decision";
        io.err << '\n';
        if (job->error() != TriggerJob::Error::None) {
            io.err << "awb triggers: the model run failed: " << job->errorString()
                   << " (answers so far are cached; run again to resume)\n";
            return Errors;
        }
        result = job->result();
    } else if (routerName == QLatin1String("claude-code")) {
        ClaudeCodeRouter::Settings settings;
        settings.model = parser.value(QStringLiteral("model"));
        bool ok = true;
        settings.samples
            = parser.isSet(QStringLiteral("samples")) ? parser.value(QStringLiteral("samples")).toInt(&ok) : 1;
        if (!ok || settings.samples < 1) {
            io.err << "awb triggers: --samples takes a positive number\n";
            return Errors;
        }
        settings.concurrency
            = parser.isSet(QStringLiteral("concurrency")) ? parser.value(QStringLiteral("concurrency")).toInt(&ok) : 2;
        if (!ok || settings.concurrency < 1) {
            io.err << "awb triggers: --concurrency takes a positive number\n";
            return Errors;
        }
        const ClaudeCodeRouter router(settings);
        if (router.findExecutable().isEmpty()) {
            io.err << "awb triggers: the claude-code router needs the claude CLI in PATH\n";
            return Errors;
        }
        io.err << "awb triggers: " << router.label() << ": " << prompts.size() * settings.samples
               << " Claude Code runs (each a real, billed turn)\n";
        io.err.flush();
        result = runJob(router, library.agents, prompts, &error);
        if (!error.isEmpty()) {
            io.err << "awb triggers: the Claude Code run failed: " << error << '\n';
            return Errors;
        }
    } else {
        io.err << "awb triggers: unknown router '" << routerName << "' (lexical, embedding, model or claude-code)\n";
        return Errors;
    }

    TriggerReport report;
    report.library = folder;
    report.result = result;
    report.metrics = TriggerMetrics(result);
    report.libraryWeight = TriggerMetrics::libraryWeight(library.agents);
    report.competingPairs = competingPairs(library.agents);
    if (parser.isSet(QStringLiteral("baseline"))) {
        const QString path = parser.value(QStringLiteral("baseline"));
        QFile file(path);
        TriggerResult baseline;
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << "awb triggers: cannot read " << path << ": " << file.errorString() << '\n';
            return Errors;
        }
        if (!TriggerReport::resultFromJson(file.readAll(), &baseline, &error)) {
            io.err << "awb triggers: " << path << ": " << error << '\n';
            return Errors;
        }
        report.diff = TriggerDiff::between(baseline, result);
        report.baselineName = path;
    }
    QByteArray output;
    if (format == QLatin1String("json"))
        output = report.toJson();
    else if (format == QLatin1String("csv"))
        output = report.toCsv();
    else if (format == QLatin1String("html"))
        output = report.toHtml();
    else
        output = report.toText().toUtf8();

    if (parser.isSet(QStringLiteral("output"))) {
        const QString path = parser.value(QStringLiteral("output"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size() || !file.commit()) {
            io.err << "awb triggers: cannot write " << path << ": " << file.errorString() << '\n';
            return Errors;
        }
    } else {
        io.out << QString::fromUtf8(output);
    }
    if (minAccuracy && report.metrics.accuracy() + 1e-9 < *minAccuracy) {
        io.err << "awb triggers: accuracy " << QString::number(report.metrics.accuracy() * 100, 'f', 1)
               << "% is below the minimum " << QString::number(*minAccuracy * 100, 'f', 1) << "%\n";
        return Warnings;
    }
    return Success;
}

} // namespace awb::cli
