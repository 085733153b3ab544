#include "textsearch.h"

#include <QTextBlock>
#include <QTextDocument>

namespace awb {

TextSearch::TextSearch(const QString &pattern, const Options &options)
    : m_pattern(pattern)
    , m_options(options)
{
    QString expression = options.regularExpression ? pattern : QRegularExpression::escape(pattern);
    if (options.wholeWords)
        expression = QStringLiteral("(?<!\\w)(?:%1)(?!\\w)").arg(expression);
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    m_regex = QRegularExpression(expression, flags);
}

QString TextSearch::errorString() const
{
    if (isEmpty() || m_regex.isValid())
        return {};
    return QStringLiteral("%1 (at %2)").arg(m_regex.errorString()).arg(m_regex.patternErrorOffset());
}

QList<TextSearch::Match> TextSearch::matches(const QTextDocument *document) const
{
    QList<Match> out;
    if (!isValid() || !document)
        return out;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        auto it = m_regex.globalMatch(block.text());
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            out.append({ block.position() + int(m.capturedStart()), int(m.capturedLength()), m.capturedTexts() });
        }
    }
    return out;
}

QString TextSearch::replacementFor(const Match &match, const QString &replacement) const
{
    if (!m_options.regularExpression)
        return replacement;
    QString out;
    out.reserve(replacement.size());
    for (qsizetype i = 0; i < replacement.size(); ++i) {
        const QChar ch = replacement.at(i);
        if (ch != QLatin1Char('\\') || i + 1 == replacement.size()) {
            out.append(ch);
            continue;
        }
        const QChar next = replacement.at(++i);
        if (next.isDigit())
            out.append(match.captures.value(next.digitValue()));
        else if (next == QLatin1Char('n'))
            out.append(QLatin1Char('\n'));
        else if (next == QLatin1Char('t'))
            out.append(QLatin1Char('\t'));
        else if (next == QLatin1Char('\\'))
            out.append(QLatin1Char('\\'));
        else
            out.append(ch).append(next);
    }
    return out;
}

} // namespace awb
