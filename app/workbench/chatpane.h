#pragma once

#include "modelselector.h"

#include "chat/conversation.h"
#include "chat/pricetable.h"

#include <QHash>
#include <QWidget>

#include <array>

class QAction;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QSplitter;
class QTimer;
class QToolButton;

namespace awb {

class ChatColumn;
class ChatComposer;
class ChatProviders;
class ChatSession;

/// What the Chat pane needs to know of the agent being edited.
struct ChatAgent
{
    QString key; ///< tells agents apart (the file path, or the tab's id when unsaved)
    QString name;
    QString path;
    QString editedBody; ///< the system prompt as edited (unsaved)
    QString savedBody; ///< the system prompt of the file on disk
    bool hasSavedFile = false;
    QString initialPrompt; ///< offered as the first message
    QString model; ///< the agent's model, aliases resolved
};

/// The Chat tab: test conversations with the agent being edited. Its body is the system prompt
/// (the edited text by default, the saved file as an option); its initialPrompt is offered as
/// the first message. A second column runs the same conversation against another model, or the
/// saved agent against the edited one; the person's message goes to both.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    enum class Compare { Off, OtherModel, SavedAgent };
    Q_ENUM(Compare)

    explicit ChatPane(ChatProviders *providers, QWidget *parent = nullptr);

    void setAgent(const ChatAgent &agent);
    const ChatAgent &agent() const { return m_agent; }
    void setPrimaryChoice(const ModelChoice &choice);
    ModelChoice primaryChoice() const { return m_primary; }
    void setCompareMode(Compare mode);
    Compare compareMode() const { return m_compare; }
    ModelSelector *compareSelector() const { return m_compareSelector; }
    /// Use the saved file's body instead of the edited text as the system prompt.
    void setUseSavedPrompt(bool saved);
    bool usesSavedPrompt() const;

    ChatColumn *column(int index) const { return m_columns.at(index); }
    ChatSession *session(int index) const;
    ChatComposer *composer() const { return m_composer; }
    PriceTable &prices() { return m_prices; }

    /// Sends to the primary conversation and, when comparing, to the second one.
    void send(const QString &text);
    void stop();
    void clear();
    bool isBusy() const;

    /// The left conversation (and, when comparing, the right one next to it as NAME-compare.EXT).
    bool saveTranscript(const QString &path, QString *error);
    bool openTranscript(const QString &path, QString *error);
    bool exportMarkdown(const QString &path, QString *error);

    /// Where the conversation in progress is kept (the versioned transcript JSON), so a crash or
    /// a kill loses at most half a second of a streaming reply. Empty turns autosave off. A file
    /// left there by an earlier run is moved aside first, as the conversation restoreLast() opens.
    void setAutosavePath(const QString &path);
    QString autosavePath() const { return m_autosavePath; }
    /// The conversation the previous run left (`chat-previous.json` next to the autosave).
    QString previousPath() const;
    /// `chat-current.json` in a recovery folder (see RecoveryStore; a file there is not a session).
    static QString autosavePathIn(const QString &recoveryRoot);
    /// Writes the autosave now (also done on its own, throttled). False with a message on failure.
    bool autosaveNow(QString *error = nullptr);
    /// Opens the conversation the previous run left; false (with a message) when there is none.
    bool restoreLast(QString *error);

    /// The narrowest the pane gets: its actions then sit in one "Conversation" menu.
    static constexpr int CompactMinimumWidth = 360;
    QSize minimumSizeHint() const override;
    /// Whether the actions are in the menu (the pane is narrower than its full toolbar).
    bool isCompact() const { return m_compact; }
    QToolButton *moreButton() const { return m_more; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setCompact(bool compact);
    void scheduleAutosave();
    void applyPrompts();
    void applyChoices();
    void updateTitles();
    void prepare(int index, const ModelChoice &choice);
    ModelChoice choiceFor(int index) const;
    QString promptFor(int index) const;
    void sendTo(int index, const QString &text);
    void saveDialog();
    void openDialog();
    void exportDialog();
    void editPrices();
    void showError(const QString &message);

    ChatProviders *m_providers;
    PriceTable m_prices;
    ChatAgent m_agent;
    ModelChoice m_primary;
    Compare m_compare = Compare::Off;
    std::array<ChatSession *, 2> m_sessions;
    std::array<ChatColumn *, 2> m_columns;
    ModelSelector *m_compareSelector;
    QComboBox *m_promptSource;
    QComboBox *m_compareBox;
    QSplitter *m_splitter;
    ChatComposer *m_composer;
    QHash<QString, std::array<Conversation, 2>> m_parked;
    QString m_autosavePath;
    QTimer *m_autosaveTimer;
    QToolButton *m_restoreButton;
    QAction *m_restoreAction = nullptr;
    QToolButton *m_more = nullptr;
    QList<QToolButton *> m_actionButtons;
    QHBoxLayout *m_bar = nullptr;
    QLabel *m_promptLabel = nullptr;
    int m_wideWidth = 0;
    bool m_compact = false;
    bool m_canRestore = false; ///< conversations of the other agents
};

} // namespace awb
