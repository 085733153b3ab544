#include "usage.h"

namespace awb {

Usage &Usage::operator+=(const Usage &other)
{
    inputTokens += other.inputTokens;
    outputTokens += other.outputTokens;
    cacheReadInputTokens += other.cacheReadInputTokens;
    cacheCreationInputTokens += other.cacheCreationInputTokens;
    return *this;
}

} // namespace awb
