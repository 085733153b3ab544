#include "findbar.h"

#include "gotolinedialog.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QToolButton>

namespace awb {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Find and replace"));
    createActions();
    buildUi();
    m_recount = new QTimer(this);
    m_recount->setSingleShot(true);
    m_recount->setInterval(150);
    connect(m_recount, &QTimer::timeout, this, [this] { updateStatus(); });
    hide();
}

void FindBar::createActions()
{
    auto make = [this](const QString &text, const QList<QKeySequence> &keys, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        return action;
    };
    m_findAction = make(tr("&Find..."), QKeySequence::keyBindings(QKeySequence::Find), &FindBar::showFind);
    m_replaceAction = make(tr("&Replace..."), { QKeySequence(Qt::CTRL | Qt::Key_H) }, &FindBar::showReplace);
    m_findNextAction = make(tr("Find &Next"), { QKeySequence(Qt::Key_F3) }, [this] {
        if (findText().isEmpty())
            showFind();
        else
            findNext();
    });
    m_findPreviousAction = make(tr("Find Pre&vious"), { QKeySequence(Qt::SHIFT | Qt::Key_F3) }, [this] {
        if (findText().isEmpty())
            showFind();
        else
            findPrevious();
    });
    m_goToLineAction = make(tr("&Go to Line..."), { QKeySequence(Qt::CTRL | Qt::Key_G) }, &FindBar::showGoToLine);
    m_closeAction = make(tr("Close Find Bar"), { QKeySequence(Qt::Key_Escape) }, &FindBar::dismiss);
    m_closeAction->setEnabled(false);
}

void FindBar::buildUi()
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(4);

    auto *findLabel = new QLabel(tr("Fi&nd:"), this);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Text to find"));
    m_find->setAccessibleName(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    findLabel->setBuddy(m_find);

    auto *previous = new QToolButton(this);
    previous->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    previous->setToolTip(tr("Find previous (Shift+Enter, Shift+F3)"));
    previous->setAccessibleName(tr("Find previous"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(this);
    next->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    next->setToolTip(tr("Find next (Enter, F3)"));
    next->setAccessibleName(tr("Find next"));
    next->setAutoRaise(true);
    auto toggle = [this](const QString &text, const QString &name, Qt::Key key) {
        auto *button = new QToolButton(this);
        button->setText(text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setAccessibleName(name);
        button->setShortcut(QKeySequence(Qt::ALT | key));
        button->setToolTip(tr("%1 (%2)").arg(name, button->shortcut().toString(QKeySequence::NativeText)));
        return button;
    };
    m_case = toggle(QStringLiteral("Aa"), tr("Match case"), Qt::Key_C);
    m_words = toggle(QStringLiteral("ab"), tr("Whole words"), Qt::Key_W);
    QFont underlined = m_words->font();
    underlined.setUnderline(true);
    m_words->setFont(underlined);
    m_regex = toggle(QStringLiteral(".*"), tr("Regular expression"), Qt::Key_R);
    m_regex->setToolTip(m_regex->toolTip() + QLatin1Char('\n') + tr("In the replacement, \\1 inserts group 1"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("999 of 999 \u00b7 wrapped")));
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Escape)"));
    close->setAccessibleName(tr("Close find bar"));
    close->setAutoRaise(true);

    auto *findTools = new QHBoxLayout;
    findTools->setSpacing(4);
    for (QWidget *w : { static_cast<QWidget *>(previous), static_cast<QWidget *>(next), static_cast<QWidget *>(m_case),
             static_cast<QWidget *>(m_words), static_cast<QWidget *>(m_regex) })
        findTools->addWidget(w);
    findTools->addWidget(m_status, 1);

    m_replaceLabel = new QLabel(tr("Re&place:"), this);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replacement"));
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->installEventFilter(this);
    m_replaceLabel->setBuddy(m_replace);
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_replaceAllButton = new QPushButton(tr("Replace &All"), this);
    for (QPushButton *b : { m_replaceButton, m_replaceAllButton }) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_replaceRow = new QWidget(this);
    auto *replaceTools = new QHBoxLayout(m_replaceRow);
    replaceTools->setContentsMargins(0, 0, 0, 0);
    replaceTools->setSpacing(4);
    replaceTools->addWidget(m_replaceButton);
    replaceTools->addWidget(m_replaceAllButton);
    replaceTools->addStretch(1);

    grid->addWidget(findLabel, 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addLayout(findTools, 0, 2);
    grid->addWidget(close, 0, 3, Qt::AlignTop);
    grid->addWidget(m_replaceLabel, 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(m_replaceRow, 1, 2);
    const int fieldWidth = fontMetrics().averageCharWidth() * 18;
    m_find->setMinimumWidth(fieldWidth);
    m_replace->setMinimumWidth(fieldWidth);
    grid->setColumnStretch(1, 3);
    grid->setColumnStretch(2, 2);

    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(close, &QToolButton::clicked, this, &FindBar::dismiss);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        invalidate();
        searchAsYouType();
    });
    for (QToolButton *box : { m_case, m_words, m_regex }) {
        connect(box, &QToolButton::toggled, this, [this] {
            invalidate();
            updateStatus();
        });
    }
}

void FindBar::setEditor(QPlainTextEdit *editor)
{
    if (m_editor == editor)
        return;
    const QList<QAction *> shortcuts { m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction,
        m_goToLineAction, m_closeAction };
    if (m_editor) {
        for (QAction *action : shortcuts)
            m_editor->removeAction(action);
        disconnect(m_editor, nullptr, this, nullptr);
        disconnect(m_editor->document(), nullptr, this, nullptr);
    }
    m_editor = editor;
    if (m_editor) {
        m_editor->addActions(shortcuts);
        connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
            invalidate();
            if (isVisible())
                m_recount->start();
        });
    }
    invalidate();
    updateStatus();
}

QString FindBar::findText() const
{
    return m_find->text();
}

void FindBar::setFindText(const QString &text)
{
    m_find->setText(text);
}

QString FindBar::replaceText() const
{
    return m_replace->text();
}

void FindBar::setReplaceText(const QString &text)
{
    m_replace->setText(text);
}

TextSearch::Options FindBar::options() const
{
    return { m_case->isChecked(), m_words->isChecked(), m_regex->isChecked() };
}

void FindBar::setOptions(const TextSearch::Options &options)
{
    m_case->setChecked(options.caseSensitive);
    m_words->setChecked(options.wholeWords);
    m_regex->setChecked(options.regularExpression);
}

bool FindBar::isReplaceVisible() const
{
    return !m_replaceRow->isHidden();
}

TextSearch FindBar::search() const
{
    return TextSearch(m_find->text(), options());
}

const QList<TextSearch::Match> &FindBar::currentMatches() const
{
    if (!m_matchesValid) {
        m_matches = m_editor ? search().matches(m_editor->document()) : QList<TextSearch::Match>();
        m_matchesValid = true;
    }
    return m_matches;
}

void FindBar::invalidate()
{
    m_matchesValid = false;
}

int FindBar::matchCount() const
{
    return int(currentMatches().size());
}

int FindBar::indexOfSelection() const
{
    if (!m_editor || !m_editor->textCursor().hasSelection())
        return -1;
    const QTextCursor cursor = m_editor->textCursor();
    const QList<TextSearch::Match> &matches = currentMatches();
    for (int i = 0; i < matches.size(); ++i) {
        if (matches.at(i).start == cursor.selectionStart() && matches.at(i).end() == cursor.selectionEnd())
            return i;
    }
    return -1;
}

void FindBar::select(const TextSearch::Match &match)
{
    QTextCursor cursor = m_editor->textCursor();
    cursor.setPosition(match.start);
    cursor.setPosition(match.end(), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

bool FindBar::findNext()
{
    const QList<TextSearch::Match> &matches = currentMatches();
    if (!m_editor || matches.isEmpty()) {
        updateStatus();
        return false;
    }
    const int from = m_editor->textCursor().selectionEnd();
    auto it = std::find_if(matches.cbegin(), matches.cend(), [from](const auto &m) { return m.start >= from; });
    const bool wrapped = it == matches.cend();
    select(wrapped ? matches.first() : *it);
    updateStatus(wrapped ? tr("wrapped") : QString());
    return true;
}

bool FindBar::findPrevious()
{
    const QList<TextSearch::Match> &matches = currentMatches();
    if (!m_editor || matches.isEmpty()) {
        updateStatus();
        return false;
    }
    const int before = m_editor->textCursor().selectionStart();
    auto it = std::find_if(matches.crbegin(), matches.crend(), [before](const auto &m) { return m.start < before; });
    const bool wrapped = it == matches.crend();
    select(wrapped ? matches.last() : *it);
    updateStatus(wrapped ? tr("wrapped") : QString());
    return true;
}

void FindBar::searchAsYouType()
{
    const QList<TextSearch::Match> &matches = currentMatches();
    if (!m_editor || matches.isEmpty()) {
        updateStatus();
        return;
    }
    const int from = m_editor->textCursor().selectionStart();
    auto it = std::find_if(matches.cbegin(), matches.cend(), [from](const auto &m) { return m.start >= from; });
    select(it == matches.cend() ? matches.first() : *it);
    updateStatus();
}

bool FindBar::replaceCurrent()
{
    if (!m_editor || m_editor->isReadOnly())
        return false;
    const int index = indexOfSelection();
    if (index < 0) {
        findNext();
        return false;
    }
    const TextSearch::Match match = currentMatches().at(index);
    QTextCursor cursor = m_editor->textCursor();
    cursor.beginEditBlock();
    cursor.insertText(search().replacementFor(match, m_replace->text()));
    cursor.endEditBlock();
    m_editor->setTextCursor(cursor);
    invalidate();
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    if (!m_editor || m_editor->isReadOnly())
        return 0;
    const TextSearch current = search();
    const QList<TextSearch::Match> matches = current.matches(m_editor->document());
    if (matches.isEmpty()) {
        updateStatus();
        return 0;
    }
    // One edit block: the whole replacement is one step on the undo stack. Back to front, so the
    // positions of the matches not yet replaced stay valid.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    for (auto it = matches.crbegin(); it != matches.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->end(), QTextCursor::KeepAnchor);
        cursor.insertText(current.replacementFor(*it, m_replace->text()));
    }
    cursor.endEditBlock();
    invalidate();
    updateStatus(tr("replaced %1").arg(matches.size()));
    return int(matches.size());
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::updateStatus(const QString &note)
{
    const TextSearch current = search();
    QString text;
    if (current.isEmpty()) {
        text.clear();
    } else if (!current.isValid()) {
        text = tr("Invalid pattern: %1").arg(current.errorString());
    } else {
        const int count = matchCount();
        const int index = indexOfSelection();
        if (count == 0)
            text = tr("No matches");
        else if (index >= 0)
            text = tr("%1 of %2").arg(index + 1).arg(count);
        else
            text = count == 1 ? tr("1 match") : tr("%1 matches").arg(count);
    }
    if (!note.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral(" \u00b7 ")) + note;
    m_status->setText(text);
    const bool canReplace = m_editor && !m_editor->isReadOnly() && current.isValid();
    m_replaceButton->setEnabled(canReplace);
    m_replaceAllButton->setEnabled(canReplace);
}

void FindBar::open(bool withReplace)
{
    if (m_editor) {
        const QTextCursor cursor = m_editor->textCursor();
        const QString selected = cursor.selectedText();
        // Only a selection within one line makes a sensible search text.
        if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
            m_find->setText(selected);
    }
    m_replaceRow->setVisible(withReplace);
    m_replaceLabel->setVisible(withReplace);
    m_replace->setVisible(withReplace);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    invalidate();
    updateStatus();
}

void FindBar::showFind()
{
    open(false);
}

void FindBar::showReplace()
{
    open(true);
}

void FindBar::showGoToLine()
{
    if (!m_editor)
        return;
    auto *dialog = new GoToLineDialog(m_editor->blockCount(), m_editor->textCursor().blockNumber() + 1, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QPointer<QPlainTextEdit> editor = m_editor;
    connect(dialog, &GoToLineDialog::lineChosen, this, [editor](int line, int column) {
        if (editor)
            GoToLineDialog::moveCursor(editor, line, column);
    });
    dialog->open();
}

void FindBar::dismiss()
{
    hide();
    if (m_editor)
        m_editor->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT dismissed();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_find) {
                if (key->modifiers() & Qt::ShiftModifier)
                    findPrevious();
                else
                    findNext();
                return true;
            }
            if (watched == m_replace) {
                replaceCurrent();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindBar::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_closeAction->setEnabled(true);
}

void FindBar::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_closeAction->setEnabled(false);
}

} // namespace awb
