#include "modelaliascheck.h"

namespace awb {

namespace {

QString newestOfFamily(const QString &alias, const QList<ModelInfo> &models)
{
    const QString family = QStringLiteral("-%1-").arg(alias);
    QString best;
    QDateTime bestTime;
    for (const ModelInfo &model : models) {
        if (!model.id.contains(family) && !model.id.endsWith(QLatin1Char('-') + alias))
            continue;
        if (best.isEmpty() || (model.createdAt.isValid() && (!bestTime.isValid() || model.createdAt > bestTime))) {
            best = model.id;
            bestTime = model.createdAt;
        }
    }
    return best;
}

bool listed(const QString &id, const QList<ModelInfo> &models)
{
    for (const ModelInfo &model : models) {
        if (model.id == id)
            return true;
    }
    return false;
}

} // namespace

QList<ModelAliasCheck::Problem> ModelAliasCheck::check(const ModelAliases &aliases, const QList<ModelInfo> &models)
{
    QList<Problem> problems;
    for (const auto &pair : aliases.aliases()) {
        if (!listed(pair.second, models))
            problems.append({ pair.first, pair.second, newestOfFamily(pair.first, models) });
    }
    if (!listed(aliases.sessionModel(), models))
        problems.append({ QStringLiteral("inherit"), aliases.sessionModel(), QString() });
    return problems;
}

} // namespace awb
