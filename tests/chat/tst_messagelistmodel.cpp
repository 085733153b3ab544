#include "chat/messagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace awb;

class TestMessageListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appendTruncateReset();
    void streamingIsCoalesced();
    void endStreamingFlushesAtOnce();
    void truncateWhileStreaming();
    void roles();

private:
    std::unique_ptr<MessageListModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestMessageListModel::init()
{
    m_model = std::make_unique<MessageListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMessageListModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void TestMessageListModel::appendTruncateReset()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QCOMPARE(m_model->appendMessage(ChatTurn::user(QStringLiteral("a"))), 0);
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    reply.text = QStringLiteral("b");
    QCOMPARE(m_model->appendMessage(reply), 1);
    QCOMPARE(m_model->appendMessage(ChatTurn::user(QStringLiteral("c"))), 2);
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(m_model->rowCount(), 3);

    m_model->truncate(1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 2);
    QCOMPARE(m_model->rowCount(), 1);
    m_model->truncate(5); // nothing to drop
    QCOMPARE(removed.count(), 1);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    Conversation other;
    other.append(ChatTurn::user(QStringLiteral("x")));
    other.append(ChatTurn::user(QStringLiteral("y")));
    m_model->setConversation(other);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->index(1).data().toString(), QStringLiteral("y"));
}

void TestMessageListModel::streamingIsCoalesced()
{
    m_model->appendMessage(ChatTurn::user(QStringLiteral("go")));
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    const int row = m_model->appendMessage(reply);
    m_model->beginStreaming(row);
    QVERIFY(m_model->index(row).data(MessageListModel::StreamingRole).toBool());
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QString expected;
    for (int i = 0; i < 2000; ++i) {
        const QString token = QStringLiteral("tok%1 ").arg(i);
        expected += token;
        m_model->appendText(token);
    }
    // The data is current at once; the view hears about it once, a frame later.
    QCOMPARE(m_model->index(row).data(MessageListModel::TextRole).toString(), expected);
    QCOMPARE(changed.count(), 0);
    QVERIFY(changed.wait(1000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(m_model->streamingUpdates(), 1);
    m_model->appendThinking(QStringLiteral("hmm"));
    m_model->flush();
    QCOMPARE(changed.count(), 2);
    QCOMPARE(m_model->index(row).data(MessageListModel::ThinkingRole).toString(), QStringLiteral("hmm"));
}

void TestMessageListModel::endStreamingFlushesAtOnce()
{
    m_model->appendMessage(ChatTurn::user(QStringLiteral("go")));
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    const int row = m_model->appendMessage(reply);
    m_model->beginStreaming(row);
    m_model->appendText(QStringLiteral("partial"));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy totals(m_model.get(), &MessageListModel::totalsChanged);
    ChatTurn final = m_model->message(row);
    final.usage.outputTokens = 3;
    final.stopReason = QStringLiteral("end_turn");
    m_model->endStreaming(final);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(totals.count(), 1);
    QCOMPARE(m_model->streamingRow(), -1);
    QVERIFY(!m_model->index(row).data(MessageListModel::StreamingRole).toBool());
    QCOMPARE(m_model->index(row).data(MessageListModel::StopReasonRole).toString(), QStringLiteral("end_turn"));
    // Deltas after the end are ignored (a late signal must not grow a finished reply).
    m_model->appendText(QStringLiteral("late"));
    QCOMPARE(m_model->message(row).text, QStringLiteral("partial"));
    QVERIFY(!changed.wait(50));
}

void TestMessageListModel::truncateWhileStreaming()
{
    m_model->appendMessage(ChatTurn::user(QStringLiteral("go")));
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    const int row = m_model->appendMessage(reply);
    m_model->beginStreaming(row);
    m_model->appendText(QStringLiteral("abc"));
    m_model->truncate(1);
    QCOMPARE(m_model->streamingRow(), -1);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(!changed.wait(50)); // no change for a row that is gone
}

void TestMessageListModel::roles()
{
    ChatTurn reply;
    reply.role = ChatTurn::Role::Assistant;
    reply.text = QStringLiteral("answer");
    reply.thinking = QStringLiteral("thought");
    reply.toolCalls = { { QStringLiteral("1"), QStringLiteral("Read"), QStringLiteral("{}") } };
    reply.model = QStringLiteral("m");
    reply.usage.inputTokens = 5;
    reply.usage.outputTokens = 7;
    reply.costUsd = 0.5;
    reply.interrupted = true;
    reply.interruptionReason = QStringLiteral("Stopped");
    m_model->appendMessage(ChatTurn::user(QStringLiteral("q")));
    m_model->appendMessage(reply);
    const QModelIndex user = m_model->index(0);
    const QModelIndex answer = m_model->index(1);
    QVERIFY(user.data(MessageListModel::IsUserRole).toBool());
    QVERIFY(!answer.data(MessageListModel::IsUserRole).toBool());
    QCOMPARE(answer.data(MessageListModel::ThinkingRole).toString(), QStringLiteral("thought"));
    QCOMPARE(answer.data(MessageListModel::ToolCallsRole).toString(), QStringLiteral("Read({})"));
    QCOMPARE(answer.data(MessageListModel::SummaryRole).toString(), QStringLiteral("5 in · 7 out · $0.5000"));
    QVERIFY(answer.data(MessageListModel::InterruptedRole).toBool());
    QCOMPARE(answer.data(MessageListModel::InterruptionReasonRole).toString(), QStringLiteral("Stopped"));
    QCOMPARE(answer.data(MessageListModel::CostRole).toDouble(), 0.5);
    QCOMPARE(user.data(MessageListModel::SummaryRole).toString(), QString());
    QCOMPARE(m_model->roleNames().value(MessageListModel::ThinkingRole), QByteArray("thinking"));
}

QTEST_GUILESS_MAIN(TestMessageListModel)
#include "tst_messagelistmodel.moc"
