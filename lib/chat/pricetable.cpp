#include "pricetable.h"

#include "jsonfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace awb {

namespace {

const QString Format = QStringLiteral("agent-workbench-prices");
constexpr int Version = 1;

ModelPrice price(
    const char *model, double in, double out, double cacheRead, double cacheWrite, qint64 window, const char *note = "")
{
    return { QString::fromLatin1(model), in, out, cacheRead, cacheWrite, window, QString::fromUtf8(note) };
}

// USD per million tokens as published by the providers when this table was written. They change:
// the user edits prices.json.
QList<ModelPrice> seed()
{
    return {
        price("claude-opus-4-8*", 5, 25, 0.5, 6.25, 200000),
        price("claude-sonnet-5*", 3, 15, 0.3, 3.75, 200000),
        price("claude-haiku-4-5*", 1, 5, 0.1, 1.25, 200000),
        price("claude-fable-5*", 3, 15, 0.3, 3.75, 200000,
            "placeholder: no published price known when seeded; check the provider's price page"),
        price("claude-opus-4*", 15, 75, 1.5, 18.75, 200000),
        price("claude-sonnet-4*", 3, 15, 0.3, 3.75, 200000),
        price("claude-3-5-haiku*", 0.8, 4, 0.08, 1, 200000),
        price("gpt-5", 1.25, 10, 0.125, -1, 400000),
        price("gpt-5-mini*", 0.25, 2, 0.025, -1, 400000),
        price("gpt-5-nano*", 0.05, 0.4, 0.005, -1, 400000),
        price("gpt-4.1", 2, 8, 0.5, -1, 1047576),
        price("gpt-4.1-mini*", 0.4, 1.6, 0.1, -1, 1047576),
        price("gpt-4.1-nano*", 0.1, 0.4, 0.025, -1, 1047576),
        price("gpt-4o", 2.5, 10, 1.25, -1, 128000),
        price("gpt-4o-mini*", 0.15, 0.6, 0.075, -1, 128000),
        price("o4-mini*", 1.1, 4.4, 0.275, -1, 200000),
    };
}

double perToken(double perMTok, double fallback)
{
    return (perMTok >= 0 ? perMTok : fallback) / 1e6;
}

} // namespace

bool ModelPrice::matches(const QString &modelId) const
{
    if (model.endsWith(QLatin1Char('*')))
        return modelId.startsWith(QStringView(model).chopped(1));
    return modelId == model;
}

PriceTable::PriceTable()
    : m_entries(seed())
{ }

PriceTable PriceTable::empty()
{
    PriceTable table;
    table.m_entries.clear();
    return table;
}

void PriceTable::setEntry(const ModelPrice &entry)
{
    for (ModelPrice &existing : m_entries) {
        if (existing.model == entry.model) {
            existing = entry;
            return;
        }
    }
    m_entries.append(entry);
}

bool PriceTable::removeEntry(const QString &model)
{
    return m_entries.removeIf([&](const ModelPrice &entry) { return entry.model == model; }) > 0;
}

std::optional<ModelPrice> PriceTable::find(const QString &modelId) const
{
    const ModelPrice *best = nullptr;
    for (const ModelPrice &entry : m_entries) {
        if (entry.model == modelId)
            return entry;
        if (entry.matches(modelId) && (!best || entry.model.size() > best->model.size()))
            best = &entry;
    }
    if (best)
        return *best;
    return std::nullopt;
}

double PriceTable::cost(const QString &modelId, const Usage &usage) const
{
    const std::optional<ModelPrice> entry = find(modelId);
    if (!entry || !entry->hasPrice() || usage.isEmpty())
        return -1;
    const double input = entry->inputPerMTok;
    double total = double(usage.inputTokens) * perToken(input, input);
    total += double(usage.outputTokens) * perToken(entry->outputPerMTok, 0);
    total += double(usage.cacheReadInputTokens) * perToken(entry->cacheReadPerMTok, input);
    total += double(usage.cacheCreationInputTokens) * perToken(entry->cacheWritePerMTok, input);
    return total;
}

qint64 PriceTable::contextWindow(const QString &modelId) const
{
    const std::optional<ModelPrice> entry = find(modelId);
    return entry ? entry->contextWindow : 0;
}

bool PriceTable::loadJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != Format)
        return fail(QStringLiteral("not a price table (expected \"format\": \"%1\")").arg(Format));
    if (root.value(QLatin1String("version")).toInt() != Version)
        return fail(QStringLiteral("price table version %1 is not supported (this build reads version %2)")
                        .arg(root.value(QLatin1String("version")).toInt())
                        .arg(Version));
    QList<ModelPrice> entries;
    const QJsonArray models = root.value(QLatin1String("models")).toArray();
    for (const QJsonValue &value : models) {
        const QJsonObject object = value.toObject();
        ModelPrice entry;
        entry.model = object.value(QLatin1String("model")).toString().trimmed();
        if (entry.model.isEmpty())
            return fail(QStringLiteral("entry %1 has no \"model\"").arg(entries.size() + 1));
        entry.inputPerMTok = object.value(QLatin1String("input")).toDouble(-1);
        entry.outputPerMTok = object.value(QLatin1String("output")).toDouble(-1);
        entry.cacheReadPerMTok = object.value(QLatin1String("cacheRead")).toDouble(-1);
        entry.cacheWritePerMTok = object.value(QLatin1String("cacheWrite")).toDouble(-1);
        entry.contextWindow = object.value(QLatin1String("contextWindow")).toInteger(0);
        entry.note = object.value(QLatin1String("note")).toString();
        entries.append(entry);
    }
    m_entries = entries;
    return true;
}

QByteArray PriceTable::toJson() const
{
    QJsonArray models;
    for (const ModelPrice &entry : m_entries) {
        QJsonObject object { { QStringLiteral("model"), entry.model } };
        auto put = [&object](const char *key, double value) {
            if (value >= 0)
                object.insert(QLatin1String(key), value);
        };
        put("input", entry.inputPerMTok);
        put("output", entry.outputPerMTok);
        put("cacheRead", entry.cacheReadPerMTok);
        put("cacheWrite", entry.cacheWritePerMTok);
        if (entry.contextWindow > 0)
            object.insert(QStringLiteral("contextWindow"), entry.contextWindow);
        if (!entry.note.isEmpty())
            object.insert(QStringLiteral("note"), entry.note);
        models.append(object);
    }
    const QJsonObject root {
        { QStringLiteral("format"), Format },
        { QStringLiteral("version"), Version },
        { QStringLiteral("note"),
            QStringLiteral("USD per million tokens and context windows in tokens. Editable data, not truth: "
                           "check the providers' price pages and correct what changed.") },
        { QStringLiteral("models"), models },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool PriceTable::load(const QString &path, QString *error)
{
    return JsonFile::read(
        path, [this](const QByteArray &json, QString *why) { return loadJson(json, why); }, error);
}

bool PriceTable::save(const QString &path, QString *error) const
{
    return JsonFile::write(path, toJson(), error);
}

QString PriceTable::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/prices.json");
}

} // namespace awb
