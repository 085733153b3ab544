// The floor for startup timing: an empty QMainWindow that exits after its first paint.
#include <QApplication>
#include <QMainWindow>
#include <QTimer>

class FirstPaint : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint window;
    window.resize(1280, 800);
    window.show();
    return QApplication::exec();
}
