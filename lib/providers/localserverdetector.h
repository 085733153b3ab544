#pragma once

#include "providerconfig.h"

#include <QList>
#include <QObject>

class QNetworkAccessManager;

namespace awb {

/// Looks for model servers on this machine without delaying anything: Ollama (127.0.0.1:11434,
/// `GET /api/tags`), LM Studio (1234) and llama.cpp's server (8080, both `GET /v1/models`), all
/// probed at once with a short timeout. Each answering server is reported as a ProviderConfig
/// (detected = true) through serverFound(); finished() follows once every probe is done.
class LocalServerDetector : public QObject
{
    Q_OBJECT
public:
    struct Candidate
    {
        ProviderConfig::Kind kind = ProviderConfig::Kind::Ollama;
        QString id; ///< becomes ProviderConfig::id ("ollama-local")
        QString name; ///< becomes ProviderConfig::displayName ("Ollama (local)")
        quint16 port = 0;
    };

    explicit LocalServerDetector(QObject *parent = nullptr);

    static QList<Candidate> defaultCandidates();
    void setCandidates(const QList<Candidate> &candidates) { m_candidates = candidates; }
    void setHost(const QString &host) { m_host = host; } ///< default "127.0.0.1"
    void setTimeoutMs(int ms) { m_timeoutMs = ms; } ///< per probe, default 1500

    /// Starts every probe; returns at once. Calling it again while running does nothing.
    void start();
    bool isRunning() const { return m_pending > 0; }
    QList<ProviderConfig> servers() const { return m_found; }

Q_SIGNALS:
    void serverFound(const awb::ProviderConfig &config);
    void finished();

private:
    void probe(const Candidate &candidate);

    QList<Candidate> m_candidates;
    QString m_host;
    int m_timeoutMs = 1500;
    int m_pending = 0;
    QList<ProviderConfig> m_found;
    QNetworkAccessManager *m_network = nullptr;
};

} // namespace awb
