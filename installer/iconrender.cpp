// Renders the application's SVG icon to the PNG sizes of the hicolor theme at build time.
//   awb_iconrender ICON.svg OUTDIR SIZE...
#include <QGuiApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    if (argc < 4) {
        std::fprintf(stderr, "usage: awb_iconrender ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "awb_iconrender: cannot read %s\n", argv[1]);
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    for (int i = 3; i < argc; ++i) {
        const int size = QByteArray(argv[i]).toInt();
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = out.filePath(QStringLiteral("%1x%1/apps").arg(size));
        QDir().mkpath(dir);
        if (!image.save(dir + QStringLiteral("/agent-workbench.png"))) {
            std::fprintf(stderr, "awb_iconrender: cannot write %s\n", qPrintable(dir));
            return 1;
        }
    }
    return 0;
}
