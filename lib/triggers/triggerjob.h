#pragma once

#include "triggerresult.h"

#include <QObject>

namespace awb {

/// One run of a router. Emits `finished()` exactly once on every path (success, error, cancel),
/// always from the event loop (never from inside `start()` or `cancel()`), on the thread the job
/// lives in. Results so far are kept on cancel and error (`result()` may be partial).
class TriggerJob : public QObject
{
    Q_OBJECT
public:
    enum class Error {
        None,
        Cancelled,
        InvalidInput, ///< no agents, no prompts, a bad setting
        Network, ///< a request failed (the error string has the reply's words)
        Process, ///< an external program (claude) failed
        Cache, ///< a cache could not be written (the run itself succeeded)
    };
    Q_ENUM(Error)

    explicit TriggerJob(QObject *parent = nullptr);

    virtual void start() = 0;
    /// Stops as soon as possible; `finished()` follows with Error::Cancelled unless already finished.
    virtual void cancel() = 0;

    bool isFinished() const { return m_finished; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    const TriggerResult &result() const { return m_result; }
    int done() const { return m_done; }
    int total() const { return m_total; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

protected:
    void setProgress(int done, int total);
    /// Sets the outcome and emits finished() once; later calls are ignored.
    void finish(Error error = Error::None, const QString &errorString = {});
    TriggerResult m_result;

private:
    bool m_finished = false;
    Error m_error = Error::None;
    QString m_errorString;
    int m_done = 0;
    int m_total = 0;
};

} // namespace awb
