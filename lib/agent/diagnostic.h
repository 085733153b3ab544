#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace awb {

/// A replacement of part of a file's text that resolves a diagnostic.
struct TextFix
{
    QString label;       ///< what applying it does, e.g. "Quote the description"
    qsizetype start = 0; ///< offset in the file text (UTF-16 units)
    qsizetype length = 0;
    QString replacement;

    bool isValid() const { return !label.isEmpty(); }
    QString applyTo(const QString &text) const { return QString(text).replace(start, length, replacement); }
    bool operator==(const TextFix &other) const = default;
};

struct Diagnostic
{
    enum class Severity { Error, Warning, Info };

    QString code;       ///< stable identifier, e.g. `skipped-no-name`
    Severity severity = Severity::Warning;
    int line = 1;       ///< 1-based
    int column = 1;     ///< 1-based, in characters
    int endLine = 1;
    int endColumn = 1;
    QString message;
    TextFix fix;

    static QString severityName(Severity severity);
    QJsonObject toJson() const;
    /// `path:line:column: severity: message [code]`
    QString toText(const QString &path) const;
    bool operator==(const Diagnostic &other) const = default;
};

using Diagnostics = QList<Diagnostic>;

} // namespace awb
