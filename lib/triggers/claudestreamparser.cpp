#include "claudestreamparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace awb {

bool ClaudeStreamParser::feed(const QByteArray &bytes)
{
    m_buffer += bytes;
    qsizetype newline;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline).trimmed();
        m_buffer.remove(0, newline + 1);
        if (!line.isEmpty())
            readLine(line);
    }
    return hasDecision();
}

void ClaudeStreamParser::finish()
{
    const QByteArray rest = m_buffer.trimmed();
    m_buffer.clear();
    if (!rest.isEmpty())
        readLine(rest);
}

void ClaudeStreamParser::readLine(const QByteArray &line)
{
    ++m_lines;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_badLines;
        return;
    }
    const QJsonObject object = doc.object();
    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("system") && object.value(QLatin1String("subtype")).toString() == QLatin1String("init")) {
        for (const QJsonValue &agent : object.value(QLatin1String("agents")).toArray()) {
            const QString name
                = agent.isObject() ? agent.toObject().value(QLatin1String("name")).toString() : agent.toString();
            if (!name.isEmpty())
                m_loadedAgents.append(name);
        }
        return;
    }
    if (type == QLatin1String("assistant")) {
        // Only the main conversation decides; a sub-agent's own calls carry its parent's tool id.
        const QJsonValue parent = object.value(QLatin1String("parent_tool_use_id"));
        if (!parent.isNull() && !parent.isUndefined())
            return;
        if (m_delegated)
            return;
        const QJsonArray content
            = object.value(QLatin1String("message")).toObject().value(QLatin1String("content")).toArray();
        for (const QJsonValue &value : content) {
            const QJsonObject block = value.toObject();
            const QString blockType = block.value(QLatin1String("type")).toString();
            if (blockType == QLatin1String("text")) {
                m_text += block.value(QLatin1String("text")).toString();
            } else if (blockType == QLatin1String("tool_use")) {
                const QString name = block.value(QLatin1String("name")).toString();
                if (name != QLatin1String("Agent") && name != QLatin1String("Task"))
                    continue;
                m_delegated = true;
                m_agent
                    = block.value(QLatin1String("input")).toObject().value(QLatin1String("subagent_type")).toString();
                return;
            }
        }
        return;
    }
    if (type == QLatin1String("result")) {
        m_resultSeen = true;
        m_error = object.value(QLatin1String("is_error")).toBool()
            || object.value(QLatin1String("subtype")).toString().startsWith(QLatin1String("error"));
        // Running out of turns after deciding is expected (--max-turns 1); it is not a failure.
        if (object.value(QLatin1String("subtype")).toString() == QLatin1String("error_max_turns"))
            m_error = false;
        if (m_error)
            m_errorText = object.value(QLatin1String("result")).toString();
        if (m_text.isEmpty())
            m_text = object.value(QLatin1String("result")).toString();
    }
}

} // namespace awb
