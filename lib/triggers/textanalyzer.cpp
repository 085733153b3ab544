#include "textanalyzer.h"

#include <QSet>

#include <libstemmer.h>

namespace awb {

namespace {

// English function words (Snowball's English stop list, shortened to the words that carry no topic),
// plus the words every agent description repeats and that say nothing about which agent fits.
const QSet<QString> &stopWords()
{
    static const QSet<QString> words = [] {
        const char *const list[] = {
            "a",
            "about",
            "above",
            "after",
            "again",
            "against",
            "all",
            "am",
            "an",
            "and",
            "any",
            "are",
            "aren't",
            "as",
            "at",
            "be",
            "because",
            "been",
            "before",
            "being",
            "below",
            "between",
            "both",
            "but",
            "by",
            "can",
            "can't",
            "cannot",
            "could",
            "couldn't",
            "did",
            "didn't",
            "do",
            "does",
            "doesn't",
            "doing",
            "don't",
            "down",
            "during",
            "each",
            "few",
            "for",
            "from",
            "further",
            "had",
            "hadn't",
            "has",
            "hasn't",
            "have",
            "haven't",
            "having",
            "he",
            "he'd",
            "he'll",
            "he's",
            "her",
            "here",
            "here's",
            "hers",
            "herself",
            "him",
            "himself",
            "his",
            "how",
            "how's",
            "i",
            "i'd",
            "i'll",
            "i'm",
            "i've",
            "if",
            "in",
            "into",
            "is",
            "isn't",
            "it",
            "it's",
            "its",
            "itself",
            "let's",
            "me",
            "more",
            "most",
            "mustn't",
            "my",
            "myself",
            "no",
            "nor",
            "not",
            "of",
            "off",
            "on",
            "once",
            "only",
            "or",
            "other",
            "ought",
            "our",
            "ours",
            "ourselves",
            "out",
            "over",
            "own",
            "same",
            "shan't",
            "she",
            "she'd",
            "she'll",
            "she's",
            "should",
            "shouldn't",
            "so",
            "some",
            "such",
            "than",
            "that",
            "that's",
            "the",
            "their",
            "theirs",
            "them",
            "themselves",
            "then",
            "there",
            "there's",
            "these",
            "they",
            "they'd",
            "they'll",
            "they're",
            "they've",
            "this",
            "those",
            "through",
            "to",
            "too",
            "under",
            "until",
            "up",
            "very",
            "was",
            "wasn't",
            "we",
            "we'd",
            "we'll",
            "we're",
            "we've",
            "were",
            "weren't",
            "what",
            "what's",
            "when",
            "when's",
            "where",
            "where's",
            "which",
            "while",
            "who",
            "who's",
            "whom",
            "why",
            "why's",
            "will",
            "with",
            "won't",
            "would",
            "wouldn't",
            "you",
            "you'd",
            "you'll",
            "you're",
            "you've",
            "your",
            "yours",
            "yourself",
            "yourselves",
            "also",
            "just",
            "like",
            "e.g",
            "etc",
            "via",
            "use",
            "using",
            "used",
            "please",
            "can",
            "need",
            "want",
            "let",
            "get",
            "make",
            "sure",
        };
        QSet<QString> set;
        for (const char *word : list)
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    return words;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

} // namespace

TextAnalyzer::TextAnalyzer()
    : m_stemmer(sb_stemmer_new("english", "UTF_8"))
{ }

TextAnalyzer::~TextAnalyzer()
{
    sb_stemmer_delete(m_stemmer);
}

bool TextAnalyzer::isStopWord(const QString &lowerWord)
{
    return stopWords().contains(lowerWord);
}

QString TextAnalyzer::stem(const QString &lowerWord) const
{
    const auto cached = m_stems.constFind(lowerWord);
    if (cached != m_stems.constEnd())
        return *cached;
    QString stemmed = lowerWord;
    if (m_stemmer) {
        const QByteArray utf8 = lowerWord.toUtf8();
        const sb_symbol *out
            = sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
        if (out)
            stemmed = QString::fromUtf8(reinterpret_cast<const char *>(out), sb_stemmer_length(m_stemmer));
    }
    if (m_stems.size() > 200000)
        m_stems.clear();
    m_stems.insert(lowerWord, stemmed);
    return stemmed;
}

QList<TextAnalyzer::Token> TextAnalyzer::tokens(const QString &text) const
{
    QList<Token> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    QString word;
    while (i < n) {
        if (!isWordChar(text.at(i))) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < n
            && (isWordChar(text.at(i))
                || (isApostrophe(text.at(i)) && i + 1 < n && isWordChar(text.at(i + 1)) && i > start))) {
            ++i;
        }
        word = text.mid(start, i - start).toLower();
        word.replace(QChar(0x2019), QLatin1Char('\''));
        if (word.size() < 2 || isStopWord(word))
            continue;
        // Possessives and contractions the stop list did not catch: keep the word part.
        const qsizetype apostrophe = word.indexOf(QLatin1Char('\''));
        if (apostrophe > 0)
            word.truncate(apostrophe);
        if (word.size() < 2 || isStopWord(word))
            continue;
        out.append(Token { stem(word), TextSpan { int(start), int(i - start) } });
    }
    return out;
}

QStringList TextAnalyzer::terms(const QString &text) const
{
    QStringList out;
    const QList<Token> all = tokens(text);
    out.reserve(all.size());
    for (const Token &token : all)
        out.append(token.term);
    return out;
}

} // namespace awb
