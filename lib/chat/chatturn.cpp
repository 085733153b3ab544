#include "chatturn.h"

namespace awb {

ChatTurn ChatTurn::user(const QString &text)
{
    ChatTurn message;
    message.role = Role::User;
    message.text = text;
    message.timestamp = QDateTime::currentDateTimeUtc();
    return message;
}

QString ChatTurn::roleName(Role role)
{
    switch (role) {
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    }
    return {};
}

bool ChatTurn::roleFromName(const QString &name, Role *role)
{
    if (name == QLatin1String("user")) {
        *role = Role::User;
        return true;
    }
    if (name == QLatin1String("assistant")) {
        *role = Role::Assistant;
        return true;
    }
    return false;
}

} // namespace awb
