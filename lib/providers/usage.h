#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace awb {

/// Token counts of one reply as the provider reports them. Anthropic's usage is cumulative
/// over the stream; each update replaces the previous one.
struct Usage
{
    qint64 inputTokens = 0; ///< uncached input tokens
    qint64 outputTokens = 0;
    qint64 cacheReadInputTokens = 0;
    qint64 cacheCreationInputTokens = 0;

    /// Everything the model read: uncached + cache read + cache creation.
    qint64 totalInputTokens() const { return inputTokens + cacheReadInputTokens + cacheCreationInputTokens; }
    bool isEmpty() const { return totalInputTokens() == 0 && outputTokens == 0; }

    Usage &operator+=(const Usage &other);
    friend bool operator==(const Usage &, const Usage &) = default;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::Usage)
