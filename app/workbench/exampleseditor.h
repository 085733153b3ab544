#pragma once

#include "agent/example.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace awb {

/// The `<example>` blocks of a description as an editable list: add, remove, reorder, and the
/// context / user / assistant / commentary of the selected one.
class ExamplesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ExamplesEditor(QWidget *parent = nullptr);

    void setExamples(const QList<AgentExample> &examples);
    QList<AgentExample> examples() const { return m_examples; }
    int currentIndex() const;

    void addExample();
    void removeCurrent();
    void moveCurrent(int delta);

Q_SIGNALS:
    void examplesEdited(const QList<AgentExample> &examples);

private:
    void showCurrent();
    void refreshList();
    void detailEdited();
    static QString summary(const AgentExample &example);

    QList<AgentExample> m_examples;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QPlainTextEdit *m_context;
    QPlainTextEdit *m_user;
    QPlainTextEdit *m_assistant;
    QPlainTextEdit *m_commentary;
    QWidget *m_details;
    bool m_updating = false;
};

} // namespace awb
