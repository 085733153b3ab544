#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace awb {

/// What the find bar looks for, compiled once: plain text or a regular expression, with case and
/// whole-word options. Matches never span lines and are never empty.
class TextSearch
{
public:
    struct Options
    {
        bool caseSensitive = false;
        bool wholeWords = false;
        bool regularExpression = false;
        bool operator==(const Options &other) const = default;
    };

    struct Match
    {
        int start = 0; ///< position in the document
        int length = 0;
        QStringList captures; ///< group 0 (the whole match), 1, 2, ...
        int end() const { return start + length; }
    };

    TextSearch() = default;
    TextSearch(const QString &pattern, const Options &options);

    bool isEmpty() const { return m_pattern.isEmpty(); }
    bool isValid() const { return !isEmpty() && m_regex.isValid(); }
    /// Why a regular expression does not compile, in words.
    QString errorString() const;

    QList<Match> matches(const QTextDocument *document) const;
    /// The text that replaces `match`: in regex mode `\0`..`\9` insert groups, `\n` and `\t` a newline
    /// and a tab, `\\` a backslash; in plain mode the replacement is used as written.
    QString replacementFor(const Match &match, const QString &replacement) const;

private:
    QString m_pattern;
    Options m_options;
    QRegularExpression m_regex;
};

} // namespace awb
