#include "previewworker.h"

#include <QtConcurrent/QtConcurrentRun>

namespace awb {

PreviewWorker::PreviewWorker(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(0);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewWorker::startNext);
    connect(&m_watcher, &QFutureWatcher<Preview>::finished, this, &PreviewWorker::onFinished);
}

// A build still running keeps only copies of its input; its result is dropped with the watcher.
PreviewWorker::~PreviewWorker() = default;

void PreviewWorker::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(std::max(0, milliseconds));
}

quint64 PreviewWorker::request(const QString &text, const QString &path, const QString &scope)
{
    m_pending = Request { text, path, scope, ++m_serial };
    if (m_debounce.interval() > 0)
        m_debounce.start();
    else
        startNext();
    return m_serial;
}

void PreviewWorker::startNext()
{
    if (m_running || !m_pending || m_debounce.isActive())
        return;
    const Request request = *m_pending;
    m_pending.reset();
    m_running = true;
    ++m_builds;
    const ModelAliases aliases = m_aliases;
    const PreviewBuilder::Options options = m_options;
    m_watcher.setFuture(QtConcurrent::run([request, aliases, options] {
        Preview preview = PreviewBuilder::build(request.text, request.path, request.scope, aliases, options);
        preview.serial = request.serial;
        return preview;
    }));
}

void PreviewWorker::onFinished()
{
    m_running = false;
    const Preview preview = m_watcher.result();
    // Start the newest waiting request before handing this one out, so a slot that calls
    // request() again finds the worker in a consistent state.
    startNext();
    Q_EMIT ready(preview);
}

} // namespace awb
