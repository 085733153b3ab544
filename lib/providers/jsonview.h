#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <initializer_list>
#include <optional>

namespace awb {

/// A validating, read-only view of one JSON text for the streaming hot path (one per SSE event):
/// parse() checks the whole text against RFC 8259 (including UTF-8 inside strings and a nesting
/// limit) without building a tree; lookups then walk the text, and strings are unescaped only when
/// asked for. For anything bigger than a few fields, use QJsonDocument.
class JsonView
{
public:
    /// False when `text` is not exactly one valid JSON value (surrounding whitespace allowed).
    /// The view keeps pointing into `text`, which must outlive it.
    bool parse(QByteArrayView text);
    bool isValid() const { return m_valid; }

    using Path = std::initializer_list<QLatin1StringView>;

    /// The raw JSON text of the value at `path` (keys of nested objects from the root), or an
    /// empty view when absent or not reachable through objects.
    QByteArrayView raw(Path path) const;
    /// The string at `path`, unescaped; nullopt when absent or not a string.
    std::optional<QString> string(Path path) const;
    /// The integer at `path`; nullopt when absent or not an integer that fits in 64 bits.
    std::optional<qint64> integer(Path path) const;
    bool isNull(Path path) const { return raw(path) == QByteArrayView("null"); }

    static QString unescape(QByteArrayView quoted); ///< a valid JSON string literal, with its quotes

private:
    QByteArrayView m_text;
    bool m_valid = false;
};

} // namespace awb
