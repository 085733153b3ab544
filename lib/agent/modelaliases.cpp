#include "modelaliases.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace awb {

ModelAliases::ModelAliases()
    : m_aliases{{QStringLiteral("opus"), QStringLiteral("claude-opus-4-8")},
                {QStringLiteral("sonnet"), QStringLiteral("claude-sonnet-5")},
                {QStringLiteral("haiku"), QStringLiteral("claude-haiku-4-5-20251001")},
                {QStringLiteral("fable"), QStringLiteral("claude-fable-5")}}
    , m_sessionModel(QStringLiteral("claude-opus-4-8"))
{
}

const ModelAliases &ModelAliases::defaults()
{
    static const ModelAliases table;
    return table;
}

bool ModelAliases::isAlias(const QString &model) const
{
    const QString lower = model.trimmed().toLower();
    if (lower == QLatin1String("inherit"))
        return true;
    for (const auto &pair : m_aliases) {
        if (pair.first == lower)
            return true;
    }
    return false;
}

QString ModelAliases::resolve(const QString &model) const
{
    const QString lower = model.trimmed().toLower();
    if (lower.isEmpty() || lower == QLatin1String("inherit"))
        return m_sessionModel;
    for (const auto &pair : m_aliases) {
        if (pair.first == lower)
            return pair.second;
    }
    return model.trimmed();
}

void ModelAliases::setAlias(const QString &alias, const QString &id)
{
    const QString lower = alias.trimmed().toLower();
    for (auto &pair : m_aliases) {
        if (pair.first == lower) {
            pair.second = id;
            return;
        }
    }
    m_aliases.append({lower, id});
}

bool ModelAliases::loadJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("expected a JSON object");
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("sessionModel")).isString())
        m_sessionModel = root.value(QLatin1String("sessionModel")).toString();
    const QJsonObject aliases = root.value(QLatin1String("aliases")).toObject();
    for (auto it = aliases.begin(); it != aliases.end(); ++it) {
        if (it.value().isString())
            setAlias(it.key(), it.value().toString());
    }
    return true;
}

QByteArray ModelAliases::toJson() const
{
    QJsonObject aliases;
    for (const auto &pair : m_aliases)
        aliases.insert(pair.first, pair.second);
    QJsonObject root{{QStringLiteral("sessionModel"), m_sessionModel}, {QStringLiteral("aliases"), aliases}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace awb
