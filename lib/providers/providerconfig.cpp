#include "providerconfig.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace awb {

int RetryPolicy::backoffMs(int attempt) const
{
    const double base = initialDelayMs * std::pow(2.0, std::max(0, attempt - 1));
    const double capped = std::min<double>(base, maxDelayMs);
    const double spread = capped * jitter;
    const double delay = capped + (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * spread;
    return std::max(0, static_cast<int>(delay));
}

ProviderConfig ProviderConfig::defaults(Kind kind)
{
    ProviderConfig config;
    config.kind = kind;
    config.id = kindName(kind);
    config.baseUrl = defaultBaseUrl(kind);
    switch (kind) {
    case Kind::Anthropic:
        config.displayName = QStringLiteral("Anthropic");
        break;
    case Kind::OpenAI:
        config.displayName = QStringLiteral("OpenAI");
        break;
    case Kind::Ollama:
        config.displayName = QStringLiteral("Ollama");
        // A local model may take a while to load before the first byte.
        config.timeouts.firstByteMs = 300000;
        break;
    }
    return config;
}

ProviderConfig ProviderConfig::anthropic()
{
    return defaults(Kind::Anthropic);
}

ProviderConfig ProviderConfig::openai()
{
    return defaults(Kind::OpenAI);
}

ProviderConfig ProviderConfig::ollama()
{
    return defaults(Kind::Ollama);
}

QUrl ProviderConfig::defaultBaseUrl(Kind kind)
{
    switch (kind) {
    case Kind::Anthropic:
        return QUrl(QStringLiteral("https://api.anthropic.com"));
    case Kind::OpenAI:
        return QUrl(QStringLiteral("https://api.openai.com/v1"));
    case Kind::Ollama:
        return QUrl(QStringLiteral("http://127.0.0.1:11434"));
    }
    return {};
}

QString ProviderConfig::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Anthropic:
        return QStringLiteral("anthropic");
    case Kind::OpenAI:
        return QStringLiteral("openai");
    case Kind::Ollama:
        return QStringLiteral("ollama");
    }
    return {};
}

std::optional<ProviderConfig::Kind> ProviderConfig::kindFromName(const QString &name)
{
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("anthropic"))
        return Kind::Anthropic;
    if (lower == QLatin1String("openai"))
        return Kind::OpenAI;
    if (lower == QLatin1String("ollama"))
        return Kind::Ollama;
    return std::nullopt;
}

bool ProviderConfig::usesApiKey() const
{
    return kind != Kind::Ollama;
}

QString ProviderConfig::keyHost() const
{
    return baseUrl.host().toLower();
}

QUrl ProviderConfig::endpoint(const QString &path) const
{
    QUrl url = baseUrl;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    return url;
}

QJsonObject ProviderConfig::toJson() const
{
    QJsonArray headers;
    for (const auto &header : extraHeaders) {
        headers.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(header.first) },
            { QStringLiteral("value"), QString::fromUtf8(header.second) } });
    }
    return QJsonObject {
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("id"), id },
        { QStringLiteral("displayName"), displayName },
        { QStringLiteral("baseUrl"), baseUrl.toString() },
        { QStringLiteral("extraHeaders"), headers },
        { QStringLiteral("allowedInsecureHosts"), QJsonArray::fromStringList(allowedInsecureHosts) },
        { QStringLiteral("timeouts"),
            QJsonObject { { QStringLiteral("connectMs"), timeouts.connectMs },
                { QStringLiteral("firstByteMs"), timeouts.firstByteMs },
                { QStringLiteral("idleMs"), timeouts.idleMs } } },
        { QStringLiteral("maxRetries"), retry.maxRetries },
    };
}

std::optional<ProviderConfig> ProviderConfig::fromJson(const QJsonObject &object, QString *error)
{
    const auto kind = kindFromName(object.value(QLatin1String("kind")).toString());
    if (!kind) {
        if (error)
            *error = QStringLiteral("unknown provider kind '%1' (expected anthropic, openai or ollama)")
                         .arg(object.value(QLatin1String("kind")).toString());
        return std::nullopt;
    }
    ProviderConfig config = defaults(*kind);
    if (object.contains(QLatin1String("id")))
        config.id = object.value(QLatin1String("id")).toString();
    if (object.contains(QLatin1String("displayName")))
        config.displayName = object.value(QLatin1String("displayName")).toString();
    if (object.contains(QLatin1String("baseUrl"))) {
        const QUrl url(object.value(QLatin1String("baseUrl")).toString(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            if (error)
                *error = QStringLiteral("'%1' is not an http(s) URL")
                             .arg(object.value(QLatin1String("baseUrl")).toString());
            return std::nullopt;
        }
        config.baseUrl = url;
    }
    const QJsonArray headers = object.value(QLatin1String("extraHeaders")).toArray();
    for (const QJsonValue &header : headers) {
        const QJsonObject h = header.toObject();
        config.extraHeaders.append({ h.value(QLatin1String("name")).toString().toLatin1(),
            h.value(QLatin1String("value")).toString().toUtf8() });
    }
    for (const QJsonValue &host : object.value(QLatin1String("allowedInsecureHosts")).toArray())
        config.allowedInsecureHosts.append(host.toString());
    const QJsonObject t = object.value(QLatin1String("timeouts")).toObject();
    config.timeouts.connectMs = t.value(QLatin1String("connectMs")).toInt(config.timeouts.connectMs);
    config.timeouts.firstByteMs = t.value(QLatin1String("firstByteMs")).toInt(config.timeouts.firstByteMs);
    config.timeouts.idleMs = t.value(QLatin1String("idleMs")).toInt(config.timeouts.idleMs);
    config.retry.maxRetries = object.value(QLatin1String("maxRetries")).toInt(config.retry.maxRetries);
    return config;
}

} // namespace awb
