#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace awb {

/// What happened to each field when an agent moved from one format to another.
struct ExportReport
{
    enum class Outcome { Carried, Mapped, Dropped };
    struct Item
    {
        QString field;
        Outcome outcome = Outcome::Carried;
        QString note; ///< how it was mapped, or why it was dropped
        bool operator==(const Item &other) const = default;
    };

    QString agent;
    QString format;
    QList<Item> items;
    QStringList warnings;

    void carried(const QString &field) { items.append({field, Outcome::Carried, {}}); }
    void mapped(const QString &field, const QString &how) { items.append({field, Outcome::Mapped, how}); }
    void dropped(const QString &field, const QString &why) { items.append({field, Outcome::Dropped, why}); }
    QStringList droppedFields() const;
    QJsonObject toJson() const;
    QString toText() const;
};

} // namespace awb
