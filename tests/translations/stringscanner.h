#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace awb {

/// Finds string literals in C++ source that a person would read but that are not marked for
/// translation. Two rules:
///  - a literal that reaches a text-taking call (setText, setToolTip, addAction, QMessageBox::…,
///    new QLabel(…), …) without passing through tr()/translate()/QT_TR_NOOP;
///  - anywhere else, a literal that reads like a sentence (two or more words, starting with a
///    capital), unless it is in a log statement or a non-text context (object names, icons, keys).
/// Literals without letters, and lowercase single tokens (keys, ids, paths) are data, not text.
class StringScanner
{
public:
    struct Finding
    {
        QString file; ///< as given to scanFile
        int line = 0;
        QString context; ///< the call it was passed to, or "sentence"
        QString literal; ///< the literal's text as written in the source, without quotes
        QString toString() const;
    };

    /// `allowed` holds "file|literal" entries that are deliberate exceptions.
    explicit StringScanner(const QSet<QString> &allowed = {});

    QList<Finding> scan(const QString &fileName, const QString &source) const;
    /// Which allowlist entries matched something in the scans so far (stale entries can be reported).
    QSet<QString> usedAllowances() const { return m_used; }

    /// Exposed for the scanner's own tests.
    static bool isTextLike(const QString &literal);
    static bool isSentenceLike(const QString &literal);

private:
    QSet<QString> m_allowed;
    mutable QSet<QString> m_used;
};

} // namespace awb
