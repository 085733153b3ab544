#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace awb {

/// Time limits for one HTTP attempt, in milliseconds (0 turns a limit off).
struct Timeouts
{
    int connectMs = 10000; ///< until the TCP/TLS connection is up
    int firstByteMs = 120000; ///< from sending the request until the response headers arrive
    int idleMs = 90000; ///< longest silence within a streaming body (pings count as traffic)

    friend bool operator==(const Timeouts &, const Timeouts &) = default;
};

/// Retries of 429, 529 and transient failures before any byte of the reply arrived.
struct RetryPolicy
{
    int maxRetries = 3; ///< retries after the first attempt; 0 = never retry
    int initialDelayMs = 1000; ///< delay before the first retry; doubles each time
    int maxDelayMs = 30000; ///< cap of the exponential backoff
    double jitter = 0.25; ///< +- this fraction of the delay, random
    int maxRetryAfterMs = 120000; ///< a longer `retry-after` is not waited for: the call fails

    /// Delay before retry number `attempt` (1-based), without `retry-after`.
    int backoffMs(int attempt) const;

    friend bool operator==(const RetryPolicy &, const RetryPolicy &) = default;
};

/// Where and how to talk to one model provider. Never holds the key (see SecretStore, ApiKey).
struct ProviderConfig
{
    enum class Kind { Anthropic, OpenAI, Ollama };

    Kind kind = Kind::Anthropic;
    QString id; ///< stable id used for the keychain entry and settings ("anthropic", "lmstudio-1234")
    QString displayName;
    /// As the official SDKs take it: `https://api.anthropic.com` (no /v1),
    /// `https://api.openai.com/v1`, `http://127.0.0.1:11434` (Ollama, no /api).
    QUrl baseUrl;
    QList<QPair<QByteArray, QByteArray>> extraHeaders; ///< sent with every request (e.g. OpenRouter's)
    /// Hosts the user explicitly allowed over plain http although they are not loopback.
    QStringList allowedInsecureHosts;
    Timeouts timeouts;
    RetryPolicy retry;
    bool detected = false; ///< found by LocalServerDetector rather than configured

    static ProviderConfig anthropic();
    static ProviderConfig openai();
    static ProviderConfig ollama();
    static ProviderConfig defaults(Kind kind);

    static QUrl defaultBaseUrl(Kind kind);
    static QString kindName(Kind kind); ///< "anthropic", "openai", "ollama"
    static std::optional<Kind> kindFromName(const QString &name);

    /// Whether requests carry a key. Ollama never does; OpenAI-compatible local servers may not.
    bool usesApiKey() const;
    /// The host a key saved for this provider belongs to (the base URL's host, lower-case).
    QString keyHost() const;

    /// Endpoint URL for `path` ("/v1/messages", "/chat/completions", "/api/chat") under the base URL.
    QUrl endpoint(const QString &path) const;

    /// For settings files. Carries no key.
    QJsonObject toJson() const;
    static std::optional<ProviderConfig> fromJson(const QJsonObject &object, QString *error = nullptr);

    friend bool operator==(const ProviderConfig &, const ProviderConfig &) = default;
};

} // namespace awb
