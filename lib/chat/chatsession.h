#pragma once

#include "messagelistmodel.h"
#include "pricetable.h"

#include "providers/chatprovider.h"
#include "providers/chatrequest.h"
#include "providers/providererror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace awb {

/// Runs a conversation turn by turn through a provider: sends, streams the reply into the
/// message model, stops, edits and resends, regenerates, continues an interrupted reply, and
/// fills in each reply's figures (usage, cost, time to first token, tokens per second).
/// Errors are reported through errorOccurred(), never written into a reply's text.
class ChatSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Idle,
        Waiting, ///< the request is out, nothing has arrived yet
        Streaming, ///< the reply is arriving
        Retrying, ///< waiting to try again (see retrying() and countdown())
    };
    Q_ENUM(State)

    explicit ChatSession(QObject *parent = nullptr);
    ~ChatSession() override;

    MessageListModel *messages() const { return m_messages; }
    const Conversation &conversation() const { return m_messages->conversation(); }

    /// The provider to talk to (not owned; it holds the key). Null: sending fails with a notice.
    void setProvider(ChatProvider *provider);
    ChatProvider *provider() const { return m_provider; }
    void setModel(const QString &model) { m_model = model; }
    QString model() const { return m_model; }
    /// Used for the next request and kept with the conversation.
    void setSystemPrompt(const QString &prompt);
    QString systemPrompt() const { return m_messages->conversation().systemPrompt(); }
    /// Prices for the replies' cost (not owned; null uses the seeded table).
    void setPriceTable(const PriceTable *table) { m_prices = table; }
    const PriceTable &priceTable() const;
    /// Model options beyond model and system prompt (max tokens, thinking budget, ...).
    void setRequestTemplate(const ChatRequest &request) { m_template = request; }
    ChatRequest requestTemplate() const { return m_template; }

    State state() const { return m_state; }
    bool isBusy() const { return m_state != State::Idle; }
    /// Seconds until the next retry while Retrying, else 0.
    int retrySecondsLeft() const { return m_retryLeft; }
    /// The last failure of a reply, empty after a success.
    QString lastError() const { return m_lastError; }
    ProviderError lastErrorCode() const { return m_lastErrorCode; }

    /// Appends a user message and asks for a reply. False (with errorOccurred) when busy, when
    /// the text is empty or when no provider or model is set.
    bool send(const QString &text);
    /// Replaces the user message at `row`, drops everything after it and asks again.
    bool editAndResend(int row, const QString &text);
    /// Drops the last reply and asks for it again.
    bool regenerate();
    /// Asks the model to go on from an interrupted last reply; the rest is appended to it.
    bool continueReply();
    /// Stops the reply in progress (or a pending retry); what arrived is kept and marked.
    void stop();
    /// Forgets every message (not the system prompt).
    void clear();
    /// Shows a saved conversation; its system prompt replaces the session's. Stops any reply.
    void openConversation(const Conversation &conversation);

    /// The messages a request for the current conversation carries (tested without a network).
    QList<ChatMessage> requestMessages(bool continuing) const;

Q_SIGNALS:
    void stateChanged(awb::ChatSession::State state);
    void busyChanged(bool busy);
    /// A reply ended; `complete` is false when it was stopped, interrupted or failed.
    void replyFinished(bool complete);
    /// Something a person should read (in the pane, not in the conversation).
    void errorOccurred(const QString &message);
    void retrying(int attempt, int delaySeconds, const QString &reason);
    void countdown(int secondsLeft);

private:
    bool checkReady();
    bool startReply(bool continuing);
    void setState(State state);
    void onFirstDelta();
    void onFinished();
    ChatTurn finishedTurn(const ChatTurn &streamed) const;

    MessageListModel *m_messages;
    QPointer<ChatProvider> m_provider;
    QPointer<ChatJob> m_job;
    const PriceTable *m_prices = nullptr;
    ChatRequest m_template;
    QString m_model;
    State m_state = State::Idle;
    int m_replyRow = -1;
    ChatTurn m_before; ///< the reply as it was before a continue (its text is the prefix)
    bool m_continuing = false;
    QList<ToolCall> m_toolCalls;
    QElapsedTimer m_clock;
    qint64 m_firstDeltaMs = -1;
    int m_retryLeft = 0;
    QString m_lastError;
    ProviderError m_lastErrorCode = ProviderError::NoError;
};

} // namespace awb
