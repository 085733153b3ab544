#include "providerhttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace awb {

QNetworkRequest ProviderHttp::makeRequest(const ProviderConfig &config, const ApiKey &key, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("AgentWorkbench"));
    switch (config.kind) {
    case ProviderConfig::Kind::Anthropic:
        request.setRawHeader("anthropic-version", "2023-06-01");
        if (!key.isEmpty())
            request.setRawHeader("x-api-key", key.secret.toUtf8());
        break;
    case ProviderConfig::Kind::OpenAI:
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key.secret.toUtf8());
        break;
    case ProviderConfig::Kind::Ollama:
        break;
    }
    for (const auto &header : config.extraHeaders)
        request.setRawHeader(header.first, header.second);
    return request;
}

QString ProviderHttp::providerMessage(const QByteArray &body, QString *errorType)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject root = doc.object();
        const QJsonValue error = root.value(QLatin1String("error"));
        if (error.isObject()) {
            const QJsonObject e = error.toObject();
            if (errorType) {
                *errorType = e.value(QLatin1String("type")).toString();
                const QString code = e.value(QLatin1String("code")).toString();
                if (!code.isEmpty())
                    *errorType += QLatin1Char(' ') + code;
            }
            return e.value(QLatin1String("message")).toString();
        }
        if (error.isString())
            return error.toString();
        if (root.value(QLatin1String("message")).isString())
            return root.value(QLatin1String("message")).toString();
        if (root.value(QLatin1String("detail")).isString())
            return root.value(QLatin1String("detail")).toString();
    }
    const QString text = QString::fromUtf8(body).simplified();
    if (text.size() <= 300 && !text.startsWith(QLatin1Char('<')))
        return text;
    return {};
}

ProviderError ProviderHttp::errorForType(const QString &type)
{
    if (type.contains(QLatin1String("overloaded")))
        return ProviderError::Overloaded;
    if (type.contains(QLatin1String("rate_limit")))
        return ProviderError::RateLimited;
    if (type.contains(QLatin1String("authentication")))
        return ProviderError::Authentication;
    if (type.contains(QLatin1String("permission")))
        return ProviderError::PermissionDenied;
    if (type.contains(QLatin1String("not_found")))
        return ProviderError::NotFound;
    if (type.contains(QLatin1String("request_too_large")))
        return ProviderError::RequestTooLarge;
    if (type.contains(QLatin1String("invalid_request")))
        return ProviderError::InvalidRequest;
    if (type.contains(QLatin1String("billing")) || type.contains(QLatin1String("insufficient_quota")))
        return ProviderError::SpendLimit;
    return ProviderError::ServerError;
}

bool ProviderHttp::mentionsSpendLimit(const QString &message, const QString &type)
{
    const QString text = (message + QLatin1Char(' ') + type).toLower();
    static const char *const words[] = { "credit", "spend", "billing", "insufficient_quota", "quota exceeded",
        "exceeded your current quota", "usage limit" };
    for (const char *word : words) {
        if (text.contains(QLatin1String(word)))
            return true;
    }
    return false;
}

int ProviderHttp::parseRetryAfterMs(const QByteArray &retryAfter, const QByteArray &retryAfterMs)
{
    bool ok = false;
    const double ms = retryAfterMs.trimmed().toDouble(&ok);
    if (ok && ms >= 0 && std::isfinite(ms))
        return static_cast<int>(std::min(ms, 1e9));
    const QByteArray value = retryAfter.trimmed();
    if (value.isEmpty())
        return -1;
    const double seconds = value.toDouble(&ok);
    if (ok && seconds >= 0 && std::isfinite(seconds))
        return static_cast<int>(std::min(seconds * 1000.0, 1e9));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (when.isValid())
        return static_cast<int>(std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(when), 0, 1000000000));
    return -1;
}

ProviderHttp::Failure ProviderHttp::classify(int status, const QByteArray &body, const QByteArray &retryAfter,
    const QByteArray &retryAfterMs, const ProviderConfig &config, const QString &model)
{
    QString type;
    const QString said = providerMessage(body, &type);
    const QString their = said.isEmpty() ? QString() : QStringLiteral(" The provider says: %1").arg(said);
    Failure failure;
    failure.retryAfterMs = parseRetryAfterMs(retryAfter, retryAfterMs);
    const QString name = config.displayName.isEmpty() ? ProviderConfig::kindName(config.kind) : config.displayName;

    if ((status == 400 || status == 402 || status == 403 || status == 429) && mentionsSpendLimit(said, type)) {
        failure.error = ProviderError::SpendLimit;
        failure.message = QStringLiteral("%1 refused the request because of a credit or spend limit (HTTP %2). "
                                         "Check the account's billing; retrying will not help.%3")
                              .arg(name)
                              .arg(status)
                              .arg(their);
        return failure;
    }
    switch (status) {
    case 400:
    case 422:
        failure.error = ProviderError::InvalidRequest;
        failure.message = QStringLiteral("%1 rejected the request (HTTP %2).%3").arg(name).arg(status).arg(their);
        break;
    case 401:
        failure.error = ProviderError::Authentication;
        failure.message = QStringLiteral("%1 did not accept the API key (HTTP 401). Check the key saved for this "
                                         "provider.%2")
                              .arg(name, their);
        break;
    case 403:
        failure.error = ProviderError::PermissionDenied;
        failure.message = QStringLiteral("The API key may not do this (HTTP 403): check its permissions or the "
                                         "organisation's settings.%1")
                              .arg(their);
        break;
    case 404:
        failure.error = ProviderError::NotFound;
        failure.message = QStringLiteral("Not found (HTTP 404): check the model id '%1' and the base URL %2.%3")
                              .arg(model, config.baseUrl.toDisplayString(), their);
        break;
    case 413:
        failure.error = ProviderError::RequestTooLarge;
        failure.message = QStringLiteral("The request is too large for %1 (HTTP 413): shorten the system prompt "
                                         "or the conversation.%2")
                              .arg(name, their);
        break;
    case 408:
    case 409:
        failure.error = ProviderError::ServerError;
        failure.retryable = true;
        failure.message = QStringLiteral("%1 answered HTTP %2.%3").arg(name).arg(status).arg(their);
        break;
    case 429:
        failure.error = ProviderError::RateLimited;
        failure.retryable = true;
        failure.message = QStringLiteral("%1 is rate limiting this key (HTTP 429).%2").arg(name, their);
        break;
    case 529:
        failure.error = ProviderError::Overloaded;
        failure.retryable = true;
        failure.message = QStringLiteral("%1 is overloaded (HTTP 529); try again shortly.%2").arg(name, their);
        break;
    default:
        if (status >= 500) {
            failure.error
                = type.contains(QLatin1String("overloaded")) ? ProviderError::Overloaded : ProviderError::ServerError;
            failure.retryable = true;
            failure.message = QStringLiteral("%1 had a server error (HTTP %2).%3").arg(name).arg(status).arg(their);
        } else if (status >= 300 && status < 400) {
            failure.error = ProviderError::HttpError;
            failure.message = QStringLiteral("%1 answered with a redirect (HTTP %2), which is not followed: check the "
                                             "base URL %3.")
                                  .arg(name)
                                  .arg(status)
                                  .arg(config.baseUrl.toDisplayString());
        } else {
            failure.error = ProviderError::HttpError;
            failure.message = QStringLiteral("%1 answered HTTP %2.%3").arg(name).arg(status).arg(their);
        }
        break;
    }
    return failure;
}

} // namespace awb
