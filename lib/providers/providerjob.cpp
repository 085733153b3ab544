#include "providerjob.h"

#include <utility>

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
    if (m_holdFinished)
        m_finishedHeld = true;
    else
        Q_EMIT finished();
    return true;
}

void ProviderJob::releaseFinished()
{
    m_holdFinished = false;
    if (std::exchange(m_finishedHeld, false))
        Q_EMIT finished();
}

} // namespace awb
