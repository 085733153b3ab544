#include "providerjob.h"

namespace awb {

void ProviderJob::setError(ProviderError error, const QString &message)
{
    m_error = error;
    m_errorString = message;
}

bool ProviderJob::emitFinished()
{
    if (m_finished)
        return false;
    m_finished = true;
    Q_EMIT finished();
    return true;
}

} // namespace awb
