#pragma once

#include "chatturn.h"

#include <QList>
#include <QString>

#include <optional>

namespace awb {

/// What one model costs and how much it can hold. Prices in USD per million tokens; -1 unknown.
struct ModelPrice
{
    QString model; ///< an exact model id, or a prefix ending in `*` (`claude-haiku-4-5*`)
    double inputPerMTok = -1;
    double outputPerMTok = -1;
    double cacheReadPerMTok = -1; ///< -1: charged as input
    double cacheWritePerMTok = -1; ///< -1: charged as input
    qint64 contextWindow = 0; ///< tokens; 0 unknown
    QString note;

    bool hasPrice() const { return inputPerMTok >= 0 && outputPerMTok >= 0; }
    bool matches(const QString &modelId) const;
    bool operator==(const ModelPrice &other) const = default;
};

/// Prices and context windows per model. Editable data, not truth: seeded with the published
/// prices at the time of writing, saved as JSON in the settings folder where the user can
/// correct them. Lookup prefers an exact id, then the longest matching prefix.
class PriceTable
{
public:
    PriceTable(); ///< seeded
    static PriceTable empty();

    const QList<ModelPrice> &entries() const { return m_entries; }
    /// Adds or replaces the entry with the same `model` key.
    void setEntry(const ModelPrice &entry);
    bool removeEntry(const QString &model);

    std::optional<ModelPrice> find(const QString &modelId) const;
    /// The cost of one reply in USD, or -1 when the model has no price or the usage is unknown.
    double cost(const QString &modelId, const Usage &usage) const;
    /// 0 when unknown.
    qint64 contextWindow(const QString &modelId) const;

    /// `{"format": "agent-workbench-prices", "version": 1, "models": [...]}`; an unreadable file
    /// changes nothing and says why.
    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
    bool load(const QString &path, QString *error = nullptr);
    bool save(const QString &path, QString *error = nullptr) const;
    /// `prices.json` in the application's settings folder.
    static QString defaultPath();

    bool operator==(const PriceTable &other) const = default;

private:
    QList<ModelPrice> m_entries;
};

} // namespace awb
