#include "cliapp.h"

#include <QCoreApplication>

namespace awb::cli {

namespace {

QString usage()
{
    return QStringLiteral(
        "Usage: awb COMMAND [OPTIONS] ...\n"
        "\n"
        "Agent Workbench on the command line: check, inspect and format agent definition files\n"
        "(.claude/agents/*.md) exactly as Claude Code reads them.\n"
        "\n"
        "Commands:\n"
        "  lint PATH...        Check files or folders (recursively). Exit 0 clean, 1 warnings with\n"
        "                      --strict, 2 errors. Options: --format text|json, --strict\n"
        "  show FILE           What Claude Code makes of one file. Options: --format text|json\n"
        "  fmt FILE...         Rewrite files into a strict, portable form. Options: --check, --stdout\n"
        "  export PATH --to FORMAT[,FORMAT] --out DIR|FILE.zip\n"
        "                      Write agents for other tools (claude, claude-strict, agents-json, sdk-ts,\n"
        "                      sdk-python, opencode, copilot, gemini, codex, cursor), with a report\n"
        "  import PATH --from FORMAT --out DIR\n"
        "                      Read another tool's agents (a file, a folder or a .zip) back into Claude\n"
        "                      Code files, with a report\n"
        "  triggers LIBRARY    Which prompts reach which agent (the <example> prompts and the suite).\n"
        "                      Exit 1 below --min-accuracy. Options: --suite FILE, --router\n"
        "                      lexical|embedding|model|claude-code, --format text|json|csv|html\n"
        "  chat AGENT.md \"MESSAGE\" [--provider anthropic|openai|ollama] [--model M] [--base-url U]\n"
        "                      Send a message with the agent's body as the system prompt: the reply\n"
        "                      streams to stdout, the rest to stderr. Exit 0 only for a complete reply\n"
        "\n"
        "  awb COMMAND --help  Help for one command.\n"
        "  awb --version       Print the version.\n");
}

} // namespace

int run(const QStringList &arguments, Io io)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        (args.isEmpty() ? io.err : io.out) << usage();
        return args.isEmpty() ? Errors : Success;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        io.out << "awb " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    const QString command = args.first();
    const QStringList rest = args.mid(1);
    if (command == QLatin1String("lint"))
        return runLint(rest, io);
    if (command == QLatin1String("show"))
        return runShow(rest, io);
    if (command == QLatin1String("fmt"))
        return runFmt(rest, io);
    if (command == QLatin1String("export"))
        return runExport(rest, io);
    if (command == QLatin1String("import"))
        return runImport(rest, io);
    if (command == QLatin1String("chat"))
        return runChat(rest, io);
    if (command == QLatin1String("triggers"))
        return runTriggers(rest, io);
    io.err << "awb: unknown command '" << command << "'\n\n" << usage();
    return Errors;
}

} // namespace awb::cli
