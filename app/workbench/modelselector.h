#pragma once

#include <QComboBox>

namespace awb {

class ChatProviders;

/// A provider and one of its models: what a conversation talks to.
struct ModelChoice
{
    QString providerId;
    QString model;

    bool isValid() const { return !providerId.isEmpty() && !model.isEmpty(); }
    bool operator==(const ModelChoice &other) const = default;
};

/// The provider/model selector of the toolbar (and of a compare pane): every provider's models
/// as fetched, the local servers found at start, and Claude Code's alias targets for Anthropic
/// before its list arrived. The agent's own model is preselected (preselectModel()).
class ModelSelector : public QComboBox
{
    Q_OBJECT
public:
    explicit ModelSelector(ChatProviders *providers, QWidget *parent = nullptr);

    ModelChoice current() const;
    /// Selects `choice`, adding it when the provider did not list it.
    void setCurrent(const ModelChoice &choice);
    /// Selects `modelId` under the first provider that lists it, else under the first provider
    /// of the kind it looks like (a `claude-` id under Anthropic), else keeps the selection.
    void preselectModel(const QString &modelId);
    /// The choices offered (for tests).
    QList<ModelChoice> choices() const;

Q_SIGNALS:
    void choiceChanged(const awb::ModelChoice &choice);

private:
    void rebuild();
    void fill(const ModelChoice &keep);
    int indexOf(const ModelChoice &choice) const;
    void addChoice(const ModelChoice &choice, const QString &label, int at = -1);

    ChatProviders *m_providers;
    QList<ModelChoice> m_extra; ///< chosen although not listed
    ModelChoice m_last;
};

} // namespace awb
