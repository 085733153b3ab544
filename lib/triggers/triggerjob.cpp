#include "triggerjob.h"

#include <QMetaObject>

namespace awb {

TriggerJob::TriggerJob(QObject *parent)
    : QObject(parent)
{ }

void TriggerJob::setProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    Q_EMIT progress(done, total);
}

void TriggerJob::finish(Error error, const QString &errorString)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = errorString;
    // Always from the event loop, so that a caller can connect after start() or cancel() returns.
    QMetaObject::invokeMethod(this, &TriggerJob::finished, Qt::QueuedConnection);
}

} // namespace awb
