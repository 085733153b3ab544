#pragma once

#include <QWidget>

namespace awb {

class CodeEditor;

/// The gutter at the left of a CodeEditor; the editor does the painting.
class LineNumberArea : public QWidget
{
    Q_OBJECT
public:
    explicit LineNumberArea(CodeEditor *editor);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    CodeEditor *m_editor;
};

} // namespace awb
