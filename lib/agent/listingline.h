#pragma once

#include "toollist.h"

#include <QString>

namespace awb {

/// The line Claude Code sends to the model for each agent it loaded:
/// `- name: description (Tools: ...)`. Every feature that needs it calls here.
class ListingLine
{
public:
    /// The text inside `(Tools: ...)`.
    static QString toolsShown(const ToolList &tools, const ToolList &disallowed);
    static QString format(const QString &name, const QString &description, const QString &toolsShown);
    static QString format(const QString &name, const QString &description, const ToolList &tools,
                          const ToolList &disallowed);
};

} // namespace awb
