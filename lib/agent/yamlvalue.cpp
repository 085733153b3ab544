#include "yamlvalue.h"

#include <QJsonArray>
#include <QJsonObject>

namespace awb {

YamlValue YamlValue::makeString(const QString &text, Style style)
{
    YamlValue v;
    v.m_kind = Kind::String;
    v.m_style = style;
    v.m_text = text;
    return v;
}

YamlValue YamlValue::makeBool(bool value)
{
    YamlValue v;
    v.m_kind = Kind::Bool;
    v.m_bool = value;
    v.m_text = value ? QStringLiteral("true") : QStringLiteral("false");
    return v;
}

YamlValue YamlValue::makeInt(qint64 value)
{
    YamlValue v;
    v.m_kind = Kind::Int;
    v.m_int = value;
    v.m_double = double(value);
    v.m_text = QString::number(value);
    return v;
}

YamlValue YamlValue::makeSequence(const QStringList &items, Style style)
{
    YamlValue v;
    v.m_kind = Kind::Sequence;
    v.m_style = style;
    for (const QString &item : items)
        v.m_items.append(makeString(item));
    return v;
}

YamlValue YamlValue::makeList(const QList<YamlValue> &items, Style style)
{
    YamlValue v;
    v.m_kind = Kind::Sequence;
    v.m_style = style;
    v.m_items = items;
    return v;
}

YamlValue YamlValue::makeMapping(const QList<QPair<QString, YamlValue>> &entries)
{
    YamlValue v;
    v.m_kind = Kind::Mapping;
    v.m_style = Style::Block;
    for (const auto &e : entries) {
        Entry entry;
        entry.key = e.first;
        entry.value = e.second;
        v.m_entries.append(entry);
    }
    return v;
}

void YamlValue::cover(int line, int column, int endLine)
{
    if (line >= 0 && (m_line < 0 || line < m_line)) {
        m_line = line;
        m_column = column;
    }
    if (endLine > m_endLine)
        m_endLine = endLine;
}

void YamlValue::appendItem(YamlValue &&item)
{
    cover(item.m_line, item.m_column, item.m_endLine);
    m_items.append(std::move(item));
}

void YamlValue::appendEntry(Entry &&entry)
{
    cover(entry.keyLine, entry.keyColumn, entry.keyLine);
    if (entry.value.m_endLine < 0)
        entry.value.m_endLine = entry.keyLine;
    if (entry.value.m_line < 0) {
        entry.value.m_line = entry.keyLine;
        entry.value.m_column = entry.keyColumn;
    }
    cover(entry.value.m_line, entry.value.m_column, entry.value.m_endLine);
    m_entries.append(std::move(entry));
}

const YamlValue *YamlValue::find(const QString &key) const
{
    // Later duplicates win, as in JavaScript objects.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        if (m_entries.at(i).key == key)
            return &m_entries.at(i).value;
    }
    return nullptr;
}

QJsonValue YamlValue::toJson() const
{
    switch (m_kind) {
    case Kind::Null:
        return QJsonValue(QJsonValue::Null);
    case Kind::Bool:
        return m_bool;
    case Kind::Int:
        return double(m_int);
    case Kind::Float:
        return m_double;
    case Kind::String:
        return m_text;
    case Kind::Sequence: {
        QJsonArray array;
        for (const YamlValue &item : m_items)
            array.append(item.toJson());
        return array;
    }
    case Kind::Mapping: {
        QJsonObject object;
        for (const Entry &entry : m_entries)
            object.insert(entry.key, entry.value.toJson());
        return object;
    }
    }
    return {};
}

QString YamlValue::kindName() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Bool:
        return QStringLiteral("boolean");
    case Kind::Int:
    case Kind::Float:
        return QStringLiteral("number");
    case Kind::String:
        return QStringLiteral("string");
    case Kind::Sequence:
        return QStringLiteral("list");
    case Kind::Mapping:
        return QStringLiteral("mapping");
    }
    return {};
}

QString YamlValue::describe() const
{
    switch (m_kind) {
    case Kind::Null:
        return QStringLiteral("nothing");
    case Kind::Bool:
        return m_bool ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Int:
    case Kind::Float:
    case Kind::String:
        return m_text;
    case Kind::Sequence:
        return QStringLiteral("a list of %1 items").arg(m_items.size());
    case Kind::Mapping:
        return QStringLiteral("a mapping of %1 keys").arg(m_entries.size());
    }
    return {};
}

bool YamlValue::operator==(const YamlValue &other) const
{
    return m_kind == other.m_kind && m_text == other.m_text && m_bool == other.m_bool && m_int == other.m_int
        && m_items == other.m_items && m_entries == other.m_entries;
}

} // namespace awb
