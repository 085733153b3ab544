#include "chatproviders.h"

#include "providers/chatprovider.h"
#include "providers/keypolicy.h"
#include "providers/localserverdetector.h"
#include "providers/secretstore.h"

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

namespace awb {

namespace {

bool sameServer(const QUrl &a, const QUrl &b)
{
    auto host = [](const QUrl &url) {
        const QString h = url.host().toLower();
        return h == QLatin1String("localhost") || h == QLatin1String("::1") ? QStringLiteral("127.0.0.1") : h;
    };
    return host(a) == host(b) && a.port() == b.port();
}

} // namespace

ChatProviders::ChatProviders(const QString &providersPath, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_path(providersPath.isEmpty() ? ProviderList::defaultPath() : providersPath)
    , m_secrets(keychainService.isEmpty() ? new SecretStore(this) : new SecretStore(keychainService, this))
    , m_network(new QNetworkAccessManager(this))
{
    if (QFileInfo::exists(m_path) && !m_list.load(m_path, &m_lastError))
        m_list = ProviderList(); // the defaults, and the notice says why
}

ChatProviders::~ChatProviders()
{
    // Providers (and the jobs they own) go while the network manager their replies belong to is
    // still there.
    qDeleteAll(m_providers);
    m_providers.clear();
}

QList<ProviderConfig> ChatProviders::configs() const
{
    return m_list.configs() + m_detected;
}

std::optional<ProviderConfig> ChatProviders::config(const QString &id) const
{
    if (auto found = m_list.find(id))
        return found;
    for (const ProviderConfig &config : m_detected) {
        if (config.id == id)
            return config;
    }
    return std::nullopt;
}

bool ChatProviders::setConfigured(const QList<ProviderConfig> &configs)
{
    m_list.setConfigs(configs);
    for (auto it = m_providers.begin(); it != m_providers.end();) {
        const std::optional<ProviderConfig> now = config(it.key());
        if (!now) {
            it.value()->deleteLater();
            it = m_providers.erase(it);
            continue;
        }
        it.value()->setConfig(*now);
        ++it;
    }
    const bool saved = m_list.save(m_path, &m_lastError);
    if (saved)
        m_lastError.clear();
    Q_EMIT providersChanged();
    return saved;
}

QString ChatProviders::addDetected(const ProviderConfig &detected)
{
    for (const ProviderConfig &configured : m_list.configs()) {
        if (configured.kind == detected.kind && sameServer(configured.baseUrl, detected.baseUrl))
            return configured.id; // already configured by hand (the default Ollama is)
    }
    m_detected.removeIf([&](const ProviderConfig &config) { return config.id == detected.id; });
    m_detected.append(detected);
    if (ChatProvider *existing = m_providers.value(detected.id))
        existing->setConfig(detected);
    Q_EMIT providersChanged();
    return detected.id;
}

bool ChatProviders::needsKey(const QString &id) const
{
    const std::optional<ProviderConfig> found = config(id);
    return found && found->usesApiKey() && !found->detected && !KeyPolicy::isLoopbackHost(found->baseUrl.host());
}

ApiKey ChatProviders::environmentKey(const ProviderConfig &config) const
{
    QByteArray variable;
    if (config.kind == ProviderConfig::Kind::Anthropic && config.keyHost() == ProviderConfig::anthropic().keyHost())
        variable = "ANTHROPIC_API_KEY";
    else if (config.kind == ProviderConfig::Kind::OpenAI && config.keyHost() == ProviderConfig::openai().keyHost())
        variable = "OPENAI_API_KEY";
    if (variable.isEmpty())
        return {};
    const QString secret = qEnvironmentVariable(variable.constData()).trimmed();
    return secret.isEmpty() ? ApiKey {} : ApiKey { secret, config.keyHost() };
}

bool ChatProviders::hasKey(const QString &id) const
{
    const std::optional<ProviderConfig> found = config(id);
    if (!found)
        return false;
    return !m_secrets->sessionKey(id).isEmpty() || !m_keys.value(id).isEmpty() || !environmentKey(*found).isEmpty();
}

void ChatProviders::setKey(const QString &id, const ApiKey &key)
{
    m_keys.insert(id, key);
    m_keyLooked.insert(id, true);
    applyKey(id);
}

void ChatProviders::applyKey(const QString &id)
{
    ChatProvider *client = m_providers.value(id);
    const std::optional<ProviderConfig> found = config(id);
    if (!client || !found)
        return;
    ApiKey key = m_secrets->sessionKey(id);
    if (key.isEmpty())
        key = m_keys.value(id);
    if (key.isEmpty())
        key = environmentKey(*found);
    client->setApiKey(key);
}

ChatProvider *ChatProviders::provider(const QString &id)
{
    if (ChatProvider *existing = m_providers.value(id))
        return existing;
    const std::optional<ProviderConfig> found = config(id);
    if (!found)
        return nullptr;
    ChatProvider *client = ChatProvider::create(*found, this);
    client->setNetworkAccessManager(m_network);
    m_providers.insert(id, client);
    applyKey(id);
    return client;
}

void ChatProviders::withProvider(const QString &id, QObject *context, const std::function<void(ChatProvider *)> &then)
{
    if (!needsKey(id) || m_keyLooked.value(id) || !m_secrets->sessionKey(id).isEmpty()) {
        then(provider(id));
        return;
    }
    m_waiting[id].append({ QPointer<QObject>(context), then });
    if (m_waiting.value(id).size() == 1)
        readKey(id);
}

void ChatProviders::readKey(const QString &id)
{
    SecretJob *job = m_secrets->read(id);
    connect(job, &SecretJob::finished, this, [this, id](SecretJob *done) {
        if (done->error() == SecretJob::Error::NoError)
            m_keys.insert(id, done->key());
        m_keyLooked.insert(id, true);
        applyKey(id);
        if (hasKey(id) && !m_models.contains(id))
            QTimer::singleShot(0, this, [this, id] { refreshModels(id); });
        const auto waiting = m_waiting.take(id);
        for (const auto &[context, then] : waiting) {
            if (context)
                then(provider(id));
        }
    });
}

void ChatProviders::refreshModels()
{
    // Providers whose key is still in the keychain are asked once it was read for a chat (no
    // keychain prompt, and no keychain traffic at all, just for opening the window).
    for (const ProviderConfig &config : configs()) {
        if (!needsKey(config.id) || hasKey(config.id) || m_keyLooked.value(config.id))
            refreshModels(config.id);
    }
}

void ChatProviders::refreshModels(const QString &id)
{
    withProvider(id, this, [this, id](ChatProvider *client) {
        if (!client)
            return;
        if (needsKey(id) && !hasKey(id)) {
            m_modelErrors.insert(id, tr("No key saved for this provider."));
            Q_EMIT modelsChanged(id);
            return;
        }
        ModelListJob *job = client->listModels();
        connect(job, &ModelListJob::finished, this, [this, id, job] {
            if (job->error() == ProviderError::NoError) {
                m_models.insert(id, job->models());
                m_modelErrors.remove(id);
            } else {
                m_modelErrors.insert(id, job->errorString());
            }
            job->deleteLater();
            Q_EMIT modelsChanged(id);
        });
    });
}

void ChatProviders::detectLocalServers()
{
    if (!m_detector) {
        m_detector = new LocalServerDetector(this);
        connect(m_detector, &LocalServerDetector::serverFound, this,
            [this](const ProviderConfig &found) { refreshModels(addDetected(found)); });
        connect(m_detector, &LocalServerDetector::finished, this,
            [this] { Q_EMIT detectionFinished(int(m_detector->servers().size())); });
    }
    m_detector->start();
}

bool ChatProviders::isDetecting() const
{
    return m_detector && m_detector->isRunning();
}

} // namespace awb
