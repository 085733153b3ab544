#include "exampleseditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace awb {

static QPlainTextEdit *smallEditor(const QString &name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setWordWrapMode(QTextOption::WordWrap); // linear layout of long unbroken runs
    edit->setAccessibleName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    return edit;
}

ExamplesEditor::ExamplesEditor(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_up(new QPushButton(tr("Up"), this))
    , m_down(new QPushButton(tr("Down"), this))
    , m_context(smallEditor(tr("Example context"), tr("The situation, e.g. The user has just written a parser."), this))
    , m_user(smallEditor(tr("Example user message"), tr("What the user says"), this))
    , m_assistant(smallEditor(tr("Example assistant reply"), tr("How the main agent answers, delegating"), this))
    , m_commentary(smallEditor(tr("Example commentary"), tr("Why this calls for the agent"), this))
    , m_details(new QWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_list->setAccessibleName(tr("Examples"));
    m_list->setMaximumHeight(110);
    top->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    const std::pair<QPushButton *, QString> named[] { { m_add, tr("Add example") }, { m_remove, tr("Remove example") },
        { m_up, tr("Move example up") }, { m_down, tr("Move example down") } };
    const char *objectNames[] { "addExample", "removeExample", "moveExampleUp", "moveExampleDown" };
    for (int i = 0; i < 4; ++i) {
        named[i].first->setAccessibleName(named[i].second);
        named[i].first->setToolTip(named[i].second);
        named[i].first->setObjectName(QLatin1String(objectNames[i]));
        buttons->addWidget(named[i].first);
    }
    buttons->addStretch();
    top->addLayout(buttons);
    layout->addLayout(top);

    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Context:"), m_context);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("Assistant:"), m_assistant);
    form->addRow(tr("Commentary:"), m_commentary);
    layout->addWidget(m_details);

    connect(m_add, &QPushButton::clicked, this, &ExamplesEditor::addExample);
    connect(m_remove, &QPushButton::clicked, this, &ExamplesEditor::removeCurrent);
    connect(m_up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ExamplesEditor::showCurrent);
    for (QPlainTextEdit *edit : { m_context, m_user, m_assistant, m_commentary })
        connect(edit, &QPlainTextEdit::textChanged, this, &ExamplesEditor::detailEdited);
    setFocusProxy(m_list); // for the label's mnemonic
    setFocusPolicy(Qt::ClickFocus);
    showCurrent();
}

QString ExamplesEditor::summary(const AgentExample &example)
{
    QString text = example.user().isEmpty() ? example.context : example.user();
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (text.size() > 80)
        text = text.left(79) + QChar(0x2026);
    return text.isEmpty() ? tr("(empty example)") : text;
}

int ExamplesEditor::currentIndex() const
{
    return m_list->currentRow();
}

void ExamplesEditor::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    if (m_list->count() != m_examples.size()) {
        m_list->clear();
        for (const AgentExample &e : m_examples)
            m_list->addItem(summary(e));
    } else {
        for (int i = 0; i < m_examples.size(); ++i)
            m_list->item(i)->setText(summary(m_examples.at(i)));
    }
    m_list->setCurrentRow(std::min(std::max(row, m_examples.isEmpty() ? -1 : 0), int(m_examples.size()) - 1));
}

void ExamplesEditor::setExamples(const QList<AgentExample> &examples)
{
    if (examples == m_examples)
        return;
    m_examples = examples;
    refreshList();
    showCurrent();
}

void ExamplesEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool valid = row >= 0 && row < m_examples.size();
    m_details->setEnabled(valid);
    m_remove->setEnabled(valid);
    m_up->setEnabled(valid && row > 0);
    m_down->setEnabled(valid && row + 1 < m_examples.size());
    m_updating = true;
    const AgentExample e = valid ? m_examples.at(row) : AgentExample();
    auto set = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text && !edit->hasFocus())
            edit->setPlainText(text);
    };
    set(m_context, e.context);
    set(m_user, e.user());
    set(m_assistant, e.assistant());
    set(m_commentary, e.commentary);
    m_updating = false;
}

void ExamplesEditor::detailEdited()
{
    const int row = m_list->currentRow();
    if (m_updating || row < 0 || row >= m_examples.size())
        return;
    AgentExample &e = m_examples[row];
    e.context = m_context->toPlainText().trimmed();
    e.setUser(m_user->toPlainText().trimmed());
    e.setAssistant(m_assistant->toPlainText().trimmed());
    e.commentary = m_commentary->toPlainText().trimmed();
    e.turns.erase(
        std::remove_if(e.turns.begin(), e.turns.end(), [](const AgentExample::Turn &t) { return t.text.isEmpty(); }),
        e.turns.end());
    m_list->item(row)->setText(summary(e));
    Q_EMIT examplesEdited(m_examples);
}

void ExamplesEditor::addExample()
{
    AgentExample e;
    e.context = tr("Describe the situation");
    e.setUser(tr("What the user says"));
    e.setAssistant(tr("I'll use the agent for this."));
    m_examples.append(e);
    refreshList();
    m_list->setCurrentRow(int(m_examples.size()) - 1);
    showCurrent(); // the row may not have changed (the first example): enable its fields all the same
    Q_EMIT examplesEdited(m_examples);
    m_context->setFocus();
    m_context->selectAll();
}

void ExamplesEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_examples.size())
        return;
    m_examples.removeAt(row);
    refreshList();
    showCurrent();
    Q_EMIT examplesEdited(m_examples);
}

void ExamplesEditor::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_examples.size())
        return;
    m_examples.move(row, target);
    refreshList();
    m_list->setCurrentRow(target);
    showCurrent();
    Q_EMIT examplesEdited(m_examples);
}

} // namespace awb
