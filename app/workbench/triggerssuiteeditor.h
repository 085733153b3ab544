#pragma once

#include "triggers/triggersuite.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace awb {

/// The prompts of a trigger suite, each with the agent it should reach or none: add, edit, remove and
/// import (text, CSV, JSON) the user's prompts; the example prompts of the agents are listed too,
/// read-only, with the agent they come from.
class TriggersSuiteEditor : public QWidget
{
    Q_OBJECT
public:
    enum Column { PromptColumn, ExpectedColumn, OriginColumn };

    explicit TriggersSuiteEditor(QWidget *parent = nullptr);

    /// The agents give the names to choose from and the example prompts.
    void setAgents(const TriggerAgents &agents);
    void setSuite(const TriggerSuite &suite);
    const TriggerSuite &suite() const { return m_suite; }

    void addPrompt(const QString &text, const QString &expected = {});
    void removeUserPrompt(int index);
    /// Appends the prompts of a file; false with a message (and nothing added) when it cannot be read.
    bool importFile(const QString &path, QString *errorString);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void suiteChanged();

private:
    void rebuild();
    void itemChanged(int row, int column);
    void removeSelected();
    void importWithDialog();
    int userIndexForRow(int row) const;

    TriggerSuite m_suite;
    TriggerAgents m_agents;
    TriggerPrompts m_examples;
    QStringList m_names; ///< the agents' names, for the expected-agent editor
    QTableWidget *m_table;
    QCheckBox *m_includeExamples;
    QPushButton *m_remove;
    QLabel *m_count;
    bool m_rebuilding = false;
};

} // namespace awb
