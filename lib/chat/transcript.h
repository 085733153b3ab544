#pragma once

#include "conversation.h"

#include <QByteArray>
#include <QString>

namespace awb {

/// Conversations on disk: the versioned JSON transcript of docs/transcript-format.md, and a
/// Markdown export for reading. Neither ever contains a key: a conversation holds none (a reply
/// names its provider, not its address or credentials).
class Transcript
{
public:
    static const QString Format; ///< "agent-workbench-transcript"
    static constexpr int Version = 1;

    static QByteArray toJson(const Conversation &conversation);
    /// False with a message a person can act on (not JSON, not a transcript, a newer version,
    /// a message without a role); the conversation is then left unchanged.
    static bool fromJson(const QByteArray &json, Conversation *conversation, QString *error);

    static bool save(const Conversation &conversation, const QString &path, QString *error);
    static bool load(const QString &path, Conversation *conversation, QString *error);

    static QString toMarkdown(const Conversation &conversation);
    /// The one-line figures of a reply (`1,204 in · 310 out · $0.0081 · first token 0.42 s · ...`).
    static QString replySummary(const ChatTurn &reply);
    /// `$0.0123`, with more digits for small amounts; empty for an unknown cost (< 0).
    static QString formatCost(double usd);
};

} // namespace awb
