#pragma once

#include "contentblock.h"

#include <QList>
#include <QMetaType>

namespace awb {

/// One turn of a conversation as sent to or received from a provider.
struct ChatMessage
{
    enum class Role { User, Assistant };

    Role role = Role::User;
    QList<ContentBlock> content;

    static ChatMessage user(const QString &text);
    static ChatMessage assistant(const QString &text);

    /// All text blocks joined, without thinking or tool blocks.
    QString text() const;
    /// All thinking blocks joined.
    QString thinking() const;
    QList<ContentBlock> toolUses() const;
    bool isEmpty() const { return content.isEmpty(); }

    static QString roleName(Role role); ///< "user", "assistant"

    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::ChatMessage)
