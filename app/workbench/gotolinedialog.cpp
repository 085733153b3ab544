#include "gotolinedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QTextBlock>
#include <QVBoxLayout>

namespace awb {

namespace {

const QRegularExpression &linePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,9})\\s*(?::\\s*(\\d{1,9})\\s*)?$"));
    return pattern;
}

} // namespace

GoToLineDialog::GoToLineDialog(int lineCount, int currentLine, QWidget *parent)
    : QDialog(parent)
    , m_lineCount(std::max(1, lineCount))
{
    setWindowTitle(tr("Go to Line"));
    setAccessibleName(tr("Go to line"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("&Line (1 to %1), optionally followed by :column").arg(m_lineCount), this);
    m_edit = new QLineEdit(QString::number(std::clamp(currentLine, 1, m_lineCount)), this);
    m_edit->setAccessibleName(tr("Line and column"));
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\s*\\d{0,9}\\s*(:\\s*\\d{0,9}\\s*)?$")), m_edit));
    m_edit->selectAll();
    label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoToLineDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoToLineDialog::reject);
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        int line = 0, column = 0;
        m_ok->setEnabled(parse(text, &line, &column));
    });
}

bool GoToLineDialog::parse(const QString &text, int *line, int *column)
{
    const QRegularExpressionMatch match = linePattern().match(text);
    if (!match.hasMatch())
        return false;
    const int l = match.captured(1).toInt();
    const int c = match.hasCaptured(2) ? match.captured(2).toInt() : 1;
    if (l < 1 || c < 1)
        return false;
    if (line)
        *line = l;
    if (column)
        *column = c;
    return true;
}

void GoToLineDialog::moveCursor(QPlainTextEdit *editor, int line, int column)
{
    const QTextBlock block = editor->document()->findBlockByNumber(std::clamp(line, 1, editor->blockCount()) - 1);
    QTextCursor cursor(block);
    cursor.setPosition(block.position() + std::clamp(column, 1, std::max(1, block.length())) - 1);
    editor->setTextCursor(cursor);
    editor->centerCursor();
    editor->setFocus(Qt::OtherFocusReason);
}

QString GoToLineDialog::text() const
{
    return m_edit->text();
}

void GoToLineDialog::setText(const QString &text)
{
    m_edit->setText(text);
}

void GoToLineDialog::accept()
{
    int line = 0, column = 0;
    if (!parse(m_edit->text(), &line, &column))
        return;
    QDialog::accept();
    Q_EMIT lineChosen(std::min(line, m_lineCount), column);
}

} // namespace awb
