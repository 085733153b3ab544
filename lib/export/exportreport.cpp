#include "exportreport.h"

#include <QJsonArray>

namespace awb {

static QString outcomeName(ExportReport::Outcome outcome)
{
    switch (outcome) {
    case ExportReport::Outcome::Carried:
        return QStringLiteral("carried");
    case ExportReport::Outcome::Mapped:
        return QStringLiteral("mapped");
    case ExportReport::Outcome::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

QStringList ExportReport::droppedFields() const
{
    QStringList out;
    for (const Item &i : items) {
        if (i.outcome == Outcome::Dropped)
            out.append(i.field);
    }
    return out;
}

QJsonObject ExportReport::toJson() const
{
    QJsonArray fields;
    for (const Item &i : items) {
        QJsonObject o{{QStringLiteral("field"), i.field}, {QStringLiteral("outcome"), outcomeName(i.outcome)}};
        if (!i.note.isEmpty())
            o.insert(QStringLiteral("note"), i.note);
        fields.append(o);
    }
    return {{QStringLiteral("agent"), agent},
            {QStringLiteral("format"), format},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

QString ExportReport::toText() const
{
    QStringList lines{QStringLiteral("%1 -> %2").arg(agent, format)};
    for (const Item &i : items) {
        lines.append(QStringLiteral("  %1 %2%3")
                         .arg(outcomeName(i.outcome).leftJustified(8), i.field,
                              i.note.isEmpty() ? QString() : QStringLiteral(": ") + i.note));
    }
    for (const QString &w : warnings)
        lines.append(QStringLiteral("  warning: ") + w);
    return lines.join(QLatin1Char('\n'));
}

} // namespace awb
