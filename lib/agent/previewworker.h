#pragma once

#include "modelaliases.h"
#include "preview.h"
#include "previewbuilder.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace awb {

/// Builds previews off the GUI thread with the newest-text-wins pattern: one build at a time; a
/// request that arrives while a build runs replaces any request still waiting, so stale text is
/// never built. Every finished build is delivered (it is always newer than what was shown before);
/// `Preview::serial` tells which request it answers, `latestSerial()` which one is the newest.
class PreviewWorker : public QObject
{
    Q_OBJECT
public:
    explicit PreviewWorker(QObject *parent = nullptr);
    ~PreviewWorker() override;

    void setAliases(const ModelAliases &aliases) { m_aliases = aliases; }
    void setOptions(const PreviewBuilder::Options &options) { m_options = options; }
    PreviewBuilder::Options options() const { return m_options; }

    /// Wait this long after the last request before building (0, the default: build at once).
    void setDebounceInterval(int milliseconds);
    int debounceInterval() const { return m_debounce.interval(); }

    /// Asks for a preview of `text`; returns the serial the answering Preview will carry.
    quint64 request(const QString &text, const QString &path, const QString &scope);

    bool isBusy() const { return m_running || m_pending.has_value(); }
    quint64 latestSerial() const { return m_serial; }
    /// How many builds were started so far (for tests and benchmarks).
    int buildCount() const { return m_builds; }

Q_SIGNALS:
    /// On the thread the worker lives in (the GUI thread).
    void ready(const awb::Preview &preview);

private:
    struct Request
    {
        QString text;
        QString path;
        QString scope;
        quint64 serial = 0;
    };

    void startNext();
    void onFinished();

    ModelAliases m_aliases;
    PreviewBuilder::Options m_options;
    std::optional<Request> m_pending;
    bool m_running = false;
    quint64 m_serial = 0;
    int m_builds = 0;
    QTimer m_debounce;
    QFutureWatcher<Preview> m_watcher;
};

} // namespace awb
