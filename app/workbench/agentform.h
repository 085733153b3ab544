#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimer;

namespace awb {

class AgentBuffer;
class ColorPicker;
class ExamplesEditor;
class ToolPicker;

/// Every frontmatter field with the right control, bound to one AgentBuffer. Edits go to the
/// buffer as text edits; changes from the source view come back through `refresh()`, which
/// leaves the widget the user is typing in alone.
class AgentForm : public QWidget
{
    Q_OBJECT
public:
    explicit AgentForm(AgentBuffer *buffer, QWidget *parent = nullptr);

    QPlainTextEdit *bodyEditor() const { return m_body; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    ExamplesEditor *examplesEditor() const { return m_examples; }
    QComboBox *modelBox() const { return m_model; }
    ColorPicker *colorPicker() const { return m_color; }
    ToolPicker *toolPicker() const { return m_tools; }

    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void undoRedo(bool undo);
    QWidget *buildFields();
    void applyYamlSubEditor(const QString &key, QPlainTextEdit *edit, QLabel *status);
    void updateNameCheck();
    void updateResolvedModel();

    AgentBuffer *m_buffer;
    QLineEdit *m_name;
    QLabel *m_nameCheck;
    QPlainTextEdit *m_description;
    QLabel *m_descriptionCost;
    ExamplesEditor *m_examples;
    QComboBox *m_model;
    QLabel *m_resolvedModel;
    ColorPicker *m_color;
    ToolPicker *m_tools;
    ToolPicker *m_disallowed;
    QComboBox *m_permissionMode;
    QComboBox *m_effort;
    QSpinBox *m_maxTurns;
    QLineEdit *m_skills;
    QComboBox *m_memory;
    QComboBox *m_background;
    QComboBox *m_isolation;
    QPlainTextEdit *m_initialPrompt;
    QPlainTextEdit *m_mcpServers;
    QLabel *m_mcpStatus;
    QPlainTextEdit *m_hooks;
    QLabel *m_hooksStatus;
    QPlainTextEdit *m_unknownKeys;
    QPlainTextEdit *m_body;
    QHash<QPlainTextEdit *, QTimer *> m_yamlTimers;
    bool m_refreshing = false;
};

} // namespace awb
