#include "transcript.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace awb {

const QString Transcript::Format = QStringLiteral("agent-workbench-transcript");

namespace {

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

void putString(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}

void putNumber(QJsonObject &object, const char *key, double value)
{
    if (value >= 0)
        object.insert(QLatin1String(key), value);
}

void putInteger(QJsonObject &object, const char *key, qint64 value)
{
    if (value >= 0)
        object.insert(QLatin1String(key), value);
}

QJsonObject messageToJson(const ChatTurn &message)
{
    QJsonObject object { { QStringLiteral("role"), ChatTurn::roleName(message.role) },
        { QStringLiteral("text"), message.text } };
    putString(object, "thinking", message.thinking);
    if (!message.toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &call : message.toolCalls)
            calls.append(QJsonObject { { QStringLiteral("id"), call.id }, { QStringLiteral("name"), call.name },
                { QStringLiteral("input"), call.inputJson } });
        object.insert(QStringLiteral("toolCalls"), calls);
    }
    putString(object, "timestamp", isoTime(message.timestamp));
    if (message.isUser())
        return object;
    putString(object, "provider", message.provider);
    putString(object, "model", message.model);
    if (!message.usage.isEmpty()) {
        object.insert(QStringLiteral("usage"),
            QJsonObject { { QStringLiteral("inputTokens"), message.usage.inputTokens },
                { QStringLiteral("outputTokens"), message.usage.outputTokens },
                { QStringLiteral("cacheReadInputTokens"), message.usage.cacheReadInputTokens },
                { QStringLiteral("cacheCreationInputTokens"), message.usage.cacheCreationInputTokens } });
    }
    putNumber(object, "costUsd", message.costUsd);
    putInteger(object, "timeToFirstTokenMs", message.timeToFirstTokenMs);
    putInteger(object, "durationMs", message.durationMs);
    putNumber(object, "tokensPerSecond", message.tokensPerSecond);
    putString(object, "stopReason", message.stopReason);
    putString(object, "requestId", message.requestId);
    if (message.interrupted) {
        object.insert(QStringLiteral("interrupted"), true);
        putString(object, "interruptionReason", message.interruptionReason);
    }
    return object;
}

bool messageFromJson(const QJsonObject &object, ChatTurn *message, QString *error)
{
    if (!ChatTurn::roleFromName(object.value(QLatin1String("role")).toString(), &message->role)) {
        *error = QStringLiteral("has no role \"user\" or \"assistant\"");
        return false;
    }
    const QJsonValue text = object.value(QLatin1String("text"));
    if (!text.isString() && !text.isUndefined()) {
        *error = QStringLiteral("has a \"text\" that is not a string");
        return false;
    }
    message->text = text.toString();
    message->thinking = object.value(QLatin1String("thinking")).toString();
    const QJsonArray calls = object.value(QLatin1String("toolCalls")).toArray();
    for (const QJsonValue &value : calls) {
        const QJsonObject call = value.toObject();
        message->toolCalls.append({ call.value(QLatin1String("id")).toString(),
            call.value(QLatin1String("name")).toString(), call.value(QLatin1String("input")).toString() });
    }
    message->timestamp = QDateTime::fromString(object.value(QLatin1String("timestamp")).toString(), Qt::ISODateWithMs);
    message->provider = object.value(QLatin1String("provider")).toString();
    message->model = object.value(QLatin1String("model")).toString();
    const QJsonObject usage = object.value(QLatin1String("usage")).toObject();
    message->usage.inputTokens = usage.value(QLatin1String("inputTokens")).toInteger();
    message->usage.outputTokens = usage.value(QLatin1String("outputTokens")).toInteger();
    message->usage.cacheReadInputTokens = usage.value(QLatin1String("cacheReadInputTokens")).toInteger();
    message->usage.cacheCreationInputTokens = usage.value(QLatin1String("cacheCreationInputTokens")).toInteger();
    message->costUsd = object.value(QLatin1String("costUsd")).toDouble(-1);
    message->timeToFirstTokenMs = object.value(QLatin1String("timeToFirstTokenMs")).toInteger(-1);
    message->durationMs = object.value(QLatin1String("durationMs")).toInteger(-1);
    message->tokensPerSecond = object.value(QLatin1String("tokensPerSecond")).toDouble(-1);
    message->stopReason = object.value(QLatin1String("stopReason")).toString();
    message->requestId = object.value(QLatin1String("requestId")).toString();
    message->interrupted = object.value(QLatin1String("interrupted")).toBool();
    message->interruptionReason = object.value(QLatin1String("interruptionReason")).toString();
    return true;
}

// A fence longer than any run of backticks in the text, so the text cannot close it.
QString fenceFor(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max(3, longest + 1), QLatin1Char('`'));
}

QString fenced(const QString &text, const QString &info = {})
{
    const QString fence = fenceFor(text);
    return fence + info + QLatin1Char('\n') + text
        + (text.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence + QLatin1Char('\n');
}

QString number(qint64 value)
{
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(value);
}

} // namespace

QByteArray Transcript::toJson(const Conversation &conversation)
{
    QJsonArray messages;
    for (const ChatTurn &message : conversation.messages())
        messages.append(messageToJson(message));
    QJsonObject root { { QStringLiteral("format"), Format }, { QStringLiteral("version"), Version } };
    QJsonObject agent;
    putString(agent, "name", conversation.agentName());
    putString(agent, "path", conversation.agentPath());
    if (!agent.isEmpty())
        root.insert(QStringLiteral("agent"), agent);
    putString(root, "created", isoTime(conversation.created()));
    root.insert(QStringLiteral("systemPrompt"), conversation.systemPrompt());
    root.insert(QStringLiteral("messages"), messages);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Transcript::fromJson(const QByteArray &json, Conversation *conversation, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return fail(QStringLiteral("not a transcript: the file holds no JSON object"));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != Format)
        return fail(QStringLiteral("not a transcript (expected \"format\": \"%1\")").arg(Format));
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version < 1)
        return fail(QStringLiteral("the transcript has no valid \"version\""));
    if (version > Version)
        return fail(QStringLiteral("the transcript was written by a newer version (format version %1; this build "
                                   "reads up to %2)")
                        .arg(version)
                        .arg(Version));
    Conversation result;
    const QJsonObject agent = root.value(QLatin1String("agent")).toObject();
    result.setAgentName(agent.value(QLatin1String("name")).toString());
    result.setAgentPath(agent.value(QLatin1String("path")).toString());
    result.setCreated(QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODateWithMs));
    result.setSystemPrompt(root.value(QLatin1String("systemPrompt")).toString());
    const QJsonValue messages = root.value(QLatin1String("messages"));
    if (!messages.isArray() && !messages.isUndefined())
        return fail(QStringLiteral("\"messages\" is not a list"));
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        ChatTurn message;
        QString why;
        if (!list.at(i).isObject() || !messageFromJson(list.at(i).toObject(), &message, &why))
            return fail(QStringLiteral("message %1 %2")
                            .arg(i + 1)
                            .arg(why.isEmpty() ? QStringLiteral("is not an object") : why));
        result.append(message);
    }
    *conversation = result;
    return true;
}

bool Transcript::save(const Conversation &conversation, const QString &path, QString *error)
{
    return JsonFile::write(path, toJson(conversation), error, false);
}

bool Transcript::load(const QString &path, Conversation *conversation, QString *error)
{
    return JsonFile::read(
        path, [conversation](const QByteArray &json, QString *why) { return fromJson(json, conversation, why); },
        error);
}

QString Transcript::formatCost(double usd)
{
    if (usd < 0)
        return {};
    if (usd == 0)
        return QStringLiteral("$0");
    const int decimals = usd >= 1 ? 2 : usd >= 0.01 ? 4 : 6;
    return QLatin1Char('$') + QString::number(usd, 'f', decimals);
}

QString Transcript::replySummary(const ChatTurn &reply)
{
    QStringList parts;
    if (!reply.usage.isEmpty()) {
        parts << QStringLiteral("%1 in").arg(number(reply.usage.totalInputTokens()));
        if (reply.usage.cacheReadInputTokens > 0)
            parts << QStringLiteral("%1 cached").arg(number(reply.usage.cacheReadInputTokens));
        parts << QStringLiteral("%1 out").arg(number(reply.usage.outputTokens));
    }
    if (reply.costUsd >= 0)
        parts << formatCost(reply.costUsd);
    if (reply.timeToFirstTokenMs >= 0)
        parts << QStringLiteral("first token %1 s").arg(reply.timeToFirstTokenMs / 1000.0, 0, 'f', 2);
    if (reply.tokensPerSecond >= 0)
        parts << QStringLiteral("%1 tok/s").arg(reply.tokensPerSecond, 0, 'f', 1);
    if (!reply.stopReason.isEmpty())
        parts << QStringLiteral("stop: %1").arg(reply.stopReason);
    if (!reply.requestId.isEmpty())
        parts << QStringLiteral("request %1").arg(reply.requestId);
    return parts.join(QStringLiteral(" · "));
}

QString Transcript::toMarkdown(const Conversation &conversation)
{
    QString out;
    const QString agent = conversation.agentName().isEmpty() ? QStringLiteral("an agent") : conversation.agentName();
    out += QStringLiteral("# Conversation with %1\n\n").arg(agent);
    if (!conversation.agentPath().isEmpty())
        out += QStringLiteral("- Agent file: `%1`\n").arg(conversation.agentPath());
    if (conversation.created().isValid())
        out += QStringLiteral("- Started: %1\n").arg(isoTime(conversation.created()));
    const ConversationTotals totals = conversation.totals();
    if (totals.replies > 0) {
        out += QStringLiteral("- Replies: %1 · %2 tokens in · %3 tokens out")
                   .arg(totals.replies)
                   .arg(number(totals.inputTokens), number(totals.outputTokens));
        if (totals.costUsd > 0 || totals.costComplete)
            out += QStringLiteral(" · %1%2").arg(
                totals.costComplete ? QString() : QStringLiteral("at least "), formatCost(totals.costUsd));
        out += QLatin1Char('\n');
    }
    out += QStringLiteral("\n## System prompt\n\n") + fenced(conversation.systemPrompt(), QStringLiteral("markdown"));
    for (const ChatTurn &message : conversation.messages()) {
        if (message.isUser()) {
            out += QStringLiteral("\n## User\n\n") + message.text.trimmed() + QLatin1Char('\n');
            continue;
        }
        out += QStringLiteral("\n## Assistant");
        if (!message.model.isEmpty())
            out += QStringLiteral(" (%1)").arg(message.model);
        out += QStringLiteral("\n\n");
        if (!message.thinking.isEmpty())
            out += QStringLiteral("<details><summary>Thinking</summary>\n\n") + fenced(message.thinking)
                + QStringLiteral("\n</details>\n\n");
        if (!message.text.isEmpty())
            out += message.text.trimmed() + QLatin1Char('\n');
        for (const ToolCall &call : message.toolCalls)
            out += QStringLiteral("\nTool call `%1`:\n\n").arg(call.name)
                + fenced(call.inputJson, QStringLiteral("json"));
        if (message.interrupted)
            out += QStringLiteral("\n**Interrupted**%1\n")
                       .arg(message.interruptionReason.isEmpty() ? QString()
                                                                 : QStringLiteral(": ") + message.interruptionReason);
        const QString summary = replySummary(message);
        if (!summary.isEmpty())
            out += QStringLiteral("\n*%1*\n").arg(summary);
    }
    return out;
}

} // namespace awb
