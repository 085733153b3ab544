#pragma once

#include "agentdocument.h"

namespace awb {

/// Rewrites an agent file into a strict, portable form: YAML every reader accepts, LF line
/// endings, examples kept, and Claude Code still reads the same name, description and tools.
class AgentFormatter
{
public:
    struct Result
    {
        bool ok = false;
        QString text;
        QString errorString;
        bool changed = false;
    };

    static Result format(const AgentDocument &doc);
};

} // namespace awb
