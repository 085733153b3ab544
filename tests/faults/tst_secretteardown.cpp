// A keychain operation whose store is destroyed while it runs (a window closed while a key is read,
// written or removed): nothing calls back into what is gone, later operations still run, and what
// the keychain holds afterwards is whole. ctest runs this twice, like tst_secretstore: inside
// dbus-run-session with gnome-keyring (tst_secretteardown_keyring), and with no session bus at all
// (AWB_EXPECT_NO_KEYCHAIN=1), where libsecret still answers later, with an error.
#include "providers/secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace awb;

class TestSecretTeardown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeDestroyedMidOperation_data();
    void storeDestroyedMidOperation();

private:
    static bool expectNoService() { return qEnvironmentVariableIsSet("AWB_EXPECT_NO_KEYCHAIN"); }
    /// Runs `job` to its end (kept for the caller to read).
    static std::unique_ptr<SecretJob> finish(SecretJob *job);

    QString m_service;
};

void TestSecretTeardown::initTestCase()
{
    m_service = QStringLiteral("Agent Workbench teardown test %1").arg(QCoreApplication::applicationPid());
    if (!expectNoService() && qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("no D-Bus session: run through ctest, which starts dbus-run-session and gnome-keyring");
}

std::unique_ptr<SecretJob> TestSecretTeardown::finish(SecretJob *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &SecretJob::finished);
    if (!finished.wait(20000))
        qFatal("keychain job did not finish");
    return std::unique_ptr<SecretJob>(job);
}

void TestSecretTeardown::storeDestroyedMidOperation_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<int>("turns");
    // The store goes after this many turns of the event loop: before the job starts, while QtKeychain
    // queues it, and while libsecret waits for the answer.
    for (int operation = 0; operation < 3; ++operation) {
        const char *name = operation == 0 ? "write" : operation == 1 ? "read" : "remove";
        for (int turns = 0; turns <= 6; ++turns)
            QTest::addRow("%s after %d turns", name, turns) << operation << turns;
    }
}

void TestSecretTeardown::storeDestroyedMidOperation()
{
    QFETCH(int, operation);
    QFETCH(int, turns);
    const QString id
        = QStringLiteral("teardown-%1").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const ApiKey key { QStringLiteral("sk-teardown-0042"), QStringLiteral("127.0.0.1") };
    if (operation != 0 && !expectNoService()) {
        SecretStore setup(m_service);
        QCOMPARE(finish(setup.write(id, key))->error(), SecretJob::Error::NoError);
    }

    auto *store = new SecretStore(m_service);
    SecretJob *job = operation == 0 ? store->write(id, key) : operation == 1 ? store->read(id) : store->remove(id);
    QSignalSpy finished(job, &SecretJob::finished);
    for (int i = 0; i < turns; ++i)
        QTest::qWait(0);
    const bool done = !finished.isEmpty();
    delete store;

    // QtKeychain runs one operation at a time, so this one ends after the orphaned one has had its
    // answer: a callback into a deleted job would have happened by now (and fails under ASan).
    SecretStore after(m_service);
    std::unique_ptr<SecretJob> probe = finish(after.read(id));
    if (!done)
        QCOMPARE(finished.size(), 0); // nobody to tell
    if (expectNoService()) {
        QCOMPARE(probe->error(), SecretJob::Error::NoService);
        return;
    }
    // Whole: the key as written, or nothing (a write or a removal may or may not have reached the
    // keychain before its store went).
    if (probe->error() == SecretJob::Error::NoError)
        QCOMPARE(probe->key(), key);
    else
        QCOMPARE(probe->error(), SecretJob::Error::NotFound);
    if (operation == 1)
        QCOMPARE(probe->error(), SecretJob::Error::NoError); // reading changes nothing
    QVERIFY(finish(after.remove(id))->error() != SecretJob::Error::Other);
}

QTEST_GUILESS_MAIN(TestSecretTeardown)
#include "tst_secretteardown.moc"
