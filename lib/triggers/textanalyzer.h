#pragma once

#include "triggerresult.h"

#include <QHash>
#include <QList>
#include <QString>

struct sb_stemmer;

namespace awb {

/// Splits text into stemmed terms for the lexical router: lower case, runs of letters and digits
/// (an inner `-`, `_` or `'` keeps a word together only for the stop-word check, then splits), English
/// stop words dropped, Snowball's English stemmer (libstemmer). Not thread-safe: one per thread.
class TextAnalyzer
{
public:
    struct Token
    {
        QString term; ///< the stem
        TextSpan span; ///< where the word is in the text
    };

    TextAnalyzer();
    ~TextAnalyzer();
    TextAnalyzer(const TextAnalyzer &) = delete;
    TextAnalyzer &operator=(const TextAnalyzer &) = delete;

    QList<Token> tokens(const QString &text) const;
    QStringList terms(const QString &text) const;
    QString stem(const QString &lowerWord) const;
    static bool isStopWord(const QString &lowerWord);

private:
    sb_stemmer *m_stemmer = nullptr;
    mutable QHash<QString, QString> m_stems; ///< words repeat a lot; stemming each once is most of the speed
};

} // namespace awb
