#include "agentform.h"

#include "colorpicker.h"
#include "exampleseditor.h"
#include "toolpicker.h"

#include "agent/agentbuffer.h"
#include "agent/agentlinter.h"
#include "agent/fieldtable.h"
#include "agent/modelaliases.h"
#include "agent/toollist.h"
#include "agent/yamlreader.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace awb {

namespace {

// A control's name for screen readers, and the field table's explanation with the key it writes.
void describe(QWidget *widget, const QString &key, const QString &name)
{
    widget->setAccessibleName(name);
    if (const FieldSpec *spec = FieldTable::find(key))
        widget->setToolTip(QStringLiteral("%1 (%2)").arg(spec->summary, key));
}

QComboBox *enumBox(const QString &key, const QString &name, QWidget *parent, bool editable = false)
{
    auto *box = new QComboBox(parent);
    box->setEditable(editable);
    box->addItem(QString());
    if (const FieldSpec *spec = FieldTable::find(key))
        box->addItems(spec->values);
    describe(box, key, name);
    return box;
}

QPlainTextEdit *textBox(const QString &key, const QString &name, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    describe(edit, key, name);
    edit->setTabChangesFocus(true);
    edit->setWordWrapMode(QTextOption::WordWrap); // see m_body
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

void setComboText(QComboBox *box, const QString &text)
{
    if (box->hasFocus() || box->currentText() == text)
        return;
    const int index = box->findText(text);
    if (index >= 0) {
        box->setCurrentIndex(index);
    } else if (box->isEditable()) {
        box->setEditText(text);
    } else {
        // A value the field does not allow: show it, marked, so nothing is hidden.
        box->addItem(text);
        box->setCurrentIndex(box->count() - 1);
    }
}

// A label whose mnemonic focuses `buddy`, for rows whose field is a layout.
void addRow(QFormLayout *form, const QString &text, QWidget *buddy, QLayout *field)
{
    auto *label = new QLabel(text, form->parentWidget());
    label->setBuddy(buddy);
    form->addRow(label, field);
}

void setPlain(QPlainTextEdit *edit, const QString &text)
{
    if (!edit->hasFocus() && edit->toPlainText() != text)
        edit->setPlainText(text);
}

} // namespace

AgentForm::AgentForm(AgentBuffer *buffer, QWidget *parent)
    : QWidget(parent)
    , m_buffer(buffer)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Agent fields"));
    scroll->setWidget(buildFields());
    splitter->addWidget(scroll);
    // A field reached by its mnemonic (or any way but Tab) scrolls into view, too.
    connect(qApp, &QApplication::focusChanged, scroll, [scroll](QWidget *, QWidget *now) {
        if (now && scroll->widget()->isAncestorOf(now))
            scroll->ensureWidgetVisible(now);
    });

    auto *bodyBox = new QGroupBox(tr("System prompt (Markdown)"), splitter);
    auto *bodyLayout = new QVBoxLayout(bodyBox);
    m_body = new QPlainTextEdit(bodyBox);
    // Wrapping "anywhere" lays out a long run without spaces in quadratic time (a 4 MB line took
    // minutes); wrapping at word boundaries only is linear and scrolls sideways instead.
    m_body->setWordWrapMode(QTextOption::WordWrap);
    m_body->setAccessibleName(tr("System prompt"));
    m_body->setPlaceholderText(tr("You are … (the agent's instructions)"));
    bodyLayout->addWidget(m_body);
    splitter->addWidget(bodyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter);

    connect(m_body, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing)
            m_buffer->setBody(m_body->toPlainText());
    });
    connect(m_buffer, &AgentBuffer::documentChanged, this, &AgentForm::refresh);
    refresh();
    // One undo history: Undo and Redo in any field of the form act on the file's document.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->installEventFilter(this);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        edit->installEventFilter(this);
}

bool AgentForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::ShortcutOverride)
                event->accept(); // the key comes to us, not to the widget's own undo
            else
                undoRedo(undo);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AgentForm::undoRedo(bool undo)
{
    for (QTimer *timer : std::as_const(m_yamlTimers))
        timer->stop(); // a pending sub-editor edit is dropped, as the undo replaces it
    // Fields keep what is being typed in them; for an undo they must show the document, so the
    // focus steps out while the form refreshes, and comes back to the same place.
    QWidget *focused = QApplication::focusWidget();
    auto *line = qobject_cast<QLineEdit *>(focused);
    auto *plain = qobject_cast<QPlainTextEdit *>(focused);
    const int position = line ? line->cursorPosition() : plain ? plain->textCursor().position() : 0;
    if (focused)
        focused->clearFocus();
    if (undo)
        m_buffer->textDocument()->undo();
    else
        m_buffer->textDocument()->redo();
    if (!focused)
        return;
    focused->setFocus();
    if (line) {
        line->setCursorPosition(std::min(position, int(line->text().size())));
    } else if (plain) {
        QTextCursor cursor = plain->textCursor();
        cursor.setPosition(std::min(position, plain->document()->characterCount() - 1));
        plain->setTextCursor(cursor);
    }
}

QWidget *AgentForm::buildFields()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    // Identity
    auto *identity = new QGroupBox(tr("When to use it"), page);
    auto *idForm = new QFormLayout(identity);
    m_name = new QLineEdit(identity);
    describe(m_name, QStringLiteral("name"), tr("Name"));
    m_name->setPlaceholderText(tr("lowercase-with-hyphens"));
    m_nameCheck = new QLabel(identity);
    m_nameCheck->setObjectName(QStringLiteral("nameCheck"));
    m_nameCheck->setTextFormat(Qt::PlainText);
    m_nameCheck->setWordWrap(true);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameCheck);
    addRow(idForm, tr("&Name:"), m_name, nameBox);
    m_description = textBox(QStringLiteral("description"), tr("Description"), 4, identity);
    m_description->setPlaceholderText(tr("Use proactively when … (Claude Code sends this with every turn)"));
    m_descriptionCost = new QLabel(identity);
    auto *descBox = new QVBoxLayout;
    descBox->addWidget(m_description);
    descBox->addWidget(m_descriptionCost);
    addRow(idForm, tr("&Description:"), m_description, descBox);
    m_examples = new ExamplesEditor(identity);
    idForm->addRow(tr("E&xamples:"), m_examples);
    layout->addWidget(identity);

    // Model and tools
    auto *modelTools = new QGroupBox(tr("Model and tools"), page);
    auto *mtForm = new QFormLayout(modelTools);
    m_model = enumBox(QStringLiteral("model"), tr("Model"), modelTools, true);
    for (const auto &alias : ModelAliases::defaults().aliases()) {
        if (m_model->findText(alias.second) < 0)
            m_model->addItem(alias.second);
    }
    m_resolvedModel = new QLabel(modelTools);
    m_resolvedModel->setObjectName(QStringLiteral("resolvedModel"));
    m_resolvedModel->setTextFormat(Qt::PlainText); // the file's model field, as written
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_resolvedModel, 1);
    addRow(mtForm, tr("&Model:"), m_model, modelRow);
    m_color = new ColorPicker(modelTools);
    describe(m_color, QStringLiteral("color"), tr("Color"));
    mtForm->addRow(tr("&Color:"), m_color);
    m_tools = new ToolPicker(tr("All tools"), modelTools);
    describe(m_tools, QStringLiteral("tools"), tr("Tools"));
    mtForm->addRow(tr("Too&ls:"), m_tools);
    m_disallowed = new ToolPicker(tr("None disallowed"), modelTools);
    describe(m_disallowed, QStringLiteral("disallowedTools"), tr("Disallowed tools"));
    mtForm->addRow(tr("Disallo&wed tools:"), m_disallowed);
    layout->addWidget(modelTools);

    // Behaviour
    auto *behaviour = new QGroupBox(tr("Behaviour"), page);
    auto *bForm = new QFormLayout(behaviour);
    m_permissionMode = enumBox(QStringLiteral("permissionMode"), tr("Permission mode"), behaviour);
    bForm->addRow(tr("&Permission mode:"), m_permissionMode);
    m_effort = enumBox(QStringLiteral("effort"), tr("Effort"), behaviour, true);
    bForm->addRow(tr("Eff&ort:"), m_effort);
    m_maxTurns = new QSpinBox(behaviour);
    m_maxTurns->setRange(0, 10000);
    m_maxTurns->setSpecialValueText(tr("not set"));
    describe(m_maxTurns, QStringLiteral("maxTurns"), tr("Max turns"));
    bForm->addRow(tr("Max t&urns:"), m_maxTurns);
    m_skills = new QLineEdit(behaviour);
    describe(m_skills, QStringLiteral("skills"), tr("Skills"));
    m_skills->setPlaceholderText(tr("skill-one, skill-two"));
    bForm->addRow(tr("S&kills:"), m_skills);
    m_memory = enumBox(QStringLiteral("memory"), tr("Memory"), behaviour);
    bForm->addRow(tr("Memor&y:"), m_memory);
    m_background = new QComboBox(behaviour);
    m_background->addItems({ QString(), QStringLiteral("true"), QStringLiteral("false") });
    describe(m_background, QStringLiteral("background"), tr("Background"));
    bForm->addRow(tr("&Background:"), m_background);
    m_isolation = enumBox(QStringLiteral("isolation"), tr("Isolation"), behaviour);
    bForm->addRow(tr("&Isolation:"), m_isolation);
    m_initialPrompt = textBox(QStringLiteral("initialPrompt"), tr("Initial prompt"), 2, behaviour);
    bForm->addRow(tr("Initial p&rompt:"), m_initialPrompt);
    layout->addWidget(behaviour);

    // Advanced: YAML sub-editors
    auto *advanced = new QGroupBox(tr("MCP servers and hooks (YAML)"), page);
    auto *aForm = new QFormLayout(advanced);
    m_mcpServers = textBox(QStringLiteral("mcpServers"), tr("MCP servers"), 4, advanced);
    m_mcpServers->setPlaceholderText(QStringLiteral("mcpServers:\n  - github"));
    m_mcpStatus = new QLabel(advanced);
    m_mcpStatus->setObjectName(QStringLiteral("mcpStatus"));
    m_mcpStatus->setTextFormat(Qt::PlainText);
    aForm->addRow(tr("MCP &servers:"), m_mcpServers);
    aForm->addRow(QString(), m_mcpStatus);
    m_hooks = textBox(QStringLiteral("hooks"), tr("Hooks"), 5, advanced);
    m_hooks->setPlaceholderText(QStringLiteral("hooks:\n  PostToolUse:\n    - matcher: Edit\n      hooks:\n        - "
                                               "type: command\n          command: ./lint.sh"));
    m_hooksStatus = new QLabel(advanced);
    m_hooksStatus->setObjectName(QStringLiteral("hooksStatus"));
    m_hooksStatus->setTextFormat(Qt::PlainText);
    aForm->addRow(tr("Hooks:"), m_hooks);
    aForm->addRow(QString(), m_hooksStatus);
    m_unknownKeys = textBox(QString(), tr("Other keys"), 3, advanced);
    m_unknownKeys->setReadOnly(true);
    m_unknownKeys->setPlaceholderText(tr("Keys Claude Code does not know appear here, read-only."));
    aForm->addRow(tr("Other keys:"), m_unknownKeys);
    layout->addWidget(advanced);
    layout->addStretch();

    // Edits go to the buffer.
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        // A required key stays in its place while the name is retyped (an empty string).
        m_buffer->setField(QStringLiteral("name"), YamlValue::makeString(text));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing && m_description->hasFocus())
            m_buffer->setDescriptionIntro(m_description->toPlainText());
    });
    connect(m_examples, &ExamplesEditor::examplesEdited, this,
        [this](const QList<AgentExample> &examples) { m_buffer->setExamples(examples); });
    connect(m_model, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (!m_refreshing)
            m_buffer->setScalarField(QStringLiteral("model"), text.trimmed());
    });
    connect(m_color, &ColorPicker::colorChosen, this,
        [this](const QString &color) { m_buffer->setScalarField(QStringLiteral("color"), color); });
    connect(m_tools, &ToolPicker::toolsEdited, this,
        [this] { m_buffer->setListField(QStringLiteral("tools"), m_tools->tools()); });
    connect(m_disallowed, &ToolPicker::toolsEdited, this,
        [this] { m_buffer->setListField(QStringLiteral("disallowedTools"), m_disallowed->tools()); });
    for (auto [box, key] : { std::pair { m_permissionMode, QStringLiteral("permissionMode") },
             std::pair { m_effort, QStringLiteral("effort") }, std::pair { m_memory, QStringLiteral("memory") },
             std::pair { m_isolation, QStringLiteral("isolation") } }) {
        connect(box, &QComboBox::currentTextChanged, this, [this, key = key](const QString &text) {
            if (m_refreshing)
                return;
            bool isNumber = false;
            const qint64 n = text.toLongLong(&isNumber);
            if (key == QLatin1String("effort") && isNumber)
                m_buffer->setField(key, YamlValue::makeInt(n));
            else
                m_buffer->setScalarField(key, text);
        });
    }
    connect(m_maxTurns, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_refreshing)
            return;
        if (value == 0)
            m_buffer->removeField(QStringLiteral("maxTurns"));
        else
            m_buffer->setField(QStringLiteral("maxTurns"), YamlValue::makeInt(value));
    });
    connect(m_skills, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_buffer->setListField(
            QStringLiteral("skills"), ToolList::splitToolString(QString(text).replace(QLatin1Char(' '), QString())));
    });
    connect(m_background, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        if (m_refreshing)
            return;
        if (text.isEmpty())
            m_buffer->removeField(QStringLiteral("background"));
        else
            m_buffer->setField(QStringLiteral("background"), YamlValue::makeBool(text == QLatin1String("true")));
    });
    connect(m_initialPrompt, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_refreshing && m_initialPrompt->hasFocus())
            m_buffer->setScalarField(QStringLiteral("initialPrompt"), m_initialPrompt->toPlainText());
    });
    for (auto [edit, key, status] : { std::tuple { m_mcpServers, QStringLiteral("mcpServers"), m_mcpStatus },
             std::tuple { m_hooks, QStringLiteral("hooks"), m_hooksStatus } }) {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setInterval(400);
        m_yamlTimers.insert(edit, timer);
        connect(timer, &QTimer::timeout, this,
            [this, edit = edit, key = key, status = status] { applyYamlSubEditor(key, edit, status); });
        connect(edit, &QPlainTextEdit::textChanged, this, [this, edit = edit, timer] {
            if (!m_refreshing && edit->hasFocus())
                timer->start();
        });
    }
    return page;
}

void AgentForm::applyYamlSubEditor(const QString &key, QPlainTextEdit *edit, QLabel *status)
{
    const QString text = edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        m_buffer->removeField(key);
        status->clear();
        return;
    }
    const YamlParseResult parsed = YamlReader::parse(text.toUtf8());
    if (!parsed.ok || !parsed.root.isMapping() || parsed.root.entries().size() != 1
        || parsed.root.entries().first().key != key) {
        status->setText(parsed.ok ? tr("Write it as '%1:' followed by indented lines; not applied yet.").arg(key)
                                  : tr("Not valid YAML (line %1: %2); not applied yet.")
                                        .arg(parsed.errorLine + 1)
                                        .arg(parsed.errorString));
        return;
    }
    status->setText(tr("Applied."));
    m_buffer->setRawField(key, text);
}

void AgentForm::updateNameCheck()
{
    const AgentDocument &doc = m_buffer->document();
    const QString name = doc.name();
    static const QRegularExpression style(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QString message;
    if (name.isEmpty())
        message = tr("⚠ A name is required; without it Claude Code skips the file.");
    else if (name.startsWith(QLatin1Char('-')))
        message = tr("⚠ A name starting with '-' makes Claude Code skip the file.");
    else if (name.contains(QLatin1Char(':')))
        message = tr("⚠ ':' is reserved for plugin agents; use '%1'.").arg(AgentLinter::suggestedName(name));
    else if (!style.match(name).hasMatch())
        message = tr("Loads, but lowercase-and-hyphens is expected: '%1'.").arg(AgentLinter::suggestedName(name));
    else
        message = tr("✓ Good name.");
    m_nameCheck->setText(message);
}

void AgentForm::updateResolvedModel()
{
    const QString model = m_buffer->document().model();
    m_resolvedModel->setText(tr("→ %1").arg(ModelAliases::defaults().resolve(model)));
}

void AgentForm::refresh()
{
    m_refreshing = true;
    const AgentDocument &doc = m_buffer->document();
    if (!m_name->hasFocus() && m_name->text() != doc.scalarField(QStringLiteral("name")))
        m_name->setText(doc.scalarField(QStringLiteral("name")));
    updateNameCheck();
    setPlain(m_description, m_buffer->descriptionIntro());
    m_descriptionCost->setText(tr("About %n tokens, sent with every turn of every conversation.", nullptr,
        AgentLinter::estimateTokens(doc.description())));
    m_examples->setExamples(doc.examples());
    setComboText(m_model, doc.model());
    updateResolvedModel();
    m_color->setColor(doc.scalarField(QStringLiteral("color")));
    const ToolList tools = doc.tools();
    m_tools->setTools(tools.all, tools.entries);
    const ToolList disallowed = doc.disallowedTools();
    m_disallowed->setTools(!disallowed.present || disallowed.entries.isEmpty(), disallowed.entries);
    setComboText(m_permissionMode, doc.scalarField(QStringLiteral("permissionMode")));
    setComboText(m_effort, doc.scalarField(QStringLiteral("effort")));
    const YamlValue *maxTurns = doc.field(QStringLiteral("maxTurns"));
    if (!m_maxTurns->hasFocus())
        m_maxTurns->setValue(maxTurns && maxTurns->kind() == YamlValue::Kind::Int ? int(maxTurns->toInt()) : 0);
    if (!m_skills->hasFocus()) {
        const ToolList skills = ToolList::fromYaml(doc.field(QStringLiteral("skills")));
        m_skills->setText(skills.entries.join(QStringLiteral(", ")));
    }
    setComboText(m_memory, doc.scalarField(QStringLiteral("memory")));
    setComboText(m_background, doc.scalarField(QStringLiteral("background")));
    setComboText(m_isolation, doc.scalarField(QStringLiteral("isolation")));
    setPlain(m_initialPrompt, doc.scalarField(QStringLiteral("initialPrompt")));
    setPlain(m_mcpServers, m_buffer->rawField(QStringLiteral("mcpServers")));
    setPlain(m_hooks, m_buffer->rawField(QStringLiteral("hooks")));
    QStringList unknown;
    for (const QString &key : doc.keys()) {
        if (!FieldTable::find(key))
            unknown.append(m_buffer->rawField(key));
    }
    setPlain(m_unknownKeys, unknown.join(QLatin1Char('\n')));
    QString body = doc.rawBody();
    body.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    setPlain(m_body, body);
    m_refreshing = false;
}

} // namespace awb
