#include "chatsession.h"

#include "chatlog.h"

#include "providers/chatjob.h"
#include "providers/chatprovider.h"
#include "providers/keypolicy.h"

#include <QJsonDocument>

namespace awb {

namespace {

// For servers that cannot continue a trailing assistant message themselves.
const QString ContinueInstruction = QStringLiteral(
    "Your previous reply was cut off. Continue it exactly where it stopped, without repeating anything.");

bool isLocal(const ProviderConfig &config)
{
    return config.detected || KeyPolicy::isLoopbackHost(config.baseUrl.host());
}

} // namespace

ChatSession::ChatSession(QObject *parent)
    : QObject(parent)
    , m_messages(new MessageListModel(this))
{ }

ChatSession::~ChatSession()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
}

void ChatSession::setProvider(ChatProvider *provider)
{
    m_provider = provider;
}

void ChatSession::setSystemPrompt(const QString &prompt)
{
    m_messages->setSystemPrompt(prompt);
}

const PriceTable &ChatSession::priceTable() const
{
    static const PriceTable seeded;
    return m_prices ? *m_prices : seeded;
}

void ChatSession::setState(State state)
{
    if (state == m_state)
        return;
    const bool wasBusy = isBusy();
    m_state = state;
    Q_EMIT stateChanged(state);
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}

bool ChatSession::checkReady()
{
    QString problem;
    if (isBusy())
        problem = tr("A reply is still arriving: stop it first.");
    else if (!m_provider)
        problem = tr("No provider is selected. Choose a model in the toolbar or add a provider in the settings.");
    else if (m_model.trimmed().isEmpty())
        problem = tr("No model is selected.");
    if (problem.isEmpty())
        return true;
    Q_EMIT errorOccurred(problem);
    return false;
}

bool ChatSession::send(const QString &text)
{
    if (text.trimmed().isEmpty() || !checkReady())
        return false;
    m_messages->appendMessage(ChatTurn::user(text));
    return startReply(false);
}

bool ChatSession::editAndResend(int row, const QString &text)
{
    if (text.trimmed().isEmpty() || !checkReady())
        return false;
    const int keep = conversation().countAfterEdit(row);
    if (keep < 0)
        return false;
    ChatTurn edited = conversation().at(row);
    edited.text = text;
    edited.timestamp = QDateTime::currentDateTimeUtc();
    m_messages->truncate(keep);
    m_messages->setMessage(row, edited);
    return startReply(false);
}

bool ChatSession::regenerate()
{
    if (!checkReady())
        return false;
    const int keep = conversation().countForRegenerate();
    if (keep < 0)
        return false;
    m_messages->truncate(keep);
    return startReply(false);
}

bool ChatSession::continueReply()
{
    if (!conversation().canContinue() || !checkReady())
        return false;
    return startReply(true);
}

QList<ChatMessage> ChatSession::requestMessages(bool continuing) const
{
    QList<ChatMessage> out;
    for (const ChatTurn &turn : conversation().messages()) {
        if (turn.text.isEmpty())
            continue; // a reply stopped before its first word says nothing to the model
        const ChatMessage::Role role = turn.isUser() ? ChatMessage::Role::User : ChatMessage::Role::Assistant;
        // Providers want roles to alternate: turns in a row from one side become one message.
        if (!out.isEmpty() && out.constLast().role == role) {
            ContentBlock &last = out.last().content.last();
            last.text += QStringLiteral("\n\n") + turn.text;
            continue;
        }
        out.append(turn.isUser() ? ChatMessage::user(turn.text) : ChatMessage::assistant(turn.text));
    }
    // A conversation cannot start with a reply.
    while (!out.isEmpty() && out.constFirst().role == ChatMessage::Role::Assistant)
        out.removeFirst();
    if (!continuing) {
        // A reply being asked again must not be part of its own prompt.
        while (!out.isEmpty() && out.constLast().role == ChatMessage::Role::Assistant)
            out.removeLast();
        return out;
    }
    if (out.isEmpty() || out.constLast().role != ChatMessage::Role::Assistant)
        return out;
    const ProviderConfig::Kind kind = m_provider ? m_provider->config().kind : ProviderConfig::Kind::Anthropic;
    if (kind == ProviderConfig::Kind::OpenAI) {
        out.append(ChatMessage::user(ContinueInstruction));
    } else {
        // Anthropic (and Ollama) continue a trailing assistant message; Anthropic refuses one
        // that ends in white space.
        QString &prefix = out.last().content.last().text;
        while (!prefix.isEmpty() && prefix.back().isSpace())
            prefix.chop(1);
    }
    return out;
}

bool ChatSession::startReply(bool continuing)
{
    ChatRequest request = m_template;
    request.model = m_model.trimmed();
    request.system = systemPrompt();
    request.messages = requestMessages(continuing);
    if (request.messages.isEmpty()) {
        Q_EMIT errorOccurred(tr("There is nothing to send."));
        return false;
    }
    m_continuing = continuing;
    if (continuing) {
        m_replyRow = conversation().count() - 1;
        m_before = conversation().at(m_replyRow);
        if (m_provider->config().kind != ProviderConfig::Kind::OpenAI) {
            // The model continues the text as sent, which had its trailing white space cut.
            while (!m_before.text.isEmpty() && m_before.text.back().isSpace())
                m_before.text.chop(1);
        }
    } else {
        ChatTurn reply;
        reply.role = ChatTurn::Role::Assistant;
        reply.model = request.model;
        reply.provider = m_provider->config().displayName;
        reply.timestamp = QDateTime::currentDateTimeUtc();
        m_before = reply;
        m_replyRow = m_messages->appendMessage(reply);
    }
    m_lastError.clear();
    m_lastErrorCode = ProviderError::NoError;
    m_toolCalls.clear();
    m_firstDeltaMs = -1;
    m_retryLeft = 0;
    m_clock.start();

    ChatJob *job = m_provider->stream(request);
    m_job = job;
    m_messages->beginStreaming(m_replyRow);
    if (continuing) {
        // The continuation streams after a separator the model does not see.
        ChatTurn resumed = m_before;
        resumed.interrupted = false;
        resumed.interruptionReason.clear();
        m_messages->setMessage(m_replyRow, resumed);
    }
    connect(job, &ChatJob::textDelta, this, [this](const QString &text) {
        onFirstDelta();
        m_messages->appendText(text);
    });
    connect(job, &ChatJob::thinkingDelta, this, [this](const QString &text) {
        onFirstDelta();
        m_messages->appendThinking(text);
    });
    connect(job, &ChatJob::toolUseStarted, this, [this](int, const QString &id, const QString &name) {
        onFirstDelta();
        m_toolCalls.append({ id, name, QString() });
        m_messages->setToolCalls(m_toolCalls);
    });
    connect(job, &ChatJob::toolInputDelta, this, [this](int, const QString &partialJson) {
        if (m_toolCalls.isEmpty())
            return;
        m_toolCalls.last().inputJson += partialJson;
        m_messages->setToolCalls(m_toolCalls);
    });
    connect(
        job, &ChatJob::retrying, this, [this](int attempt, int delaySeconds, ProviderError, const QString &message) {
            m_retryLeft = delaySeconds;
            setState(State::Retrying);
            Q_EMIT retrying(attempt, delaySeconds, message);
        });
    connect(job, &ChatJob::countdown, this, [this](int secondsLeft) {
        m_retryLeft = secondsLeft;
        Q_EMIT countdown(secondsLeft);
        if (secondsLeft <= 0 && m_state == State::Retrying)
            setState(State::Waiting);
    });
    connect(job, &ChatJob::finished, this, &ChatSession::onFinished);
    // A job that goes without finishing (its provider was deleted) ends the reply as interrupted.
    connect(job, &QObject::destroyed, this, [this] {
        if (m_replyRow < 0)
            return;
        ChatTurn turn = conversation().at(m_replyRow);
        turn.interrupted = true;
        turn.interruptionReason = tr("The provider was removed.");
        m_messages->endStreaming(turn);
        m_replyRow = -1;
        m_continuing = false;
        setState(State::Idle);
        Q_EMIT replyFinished(false);
    });
    qCDebug(lcChat) << "asking" << request.model << "with" << request.messages.size() << "messages";
    setState(State::Waiting);
    return true;
}

void ChatSession::onFirstDelta()
{
    if (m_firstDeltaMs >= 0)
        return;
    m_firstDeltaMs = m_clock.elapsed();
    m_retryLeft = 0;
    setState(State::Streaming);
}

ChatTurn ChatSession::finishedTurn(const ChatTurn &streamed) const
{
    ChatTurn turn = streamed;
    const ChatMessage &reply = m_job->message();
    const QString prefix = m_continuing ? m_before.text : QString();
    turn.text = prefix + reply.text();
    turn.thinking = (m_continuing ? m_before.thinking : QString()) + reply.thinking();
    QList<ToolCall> calls = m_continuing ? m_before.toolCalls : QList<ToolCall>();
    for (const ContentBlock &block : reply.toolUses())
        calls.append(
            { block.id, block.name, QString::fromUtf8(QJsonDocument(block.input).toJson(QJsonDocument::Compact)) });
    turn.toolCalls = calls.isEmpty() ? m_toolCalls : calls;
    if (!m_job->model().isEmpty())
        turn.model = m_job->model();
    Usage usage = m_job->usage();
    if (m_continuing)
        usage += m_before.usage;
    turn.usage = usage;
    turn.costUsd = priceTable().cost(turn.model, usage);
    if (turn.costUsd < 0 && m_provider && isLocal(m_provider->config()))
        turn.costUsd = 0; // a model on this machine costs nothing per token
    const qint64 total = m_clock.elapsed();
    if (!m_continuing || m_before.timeToFirstTokenMs < 0)
        turn.timeToFirstTokenMs = m_job->timeToFirstTokenMs() >= 0 ? m_job->timeToFirstTokenMs() : m_firstDeltaMs;
    turn.durationMs = (m_continuing && m_before.durationMs > 0 ? m_before.durationMs : 0) + total;
    const qint64 output = m_job->usage().outputTokens;
    if (m_job->generationNs() > 0 && output > 0)
        turn.tokensPerSecond = output / (m_job->generationNs() / 1e9);
    else if (m_firstDeltaMs >= 0 && total > m_firstDeltaMs && output > 0)
        turn.tokensPerSecond = output / ((total - m_firstDeltaMs) / 1000.0);
    if (!m_job->stopReason().isEmpty())
        turn.stopReason = m_job->stopReason();
    if (!m_job->requestId().isEmpty())
        turn.requestId = m_job->requestId();
    const ProviderError error = m_job->error();
    turn.interrupted = error != ProviderError::NoError || m_job->isInterrupted();
    turn.interruptionReason.clear();
    if (turn.interrupted)
        turn.interruptionReason = error == ProviderError::Cancelled ? tr("Stopped") : m_job->errorString();
    return turn;
}

void ChatSession::onFinished()
{
    ChatJob *job = m_job;
    if (!job)
        return;
    const ProviderError error = job->error();
    const int row = m_replyRow;
    ChatTurn turn = finishedTurn(conversation().at(row));
    const bool nothingArrived = m_firstDeltaMs < 0 && job->message().isEmpty();
    m_messages->endStreaming(turn);
    if (nothingArrived) {
        // No words: leave the conversation as it was (the notice says what happened).
        if (m_continuing)
            m_messages->setMessage(row, m_before);
        else
            m_messages->truncate(row);
    }
    if (error != ProviderError::NoError && error != ProviderError::Cancelled) {
        m_lastError = job->errorString();
        m_lastErrorCode = error;
        qCInfo(lcChat) << "reply failed:" << providerErrorName(error);
    }
    job->disconnect(this);
    job->deleteLater();
    m_job.clear();
    m_replyRow = -1;
    m_continuing = false;
    m_retryLeft = 0;
    setState(State::Idle);
    if (!m_lastError.isEmpty())
        Q_EMIT errorOccurred(m_lastError);
    Q_EMIT replyFinished(error == ProviderError::NoError && !turn.interrupted);
}

void ChatSession::stop()
{
    if (m_job)
        m_job->cancel(); // finished() follows synchronously
}

void ChatSession::clear()
{
    stop();
    Conversation empty;
    empty.setSystemPrompt(systemPrompt());
    empty.setAgentName(conversation().agentName());
    empty.setAgentPath(conversation().agentPath());
    empty.setCreated(QDateTime::currentDateTimeUtc());
    m_messages->setConversation(empty);
}

void ChatSession::openConversation(const Conversation &conversation)
{
    stop();
    m_messages->setConversation(conversation);
}

} // namespace awb
