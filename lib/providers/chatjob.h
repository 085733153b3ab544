#pragma once

#include "apikey.h"
#include "chatmessage.h"
#include "chatrequest.h"
#include "providerconfig.h"
#include "providerjob.h"
#include "usage.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace awb {

class WireProtocol;
class AnthropicProtocol;
class OpenAiProtocol;
class OllamaProtocol;
class HttpAttempt;

/// One streamed model reply. Made by ChatProvider::stream(); starts by itself.
///
/// Signal order for a successful reply: contentBlockStarted / deltas / contentBlockFinished for
/// each block, usageChanged whenever the counts change, then finished() with error() ==
/// NoError. Retries (429, 529, overloaded, connection failures) happen only before the first
/// byte of the reply body has been seen; each is announced by retrying() and counted down once
/// a second by countdown(). When the stream breaks after content arrived, the partial reply
/// stays in message() and isInterrupted() is true.
class ChatJob : public ProviderJob
{
    Q_OBJECT
public:
    /// For ChatProvider; use ChatProvider::stream().
    ChatJob(std::unique_ptr<WireProtocol> protocol, QNetworkAccessManager *network, const ProviderConfig &config,
        const ApiKey &key, const ChatRequest &request, QObject *parent = nullptr);
    ~ChatJob() override;

    const ChatRequest &request() const { return m_request; }
    const ProviderConfig &config() const { return m_config; }

    /// The assistant message so far (complete after a successful finish).
    const ChatMessage &message() const { return m_message; }
    QString text() const { return m_message.text(); }
    /// In Anthropic's vocabulary: "end_turn", "max_tokens", "stop_sequence", "tool_use",
    /// "pause_turn", "refusal"; other providers' reasons are mapped ("stop" -> "end_turn",
    /// "length" -> "max_tokens", "tool_calls" -> "tool_use"); unknown ones are passed through.
    QString stopReason() const { return m_stopReason; }
    /// The model id the server says answered (may differ from the request's alias or tag).
    QString model() const { return m_model; }
    Usage usage() const { return m_usage; }

    /// True when the stream broke after part of the reply had arrived (ConnectionDropped,
    /// IdleTimeout, an error event or a cancel mid-stream): message() holds the part.
    bool isInterrupted() const { return m_interrupted; }
    /// HTTP attempts made (1 + retries).
    int attempts() const { return m_attempts; }
    /// From sending the (last) request to the first text, thinking or tool delta; -1 if none.
    qint64 timeToFirstTokenMs() const { return m_firstTokenMs; }
    /// From the job's start to its finish (or to now while running), including retry waits.
    qint64 elapsedMs() const;
    /// Ollama's eval_duration (time spent generating) in nanoseconds; 0 when not reported.
    qint64 generationNs() const { return m_generationNs; }
    /// Seconds left before the next retry (0 when not waiting).
    int secondsUntilRetry() const { return m_countdownLeft; }

    void cancel() override;

Q_SIGNALS:
    void contentBlockStarted(int index, awb::ContentBlock::Type type);
    void textDelta(const QString &text);
    void thinkingDelta(const QString &text);
    void toolUseStarted(int index, const QString &id, const QString &name);
    void toolInputDelta(int index, const QString &partialJson);
    /// message().content[index] is complete (a tool_use block has its parsed input now).
    void contentBlockFinished(int index);
    void usageChanged(const awb::Usage &usage);
    /// A retry is scheduled in `delaySeconds` (rounded up) because of `reason`; `attempt` is the
    /// number of the coming attempt (2 for the first retry).
    void retrying(int attempt, int delaySeconds, awb::ProviderError reason, const QString &message);
    /// Once a second while waiting for a retry, ending with 0 as the retry starts.
    void countdown(int secondsLeft);

private:
    friend class AnthropicProtocol;
    friend class OpenAiProtocol;
    friend class OllamaProtocol;

    void startAttempt();
    void onAttemptHeaders();
    void onAttemptData(const QByteArray &bytes);
    void onAttemptFinished();
    void onCountdownTick();
    void scheduleRetry(ProviderError reason, const QString &message, int retryAfterMs);
    void fail(ProviderError error, const QString &message);
    void succeed();
    void finishNow();
    void markFirstToken();

    // Called by WireProtocol while decoding.
    int beginBlock(const ContentBlock &block, int wireIndex = -1);
    int blockForWireIndex(int wireIndex) const;
    void appendText(int index, const QString &text);
    void appendThinking(int index, const QString &text);
    void appendSignature(int index, const QString &signature);
    void appendToolInput(int index, const QString &partialJson);
    void endBlock(int index);
    void updateUsage(const Usage &usage);
    void setStopReason(const QString &reason);
    void setModel(const QString &model) { m_model = model; }
    void setGenerationNs(qint64 ns) { m_generationNs = ns; }
    void streamError(ProviderError error, const QString &message);
    void streamComplete();

    std::unique_ptr<WireProtocol> m_protocol;
    QPointer<QNetworkAccessManager> m_network;
    ProviderConfig m_config;
    ApiKey m_key;
    ChatRequest m_request;
    HttpAttempt *m_attempt = nullptr;

    ChatMessage m_message;
    QList<int> m_wireIndex; ///< wire block index per message block
    QList<QString> m_toolJson; ///< partial tool input JSON per message block
    QList<bool> m_blockOpen;
    QString m_stopReason;
    QString m_model;
    Usage m_usage;
    qint64 m_generationNs = 0;

    QElapsedTimer m_clock;
    qint64 m_requestSentMs = 0;
    qint64 m_firstTokenMs = -1;
    qint64 m_finishedMs = -1;
    int m_attempts = 0;
    bool m_interrupted = false;
    bool m_bodySeen = false;
    bool m_streamDone = false;

    QTimer m_retryTimer;
    QTimer m_countdownTimer;
    int m_countdownLeft = 0;
};

} // namespace awb
