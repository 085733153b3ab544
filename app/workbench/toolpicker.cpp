#include "toolpicker.h"

#include "agent/fieldtable.h"
#include "agent/toollist.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace awb {

ToolPicker::ToolPicker(const QString &allLabel, QWidget *parent)
    : QWidget(parent)
    , m_all(new QCheckBox(allLabel, this))
    , m_list(new QListWidget(this))
    , m_extra(new QLineEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all);
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true);
    m_list->setMaximumHeight(120);
    m_list->setAccessibleName(tr("Claude Code tools"));
    for (const QString &tool : FieldTable::knownTools()) {
        auto *item = new QListWidgetItem(tool, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    layout->addWidget(m_list);
    m_extra->setPlaceholderText(tr("More: mcp__server__*, Bash(git *), Agent(worker)…"));
    m_extra->setAccessibleName(tr("Other tool entries"));
    layout->addWidget(m_extra);

    connect(m_all, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        if (!m_updating)
            Q_EMIT toolsEdited();
    });
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT toolsEdited();
    });
    connect(m_extra, &QLineEdit::textEdited, this, [this] {
        if (!m_updating)
            Q_EMIT toolsEdited();
    });
    updateEnabled();
    // A label's mnemonic lands on the first control (a buddy needs a focus policy; not in the Tab chain).
    setFocusProxy(m_all);
    setFocusPolicy(Qt::ClickFocus);
}

void ToolPicker::updateEnabled()
{
    m_list->setEnabled(!m_all->isChecked());
    m_extra->setEnabled(!m_all->isChecked());
}

void ToolPicker::setTools(bool all, const QStringList &entries)
{
    m_updating = true;
    m_all->setChecked(all);
    QStringList extra;
    for (const QString &entry : entries) {
        if (!FieldTable::knownTools().contains(entry))
            extra.append(entry);
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(entries.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    if (!m_extra->hasFocus())
        m_extra->setText(extra.join(QStringLiteral(", ")));
    updateEnabled();
    m_updating = false;
}

bool ToolPicker::allTools() const
{
    return m_all->isChecked();
}

QStringList ToolPicker::tools() const
{
    if (m_all->isChecked())
        return {};
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            out.append(m_list->item(i)->text());
    }
    // Free entries are split the same way Claude Code splits a tools string.
    out += ToolList::splitToolString(m_extra->text());
    out.removeDuplicates();
    return out;
}

} // namespace awb
