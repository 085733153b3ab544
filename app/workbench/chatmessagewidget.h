#pragma once

#include "chat/chatturn.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QWidget;

namespace awb {

class ChatMessageBody;

/// One message of the chat view: the text rendered from Markdown (nothing is ever loaded),
/// thinking folded behind a button, tool calls, the reply's figures, and its actions (copy; edit
/// and resend for the person's messages; regenerate and continue for the last reply).
class ChatMessageWidget : public QFrame
{
    Q_OBJECT
public:
    struct State
    {
        bool streaming = false;
        bool isLastReply = false; ///< regenerate and continue apply to it
        bool busy = false; ///< a reply is arriving somewhere in the conversation
    };

    explicit ChatMessageWidget(QWidget *parent = nullptr);

    /// Shows `turn`. While streaming, Markdown is rendered at most once per frame and less often
    /// when rendering gets slow (long replies), so the GUI thread never falls behind.
    void setTurn(const ChatTurn &turn, const State &state);
    const ChatTurn &turn() const { return m_turn; }
    bool isThinkingExpanded() const;
    void setThinkingExpanded(bool expanded);
    /// How many times the text was rendered (for tests and benchmarks).
    int renderCount() const { return m_renders; }
    /// The rendered text, as shown (for tests).
    QString bodyText() const;
    /// Renders a pending update now.
    void renderNow();

    /// The reply's figures in one line: tokens, cost, time to first token, speed, stop reason, request id.
    static QString figures(const ChatTurn &reply);

    void startEditing();
    bool isEditing() const { return m_editor != nullptr; }

Q_SIGNALS:
    void editSubmitted(const QString &text);
    void regenerateRequested();
    void continueRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void render();
    void updateChrome();
    void copy();
    void finishEditing(bool submit);
    QString codeBackground() const;

    ChatTurn m_turn;
    State m_state;
    QLabel *m_role;
    QToolButton *m_thinkingToggle;
    QLabel *m_thinking;
    ChatMessageBody *m_body;
    QLabel *m_tools;
    QLabel *m_interrupted;
    QLabel *m_footer;
    QWidget *m_actions;
    QPushButton *m_copy;
    QPushButton *m_edit;
    QPushButton *m_regenerate;
    QPushButton *m_continue;
    QWidget *m_editBox = nullptr;
    QPlainTextEdit *m_editor = nullptr;
    QTimer m_renderTimer;
    QElapsedTimer m_sinceRender;
    qint64 m_renderCostMs = 0;
    QString m_renderedText;
    QString m_renderedCodeBackground;
    int m_renders = 0;
};

} // namespace awb
