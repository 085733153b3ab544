#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace awb {

/// A YAML node as the core schema resolves it, with where it came from.
/// Plain value type: cheap to copy, comparable, no parser state behind it.
class YamlValue
{
public:
    enum class Kind { Null, Bool, Int, Float, String, Sequence, Mapping };
    enum class Style { Plain, SingleQuoted, DoubleQuoted, Literal, Folded, Flow, Block };

    struct Entry;

    YamlValue() = default;
    static YamlValue makeString(const QString &text, Style style = Style::Plain);
    static YamlValue makeBool(bool value);
    static YamlValue makeInt(qint64 value);
    static YamlValue makeSequence(const QStringList &items, Style style = Style::Block);
    static YamlValue makeList(const QList<YamlValue> &items, Style style = Style::Block);
    /// A mapping with keys in the given order.
    static YamlValue makeMapping(const QList<QPair<QString, YamlValue>> &entries);

    Kind kind() const { return m_kind; }
    Style style() const { return m_style; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isString() const { return m_kind == Kind::String; }
    bool isScalar() const { return m_kind != Kind::Sequence && m_kind != Kind::Mapping; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    bool isMapping() const { return m_kind == Kind::Mapping; }

    /// The scalar as written (after YAML unquoting); empty for collections.
    const QString &text() const { return m_text; }
    bool toBool() const { return m_bool; }
    qint64 toInt() const { return m_int; }
    double toDouble() const { return m_double; }

    const QList<YamlValue> &items() const { return m_items; }
    const QList<Entry> &entries() const { return m_entries; }
    /// The value of a mapping key, or nullptr.
    const YamlValue *find(const QString &key) const;

    /// 0-based line and column in the parsed text where the node starts and ends.
    int line() const { return m_line; }
    int column() const { return m_column; }
    int endLine() const { return m_endLine; }

    /// What a JavaScript reader would make of it (numbers as numbers, and so on).
    QJsonValue toJson() const;
    /// A one-line human rendering, used in messages.
    QString describe() const;
    QString kindName() const;

    bool operator==(const YamlValue &other) const;

private:
    friend class YamlReader;
    friend class SimpleYamlReader;
    /// The readers build collections with these: each child widens the collection's span, and an
    /// entry without a place of its own (an empty value) takes its key's.
    void appendItem(YamlValue &&item);
    void appendEntry(Entry &&entry);
    void cover(int line, int column, int endLine);
    Kind m_kind = Kind::Null;
    Style m_style = Style::Plain;
    QString m_text;
    bool m_bool = false;
    qint64 m_int = 0;
    double m_double = 0;
    QList<YamlValue> m_items;
    QList<Entry> m_entries;
    int m_line = -1;
    int m_column = -1;
    int m_endLine = -1;
};

struct YamlValue::Entry
{
    QString key;
    int keyLine = -1;
    int keyColumn = -1;
    YamlValue value;
    bool operator==(const Entry &other) const = default;
};

} // namespace awb
