#include "cliapp.h"

#include "agent/agentdocument.h"
#include "agent/agentlinter.h"
#include "agent/modelaliases.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb::cli {

namespace {

QJsonValue toolsJson(const ToolList &list)
{
    if (list.all)
        return QJsonValue(QJsonValue::Null);
    return QJsonArray::fromStringList(list.entries);
}

QString readModeName(AgentDocument::ReadMode mode)
{
    switch (mode) {
    case AgentDocument::ReadMode::NoFrontmatter:
        return QStringLiteral("no-frontmatter");
    case AgentDocument::ReadMode::Strict:
        return QStringLiteral("strict");
    case AgentDocument::ReadMode::Lenient:
        return QStringLiteral("lenient");
    case AgentDocument::ReadMode::Unparseable:
        return QStringLiteral("unparseable");
    }
    return {};
}

QJsonObject showJson(const AgentDocument &doc, const Diagnostics &diagnostics)
{
    QJsonArray examples;
    for (const AgentExample &example : doc.examples()) {
        QJsonArray turns;
        for (const auto &turn : example.turns) {
            turns.append(QJsonObject{
                {QStringLiteral("role"), turn.role == AgentExample::Turn::Role::User ? QStringLiteral("user")
                                                                                      : QStringLiteral("assistant")},
                {QStringLiteral("text"), turn.text}});
        }
        examples.append(QJsonObject{{QStringLiteral("context"), example.context},
                                    {QStringLiteral("user"), example.user()},
                                    {QStringLiteral("assistant"), example.assistant()},
                                    {QStringLiteral("commentary"), example.commentary},
                                    {QStringLiteral("turns"), turns}});
    }
    QJsonArray diags;
    for (const Diagnostic &d : diagnostics)
        diags.append(d.toJson());
    const QString model = doc.model();
    QJsonObject object{
        {QStringLiteral("path"), doc.path()},
        {QStringLiteral("loads"), doc.loads()},
        {QStringLiteral("skipReason"), doc.loads() ? QJsonValue(QJsonValue::Null) : QJsonValue(doc.skipMessage())},
        {QStringLiteral("skipCode"),
         doc.loads() ? QJsonValue(QJsonValue::Null) : QJsonValue(AgentDocument::skipReasonCode(doc.skipReason()))},
        {QStringLiteral("readMode"), readModeName(doc.readMode())},
        {QStringLiteral("name"), doc.field(QStringLiteral("name")) ? doc.field(QStringLiteral("name"))->toJson()
                                                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("description"), doc.description()},
        {QStringLiteral("descriptionTokens"), AgentLinter::estimateTokens(doc.description())},
        {QStringLiteral("tools"), toolsJson(doc.tools())},
        {QStringLiteral("disallowedTools"),
         doc.disallowedTools().present ? toolsJson(doc.disallowedTools()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("toolsShown"), doc.toolsShown()},
        {QStringLiteral("model"), model.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(model)},
        {QStringLiteral("resolvedModel"), ModelAliases::defaults().resolve(model)},
        {QStringLiteral("color"), doc.color().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(doc.color())},
        {QStringLiteral("listingLine"), doc.loads() ? QJsonValue(doc.listingLine()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("examples"), examples},
        {QStringLiteral("body"), doc.body()},
        {QStringLiteral("frontmatter"), doc.frontmatter().isMapping() ? doc.frontmatter().toJson() : QJsonValue()},
        {QStringLiteral("diagnostics"), diags},
    };
    return object;
}

} // namespace

int runShow(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show what Claude Code makes of one agent file."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("format"), QStringLiteral("Output format: text or json."),
                      QStringLiteral("format"), QStringLiteral("text")});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("An agent file."), QStringLiteral("FILE"));
    if (!parser.parse(QStringList{QStringLiteral("awb show")} + args)) {
        io.err << "awb show: " << parser.errorText() << '\n';
        return Errors;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return Success;
    }
    if (parser.positionalArguments().size() != 1) {
        io.err << "awb show: give exactly one file\n";
        return Errors;
    }
    const AgentDocument doc = AgentDocument::fromFile(parser.positionalArguments().first());
    if (!doc.ioError().isEmpty()) {
        io.err << "awb show: " << doc.ioError() << '\n';
        return Errors;
    }
    const Diagnostics diagnostics = AgentLinter::check(doc);
    if (parser.value(QStringLiteral("format")) == QLatin1String("json")) {
        io.out << QString::fromUtf8(QJsonDocument(showJson(doc, diagnostics)).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (doc.loads()) {
        io.out << "Loads in Claude Code (" << readModeName(doc.readMode()) << " YAML)\n";
        io.out << doc.listingLine() << '\n';
        io.out << "Model: " << (doc.model().isEmpty() ? QStringLiteral("inherit") : doc.model()) << " -> "
               << ModelAliases::defaults().resolve(doc.model()) << '\n';
        io.out << "Examples: " << doc.examples().size() << ", description about "
               << AgentLinter::estimateTokens(doc.description()) << " tokens\n";
    } else {
        io.out << "Skipped by Claude Code: " << doc.skipMessage() << '\n';
    }
    for (const Diagnostic &d : diagnostics)
        io.out << d.toText(doc.path()) << '\n';
    return Success;
}

} // namespace awb::cli
