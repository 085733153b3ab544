// The translations are complete and current, and the GUI marks its text for translation.
#include "stringscanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace awb;

namespace {

const QString SourceDir = QStringLiteral(AWB_SOURCE_DIR);

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

QList<TsMessage> readAll(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("%s: %s", qPrintable(path), qPrintable(file.errorString()));
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage();
            current.context = context;
            current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus)
                current.translations = { xml.readElementText() };
        } else if (name == QLatin1String("numerusform")) {
            current.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString tsPath(const QString &language)
{
    return SourceDir + QStringLiteral("/translations/agent-workbench_%1.ts").arg(language);
}

QSet<QString> placeholders(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    auto it = re.globalMatch(s);
    while (it.hasNext())
        found.insert(it.next().captured());
    return found;
}

QStringList sourcesToScan()
{
    QStringList files;
    QDirIterator it(
        SourceDir + QStringLiteral("/app/workbench"), { QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    return files;
}

QSet<QString> readAllowlist()
{
    QSet<QString> allowed;
    QFile file(SourceDir + QStringLiteral("/tests/translations/untranslated-allowlist.txt"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return allowed;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        allowed.insert(line);
    }
    return allowed;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scannerRules_data();
    void scannerRules();
    void sourcesMarkedForTranslation();
    void complete_data();
    void complete();
    void upToDate_data();
    void upToDate();
};

void TestTranslations::scannerRules_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("findings");

    QTest::newRow("tr") << R"(label->setText(tr("Open a folder"));)" << 0;
    QTest::newRow("unmarked setText") << R"(label->setText(QStringLiteral("Open a folder"));)" << 1;
    QTest::newRow("unmarked one word") << R"(button->setToolTip(QStringLiteral("Remove"));)" << 1;
    QTest::newRow("plain literal in QLabel") << R"(auto *l = new QLabel("Name:", this);)" << 1;
    QTest::newRow("translate") << R"(x.setText(QCoreApplication::translate("main", "Open a folder"));)" << 0;
    QTest::newRow("noop") << R"(static const char *t[] = {QT_TR_NOOP("Open a folder")};)" << 0;
    QTest::newRow("icon name") << R"(menu->addAction(QIcon::fromTheme(QStringLiteral("Edit Copy")), tr("Copy"));)" << 0;
    QTest::newRow("data item") << R"(box->addItem(tr("Light"), QStringLiteral("light"));)" << 0;
    QTest::newRow("no letters") << R"(label->setText(QStringLiteral("%1 / %2").arg(a).arg(b));)" << 0;
    QTest::newRow("format with words") << R"(label->setText(QStringLiteral("%1 of %2").arg(a).arg(b));)" << 1;
    QTest::newRow("ternary") << R"(l->setText(ok ? tr("Yes") : QStringLiteral("No"));)" << 1;
    QTest::newRow("sentence elsewhere") << R"(const QString m = QStringLiteral("Cannot read the file");)" << 1;
    QTest::newRow("lowercase phrase") << R"(*error = QStringLiteral("cannot write %1: %2").arg(a, b);)" << 1;
    QTest::newRow("two lowercase words") << R"(const QString sep = QStringLiteral("%1 of %2");)" << 0;
    QTest::newRow("key elsewhere") << R"(settings.value(QStringLiteral("view/theme"));)" << 0;
    QTest::newRow("log") << R"(qCWarning(lc) << "Cannot read the file" << path;)" << 0;
    QTest::newRow("comment") << "// label->setText(\"Open a folder\");\n/* \"Cannot read the file\" */" << 0;
    QTest::newRow("lambda body") << R"(a->addAction(tr("Go"), this, [this] { open(QStringLiteral("/x/y")); });)" << 0;
    QTest::newRow("lambda body sentence")
        << R"(a->addAction(tr("Go"), this, [this] { show(QStringLiteral("Nothing to show here")); });)" << 1;
    QTest::newRow("header labels") << R"(t->setHorizontalHeaderLabels({QStringLiteral("Action"), tr("Key")});)" << 1;
    QTest::newRow("concatenated") << "l->setText(tr(\"One \"\n \"two\"));" << 0;
    QTest::newRow("include") << "#include \"Some File.h\"" << 0;
}

void TestTranslations::scannerRules()
{
    QFETCH(QString, code);
    QFETCH(int, findings);
    const QList<StringScanner::Finding> found = StringScanner().scan(QStringLiteral("t.cpp"), code);
    for (const StringScanner::Finding &f : found)
        qInfo("%s", qPrintable(f.toString()));
    QCOMPARE(found.size(), findings);
}

void TestTranslations::sourcesMarkedForTranslation()
{
    const QSet<QString> allowed = readAllowlist();
    StringScanner scanner(allowed);
    QStringList problems;
    const QStringList files = sourcesToScan();
    QVERIFY2(files.size() > 10, "the GUI sources were not found");
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QString relative = QDir(SourceDir).relativeFilePath(path);
        for (const StringScanner::Finding &f : scanner.scan(relative, QString::fromUtf8(file.readAll())))
            problems.append(f.toString());
    }
    for (const QString &stale : allowed - scanner.usedAllowances())
        qInfo("allowlist entry no longer needed: %s", qPrintable(stale));
    if (!problems.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("%1 user-visible string(s) not marked for translation (wrap them in tr(), or "
                                        "list deliberate exceptions in tests/translations/"
                                        "untranslated-allowlist.txt as file|literal):\n  %2")
                             .arg(problems.size())
                             .arg(problems.join(QStringLiteral("\n  ")))));
    }
}

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("French") << QStringLiteral("fr");
}

void TestTranslations::complete()
{
    QFETCH(QString, language);
    const QList<TsMessage> messages = readAll(tsPath(language));
    QVERIFY2(messages.size() > 100, qPrintable(tsPath(language)));
    QStringList unfinished, stale, badPlaceholders;
    for (const TsMessage &m : messages) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            stale.append(m.key());
            continue;
        }
        const bool empty = m.translations.isEmpty()
            || std::any_of(
                m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (m.type == QLatin1String("unfinished") || empty) {
            unfinished.append(m.key());
            continue;
        }
        // Every %1 of the source must survive the translation (%n only in numerus forms).
        QSet<QString> wanted = placeholders(m.source);
        for (const QString &t : m.translations) {
            QSet<QString> got = placeholders(t);
            if (m.numerus) {
                wanted.remove(QStringLiteral("%n"));
                got.remove(QStringLiteral("%n"));
            }
            if (got != wanted)
                badPlaceholders.append(m.key() + QLatin1String(" -> ") + t);
        }
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(QStringLiteral("%1 unfinished or missing in %2 (translate them in "
                                  "Qt Linguist or the .ts file):\n  %3")
                       .arg(unfinished.size())
                       .arg(tsPath(language), unfinished.join(QStringLiteral("\n  ")))));
    QVERIFY2(stale.isEmpty(),
        qPrintable(QStringLiteral("%1 vanished/obsolete entries in %2:\n  %3")
                       .arg(stale.size())
                       .arg(tsPath(language), stale.join(QStringLiteral("\n  ")))));
    QVERIFY2(badPlaceholders.isEmpty(),
        qPrintable(QStringLiteral("placeholders differ:\n  %1").arg(badPlaceholders.join(QStringLiteral("\n  ")))));
}

void TestTranslations::upToDate_data()
{
    complete_data();
}

void TestTranslations::upToDate()
{
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(AWB_LUPDATE),
        { QLatin1Char('@') + QStringLiteral(AWB_LUPDATE_SOURCES), QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), copy });
    QVERIFY2(lupdate.waitForFinished(180000), "lupdate did not finish");
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

    auto keys = [](const QList<TsMessage> &messages) {
        QSet<QString> set;
        for (const TsMessage &m : messages) {
            if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
                set.insert(m.key());
        }
        return set;
    };
    const QSet<QString> committed = keys(readAll(tsPath(language)));
    const QSet<QString> current = keys(readAll(copy));
    QStringList missing = (current - committed).values();
    QStringList gone = (committed - current).values();
    missing.sort();
    gone.sort();
    QVERIFY2(missing.isEmpty() && gone.isEmpty(),
        qPrintable(
            QStringLiteral("%1 is out of date; run `cmake --build build --target update_translations` "
                           "and translate.\n new in the sources:\n  %2\n no longer in the sources:\n  %3")
                .arg(tsPath(language), missing.join(QStringLiteral("\n  ")), gone.join(QStringLiteral("\n  ")))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
