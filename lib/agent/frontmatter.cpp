#include "frontmatter.h"

namespace awb {

bool FrontmatterSplit::isJsSpace(QChar c)
{
    switch (c.unicode()) {
    case 0x09:
    case 0x0a:
    case 0x0b:
    case 0x0c:
    case 0x0d:
    case 0x20:
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
        return true;
    default:
        return c.unicode() >= 0x2000 && c.unicode() <= 0x200a;
    }
}

FrontmatterSplit FrontmatterSplit::find(const QString &text)
{
    // Mirrors /^---\s*\n([\s\S]*?)---\s*\n?/ without a regex engine.
    FrontmatterSplit split;
    if (!text.startsWith(QLatin1String("---")))
        return split;
    qsizetype i = 3;
    qsizetype lastNewline = -1;
    while (i < text.size() && isJsSpace(text.at(i))) {
        if (text.at(i) == QLatin1Char('\n'))
            lastNewline = i;
        ++i;
    }
    if (lastNewline < 0)
        return split;
    const qsizetype open = lastNewline + 1;
    // Find each '-' with the fast single-character search, then look at the two after it.
    qsizetype close = text.indexOf(QLatin1Char('-'), open);
    while (close >= 0 && close + 2 < text.size()
        && (text.at(close + 1) != QLatin1Char('-') || text.at(close + 2) != QLatin1Char('-')))
        close = text.indexOf(QLatin1Char('-'), close + 1);
    if (close + 2 >= text.size())
        close = -1;
    if (close < 0)
        return split;
    qsizetype body = close + 3;
    while (body < text.size() && isJsSpace(text.at(body)))
        ++body;
    split.found = true;
    split.openEnd = open;
    split.closeStart = close;
    split.bodyStart = body;
    split.closedMidLine = close > open && text.at(close - 1) != QLatin1Char('\n');
    return split;
}

} // namespace awb
