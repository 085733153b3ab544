#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace awb {

/// Asks for `line` or `line:column` (Ctrl+G). Open it with open(), not exec(): the answer comes
/// as lineChosen().
class GoToLineDialog : public QDialog
{
    Q_OBJECT
public:
    GoToLineDialog(int lineCount, int currentLine, QWidget *parent = nullptr);

    /// Parses `12`, `12:5`, ` 12 : 5 `; false for anything else (or a line or column below 1).
    static bool parse(const QString &text, int *line, int *column);
    /// Puts the editor's cursor there (clamped) and scrolls it to the middle when it was out of view.
    static void moveCursor(QPlainTextEdit *editor, int line, int column);

    QString text() const;
    void setText(const QString &text);

Q_SIGNALS:
    void lineChosen(int line, int column);

public Q_SLOTS:
    void accept() override;

private:
    QLineEdit *m_edit = nullptr;
    QPushButton *m_ok = nullptr;
    int m_lineCount = 1;
};

} // namespace awb
