#pragma once

#include "textsearch.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace awb {

/// A find/replace bar for a QPlainTextEdit, meant to sit under the editor. Its actions carry the
/// standard shortcuts (Ctrl+F, Ctrl+H, F3, Shift+F3, Ctrl+G) and work while the editor or the bar
/// has focus; put the same actions in the Edit menu to show them there. Replace All is one undo step.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    /// The editor searched; the bar's shortcuts move with it. May be null.
    void setEditor(QPlainTextEdit *editor);
    QPlainTextEdit *editor() const { return m_editor; }

    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QAction *goToLineAction() const { return m_goToLineAction; }

    QString findText() const;
    void setFindText(const QString &text);
    QString replaceText() const;
    void setReplaceText(const QString &text);
    TextSearch::Options options() const;
    void setOptions(const TextSearch::Options &options);
    bool isReplaceVisible() const;

    /// Selects the next (previous) match in the editor, wrapping at the end; false when none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and selects the next one; false when nothing was replaced.
    bool replaceCurrent();
    /// Replaces every match as one undo step; returns how many.
    int replaceAll();
    int matchCount() const;
    /// What the bar says next to the field: "2 of 5", "No matches", a regex error...
    QString statusText() const;

public Q_SLOTS:
    void showFind();
    void showReplace();
    void showGoToLine();
    /// Hides the bar and gives the focus back to the editor.
    void dismiss();

Q_SIGNALS:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void createActions();
    void open(bool withReplace);
    TextSearch search() const;
    const QList<TextSearch::Match> &currentMatches() const;
    void invalidate();
    void select(const TextSearch::Match &match);
    int indexOfSelection() const;
    void searchAsYouType();
    void updateStatus(const QString &note = QString());

    QPointer<QPlainTextEdit> m_editor;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QToolButton *m_case = nullptr;
    QToolButton *m_words = nullptr;
    QToolButton *m_regex = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_replaceLabel = nullptr;
    QWidget *m_replaceRow = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QAction *m_goToLineAction = nullptr;
    QAction *m_closeAction = nullptr;
    QTimer *m_recount = nullptr;
    mutable QList<TextSearch::Match> m_matches;
    mutable bool m_matchesValid = false;
};

} // namespace awb
