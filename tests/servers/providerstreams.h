#pragma once

#include <QByteArray>
#include <QStringList>

namespace awb::test {

/// Recorded-style replies in each provider's wire format, built from their parts, for
/// ProviderTestServer scenarios.
class ProviderStreams
{
public:
    struct Tokens
    {
        int input = 0;
        int output = 0;
        int cacheRead = 0;
        int cacheCreation = 0;
    };

    /// Text deltas "w0 ", "w1 ", ... : replies whose every piece is told apart in a test.
    static QStringList words(int count);

    /// message_start, ping, optional thinking block (with signature), one text block with
    /// `deltas`, message_delta (stop reason, cumulative usage), message_stop.
    static QByteArray anthropicText(const QStringList &deltas, Tokens tokens,
        const QString &stopReason = QStringLiteral("end_turn"), const QStringList &thinking = {},
        const QString &model = QStringLiteral("claude-test-1"));
    /// A short text block, then a tool_use block whose input arrives in `jsonPieces`.
    static QByteArray anthropicToolUse(
        const QString &preface, const QString &id, const QString &name, const QStringList &jsonPieces, Tokens tokens);
    /// The start of a reply with `deltas`, then an `error` event of `errorType`.
    static QByteArray anthropicErrorAfter(const QStringList &deltas, const QString &errorType, const QString &message);
    /// Only the part of anthropicText() up to and including the deltas (no stop): for drops.
    static QByteArray anthropicUnfinished(const QStringList &deltas, Tokens tokens);

    static QByteArray openAiText(const QStringList &deltas, Tokens tokens,
        const QString &finishReason = QStringLiteral("stop"), bool done = true, const QStringList &reasoning = {});
    static QByteArray openAiToolCall(
        const QString &id, const QString &name, const QStringList &argumentPieces, Tokens tokens);

    static QByteArray ollamaText(const QStringList &deltas, Tokens tokens, qint64 evalDurationNs,
        const QString &doneReason = QStringLiteral("stop"), const QStringList &thinking = {});
    static QByteArray ollamaToolCall(const QString &name, const QByteArray &argumentsJson, Tokens tokens);

    /// `{"type":"error","error":{"type":...,"message":...}}`
    static QByteArray anthropicErrorBody(const QString &type, const QString &message);
    static QByteArray sseEvent(const QByteArray &event, const QByteArray &json);
};

} // namespace awb::test
