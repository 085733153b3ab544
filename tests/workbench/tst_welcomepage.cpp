// First run: the welcome page's choices, including setting up a provider or skipping it.
#include "mainwindow.h"
#include "theme.h"
#include "welcomepage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace awb;

class TestWelcomePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void offersProviderOrSkip();
    void providerButtonOpensProviderSettings_data();
    void providerButtonOpensProviderSettings();

private:
    QTemporaryDir m_recovery;
};

void TestWelcomePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_recovery.isValid());
}

void TestWelcomePage::offersProviderOrSkip()
{
    WelcomePage page;
    auto *provider = page.findChild<QPushButton *>(QStringLiteral("SetUpProvider"));
    QVERIFY(provider);
    QVERIFY(provider->isEnabled());
    auto *skip = page.findChild<QLabel *>(QStringLiteral("SkipProvider"));
    QVERIFY(skip);
    QVERIFY(skip->text().contains(QLatin1String("no account")));

    QSignalSpy requested(&page, &WelcomePage::setUpProviderRequested);
    QTest::mouseClick(provider, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
}

void TestWelcomePage::providerButtonOpensProviderSettings_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

// With AWB_SCREENSHOT_DIR set, the dialog is saved there as first-run-providers-<theme>.png (the
// pictures in docs/screenshots/ come from here).
void TestWelcomePage::providerButtonOpensProviderSettings()
{
    QFETCH(QString, theme);
    Theme::apply(Theme::fromString(theme));
    MainWindow window(m_recovery.path());
    window.show();
    auto *provider = window.findChild<QPushButton *>(QStringLiteral("SetUpProvider"));
    QVERIFY(provider);
    QVERIFY(provider->isVisible()); // nothing open: the welcome page shows

    // The dialog is modal: note which one opened and close it from inside its event loop.
    QString opened;
    QTimer::singleShot(0, &window, [&opened, theme] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            opened = QString::fromLatin1(modal->metaObject()->className());
            const QString dir = qEnvironmentVariable("AWB_SCREENSHOT_DIR");
            if (!dir.isEmpty())
                modal->grab().save(dir + QStringLiteral("/first-run-providers-%1.png").arg(theme));
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        }
    });
    QTest::mouseClick(provider, Qt::LeftButton);
    QCOMPARE(opened, QStringLiteral("awb::ProviderSettingsDialog"));
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"
