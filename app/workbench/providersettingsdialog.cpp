#include "providersettingsdialog.h"

#include "chatproviders.h"

#include "providers/keypolicy.h"
#include "providers/secretstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb {

namespace {

QString headersText(const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines << QString::fromUtf8(name) + QStringLiteral(": ") + QString::fromUtf8(value);
    return lines.join(QLatin1Char('\n'));
}

QList<QPair<QByteArray, QByteArray>> parseHeaders(const QString &text)
{
    QList<QPair<QByteArray, QByteArray>> out;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        out.append({ line.left(colon).trimmed().toUtf8(), line.mid(colon + 1).trimmed().toUtf8() });
    }
    return out;
}

} // namespace

ProviderSettingsDialog::ProviderSettingsDialog(ChatProviders *providers, QWidget *parent)
    : QDialog(parent)
    , m_providers(providers)
    , m_configs(providers->configs())
    , m_list(new QListWidget(this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_id(new QLabel(this))
    , m_baseUrl(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_insecureHosts(new QLineEdit(this))
    , m_urlWarning(new QLabel(this))
    , m_key(new QLineEdit(this))
    , m_saveKey(new QPushButton(tr("Save &Key"), this))
    , m_removeKey(new QPushButton(tr("&Remove Key"), this))
    , m_runOnly(new QCheckBox(tr("Use for this run only (not saved anywhere)"), this))
    , m_keyStatus(new QLabel(this))
    , m_detect(new QPushButton(tr("&Detect Local Servers"), this))
    , m_detectStatus(new QLabel(this))
    , m_form(new QWidget(this))
{
    setWindowTitle(tr("Providers"));
    m_list->setAccessibleName(tr("Providers"));
    m_kind->addItem(tr("Anthropic"), QVariant::fromValue(int(ProviderConfig::Kind::Anthropic)));
    m_kind->addItem(tr("OpenAI-compatible"), QVariant::fromValue(int(ProviderConfig::Kind::OpenAI)));
    m_kind->addItem(tr("Ollama"), QVariant::fromValue(int(ProviderConfig::Kind::Ollama)));
    m_kind->setAccessibleName(tr("Kind"));
    m_name->setAccessibleName(tr("Name"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setPlaceholderText(QStringLiteral("https://…"));
    m_headers->setAccessibleName(tr("Extra headers"));
    m_headers->setPlaceholderText(tr("One per line: Name: value"));
    m_headers->setTabChangesFocus(true);
    m_headers->setMaximumHeight(70);
    m_insecureHosts->setAccessibleName(tr("Hosts allowed over plain http"));
    m_insecureHosts->setPlaceholderText(tr("host names, comma separated (loopback is always allowed)"));
    m_urlWarning->setWordWrap(true);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    m_key->setPlaceholderText(tr("Paste a key to store it in the system keychain"));
    m_keyStatus->setWordWrap(true);
    m_keyStatus->setAccessibleName(tr("Key status"));
    m_detectStatus->setWordWrap(true);

    auto *form = new QFormLayout(m_form);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Id:"), m_id);
    form->addRow(tr("&Base URL:"), m_baseUrl);
    form->addRow(QString(), m_urlWarning);
    form->addRow(tr("Extra &headers:"), m_headers);
    form->addRow(tr("&Insecure hosts:"), m_insecureHosts);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_saveKey);
    keyRow->addWidget(m_removeKey);
    form->addRow(tr("API &key:"), keyRow);
    form->addRow(QString(), m_runOnly);
    form->addRow(QString(), m_keyStatus);

    auto *add = new QPushButton(tr("&Add"), this);
    auto *addMenu = new QMenu(add);
    addMenu->addAction(tr("Anthropic"), this, [this] { addProvider(ProviderConfig::Kind::Anthropic); });
    addMenu->addAction(tr("OpenAI-compatible"), this, [this] { addProvider(ProviderConfig::Kind::OpenAI); });
    addMenu->addAction(tr("Ollama"), this, [this] { addProvider(ProviderConfig::Kind::Ollama); });
    add->setMenu(addMenu);
    auto *remove = new QPushButton(tr("Re&move"), this);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    left->addWidget(m_detect);
    left->addWidget(m_detectStatus);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addWidget(m_form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int) { showCurrent(); });
    for (QLineEdit *edit : { m_name, m_baseUrl, m_insecureHosts })
        connect(edit, &QLineEdit::textEdited, this, &ProviderSettingsDialog::storeCurrent);
    connect(m_headers, &QPlainTextEdit::textChanged, this, &ProviderSettingsDialog::storeCurrent);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProviderSettingsDialog::storeCurrent);
    connect(m_saveKey, &QPushButton::clicked, this, &ProviderSettingsDialog::saveKey);
    connect(m_removeKey, &QPushButton::clicked, this, &ProviderSettingsDialog::removeKey);
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = current();
        if (row < 0)
            return;
        m_configs.removeAt(row);
        rebuildList();
        select(std::min(row, int(m_configs.size()) - 1));
    });
    connect(m_detect, &QPushButton::clicked, this, [this] {
        m_detect->setEnabled(false);
        m_detectStatus->setText(tr("Looking for Ollama, LM Studio and llama.cpp on this machine…"));
        m_providers->detectLocalServers();
    });
    connect(m_providers, &ChatProviders::detectionFinished, this, [this](int found) {
        m_detect->setEnabled(true);
        m_detectStatus->setText(found > 0 ? tr("Found %n server(s) on this machine.", nullptr, found)
                                          : tr("No local model server answered."));
        for (const ProviderConfig &config : m_providers->configs()) {
            const bool known = std::any_of(
                m_configs.cbegin(), m_configs.cend(), [&](const ProviderConfig &c) { return c.id == config.id; });
            if (!known)
                m_configs.append(config);
        }
        rebuildList();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        QString error;
        if (apply(&error))
            accept();
        else
            setKeyMessage(tr("The providers were not saved: %1").arg(error), true);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    rebuildList();
    select(0);
    resize(720, 440);
}

int ProviderSettingsDialog::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_configs.size() ? row : -1;
}

void ProviderSettingsDialog::select(int row)
{
    m_list->setCurrentRow(row);
    showCurrent();
}

void ProviderSettingsDialog::rebuildList()
{
    const int row = m_list->currentRow();
    m_list->clear();
    for (const ProviderConfig &config : std::as_const(m_configs)) {
        QString label = config.displayName.isEmpty() ? config.id : config.displayName;
        if (config.detected)
            label += tr(" (found on this machine)");
        m_list->addItem(label);
    }
    if (row >= 0 && row < m_list->count())
        m_list->setCurrentRow(row);
}

void ProviderSettingsDialog::addProvider(ProviderConfig::Kind kind)
{
    ProviderConfig config = ProviderConfig::defaults(kind);
    ProviderList existing = ProviderList::empty();
    existing.setConfigs(m_configs);
    config.id = existing.uniqueId(config.id);
    if (config.id != ProviderConfig::kindName(kind))
        config.displayName += QStringLiteral(" ") + config.id.section(QLatin1Char('-'), -1);
    m_configs.append(config);
    rebuildList();
    select(int(m_configs.size()) - 1);
    m_name->setFocus();
}

void ProviderSettingsDialog::showCurrent()
{
    const int row = current();
    m_form->setEnabled(row >= 0);
    if (row < 0)
        return;
    m_loading = true;
    const ProviderConfig &config = m_configs.at(row);
    m_kind->setCurrentIndex(m_kind->findData(QVariant::fromValue(int(config.kind))));
    m_name->setText(config.displayName);
    m_id->setText(config.id);
    m_baseUrl->setText(config.baseUrl.toString());
    m_headers->setPlainText(headersText(config.extraHeaders));
    m_insecureHosts->setText(config.allowedInsecureHosts.join(QStringLiteral(", ")));
    m_key->clear();
    m_loading = false;
    updateKeyState();
}

void ProviderSettingsDialog::storeCurrent()
{
    const int row = current();
    if (m_loading || row < 0)
        return;
    ProviderConfig &config = m_configs[row];
    config.kind = ProviderConfig::Kind(m_kind->currentData().toInt());
    config.displayName = m_name->text().trimmed();
    config.baseUrl = QUrl(m_baseUrl->text().trimmed(), QUrl::StrictMode);
    config.extraHeaders = parseHeaders(m_headers->toPlainText());
    config.allowedInsecureHosts.clear();
    for (const QString &host : m_insecureHosts->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        config.allowedInsecureHosts << host.trimmed().toLower();
    config.detected = false; // edited: it is the user's now, and saved
    m_list->item(row)->setText(config.displayName.isEmpty() ? config.id : config.displayName);
    updateKeyState();
}

void ProviderSettingsDialog::updateKeyState()
{
    const int row = current();
    if (row < 0)
        return;
    const ProviderConfig &config = m_configs.at(row);
    const KeyPolicy::Verdict url = KeyPolicy::checkUrl(config.baseUrl, config.allowedInsecureHosts);
    if (!config.baseUrl.isValid() || config.baseUrl.host().isEmpty())
        m_urlWarning->setText(
            tr("Enter an address such as %1.").arg(ProviderConfig::defaultBaseUrl(config.kind).toString()));
    else
        m_urlWarning->setText(url.allowed ? QString() : url.reason);
    m_urlWarning->setVisible(!m_urlWarning->text().isEmpty());
    const bool keyed = config.usesApiKey();
    for (QWidget *widget : { static_cast<QWidget *>(m_key), static_cast<QWidget *>(m_saveKey),
             static_cast<QWidget *>(m_removeKey), static_cast<QWidget *>(m_runOnly) })
        widget->setEnabled(keyed);
    if (!keyed)
        setKeyMessage(tr("This kind of server takes no key."), false);
    else if (!m_providers->secrets()->sessionKey(config.id).isEmpty())
        setKeyMessage(tr("A key is set for this run only."), false);
    else if (m_providers->hasKey(config.id))
        setKeyMessage(tr("A key is set (from the keychain or the environment)."), false);
    else
        setKeyMessage(tr("No key known yet. Keys are kept in the system keychain, never in a file."), false);
}

void ProviderSettingsDialog::setKeyMessage(const QString &message, bool problem)
{
    m_keyStatus->setText(message);
    QPalette pal = m_keyStatus->palette();
    pal.setColor(QPalette::WindowText,
        problem ? QColor(Qt::red).darker(pal.color(QPalette::Base).lightnessF() < 0.5 ? 70 : 130)
                : palette().color(QPalette::WindowText));
    m_keyStatus->setPalette(pal);
}

void ProviderSettingsDialog::saveKey()
{
    const int row = current();
    const QString secret = m_key->text().trimmed();
    if (row < 0 || secret.isEmpty())
        return;
    const ProviderConfig config = m_configs.at(row);
    const ApiKey key { secret, config.keyHost() };
    m_key->clear();
    if (m_runOnly->isChecked()) {
        m_providers->secrets()->setSessionKey(config.id, key);
        m_providers->setKey(config.id, {});
        const QString message = tr("The key is used for this run only and is not stored.");
        setKeyMessage(message, false);
        Q_EMIT keyOperationFinished(true, message);
        return;
    }
    SecretJob *job = m_providers->secrets()->write(config.id, key);
    m_saveKey->setEnabled(false);
    connect(job, &SecretJob::finished, this, [this, key, id = config.id](SecretJob *done) {
        m_saveKey->setEnabled(true);
        QString message;
        bool ok = false;
        switch (done->error()) {
        case SecretJob::Error::NoError:
            m_providers->setKey(id, key);
            message = tr("The key is saved in the system keychain.");
            ok = true;
            break;
        case SecretJob::Error::NoService:
            // Never a silent fallback to a file: say so, and offer the key for this run only.
            m_runOnly->setChecked(true);
            message = tr("No keychain service is running, so the key was not saved. Tick \"Use for this run only\" "
                         "and save it again to use it until the program ends.");
            break;
        case SecretJob::Error::AccessDenied:
            message = tr("The keychain refused to store the key (is it locked?): %1").arg(done->errorString());
            break;
        case SecretJob::Error::NotFound:
        case SecretJob::Error::Other:
            message = tr("The key was not saved: %1").arg(done->errorString());
            break;
        }
        setKeyMessage(message, !ok);
        Q_EMIT keyOperationFinished(ok, message);
    });
}

void ProviderSettingsDialog::removeKey()
{
    const int row = current();
    if (row < 0)
        return;
    const QString id = m_configs.at(row).id;
    m_providers->secrets()->clearSessionKey(id);
    m_providers->setKey(id, {});
    SecretJob *job = m_providers->secrets()->remove(id);
    connect(job, &SecretJob::finished, this, [this](SecretJob *done) {
        const bool ok = done->error() == SecretJob::Error::NoError || done->error() == SecretJob::Error::NotFound;
        const QString message
            = ok ? tr("The key is removed.") : tr("The key was not removed: %1").arg(done->errorString());
        setKeyMessage(message, !ok);
        Q_EMIT keyOperationFinished(ok, message);
    });
}

bool ProviderSettingsDialog::apply(QString *error)
{
    QList<ProviderConfig> configured;
    for (const ProviderConfig &config : std::as_const(m_configs)) {
        if (!config.detected)
            configured.append(config);
    }
    const bool ok = m_providers->setConfigured(configured);
    if (!ok && error)
        *error = m_providers->lastError();
    return ok;
}

} // namespace awb
