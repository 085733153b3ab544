#include "providers/providerconfig.h"
#include "providers/secretstore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

// Keys in a real Secret Service (gnome-keyring in its own D-Bus session, started by ctest), and
// the behaviour without any keychain service. ctest runs this executable twice:
//   tst_secretstore            inside dbus-run-session with gnome-keyring-daemon;
//   tst_secretstore_noservice  with no session bus at all (AWB_EXPECT_NO_KEYCHAIN=1).
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReadOverwriteDelete();
    void readMissing();
    void keyNeverInSettingsFiles();
    void noService();
    void sessionKeys();

private:
    SecretJob *run(SecretJob *job);
    static bool expectNoService() { return qEnvironmentVariableIsSet("AWB_EXPECT_NO_KEYCHAIN"); }
    QByteArray filesContaining(const QString &dir, const QByteArray &needle) const;

    QTemporaryDir m_home;
    QString m_service;
};

void TestSecretStore::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Settings of this process go to a fresh folder that is searched for the key afterwards.
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
    QCoreApplication::setOrganizationName(QStringLiteral("AgentWorkbenchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_secretstore"));
    m_service = QStringLiteral("Agent Workbench test %1").arg(QCoreApplication::applicationPid());
    if (!expectNoService() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through ctest, which starts dbus-run-session and gnome-keyring");
}

SecretJob *TestSecretStore::run(SecretJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &SecretJob::finished);
    if (!finished.wait(20000))
        qFatal("keychain job did not finish");
    if (finished.size() != 1)
        qFatal("keychain job finished more than once");
    return job;
}

QByteArray TestSecretStore::filesContaining(const QString &dir, const QByteArray &needle) const
{
    QByteArray hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits += QFile::encodeName(file.fileName()) + ' ';
    }
    return hits;
}

void TestSecretStore::storeReadOverwriteDelete()
{
    if (expectNoService())
        QSKIP("no keychain service in this run");
    SecretStore store(m_service);
    const QString id = QStringLiteral("anthropic");
    const ApiKey first { QStringLiteral("sk-ant-first-ÄÖ-0001"), QStringLiteral("api.anthropic.com") };

    std::unique_ptr<SecretJob> write(run(store.write(id, first)));
    QCOMPARE(write->error(), SecretJob::Error::NoError);
    QVERIFY2(write->errorString().isEmpty(), qPrintable(write->errorString()));

    std::unique_ptr<SecretJob> read(run(store.read(id)));
    QCOMPARE(read->error(), SecretJob::Error::NoError);
    QCOMPARE(read->key(), first);

    const ApiKey second { QStringLiteral("sk-ant-second-0002"), QStringLiteral("api.anthropic.com") };
    std::unique_ptr<SecretJob> overwrite(run(store.write(id, second)));
    QCOMPARE(overwrite->error(), SecretJob::Error::NoError);
    std::unique_ptr<SecretJob> readAgain(run(store.read(id)));
    QCOMPARE(readAgain->key(), second);

    // Another provider's entry is separate.
    std::unique_ptr<SecretJob> other(
        run(store.write(QStringLiteral("openai"), { QStringLiteral("sk-oa"), QStringLiteral("api.openai.com") })));
    QCOMPARE(other->error(), SecretJob::Error::NoError);

    std::unique_ptr<SecretJob> remove(run(store.remove(id)));
    QCOMPARE(remove->error(), SecretJob::Error::NoError);
    std::unique_ptr<SecretJob> gone(run(store.read(id)));
    QCOMPARE(gone->error(), SecretJob::Error::NotFound);
    QVERIFY(gone->key().isEmpty());
    std::unique_ptr<SecretJob> stillThere(run(store.read(QStringLiteral("openai"))));
    QCOMPARE(stillThere->key().secret, QStringLiteral("sk-oa"));
    std::unique_ptr<SecretJob> cleanup(run(store.remove(QStringLiteral("openai"))));
    QCOMPARE(cleanup->error(), SecretJob::Error::NoError);
}

void TestSecretStore::readMissing()
{
    if (expectNoService())
        QSKIP("no keychain service in this run");
    SecretStore store(m_service);
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("never-saved"))));
    QCOMPARE(read->error(), SecretJob::Error::NotFound);
    QCOMPARE(SecretStore::errorName(read->error()), QStringLiteral("not-found"));
}

void TestSecretStore::keyNeverInSettingsFiles()
{
    const QByteArray secret = "sk-ant-must-not-leak-7f3a9c";
    SecretStore store(m_service);
    {
        // What the app keeps in its settings about a provider, written the way the app writes it.
        QSettings settings;
        settings.setValue(QStringLiteral("providers/anthropic"),
            QString::fromUtf8(QJsonDocument(ProviderConfig::anthropic().toJson()).toJson()));
        settings.sync();
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(m_home.path()));
    }
    std::unique_ptr<SecretJob> write(run(store.write(
        QStringLiteral("leakcheck"), { QString::fromLatin1(secret), QStringLiteral("api.anthropic.com") })));
    QCOMPARE(write->error(), expectNoService() ? SecretJob::Error::NoService : SecretJob::Error::NoError);
    QSettings().sync();
    QCOMPARE(filesContaining(m_home.path(), secret), QByteArray());
    if (!expectNoService()) {
        std::unique_ptr<SecretJob> remove(run(store.remove(QStringLiteral("leakcheck"))));
        QCOMPARE(remove->error(), SecretJob::Error::NoError);
    }
}

void TestSecretStore::noService()
{
    if (!expectNoService())
        QSKIP("a keychain service runs in this run");
    SecretStore store(m_service);
    std::unique_ptr<SecretJob> write(
        run(store.write(QStringLiteral("anthropic"), { QStringLiteral("sk-x"), QStringLiteral("api.anthropic.com") })));
    QVERIFY2(write->error() == SecretJob::Error::NoService, qPrintable(write->errorString()));
    QVERIFY2(write->errorString().contains(QLatin1String("No keychain service")), qPrintable(write->errorString()));
    QVERIFY(write->errorString().contains(QLatin1String("this session only")));
    QVERIFY(!write->errorString().contains(QLatin1String("sk-x")));
    std::unique_ptr<SecretJob> read(run(store.read(QStringLiteral("anthropic"))));
    QCOMPARE(read->error(), SecretJob::Error::NoService);
    QVERIFY(read->key().isEmpty());
}

void TestSecretStore::sessionKeys()
{
    SecretStore store(m_service);
    QVERIFY(store.sessionKey(QStringLiteral("anthropic")).isEmpty());
    const ApiKey key { QStringLiteral("sk-run-only"), QStringLiteral("api.anthropic.com") };
    store.setSessionKey(QStringLiteral("anthropic"), key);
    QCOMPARE(store.sessionKey(QStringLiteral("anthropic")), key);
    store.clearSessionKey(QStringLiteral("anthropic"));
    QVERIFY(store.sessionKey(QStringLiteral("anthropic")).isEmpty());
    QCOMPARE(filesContaining(m_home.path(), "sk-run-only"), QByteArray());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
