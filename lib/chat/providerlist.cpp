#include "providerlist.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace awb {

namespace {
const QString Format = QStringLiteral("agent-workbench-providers");
constexpr int Version = 1;
} // namespace

ProviderList::ProviderList()
    : m_configs { ProviderConfig::anthropic(), ProviderConfig::openai(), ProviderConfig::ollama() }
{ }

ProviderList ProviderList::empty()
{
    ProviderList list;
    list.m_configs.clear();
    return list;
}

std::optional<ProviderConfig> ProviderList::find(const QString &id) const
{
    for (const ProviderConfig &config : m_configs) {
        if (config.id == id)
            return config;
    }
    return std::nullopt;
}

void ProviderList::set(const ProviderConfig &config)
{
    for (ProviderConfig &existing : m_configs) {
        if (existing.id == config.id) {
            existing = config;
            return;
        }
    }
    m_configs.append(config);
}

bool ProviderList::remove(const QString &id)
{
    return m_configs.removeIf([&](const ProviderConfig &config) { return config.id == id; }) > 0;
}

QString ProviderList::uniqueId(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; find(candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

bool ProviderList::loadJson(const QByteArray &json, QString *error)
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
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != Format)
        return fail(QStringLiteral("not a provider list (expected \"format\": \"%1\")").arg(Format));
    if (root.value(QLatin1String("version")).toInt() != Version)
        return fail(QStringLiteral("provider list version %1 is not supported")
                        .arg(root.value(QLatin1String("version")).toInt()));
    QList<ProviderConfig> configs;
    const QJsonArray providers = root.value(QLatin1String("providers")).toArray();
    for (qsizetype i = 0; i < providers.size(); ++i) {
        QString why;
        const std::optional<ProviderConfig> config = ProviderConfig::fromJson(providers.at(i).toObject(), &why);
        if (!config)
            return fail(QStringLiteral("provider %1: %2").arg(i + 1).arg(why));
        configs.append(*config);
    }
    m_configs = configs;
    return true;
}

QByteArray ProviderList::toJson() const
{
    QJsonArray providers;
    for (const ProviderConfig &config : m_configs) {
        if (!config.detected)
            providers.append(config.toJson());
    }
    const QJsonObject root { { QStringLiteral("format"), Format }, { QStringLiteral("version"), Version },
        { QStringLiteral("providers"), providers } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ProviderList::load(const QString &path, QString *error)
{
    return JsonFile::read(
        path, [this](const QByteArray &json, QString *why) { return loadJson(json, why); }, error);
}

bool ProviderList::save(const QString &path, QString *error) const
{
    return JsonFile::write(path, toJson(), error);
}

QString ProviderList::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/providers.json");
}

} // namespace awb
