#include "toollist.h"

namespace awb {

QStringList ToolList::splitToolString(const QString &text)
{
    QStringList out;
    QString current;
    int depth = 0;
    auto flush = [&] {
        const QString t = current.trimmed();
        if (!t.isEmpty())
            out.append(t);
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        if (depth == 0 && (c == QLatin1Char(',') || c.isSpace())) {
            flush();
            continue;
        }
        current.append(c);
    }
    flush();
    return out;
}

QString ToolList::baseName(const QString &entry)
{
    const qsizetype paren = entry.indexOf(QLatin1Char('('));
    return (paren < 0 ? entry : entry.left(paren)).trimmed();
}

ToolList ToolList::fromYaml(const YamlValue *value)
{
    ToolList list;
    if (!value || value->isNull()) {
        list.all = true;
        return list;
    }
    list.present = true;
    if (value->isSequence()) {
        for (const YamlValue &item : value->items()) {
            if (item.isScalar() && !item.isNull())
                list.entries.append(item.text().trimmed());
        }
        list.entries.removeAll(QString());
    } else if (value->isScalar()) {
        list.fromString = true;
        list.entries = splitToolString(value->text());
    }
    list.all = list.entries.isEmpty() || list.entries.contains(QStringLiteral("*"));
    return list;
}

} // namespace awb
