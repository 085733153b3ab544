#include "localserverdetector.h"

#include "providerslog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace awb {

LocalServerDetector::LocalServerDetector(QObject *parent)
    : QObject(parent)
    , m_candidates(defaultCandidates())
    , m_host(QStringLiteral("127.0.0.1"))
{ }

QList<LocalServerDetector::Candidate> LocalServerDetector::defaultCandidates()
{
    return { { ProviderConfig::Kind::Ollama, QStringLiteral("ollama-local"), QStringLiteral("Ollama (local)"), 11434 },
        { ProviderConfig::Kind::OpenAI, QStringLiteral("lmstudio-local"), QStringLiteral("LM Studio (local)"), 1234 },
        { ProviderConfig::Kind::OpenAI, QStringLiteral("llamacpp-local"), QStringLiteral("llama.cpp server (local)"),
            8080 } };
}

void LocalServerDetector::start()
{
    if (m_pending > 0)
        return;
    m_found.clear();
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_pending = m_candidates.size();
    if (m_pending == 0) {
        QTimer::singleShot(0, this, &LocalServerDetector::finished);
        return;
    }
    for (const Candidate &candidate : std::as_const(m_candidates))
        probe(candidate);
}

void LocalServerDetector::probe(const Candidate &candidate)
{
    ProviderConfig config = ProviderConfig::defaults(candidate.kind);
    config.id = candidate.id;
    config.displayName = candidate.name;
    config.detected = true;
    QUrl base;
    base.setScheme(QStringLiteral("http"));
    base.setHost(m_host);
    base.setPort(candidate.port);
    if (candidate.kind == ProviderConfig::Kind::OpenAI)
        base.setPath(QStringLiteral("/v1"));
    config.baseUrl = base;
    const QUrl url = config.endpoint(
        candidate.kind == ProviderConfig::Kind::Ollama ? QStringLiteral("/api/tags") : QStringLiteral("/models"));
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, config] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject root = QJsonDocument::fromJson(reply->readAll()).object();
        const bool answers = reply->error() == QNetworkReply::NoError && status == 200
            && (root.contains(QLatin1String("models")) || root.contains(QLatin1String("data")));
        if (answers) {
            qCInfo(lcProviders) << "found a local model server:" << config.displayName << config.baseUrl.port();
            m_found.append(config);
            Q_EMIT serverFound(config);
        }
        if (--m_pending == 0)
            Q_EMIT finished();
    });
}

} // namespace awb
