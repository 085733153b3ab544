#include "modelselector.h"

#include "chatproviders.h"

#include "agent/modelaliases.h"
#include "agent/plaintooltip.h"

#include <QSignalBlocker>
#include <QStandardItemModel>

namespace awb {

namespace {
constexpr int ProviderRole = Qt::UserRole + 1;
constexpr int ModelRole = Qt::UserRole + 2;
} // namespace

ModelSelector::ModelSelector(ChatProviders *providers, QWidget *parent)
    : QComboBox(parent)
    , m_providers(providers)
{
    setModel(new QStandardItemModel(this));
    // Wide enough for a model id; the popup is as wide as its longest line anyway.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(26);
    setAccessibleName(tr("Provider and model"));
    setToolTip(tr("The provider and model the chat talks to"));
    connect(m_providers, &ChatProviders::providersChanged, this, &ModelSelector::rebuild);
    connect(m_providers, &ChatProviders::modelsChanged, this, &ModelSelector::rebuild);
    connect(this, &QComboBox::currentIndexChanged, this, [this] {
        const ModelChoice choice = current();
        if (choice.isValid() && choice != m_last) {
            m_last = choice;
            Q_EMIT choiceChanged(choice);
        }
    });
    rebuild();
}

ModelChoice ModelSelector::current() const
{
    return { currentData(ProviderRole).toString(), currentData(ModelRole).toString() };
}

QList<ModelChoice> ModelSelector::choices() const
{
    QList<ModelChoice> out;
    for (int i = 0; i < count(); ++i) {
        const ModelChoice choice { itemData(i, ProviderRole).toString(), itemData(i, ModelRole).toString() };
        if (choice.isValid())
            out.append(choice);
    }
    return out;
}

int ModelSelector::indexOf(const ModelChoice &choice) const
{
    for (int i = 0; i < count(); ++i) {
        if (itemData(i, ProviderRole).toString() == choice.providerId
            && itemData(i, ModelRole).toString() == choice.model)
            return i;
    }
    return -1;
}

void ModelSelector::addChoice(const ModelChoice &choice, const QString &label, int at)
{
    auto *item = new QStandardItem(label);
    item->setData(choice.providerId, ProviderRole);
    item->setData(choice.model, ModelRole);
    item->setToolTip(plainToolTip(
        tr("%1 on %2")
            .arg(choice.model,
                m_providers->config(choice.providerId) ? m_providers->config(choice.providerId)->displayName
                                                       : choice.providerId)));
    auto *items = static_cast<QStandardItemModel *>(model());
    if (at < 0)
        items->appendRow(item);
    else
        items->insertRow(at, item);
}

void ModelSelector::rebuild()
{
    const ModelChoice keep = m_last.isValid() ? m_last : current();
    fill(keep);
    const ModelChoice now = current();
    if (now != m_last && now.isValid()) {
        m_last = now;
        Q_EMIT choiceChanged(now);
    }
}

void ModelSelector::fill(const ModelChoice &keep)
{
    const QSignalBlocker blocker(this);
    auto *items = static_cast<QStandardItemModel *>(model());
    items->clear();
    for (const ProviderConfig &config : m_providers->configs()) {
        auto *header = new QStandardItem(config.displayName.isEmpty() ? config.id : config.displayName);
        header->setFlags(Qt::NoItemFlags);
        QFont bold = font();
        bold.setBold(true);
        header->setFont(bold);
        items->appendRow(header);
        QStringList ids;
        for (const ModelInfo &info : m_providers->models(config.id))
            ids << info.id;
        if (ids.isEmpty() && config.kind == ProviderConfig::Kind::Anthropic) {
            // Before the list arrives (or without a key): the models Claude Code's aliases name.
            for (const auto &alias : ModelAliases::defaults().aliases())
                ids << alias.second;
        }
        for (const ModelChoice &extra : std::as_const(m_extra)) {
            if (extra.providerId == config.id && !ids.contains(extra.model))
                ids << extra.model;
        }
        ids.removeDuplicates();
        for (const QString &id : std::as_const(ids))
            addChoice({ config.id, id }, QStringLiteral("  ") + id);
        if (ids.isEmpty()) {
            QString why = m_providers->modelError(config.id);
            if (why.isEmpty() && m_providers->needsKey(config.id) && !m_providers->hasKey(config.id))
                why = tr("(models are listed once a key is set: Providers…)");
            auto *none = new QStandardItem(QStringLiteral("  ") + (why.isEmpty() ? tr("(no models listed)") : why));
            none->setFlags(Qt::NoItemFlags);
            items->appendRow(none);
        }
    }
    int index = indexOf(keep);
    if (index < 0) {
        index = 0;
        while (index < count() && !(items->item(index)->flags() & Qt::ItemIsEnabled))
            ++index;
    }
    setCurrentIndex(index < count() ? index : -1);
}

void ModelSelector::setCurrent(const ModelChoice &choice)
{
    if (!choice.isValid())
        return;
    if (indexOf(choice) < 0 && m_providers->config(choice.providerId)) {
        m_extra.removeIf([&](const ModelChoice &c) { return c.providerId == choice.providerId; });
        m_extra.append(choice);
        rebuild();
    }
    const int index = indexOf(choice);
    if (index >= 0)
        setCurrentIndex(index);
}

void ModelSelector::preselectModel(const QString &modelId)
{
    if (modelId.isEmpty())
        return;
    for (const ModelChoice &choice : choices()) {
        if (choice.model == modelId) {
            setCurrent(choice);
            return;
        }
    }
    const bool claude = modelId.startsWith(QLatin1String("claude-"));
    for (const ProviderConfig &config : m_providers->configs()) {
        if (claude == (config.kind == ProviderConfig::Kind::Anthropic)) {
            setCurrent({ config.id, modelId });
            return;
        }
    }
}

} // namespace awb
