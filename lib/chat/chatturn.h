#pragma once

#include "providers/usage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace awb {

/// A tool call the model asked for. The workbench does not run tools; it shows them.
struct ToolCall
{
    QString id;
    QString name;
    QString inputJson; ///< the arguments as the model sent them (JSON text, possibly partial)

    bool operator==(const ToolCall &other) const = default;
};

/// One turn of a conversation: what the person wrote, or a reply with its figures.
struct ChatTurn
{
    enum class Role { User, Assistant };

    Role role = Role::User;
    QString text;
    QString thinking; ///< the model's visible reasoning, shown folded
    QList<ToolCall> toolCalls;
    QDateTime timestamp;

    // Replies only.
    QString provider; ///< the provider's name as the user configured it
    QString model; ///< the model id that answered (as the server reported it, else as requested)
    Usage usage; ///< empty when the provider reported nothing
    double costUsd = -1; ///< -1: no price known for the model
    qint64 timeToFirstTokenMs = -1;
    qint64 durationMs = -1;
    double tokensPerSecond = -1;
    QString stopReason; ///< as the provider said it (`end_turn`, `stop`, `length`, ...)
    QString requestId;
    bool interrupted = false; ///< the reply did not complete (stopped, dropped, failed)
    QString interruptionReason; ///< why, in words, when interrupted

    bool isUser() const { return role == Role::User; }
    bool isAssistant() const { return role == Role::Assistant; }
    static ChatTurn user(const QString &text);
    static QString roleName(Role role); ///< "user" / "assistant" (the transcript's spelling)
    static bool roleFromName(const QString &name, Role *role);

    bool operator==(const ChatTurn &other) const = default;
};

} // namespace awb
