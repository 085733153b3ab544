#pragma once

#include "agent/modelaliases.h"
#include "modelinfo.h"

#include <QStringList>

namespace awb {

/// Checks Claude Code's alias table (agent/modelaliases.h) against a fetched model list.
struct ModelAliasCheck
{
    struct Problem
    {
        QString alias; ///< "opus", or "inherit" for the session model
        QString id; ///< what it resolves to
        QString suggestion; ///< the newest listed model of the same family, if any
    };

    /// Aliases whose target is not among `models`.
    static QList<Problem> check(const ModelAliases &aliases, const QList<ModelInfo> &models);
};

} // namespace awb
