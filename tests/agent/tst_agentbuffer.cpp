#include "agent/agentbuffer.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

using namespace awb;

class TestAgentBuffer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unmodifiedSavesSameBytes_data();
    void unmodifiedSavesSameBytes();
    void fieldEditIsOneUndoStep();
    void fieldEditKeepsOtherCursors();
    void crlfKept();
    void examplesAndIntro();
    void lists();
    void modifiedSignal();
};

void TestAgentBuffer::unmodifiedSavesSameBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("lf") << QByteArray("---\nname: a\ndescription: d\n---\nbody\n");
    QTest::newRow("crlf") << QByteArray("---\r\nname: a\r\ndescription: d\r\n---\r\nbody\r\n");
    QTest::newRow("mixed") << QByteArray("---\r\nname: a\ndescription: d\r\n---\nbody");
    QTest::newRow("invalid utf8") << QByteArray("---\nname: a\ndescription: caf\xe9\n---\n");
    QTest::newRow("bom") << QByteArray("\xef\xbb\xbf---\nname: a\n---\n");
    QTest::newRow("no newline at end") << QByteArray("---\nname: a\ndescription: d\n---\nbody");
}

void TestAgentBuffer::unmodifiedSavesSameBytes()
{
    QFETCH(QByteArray, bytes);
    AgentBuffer buffer;
    buffer.load(bytes, QStringLiteral("a.md"));
    QVERIFY(!buffer.isModified());
    QCOMPARE(buffer.bytesToSave(), bytes);
}

void TestAgentBuffer::fieldEditIsOneUndoStep()
{
    AgentBuffer buffer;
    const QByteArray original("---\nname: a\n# keep me\ndescription: d\ncolor: red\n---\nbody\n");
    buffer.load(original, QString());
    buffer.setScalarField(QStringLiteral("color"), QStringLiteral("blue"));
    QCOMPARE(buffer.text(), QStringLiteral("---\nname: a\n# keep me\ndescription: d\ncolor: blue\n---\nbody\n"));
    QCOMPARE(buffer.document().color(), QStringLiteral("blue"));
    QVERIFY(buffer.isModified());
    buffer.textDocument()->undo();
    QCOMPARE(buffer.bytesToSave(), original);
    QVERIFY(!buffer.isModified());
    buffer.textDocument()->redo();
    QCOMPARE(buffer.document().color(), QStringLiteral("blue"));
}

void TestAgentBuffer::fieldEditKeepsOtherCursors()
{
    AgentBuffer buffer;
    buffer.load("---\nname: a\ndescription: d\n---\nline one\nline two\n", QString());
    QTextCursor viewCursor(buffer.textDocument());
    const int bodyPos = int(buffer.text().indexOf(QLatin1String("two")));
    viewCursor.setPosition(bodyPos);
    buffer.setScalarField(QStringLiteral("model"), QStringLiteral("opus"));
    // The cursor still sits on the same character although text was inserted above it.
    QCOMPARE(viewCursor.position(), int(buffer.text().indexOf(QLatin1String("two"))));
    QVERIFY(viewCursor.position() > bodyPos);
}

void TestAgentBuffer::crlfKept()
{
    AgentBuffer buffer;
    buffer.load("---\r\nname: a\r\ndescription: d\r\n---\r\nbody\r\n", QString());
    buffer.setScalarField(QStringLiteral("model"), QStringLiteral("haiku"));
    QCOMPARE(buffer.bytesToSave(),
             QByteArray("---\r\nname: a\r\ndescription: d\r\nmodel: haiku\r\n---\r\nbody\r\n"));
}

void TestAgentBuffer::examplesAndIntro()
{
    AgentBuffer buffer;
    buffer.load("---\nname: a\ndescription: Use when x.\\n\\n<example>\\nuser: \"hi\"\\n</example>\n---\nb\n", QString());
    QCOMPARE(buffer.descriptionIntro(), QStringLiteral("Use when x."));
    QList<AgentExample> examples = buffer.document().examples();
    QCOMPARE(examples.size(), 1);
    AgentExample added;
    added.context = QStringLiteral("New");
    added.setUser(QStringLiteral("do y"));
    examples.append(added);
    buffer.setExamples(examples);
    QCOMPARE(buffer.document().examples().size(), 2);
    QCOMPARE(buffer.document().readMode(), AgentDocument::ReadMode::Strict);
    buffer.setDescriptionIntro(QStringLiteral("Use when z."));
    QCOMPARE(buffer.descriptionIntro(), QStringLiteral("Use when z."));
    QCOMPARE(buffer.document().examples().size(), 2);
    QVERIFY(buffer.document().loads());
}

void TestAgentBuffer::lists()
{
    AgentBuffer buffer;
    buffer.load("---\nname: a\ndescription: d\ntools:\n  - Read\n---\nb\n", QString());
    buffer.setListField(QStringLiteral("tools"), {QStringLiteral("Read"), QStringLiteral("Bash(git *)")});
    QCOMPARE(buffer.document().toolsShown(), QStringLiteral("Read, Bash(git *)"));
    QVERIFY(buffer.text().contains(QLatin1String("tools:\n  - Read\n  - ")));
    buffer.setListField(QStringLiteral("disallowedTools"), {QStringLiteral("Write")});
    QVERIFY(buffer.text().contains(QLatin1String("disallowedTools: Write\n")));
    buffer.setListField(QStringLiteral("tools"), {});
    QCOMPARE(buffer.document().toolsShown(), QStringLiteral("All tools except Write"));
}

void TestAgentBuffer::modifiedSignal()
{
    AgentBuffer buffer;
    buffer.load("---\nname: a\ndescription: d\n---\nb\n", QString());
    QSignalSpy spy(&buffer, &AgentBuffer::modifiedChanged);
    buffer.setBody(QStringLiteral("new body"));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.last().first().toBool(), true);
    QCOMPARE(buffer.document().body(), QStringLiteral("new body"));
    buffer.markSaved();
    QCOMPARE(spy.last().first().toBool(), false);
}

QTEST_MAIN(TestAgentBuffer)
#include "tst_agentbuffer.moc"
