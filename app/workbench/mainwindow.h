#pragma once

#include <QMainWindow>

class QPlainTextEdit;
class QLabel;

namespace awb {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    bool openFile(const QString &path);

private:
    void showOpenDialog();

    QPlainTextEdit *m_source = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace awb
