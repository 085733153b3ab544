#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace awb {

/// One entry of a provider's model list.
struct ModelInfo
{
    QString id; ///< what goes into ChatRequest::model
    QString displayName; ///< Anthropic's display_name; otherwise the id
    QDateTime createdAt; ///< when the provider says (may be invalid)
    QString ownedBy; ///< OpenAI's owned_by; Ollama's family
    qint64 sizeBytes = 0; ///< Ollama: size on disk

    friend bool operator==(const ModelInfo &, const ModelInfo &) = default;
};

} // namespace awb

Q_DECLARE_METATYPE(awb::ModelInfo)
