#include "httpattempt.h"

#include "providerslog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace awb {

namespace {

constexpr qsizetype maxErrorBody = 1024 * 1024;

void arm(QTimer &timer, int ms)
{
    if (ms > 0)
        timer.start(ms);
}

} // namespace

HttpAttempt::HttpAttempt(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body, const Timeouts &timeouts, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_request(request)
    , m_verb(verb)
    , m_body(body)
    , m_timeouts(timeouts)
{
    for (QTimer *timer : { &m_connectTimer, &m_firstByteTimer, &m_idleTimer })
        timer->setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { onTimeout(ProviderError::ConnectTimeout); });
    connect(&m_firstByteTimer, &QTimer::timeout, this, [this] { onTimeout(ProviderError::FirstByteTimeout); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] { onTimeout(ProviderError::IdleTimeout); });
}

HttpAttempt::~HttpAttempt()
{
    abort();
}

void HttpAttempt::start()
{
    if (!m_network) {
        m_done = true;
        m_transportError = ProviderError::ConnectionFailed;
        m_transportErrorString = QStringLiteral("No network access.");
        QTimer::singleShot(0, this, &HttpAttempt::finished);
        return;
    }
    m_reply = m_network->sendCustomRequest(m_request, m_verb, m_body);
    connect(m_reply, &QNetworkReply::requestSent, this, &HttpAttempt::onSent);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpAttempt::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpAttempt::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpAttempt::onFinished);
    // The network access manager deletes its replies when it goes; abort() disconnects first.
    connect(m_reply, &QObject::destroyed, this, &HttpAttempt::onReplyDestroyed);
    arm(m_connectTimer, m_timeouts.connectMs);
}

void HttpAttempt::onReplyDestroyed()
{
    if (m_done)
        return;
    // Its owner went first, with this request still open: the request is over, and says why (a
    // job waiting for it must not wait for a time limit, or forever when there is none).
    m_done = true;
    stopTimers();
    m_transportError
        = m_headersSeen && isSuccess() ? ProviderError::ConnectionDropped : ProviderError::ConnectionFailed;
    m_transportErrorString = QStringLiteral("The request to %1 was dropped: the network access it used was closed.")
                                 .arg(m_request.url().authority());
    // Not from inside the network access manager's destructor.
    QMetaObject::invokeMethod(this, &HttpAttempt::finished, Qt::QueuedConnection);
}

void HttpAttempt::abort()
{
    m_done = true;
    stopTimers();
    if (m_reply) {
        QNetworkReply *reply = m_reply.data();
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QByteArray HttpAttempt::header(const QByteArray &name) const
{
    for (const auto &pair : m_headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

void HttpAttempt::stopTimers()
{
    m_connectTimer.stop();
    m_firstByteTimer.stop();
    m_idleTimer.stop();
}

void HttpAttempt::onSent()
{
    m_connectTimer.stop();
    if (!m_headersSeen)
        arm(m_firstByteTimer, m_timeouts.firstByteMs);
}

void HttpAttempt::onMetaData()
{
    if (m_headersSeen || !m_reply)
        return;
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_headersSeen = true;
    m_status = status.toInt();
    m_headers = m_reply->rawHeaderPairs();
    m_connectTimer.stop();
    m_firstByteTimer.stop();
    arm(m_idleTimer, m_timeouts.idleMs);
    Q_EMIT headersReceived();
}

void HttpAttempt::onReadyRead()
{
    if (!m_reply)
        return;
    // A receiver of headersReceived() may have deleted this attempt (with its job).
    const QPointer<HttpAttempt> alive(this);
    onMetaData();
    if (!alive || m_done || !m_reply)
        return;
    arm(m_idleTimer, m_timeouts.idleMs);
    const QByteArray bytes = m_reply->readAll();
    if (bytes.isEmpty())
        return;
    m_bodySeen = true;
    if (isSuccess()) {
        Q_EMIT dataReceived(bytes);
    } else if (m_errorBody.size() < maxErrorBody) {
        m_errorBody.append(bytes.left(maxErrorBody - m_errorBody.size()));
    }
}

void HttpAttempt::onFinished()
{
    if (m_done || !m_reply)
        return;
    const QPointer<HttpAttempt> alive(this);
    onMetaData();
    if (!alive || m_done || !m_reply)
        return;
    onReadyRead();
    if (!alive || m_done || !m_reply)
        return;
    m_done = true;
    stopTimers();
    const QNetworkReply::NetworkError error = m_reply->error();
    if (error != QNetworkReply::NoError) {
        if (!m_headersSeen) {
            m_transportError = ProviderError::ConnectionFailed;
            m_transportErrorString
                = QStringLiteral("Could not reach %1: %2").arg(m_request.url().authority(), m_reply->errorString());
        } else if (isSuccess()) {
            m_transportError = ProviderError::ConnectionDropped;
            m_transportErrorString = QStringLiteral("The connection to %1 broke during the reply: %2")
                                         .arg(m_request.url().authority(), m_reply->errorString());
        }
        // A non-2xx status with its body is reported by the caller from status() and errorBody().
    }
    qCDebug(lcProviders) << "HTTP" << m_verb << m_request.url().path() << "status" << m_status << "transport"
                         << providerErrorName(m_transportError);
    Q_EMIT finished();
}

void HttpAttempt::onTimeout(ProviderError error)
{
    if (m_done)
        return;
    const int ms = error == ProviderError::ConnectTimeout ? m_timeouts.connectMs
        : error == ProviderError::FirstByteTimeout        ? m_timeouts.firstByteMs
                                                          : m_timeouts.idleMs;
    m_transportError = error;
    const QString host = m_request.url().authority();
    switch (error) {
    case ProviderError::ConnectTimeout:
        m_transportErrorString = QStringLiteral("Could not connect to %1 within %2 s.").arg(host).arg(ms / 1000.0);
        break;
    case ProviderError::FirstByteTimeout:
        m_transportErrorString = QStringLiteral("%1 did not start answering within %2 s.").arg(host).arg(ms / 1000.0);
        break;
    default:
        m_transportErrorString
            = QStringLiteral("%1 sent nothing for %2 s in the middle of the reply.").arg(host).arg(ms / 1000.0);
        break;
    }
    abort();
    Q_EMIT finished();
}

} // namespace awb
