#include "agentform.h"
#include "colorpicker.h"
#include "exampleseditor.h"
#include "toolpicker.h"

#include "agent/agentbuffer.h"
#include "agent/fieldtable.h"
#include "agent/yamlreader.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTextDocument>

using namespace awb;

// Every field of the form, used the way a person uses it: focus a control, type or pick, and
// check the file text (only that field's lines change) and what Claude Code reads.
class TestAgentForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyFieldHasANamedControl();
    void nameLiveCheck_data();
    void nameLiveCheck();
    void typeIntoTextFields_data();
    void typeIntoTextFields();
    void pickFromLists_data();
    void pickFromLists();
    void modelTakesAliasesIdsAndFreeText();
    void toolsChecklistAndFreeEntries();
    void disallowedTools();
    void yamlSubEditors();
    void unknownKeysReadOnly();
    void examplesAddEditReorderRemove();
    void bodyEditor();
    void sourceEditsShowInEveryControl();
    void focusedFieldIsNotOverwritten();
    void undoInAFieldUndoesTheFile();

private:
    template <typename T> T *byName(const QString &accessibleName) const;
    QString text() const { return m_buffer->text(); }

    AgentBuffer *m_buffer = nullptr;
    AgentForm *m_form = nullptr;
};

static const QByteArray sample("---\n"
                               "name: reviewer # the id\n"
                               "# a comment that must survive\n"
                               "description: 'Use proactively after edits.'\n"
                               "owner: team-a\n"
                               "---\n"
                               "\n"
                               "You review code.\n");

// Types text with line breaks as a person does: Return between lines.
static void typeLines(QWidget *w, const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            QTest::keyClick(w, Qt::Key_Return);
        QTest::keyClicks(w, lines.at(i));
    }
}

template <typename T> T *TestAgentForm::byName(const QString &accessibleName) const
{
    const auto all = m_form->findChildren<T *>();
    for (T *w : all) {
        if (w->accessibleName() == accessibleName)
            return w;
    }
    return nullptr;
}

void TestAgentForm::init()
{
    auto *document = new QTextDocument;
    document->setDocumentLayout(new QPlainTextDocumentLayout(document));
    m_buffer = new AgentBuffer(document);
    m_buffer->load(sample, QStringLiteral("/tmp/reviewer.md"));
    m_form = new AgentForm(m_buffer);
    m_form->resize(700, 900);
    m_form->show();
    m_form->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_form));
}

void TestAgentForm::cleanup()
{
    delete m_form;
    delete m_buffer;
}

void TestAgentForm::everyFieldHasANamedControl()
{
    // One control per field of the field table, named with the table's label (what a screen
    // reader says) and explained with its summary.
    for (const FieldSpec &spec : FieldTable::fields()) {
        QWidget *found = nullptr;
        for (QWidget *w : m_form->findChildren<QWidget *>()) {
            if (w->accessibleName() == spec.label) {
                found = w;
                break;
            }
        }
        QVERIFY2(found, qPrintable(spec.key));
        QVERIFY2(!found->toolTip().isEmpty(), qPrintable(spec.key));
    }
    QVERIFY(byName<QPlainTextEdit>(QStringLiteral("System prompt")));
    QVERIFY(byName<QPlainTextEdit>(QStringLiteral("Other keys"))->isReadOnly());
    // Every editable control can be reached with Tab.
    for (QWidget *w : m_form->findChildren<QWidget *>()) {
        if ((qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QSpinBox *>(w))
            && w->isEnabled() && w->focusProxy() == nullptr)
            QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(w->accessibleName()));
    }
}

void TestAgentForm::nameLiveCheck_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedCheck");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("good") << "code-reviewer"
                          << "Good name"
                          << "name: code-reviewer # the id";
    // Quoted once a trailing space needed it while typing; valid either way.
    QTest::newRow("caps and spaces") << "Code Reviewer"
                                     << "code-reviewer"
                                     << "name: \"Code Reviewer\" # the id";
    QTest::newRow("colon") << "plug:rev"
                           << "reserved for plugin"
                           << "name: \"plug:rev\" # the id";
    QTest::newRow("dash") << "-rev"
                          << "skip"
                          << "name: \"-rev\" # the id";
    QTest::newRow("empty") << ""
                           << "required"
                           << "name: \"\" # the id";
}

void TestAgentForm::nameLiveCheck()
{
    QFETCH(QString, typed);
    QFETCH(QString, expectedCheck);
    QFETCH(QString, expectedLine);
    QLineEdit *name = byName<QLineEdit>(QStringLiteral("Name"));
    QVERIFY(name);
    name->setFocus();
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QTest::keyClicks(name, typed);
    QCOMPARE(name->text(), typed);
    QCOMPARE(text().split(QLatin1Char('\n')).at(1), expectedLine);
    QLabel *check = m_form->findChild<QLabel *>(QStringLiteral("nameCheck"));
    QVERIFY(check);
    QVERIFY2(check->text().contains(expectedCheck), qPrintable(check->text()));
    // Whatever was typed, the YAML stays valid for strict readers.
    QVERIFY(YamlReader::parse(m_buffer->document().frontmatterText().toUtf8()).ok);
}

void TestAgentForm::typeIntoTextFields_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("initial prompt") << "Initial prompt"
                                    << "Review the diff: all of it"
                                    << "initialPrompt: \"Review the diff: all of it\"";
    QTest::newRow("skills") << "Skills"
                            << "lint, test-runner"
                            << "skills: lint, test-runner";
}

void TestAgentForm::typeIntoTextFields()
{
    QFETCH(QString, control);
    QFETCH(QString, typed);
    QFETCH(QString, expectedLine);
    QWidget *w = nullptr;
    if (auto *line = byName<QLineEdit>(control))
        w = line;
    else
        w = byName<QPlainTextEdit>(control);
    QVERIFY2(w, qPrintable(control));
    w->setFocus();
    QTest::keyClicks(w, typed);
    QVERIFY2(text().contains(expectedLine + QLatin1Char('\n')), qPrintable(text()));
    QVERIFY(text().contains(QLatin1String("# a comment that must survive\n")));
    QVERIFY(text().contains(QLatin1String("description: 'Use proactively after edits.'\n")));
    QVERIFY(m_buffer->document().loads());
    QCOMPARE(m_buffer->document().readMode(), AgentDocument::ReadMode::Strict);
}

void TestAgentForm::pickFromLists_data()
{
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expectedLine");
    QTest::newRow("permission mode") << "Permission mode"
                                     << "plan"
                                     << "permissionMode: plan";
    QTest::newRow("effort word") << "Effort"
                                 << "high"
                                 << "effort: high";
    QTest::newRow("memory") << "Memory"
                            << "project"
                            << "memory: project";
    QTest::newRow("background") << "Background"
                                << "true"
                                << "background: true";
    QTest::newRow("isolation") << "Isolation"
                               << "worktree"
                               << "isolation: worktree";
}

void TestAgentForm::pickFromLists()
{
    QFETCH(QString, control);
    QFETCH(QString, value);
    QFETCH(QString, expectedLine);
    auto *box = byName<QComboBox>(control);
    QVERIFY2(box, qPrintable(control));
    box->setFocus();
    // Arrow keys walk the list as a person does without opening it.
    for (int i = 0; i < box->count() && box->currentText() != value; ++i)
        QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(box->currentText(), value);
    QVERIFY2(text().contains(expectedLine + QLatin1Char('\n')), qPrintable(text()));
    QVERIFY(m_buffer->document().loads());
    // Back to the empty entry removes the key.
    for (int i = 0; i < box->count() && !box->currentText().isEmpty(); ++i)
        QTest::keyClick(box, Qt::Key_Up);
    QVERIFY2(!text().contains(expectedLine.section(QLatin1Char(':'), 0, 0) + QLatin1Char(':')), qPrintable(text()));
    QCOMPARE(m_buffer->bytesToSave(), sample);
}

void TestAgentForm::modelTakesAliasesIdsAndFreeText()
{
    auto *model = byName<QComboBox>(QStringLiteral("Model"));
    QVERIFY(model);
    QVERIFY(model->isEditable());
    for (const QString &alias : FieldTable::modelAliases())
        QVERIFY2(model->findText(alias) >= 0, qPrintable(alias));
    QVERIFY(model->findText(QStringLiteral("claude-sonnet-5")) >= 0); // a full id from the alias table
    model->setFocus();
    model->lineEdit()->selectAll();
    QTest::keyClicks(model, QStringLiteral("sonnet"));
    QVERIFY(text().contains(QLatin1String("model: sonnet\n")));
    QLabel *resolved = m_form->findChild<QLabel *>(QStringLiteral("resolvedModel"));
    QVERIFY(resolved);
    QVERIFY2(resolved->text().contains(QLatin1String("claude-sonnet-5")), qPrintable(resolved->text()));
    model->lineEdit()->selectAll();
    QTest::keyClicks(model, QStringLiteral("my-local-model"));
    QVERIFY(text().contains(QLatin1String("model: my-local-model\n")));
    model->lineEdit()->selectAll();
    QTest::keyClick(model, Qt::Key_Delete);
    QVERIFY(!text().contains(QLatin1String("model:")));
}

void TestAgentForm::toolsChecklistAndFreeEntries()
{
    ToolPicker *tools = m_form->toolPicker();
    auto *all = tools->findChild<QCheckBox *>();
    auto *list = tools->findChild<QListWidget *>();
    auto *extra = tools->findChild<QLineEdit *>();
    QVERIFY(all && list && extra);
    QVERIFY(all->isChecked()); // no tools key: all tools
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
    QVERIFY(!all->isChecked());
    QVERIFY(list->isEnabled());
    // Space toggles the current tool in the checklist.
    list->setFocus();
    for (const QString &tool : { QStringLiteral("Read"), QStringLiteral("Grep") }) {
        const auto items = list->findItems(tool, Qt::MatchExactly);
        QCOMPARE(items.size(), 1);
        list->setCurrentItem(items.first());
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(items.first()->checkState(), Qt::Checked);
    }
    QVERIFY2(
        text().contains(QLatin1String("tools: Grep, Read\n")) || text().contains(QLatin1String("tools: Read, Grep\n")),
        qPrintable(text()));
    extra->setFocus();
    QTest::keyClicks(extra, QStringLiteral("mcp__github__*, Bash(git diff:*)"));
    const QStringList read = m_buffer->document().tools().entries;
    QVERIFY2(read.contains(QStringLiteral("mcp__github__*")), qPrintable(read.join(QLatin1Char('|'))));
    QVERIFY(read.contains(QStringLiteral("Bash(git diff:*)")));
    QVERIFY(read.contains(QStringLiteral("Read")));
    QVERIFY(m_buffer->document().loads());
    QCOMPARE(m_buffer->document().readMode(), AgentDocument::ReadMode::Strict);
    // Back to all tools removes the key.
    QTest::mouseClick(all, Qt::LeftButton, {}, QPoint(5, all->height() / 2));
    QVERIFY(!text().contains(QLatin1String("tools:")));
}

void TestAgentForm::disallowedTools()
{
    const auto pickers = m_form->findChildren<ToolPicker *>();
    QCOMPARE(pickers.size(), 2);
    ToolPicker *disallowed = pickers.at(0) == m_form->toolPicker() ? pickers.at(1) : pickers.at(0);
    auto *none = disallowed->findChild<QCheckBox *>();
    auto *list = disallowed->findChild<QListWidget *>();
    QTest::mouseClick(none, Qt::LeftButton, {}, QPoint(5, none->height() / 2));
    list->setFocus();
    list->setCurrentItem(list->findItems(QStringLiteral("Write"), Qt::MatchExactly).first());
    QTest::keyClick(list, Qt::Key_Space);
    QVERIFY2(text().contains(QLatin1String("disallowedTools: Write\n")), qPrintable(text()));
    QCOMPARE(m_buffer->document().toolsShown(), QStringLiteral("All tools except Write"));
}

void TestAgentForm::yamlSubEditors()
{
    auto *hooks = byName<QPlainTextEdit>(QStringLiteral("Hooks"));
    QVERIFY(hooks);
    hooks->setFocus();
    typeLines(
        hooks, QStringLiteral("hooks:\n  Stop:\n    - hooks:\n        - type: command\n          command: ./done.sh"));
    QTRY_VERIFY(m_buffer->document().field(QStringLiteral("hooks")));
    QVERIFY(m_buffer->document().field(QStringLiteral("hooks"))->isMapping());
    QVERIFY(text().contains(QLatin1String("          command: ./done.sh\n")));
    // Invalid YAML is not applied, and says why.
    typeLines(hooks, QStringLiteral("\n  bad: [unclosed"));
    QLabel *status = m_form->findChild<QLabel *>(QStringLiteral("hooksStatus"));
    QVERIFY(status);
    QTRY_VERIFY2(status->text().contains(QLatin1String("not applied")), qPrintable(status->text()));
    QVERIFY(!text().contains(QLatin1String("unclosed")));

    auto *mcp = byName<QPlainTextEdit>(QStringLiteral("MCP servers"));
    QVERIFY(mcp);
    mcp->setFocus();
    typeLines(mcp, QStringLiteral("mcpServers:\n  - github"));
    QTRY_VERIFY(text().contains(QLatin1String("mcpServers:\n  - github\n")));
    QVERIFY(m_buffer->document().loads());
}

void TestAgentForm::unknownKeysReadOnly()
{
    auto *other = byName<QPlainTextEdit>(QStringLiteral("Other keys"));
    QVERIFY(other);
    QCOMPARE(other->toPlainText(), QStringLiteral("owner: team-a"));
    other->setFocus();
    QTest::keyClicks(other, QStringLiteral("x"));
    QCOMPARE(other->toPlainText(), QStringLiteral("owner: team-a"));
    QCOMPARE(m_buffer->bytesToSave(), sample);
}

void TestAgentForm::examplesAddEditReorderRemove()
{
    ExamplesEditor *examples = m_form->examplesEditor();
    auto *add = examples->findChild<QPushButton *>(QStringLiteral("addExample"));
    auto *up = examples->findChild<QPushButton *>(QStringLiteral("moveExampleUp"));
    auto *remove = examples->findChild<QPushButton *>(QStringLiteral("removeExample"));
    QVERIFY(add && up && remove);
    QTest::mouseClick(add, Qt::LeftButton);
    // The new example's context is selected for typing over.
    auto *context = byName<QPlainTextEdit>(QStringLiteral("Example context"));
    QVERIFY2(context->hasFocus(),
        QApplication::focusWidget() ? qPrintable(QApplication::focusWidget()->accessibleName() + QLatin1Char('/')
            + QString::fromLatin1(QApplication::focusWidget()->metaObject()->className()))
                                    : "none");
    QTest::keyClicks(context, QStringLiteral("The user finished a feature"));
    auto *user = byName<QPlainTextEdit>(QStringLiteral("Example user message"));
    user->setFocus();
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("Please check my change"));
    auto *commentary = byName<QPlainTextEdit>(QStringLiteral("Example commentary"));
    commentary->setFocus();
    QTest::keyClicks(commentary, QStringLiteral("Fresh code gets reviewed"));
    QList<AgentExample> read = m_buffer->document().examples();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.first().context, QStringLiteral("The user finished a feature"));
    QCOMPARE(read.first().user(), QStringLiteral("Please check my change"));
    QCOMPARE(read.first().commentary, QStringLiteral("Fresh code gets reviewed"));
    QVERIFY(m_buffer->document().description().startsWith(QLatin1String("Use proactively after edits.")));
    QVERIFY(
        m_buffer->document().description().contains(QLatin1String("<example>\nContext: The user finished a feature")));
    QCOMPARE(m_buffer->document().readMode(), AgentDocument::ReadMode::Strict);

    QTest::mouseClick(add, Qt::LeftButton);
    context = byName<QPlainTextEdit>(QStringLiteral("Example context"));
    QTest::keyClicks(context, QStringLiteral("Second"));
    QTest::mouseClick(up, Qt::LeftButton);
    read = m_buffer->document().examples();
    QCOMPARE(read.size(), 2);
    QCOMPARE(read.at(0).context, QStringLiteral("Second"));
    QCOMPARE(read.at(1).context, QStringLiteral("The user finished a feature"));
    QCOMPARE(examples->currentIndex(), 0);
    QTest::mouseClick(remove, Qt::LeftButton);
    read = m_buffer->document().examples();
    QCOMPARE(read.size(), 1);
    QCOMPARE(read.at(0).context, QStringLiteral("The user finished a feature"));
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(m_buffer->document().examples().isEmpty());
    QCOMPARE(m_buffer->document().description(), QStringLiteral("Use proactively after edits."));
}

void TestAgentForm::bodyEditor()
{
    QPlainTextEdit *body = m_form->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    typeLines(body, QStringLiteral("\n## Checklist\n- tests"));
    QCOMPARE(m_buffer->document().body(), QStringLiteral("You review code.\n\n## Checklist\n- tests"));
    QVERIFY(text().startsWith(QString::fromUtf8(sample.left(sample.indexOf("\n---\n") + 5))));
}

void TestAgentForm::sourceEditsShowInEveryControl()
{
    m_buffer->replaceText(QStringLiteral("---\nname: planner\ndescription: Plans. Use proactively.\nmodel: haiku\n"
                                         "color: green\ntools: Read, mcp__x__*\ndisallowedTools: [Write]\n"
                                         "permissionMode: acceptEdits\neffort: 8000\nmaxTurns: 12\nskills: [a, b]\n"
                                         "memory: user\nbackground: false\nisolation: worktree\ninitialPrompt: Go\n"
                                         "mcpServers:\n  - github\nhooks:\n  Stop: []\nlegacy: 1\n---\nPlan it.\n"));
    QCOMPARE(byName<QLineEdit>(QStringLiteral("Name"))->text(), QStringLiteral("planner"));
    QCOMPARE(byName<QPlainTextEdit>(QStringLiteral("Description"))->toPlainText(),
        QStringLiteral("Plans. Use proactively."));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Model"))->currentText(), QStringLiteral("haiku"));
    QCOMPARE(m_form->colorPicker()->color(), QStringLiteral("green"));
    QCOMPARE(m_form->toolPicker()->tools(), (QStringList { QStringLiteral("Read"), QStringLiteral("mcp__x__*") }));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Permission mode"))->currentText(), QStringLiteral("acceptEdits"));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Effort"))->currentText(), QStringLiteral("8000"));
    QCOMPARE(byName<QSpinBox>(QStringLiteral("Max turns"))->value(), 12);
    QCOMPARE(byName<QLineEdit>(QStringLiteral("Skills"))->text(), QStringLiteral("a, b"));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Memory"))->currentText(), QStringLiteral("user"));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Background"))->currentText(), QStringLiteral("false"));
    QCOMPARE(byName<QComboBox>(QStringLiteral("Isolation"))->currentText(), QStringLiteral("worktree"));
    QCOMPARE(byName<QPlainTextEdit>(QStringLiteral("Initial prompt"))->toPlainText(), QStringLiteral("Go"));
    QCOMPARE(byName<QPlainTextEdit>(QStringLiteral("MCP servers"))->toPlainText(),
        QStringLiteral("mcpServers:\n  - github"));
    QCOMPARE(byName<QPlainTextEdit>(QStringLiteral("Hooks"))->toPlainText(), QStringLiteral("hooks:\n  Stop: []"));
    QCOMPARE(byName<QPlainTextEdit>(QStringLiteral("Other keys"))->toPlainText(), QStringLiteral("legacy: 1"));
    QCOMPARE(m_form->bodyEditor()->toPlainText(), QStringLiteral("Plan it.\n"));
    // Nothing was written back by showing it.
    QVERIFY(text().contains(QLatin1String("disallowedTools: [Write]\n")));
    QVERIFY(text().contains(QLatin1String("skills: [a, b]\n")));
}

void TestAgentForm::focusedFieldIsNotOverwritten()
{
    QLineEdit *name = byName<QLineEdit>(QStringLiteral("Name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-x"));
    const int cursor = name->cursorPosition();
    // A change elsewhere (the source view, an undo) leaves the field being typed in alone.
    m_buffer->setScalarField(QStringLiteral("color"), QStringLiteral("red"));
    QCOMPARE(name->text(), QStringLiteral("reviewer-x"));
    QCOMPARE(name->cursorPosition(), cursor);
    QCOMPARE(m_form->colorPicker()->color(), QStringLiteral("red"));
}

void TestAgentForm::undoInAFieldUndoesTheFile()
{
    QLineEdit *name = byName<QLineEdit>(QStringLiteral("Name"));
    name->setFocus();
    name->end(false);
    QTest::keyClicks(name, QStringLiteral("-x"));
    // A change made elsewhere in between (a swatch) is part of the same history.
    for (QAbstractButton *b : m_form->colorPicker()->findChildren<QAbstractButton *>()) {
        if (b->property("colorName").toString() == QLatin1String("red"))
            QTest::mouseClick(b, Qt::LeftButton);
    }
    QCOMPARE(m_buffer->document().color(), QStringLiteral("red"));
    name->setFocus();
    QTest::keySequence(name, QKeySequence::Undo);
    QCOMPARE(m_buffer->document().color(), QString()); // the last edit first
    QCOMPARE(name->text(), QStringLiteral("reviewer-x"));
    for (int i = 0; i < 4 && m_buffer->isModified(); ++i)
        QTest::keySequence(name, QKeySequence::Undo);
    QVERIFY(!m_buffer->isModified());
    QCOMPARE(m_buffer->bytesToSave(), sample);
    QCOMPARE(name->text(), QStringLiteral("reviewer")); // the field shows the file, though it has focus
    QVERIFY(name->hasFocus());
    QTest::keySequence(name, QKeySequence::Redo);
    QVERIFY(m_buffer->isModified());
    QVERIFY(name->text().startsWith(QLatin1String("reviewer-")));

    // The system prompt editor, too.
    QPlainTextEdit *body = m_form->bodyEditor();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, QStringLiteral("Extra"));
    QVERIFY(m_buffer->document().body().endsWith(QLatin1String("Extra")));
    // The typed run of characters is one step, as in the source view.
    QTest::keySequence(body, QKeySequence::Undo);
    QCOMPARE(m_buffer->document().body(), QStringLiteral("You review code."));
    QVERIFY(!body->toPlainText().contains(QLatin1String("Extra")));
}

QTEST_MAIN(TestAgentForm)
#include "tst_agentform.moc"
