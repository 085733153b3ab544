#pragma once

#include "providererror.h"

#include <QObject>

namespace awb {

/// Base of every provider call (ChatJob, ModelListJob, CountTokensJob). A job starts by itself
/// when control returns to the event loop, so connect to it right after creating it. finished()
/// is emitted exactly once on every path, including cancel() and failures before the start.
/// The job is not deleted by itself: call deleteLater() once done with it (its parent is the
/// ChatProvider that made it).
class ProviderJob : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    ProviderError error() const { return m_error; }
    /// What went wrong, in words a person can act on (includes the provider's own message).
    QString errorString() const { return m_errorString; }
    bool isFinished() const { return m_finished; }
    /// The HTTP status of the last attempt (0 before any response).
    int httpStatus() const { return m_httpStatus; }
    /// Anthropic's `request-id` / OpenAI's `x-request-id` response header, when sent.
    QString requestId() const { return m_requestId; }

    /// Stops at once: the connection is closed, pending retries are dropped, finished() follows
    /// (synchronously) with ProviderError::Cancelled unless the job had finished already.
    virtual void cancel() = 0;

Q_SIGNALS:
    void finished();

protected:
    void setError(ProviderError error, const QString &message);
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setRequestId(const QString &id) { m_requestId = id; }
    /// Emits finished() unless emitted before; returns false if it was.
    bool emitFinished();
    /// Until releaseFinished(), emitFinished() marks the job finished but keeps the signal back:
    /// around code that goes on using the job's parts after a finish, since a receiver of finished()
    /// may delete the job (or its owner) on the spot.
    void holdFinished() { m_holdFinished = true; }
    /// Emits a finished() kept back meanwhile. The job may be gone afterwards: the caller's last step.
    void releaseFinished();

private:
    ProviderError m_error = ProviderError::NoError;
    QString m_errorString;
    QString m_requestId;
    int m_httpStatus = 0;
    bool m_finished = false;
    bool m_holdFinished = false;
    bool m_finishedHeld = false;
};

} // namespace awb
