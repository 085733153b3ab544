#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QTest>

using namespace awb;

// "System" means the desktop's own look: after Light or Dark, going back restores it exactly.
class TestTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void systemIsTheDesktopsLook();
    void names_data();
    void names();
};

void TestTheme::systemIsTheDesktopsLook()
{
    // Stand in for a dark desktop: the platform palette before the program changes anything.
    QPalette desktop = QApplication::palette();
    desktop.setColor(QPalette::Window, QColor(0x20, 0x22, 0x24));
    desktop.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    desktop.setColor(QPalette::Base, QColor(0x18, 0x19, 0x1a));
    desktop.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    QApplication::setPalette(desktop);
    const QString desktopStyle = QApplication::style()->name();

    Theme::apply(Theme::Mode::System);
    QVERIFY(Theme::isDark());
    Theme::apply(Theme::Mode::Light);
    QVERIFY(!Theme::isDark());
    QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
    Theme::apply(Theme::Mode::Dark);
    QVERIFY(Theme::isDark());
    Theme::apply(Theme::Mode::Light);
    Theme::apply(Theme::Mode::System);
    QVERIFY(Theme::isDark());
    QCOMPARE(QApplication::palette().color(QPalette::Window), QColor(0x20, 0x22, 0x24));
    QCOMPARE(QApplication::style()->name(), desktopStyle);
}

void TestTheme::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::newRow("light") << "light" << int(Theme::Mode::Light);
    QTest::newRow("dark") << "dark" << int(Theme::Mode::Dark);
    QTest::newRow("system") << "system" << int(Theme::Mode::System);
    QTest::newRow("unknown means system") << "purple" << int(Theme::Mode::System);
}

void TestTheme::names()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QCOMPARE(int(Theme::fromString(name)), mode);
    if (name != QLatin1String("purple"))
        QCOMPARE(Theme::toString(Theme::Mode(mode)), name);
}

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
