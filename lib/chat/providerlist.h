#pragma once

#include "providers/providerconfig.h"

#include <QList>

#include <optional>

namespace awb {

/// The providers the user configured, as kept in `providers.json` in the settings folder:
/// kind, name, base URL, extra headers, allowed insecure hosts. Never a key: keys live in the
/// keychain (SecretStore) under the provider's id. Servers found on this machine at start are
/// not saved; they are found again.
class ProviderList
{
public:
    ProviderList(); ///< Anthropic, OpenAI and Ollama with their default addresses
    static ProviderList empty();

    const QList<ProviderConfig> &configs() const { return m_configs; }
    void setConfigs(const QList<ProviderConfig> &configs) { m_configs = configs; }
    std::optional<ProviderConfig> find(const QString &id) const;
    /// Adds or replaces (by id).
    void set(const ProviderConfig &config);
    bool remove(const QString &id);
    /// `base`, or `base-2`, `base-3`, ... whichever is not taken.
    QString uniqueId(const QString &base) const;

    bool loadJson(const QByteArray &json, QString *error = nullptr);
    QByteArray toJson() const;
    bool load(const QString &path, QString *error = nullptr);
    bool save(const QString &path, QString *error = nullptr) const;
    static QString defaultPath();

private:
    QList<ProviderConfig> m_configs;
};

} // namespace awb
