#pragma once

#include "providers/chatprovider.h"
#include "providerstreams.h"
#include "providertestserver.h"

#include <QSignalSpy>
#include <QTest>

namespace awb::test {

/// A provider of `kind` pointed at `server`, with a key saved for 127.0.0.1, short time limits
/// and fast retries.
inline ProviderConfig configFor(ProviderConfig::Kind kind, const ProviderTestServer &server)
{
    ProviderConfig config = ProviderConfig::defaults(kind);
    QUrl base = server.url();
    if (kind == ProviderConfig::Kind::OpenAI)
        base.setPath(QStringLiteral("/v1"));
    config.baseUrl = base;
    config.timeouts = { 5000, 5000, 5000 };
    config.retry.initialDelayMs = 10;
    config.retry.maxDelayMs = 40;
    config.retry.maxRetries = 2;
    return config;
}

inline ApiKey testKey()
{
    return { QStringLiteral("sk-test-secret-0123"), QStringLiteral("127.0.0.1") };
}

inline ChatRequest helloRequest(const QString &model = QStringLiteral("claude-test-1"))
{
    ChatRequest request;
    request.model = model;
    request.system = QStringLiteral("You are a reviewer.");
    request.messages = { ChatMessage::user(QStringLiteral("Hello")) };
    request.maxTokens = 256;
    return request;
}

/// Runs `job` to its end; true when finished() came exactly once.
inline bool runToEnd(ChatJob *job, int timeoutMs = 20000)
{
    QSignalSpy finished(job, &ProviderJob::finished);
    if (!job->isFinished() && !finished.wait(timeoutMs))
        return false;
    return job->isFinished() && finished.size() <= 1;
}

} // namespace awb::test
