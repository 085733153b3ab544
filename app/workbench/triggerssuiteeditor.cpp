#include "triggerssuiteeditor.h"

#include "triggerscolors.h"

#include "agent/plaintooltip.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace awb {

namespace {

constexpr int ExpectedNameRole = Qt::UserRole + 1;

// Picks the expected agent from the library's names, or none.
class ExpectedDelegate : public QStyledItemDelegate
{
public:
    ExpectedDelegate(const QStringList *names, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_names(names)
    { }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setAccessibleName(TriggersSuiteEditor::tr("Expected agent"));
        combo->addItem(TriggersSuiteEditor::tr("(none)"), QString());
        for (const QString &name : *m_names)
            combo->addItem(name, name);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        const QString current = index.data(ExpectedNameRole).toString();
        const int at = combo->findData(current);
        if (at < 0 && !current.isEmpty())
            combo->addItem(current, current); // an agent not in the library: keep it choosable
        combo->setCurrentIndex(std::max(0, combo->findData(current)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData().toString(), ExpectedNameRole);
    }

private:
    const QStringList *m_names;
};

} // namespace

TriggersSuiteEditor::TriggersSuiteEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_includeExamples(new QCheckBox(tr("Include the agents' &example prompts"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("TriggersSuiteEditor"));
    auto *add = new QPushButton(tr("&Add Prompt"), this);
    add->setObjectName(QStringLiteral("AddPrompt"));
    add->setToolTip(tr("Add a prompt and the agent that should take it"));
    auto *import = new QPushButton(tr("&Import…"), this);
    import->setObjectName(QStringLiteral("ImportPrompts"));
    import->setToolTip(tr("Add prompts from a text file (one per line), a CSV file (prompt,expected) or JSON"));
    m_remove->setObjectName(QStringLiteral("RemovePrompt"));
    m_remove->setToolTip(tr("Remove the selected prompts (example prompts live in the agents' descriptions)"));
    m_remove->setEnabled(false);
    m_includeExamples->setChecked(true);
    m_includeExamples->setToolTip(
        tr("The user line of every <example> in the descriptions joins the suite, expected for its agent"));

    m_table->setObjectName(QStringLiteral("SuiteTable"));
    m_table->setAccessibleName(tr("Prompts of the trigger suite"));
    m_table->setHorizontalHeaderLabels({ tr("Prompt"), tr("Expected Agent"), tr("Origin") });
    m_table->horizontalHeader()->setSectionResizeMode(PromptColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ExpectedColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OriginColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_table->setItemDelegateForColumn(ExpectedColumn, new ExpectedDelegate(&m_names, m_table));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addWidget(import);
    buttons->addSpacing(12);
    buttons->addWidget(m_includeExamples);
    buttons->addStretch(1);
    buttons->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(add, &QPushButton::clicked, this, [this] {
        addPrompt(tr("A new prompt"));
        const int row = m_table->rowCount() - 1;
        m_table->setCurrentCell(row, PromptColumn);
        m_table->editItem(m_table->item(row, PromptColumn));
    });
    connect(m_remove, &QPushButton::clicked, this, &TriggersSuiteEditor::removeSelected);
    connect(import, &QPushButton::clicked, this, &TriggersSuiteEditor::importWithDialog);
    connect(m_includeExamples, &QCheckBox::toggled, this, [this](bool on) {
        if (m_rebuilding || m_suite.includeExamples() == on)
            return;
        m_suite.setIncludeExamples(on);
        rebuild();
        Q_EMIT suiteChanged();
    });
    connect(m_table, &QTableWidget::cellChanged, this, &TriggersSuiteEditor::itemChanged);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        bool any = false;
        for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
            any = any || userIndexForRow(i.row()) >= 0;
        m_remove->setEnabled(any);
    });
}

void TriggersSuiteEditor::setAgents(const TriggerAgents &agents)
{
    m_agents = agents;
    m_examples = TriggerSuite::examplePrompts(agents);
    m_names.clear();
    for (const TriggerAgent &a : agents)
        m_names.append(a.name);
    rebuild();
}

void TriggersSuiteEditor::setSuite(const TriggerSuite &suite)
{
    m_suite = suite;
    rebuild();
}

int TriggersSuiteEditor::userIndexForRow(int row) const
{
    const int examples = m_suite.includeExamples() ? int(m_examples.size()) : 0;
    const int index = row - examples;
    return index >= 0 && index < m_suite.size() ? index : -1;
}

void TriggersSuiteEditor::rebuild()
{
    m_rebuilding = true;
    const QPalette pal = palette();
    const QStringList &names = m_names;
    const TriggerPrompts examples = m_suite.includeExamples() ? m_examples : TriggerPrompts {};
    m_includeExamples->setChecked(m_suite.includeExamples());
    m_table->setRowCount(int(examples.size() + m_suite.size()));
    int row = 0;
    auto put = [&](const TriggerPrompt &p, bool editable) {
        auto *text = new QTableWidgetItem(p.text);
        text->setToolTip(plainToolTip(p.text));
        auto *expected = new QTableWidgetItem(p.expected.isEmpty() ? tr("(none)") : p.expected);
        expected->setData(ExpectedNameRole, p.expected);
        auto *origin = new QTableWidgetItem(p.isExample() ? tr("example of %1").arg(p.exampleAgent) : tr("yours"));
        origin->setFlags(origin->flags() & ~Qt::ItemIsEditable);
        if (!editable) {
            for (QTableWidgetItem *item : { text, expected }) {
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
                item->setForeground(TriggersColors::none(pal));
            }
            origin->setToolTip(tr("Taken from the agent's description; edit the agent to change it"));
        }
        if (p.expected.isEmpty())
            expected->setForeground(TriggersColors::none(pal));
        else if (!names.contains(p.expected)) {
            expected->setForeground(TriggersColors::bad(pal));
            expected->setToolTip(plainToolTip(
                tr("No agent of this library is called %1; this prompt always counts as wrong").arg(p.expected)));
        }
        m_table->setItem(row, PromptColumn, text);
        m_table->setItem(row, ExpectedColumn, expected);
        m_table->setItem(row, OriginColumn, origin);
        ++row;
    };
    for (const TriggerPrompt &p : examples)
        put(p, false);
    for (const TriggerPrompt &p : m_suite.prompts())
        put(p, true);
    int none = 0;
    for (const TriggerPrompt &p : m_suite.prompts())
        none += p.expectsNone() ? 1 : 0;
    m_count->setText(tr("%1 prompts: %2 from examples, %3 yours (%4 expect none)")
                         .arg(examples.size() + m_suite.size())
                         .arg(examples.size())
                         .arg(m_suite.size())
                         .arg(none));
    m_rebuilding = false;
}

void TriggersSuiteEditor::itemChanged(int row, int column)
{
    if (m_rebuilding)
        return;
    const int index = userIndexForRow(row);
    if (index < 0)
        return;
    TriggerPrompt prompt = m_suite.prompts().at(index);
    if (column == PromptColumn) {
        const QString text = m_table->item(row, column)->text().trimmed();
        if (text.isEmpty() || text == prompt.text) {
            rebuild(); // an empty prompt means nothing; put the old text back
            return;
        }
        prompt.text = text;
    } else if (column == ExpectedColumn) {
        const QString expected = m_table->item(row, column)->data(ExpectedNameRole).toString();
        if (expected == prompt.expected)
            return;
        prompt.expected = expected;
    } else {
        return;
    }
    m_suite.replace(index, prompt);
    rebuild();
    Q_EMIT suiteChanged();
}

void TriggersSuiteEditor::addPrompt(const QString &text, const QString &expected)
{
    m_suite.add(TriggerPrompt::user(text, expected));
    rebuild();
    Q_EMIT suiteChanged();
}

void TriggersSuiteEditor::removeUserPrompt(int index)
{
    if (index < 0 || index >= m_suite.size())
        return;
    m_suite.remove(index);
    rebuild();
    Q_EMIT suiteChanged();
}

void TriggersSuiteEditor::removeSelected()
{
    QList<int> indexes;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows()) {
        const int index = userIndexForRow(i.row());
        if (index >= 0)
            indexes.append(index);
    }
    if (indexes.isEmpty())
        return;
    std::sort(indexes.begin(), indexes.end(), std::greater<int>());
    for (const int index : std::as_const(indexes))
        m_suite.remove(index);
    rebuild();
    Q_EMIT suiteChanged();
}

bool TriggersSuiteEditor::importFile(const QString &path, QString *errorString)
{
    TriggerPrompts prompts;
    if (!TriggerSuite::importFile(path, &prompts, errorString))
        return false;
    m_suite.add(prompts);
    rebuild();
    Q_EMIT suiteChanged();
    return true;
}

void TriggersSuiteEditor::importWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Prompts"), QString(),
        tr("Prompt files (*.txt *.csv *.json);;Text, one prompt per line (*.txt);;CSV: prompt,expected (*.csv);;"
           "JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const int before = m_suite.size();
    if (!importFile(path, &error)) {
        QMessageBox::warning(this, tr("Import Prompts"), tr("Nothing was imported from %1:\n%2").arg(path, error));
        return;
    }
    m_count->setText(m_count->text() + QStringLiteral(" · ") + tr("%n imported", nullptr, m_suite.size() - before));
}

} // namespace awb
