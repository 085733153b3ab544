#include "listingline.h"

namespace awb {

QString ListingLine::toolsShown(const ToolList &tools, const ToolList &disallowed)
{
    const QStringList denied = disallowed.all ? QStringList() : disallowed.entries;
    if (tools.all) {
        if (denied.isEmpty())
            return QStringLiteral("All tools");
        return QStringLiteral("All tools except ") + denied.join(QStringLiteral(", "));
    }
    QStringList shown;
    for (const QString &entry : tools.entries) {
        if (!denied.contains(entry))
            shown.append(entry);
    }
    return shown.join(QStringLiteral(", "));
}

QString ListingLine::format(const QString &name, const QString &description, const QString &toolsShown)
{
    return QStringLiteral("- ") + name + QStringLiteral(": ") + description + QStringLiteral(" (Tools: ")
        + toolsShown + QLatin1Char(')');
}

QString ListingLine::format(const QString &name, const QString &description, const ToolList &tools,
                            const ToolList &disallowed)
{
    return format(name, description, toolsShown(tools, disallowed));
}

} // namespace awb
