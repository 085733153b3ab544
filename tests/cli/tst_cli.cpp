#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The awb tool as a user runs it: real process, real files, exit codes and output.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lintExitCodes_data();
    void lintExitCodes();
    void lintJson();
    void lintFolderAndSummary();
    void badInput_data();
    void badInput();
    void showJson();
    void fmtCheckAndWrite();
    void invalidUtf8();
    void duplicateNames();
    void usage();

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run awb(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

TestCli::Run TestCli::awb(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AWB_BINARY_DIR "/bin/awb"), args);
    if (!p.waitForFinished(60000))
        qFatal("awb did not finish");
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

QString TestCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture");
    f.write(bytes);
    return path;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(AWB_BINARY_DIR "/bin/awb")));
}

void TestCli::lintExitCodes_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<int>("code");
    const QByteArray clean("---\nname: ok\ndescription: Use proactively after edits.\n---\nBody.\n");
    const QByteArray warn("---\nname: ok\ndescription: Use proactively after edits.\ncolor: teal\n---\nBody.\n");
    const QByteArray error("---\ndescription: Use proactively.\n---\nBody.\n");
    QTest::newRow("clean") << clean << false << 0;
    QTest::newRow("clean strict") << clean << true << 0;
    QTest::newRow("warning") << warn << false << 0;
    QTest::newRow("warning strict") << warn << true << 1;
    QTest::newRow("error") << error << false << 2;
}

void TestCli::lintExitCodes()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, strict);
    QFETCH(int, code);
    const QString path = write(QStringLiteral("codes/%1.md").arg(QTest::currentDataTag()), content);
    QStringList args { QStringLiteral("lint"), path };
    if (strict)
        args << QStringLiteral("--strict");
    const Run r = awb(args);
    QCOMPARE(r.code, code);
    QVERIFY(r.out.contains(QLatin1String("1 file checked")));
}

void TestCli::lintJson()
{
    const QString path = write(QStringLiteral("json/a.md"), "---\nname: a\ndescription: x: y\n---\nBody\n");
    const Run r = awb({ QStringLiteral("lint"), QStringLiteral("--format"), QStringLiteral("json"), path });
    QCOMPARE(r.code, 0);
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray files = root.value(QLatin1String("files")).toArray();
    QCOMPARE(files.size(), 1);
    const QJsonObject file = files.first().toObject();
    QCOMPARE(file.value(QLatin1String("loads")).toBool(), true);
    const QJsonObject d = file.value(QLatin1String("diagnostics")).toArray().first().toObject();
    QCOMPARE(d.value(QLatin1String("code")).toString(), QStringLiteral("lenient-only"));
    QCOMPARE(d.value(QLatin1String("line")).toInt(), 3);
    QCOMPARE(d.value(QLatin1String("severity")).toString(), QStringLiteral("warning"));
    QVERIFY(d.value(QLatin1String("fix")).toObject().contains(QLatin1String("replacement")));
    QCOMPARE(root.value(QLatin1String("summary")).toObject().value(QLatin1String("warnings")).toInt(), 1);
}

void TestCli::lintFolderAndSummary()
{
    const Run r = awb({ QStringLiteral("lint"), QStringLiteral(AWB_SHARED_DIR "/compat/claude-code/cases") });
    QCOMPARE(r.code, 2); // the vectors include files Claude Code skips
    QVERIFY(r.out.contains(QLatin1String("39 files checked: 28 load in Claude Code, 11 skipped")));
    QVERIFY(r.out.contains(QLatin1String("j.md:1:1: error:")));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("nope.md")) << "no such file";
    QDir().mkpath(m_dir.filePath(QStringLiteral("empty")));
    QTest::newRow("empty folder") << m_dir.filePath(QStringLiteral("empty")) << "folder";
    QTest::newRow("binary") << write(QStringLiteral("bin.md"),
        QByteArray("\x7f"
                   "ELF\0\0\x01",
            7)) << "binary";
    QTest::newRow("huge") << write(QStringLiteral("huge.md"), QByteArray(50 * 1024 * 1024, 'a')) << "larger than";
}

void TestCli::badInput()
{
    QFETCH(QString, path);
    QFETCH(QString, message);
    for (const QString &command : { QStringLiteral("lint"), QStringLiteral("show"), QStringLiteral("fmt") }) {
        const Run r = awb({ command, path });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    }
}

void TestCli::showJson()
{
    const QString path = write(QStringLiteral("show/r.md"),
        "---\nname: reviewer\ndescription: Reviews code.\\n\\n<example>\\nContext: a PR\\n"
        "user: \"review\"\\nassistant: \"ok\"\\n</example>\ntools: Read, Grep\nmodel: sonnet\n"
        "---\nYou review.\n");
    const Run r = awb({ QStringLiteral("show"), path, QStringLiteral("--format"), QStringLiteral("json") });
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("reviewer"));
    QCOMPARE(o.value(QLatin1String("loads")).toBool(), true);
    QVERIFY(o.value(QLatin1String("skipReason")).isNull());
    QCOMPARE(o.value(QLatin1String("model")).toString(), QStringLiteral("sonnet"));
    QCOMPARE(o.value(QLatin1String("resolvedModel")).toString(), QStringLiteral("claude-sonnet-5"));
    QCOMPARE(o.value(QLatin1String("tools")).toArray(), QJsonArray({ "Read", "Grep" }));
    QCOMPARE(o.value(QLatin1String("listingLine")).toString(),
        QStringLiteral("- reviewer: Reviews code.\n\n<example>\nContext: a PR\nuser: \"review\"\nassistant: "
                       "\"ok\"\n</example> (Tools: Read, Grep)"));
    const QJsonArray examples = o.value(QLatin1String("examples")).toArray();
    QCOMPARE(examples.size(), 1);
    QCOMPARE(examples.first().toObject().value(QLatin1String("user")).toString(), QStringLiteral("review"));
    QCOMPARE(o.value(QLatin1String("body")).toString(), QStringLiteral("You review."));

    const QString skipped = write(QStringLiteral("show/s.md"), "---\nname: s\n---\nbody\n");
    const Run s = awb({ QStringLiteral("show"), skipped, QStringLiteral("--format"), QStringLiteral("json") });
    const QJsonObject so = QJsonDocument::fromJson(s.out.toUtf8()).object();
    QCOMPARE(so.value(QLatin1String("loads")).toBool(), false);
    QVERIFY(so.value(QLatin1String("skipReason")).toString().contains(QLatin1String("description")));
}

void TestCli::fmtCheckAndWrite()
{
    const QByteArray messy(
        "---\r\nname: a\r\ndescription: Use when: tests fail\\nthen fix\r\ntools: Read Grep\r\n---\r\nBody\r\n");
    const QString path = write(QStringLiteral("fmt/a.md"), messy);
    // CRLF + retry: Claude Code skips it, so fmt refuses rather than guess.
    Run r = awb({ QStringLiteral("fmt"), QStringLiteral("--check"), path });
    QCOMPARE(r.code, 2);

    const QByteArray lenient(
        "---\nname: a\ndescription: Use when: tests fail\\nthen fix\ntools: Read Grep\n---\nBody\n");
    const QString path2 = write(QStringLiteral("fmt/b.md"), lenient);
    r = awb({ QStringLiteral("fmt"), QStringLiteral("--check"), path2 });
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("would be reformatted")));
    r = awb({ QStringLiteral("fmt"), path2 });
    QCOMPARE(r.code, 0);
    QFile f(path2);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(),
        QByteArray("---\nname: a\ndescription: |-\n  Use when: tests fail\n  then fix\ntools: Read Grep\n"
                   "---\n\nBody\n"));
    r = awb({ QStringLiteral("fmt"), QStringLiteral("--check"), path2 });
    QCOMPARE(r.code, 0);
}

void TestCli::invalidUtf8()
{
    // Latin-1 'é' in a UTF-8 file: Claude Code reads U+FFFD; we say where, and fmt refuses to write.
    const QByteArray bytes("---\nname: a\ndescription: Use proactively for caf\xe9 code.\n---\nBody\n");
    const QString path = write(QStringLiteral("utf8/a.md"), bytes);
    Run r = awb({ QStringLiteral("lint"), path });
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("a.md:3:37: warning: The file is not valid UTF-8")), qPrintable(r.out));
    r = awb({ QStringLiteral("lint"), QStringLiteral("--strict"), path });
    QCOMPARE(r.code, 1);
    r = awb({ QStringLiteral("show"), path });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QStringLiteral("caf\uFFFD code")));
    for (const QString &option : { QStringLiteral("--check"), QStringLiteral("--stdout"), QString() }) {
        QStringList args { QStringLiteral("fmt"), path };
        if (!option.isEmpty())
            args << option;
        r = awb(args);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("a.md:3:37: not valid UTF-8")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), bytes);
}

void TestCli::duplicateNames()
{
    const QByteArray agent("---\nname: twin\ndescription: Use proactively.\n---\nBody\n");
    write(QStringLiteral("dup/project/a.md"), agent);
    write(QStringLiteral("dup/project/sub/b.md"), agent);
    write(QStringLiteral("dup/user/c.md"), agent);
    // In one tree, which of two same-named files Claude Code keeps is undefined: both are flagged.
    Run r = awb({ QStringLiteral("lint"), m_dir.filePath(QStringLiteral("dup/project")) });
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(QLatin1String("[duplicate-name]")), 2);
    QVERIFY2(r.out.contains(QLatin1String("a.md:2:1: warning: 'twin' is also the name of ")), qPrintable(r.out));
    r = awb({ QStringLiteral("lint"), QStringLiteral("--strict"), m_dir.filePath(QStringLiteral("dup/project")) });
    QCOMPARE(r.code, 1);
    // Across two trees (a project's and the user's) one name overriding another is how scopes work.
    r = awb({ QStringLiteral("lint"), m_dir.filePath(QStringLiteral("dup/project/a.md")),
        m_dir.filePath(QStringLiteral("dup/user")) });
    QCOMPARE(r.out.count(QLatin1String("[duplicate-name]")), 0);
}

void TestCli::usage()
{
    Run r = awb({});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QLatin1String("Usage: awb")));
    r = awb({ QStringLiteral("--version") });
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(QLatin1String("awb ")));
    r = awb({ QStringLiteral("frobnicate") });
    QCOMPARE(r.code, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
