// A 10,000-message transcript opens in the Chat pane without hanging, and both of its ends can be
// scrolled to.
#include "chatcolumn.h"
#include "chatmessageview.h"
#include "chatmessagewidget.h"
#include "chatpane.h"
#include "chatproviders.h"

#include "chat/chatsession.h"
#include "chat/transcript.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace awb;

namespace {

Conversation bigConversation(int count)
{
    Conversation conversation;
    conversation.setSystemPrompt(QStringLiteral("You answer briefly."));
    for (int i = 0; i < count; ++i) {
        ChatTurn turn;
        turn.role = i % 2 ? ChatTurn::Role::Assistant : ChatTurn::Role::User;
        turn.text = i % 2 ? QStringLiteral("Reply **%1**: the `parse()` step is fine.").arg(i)
                          : QStringLiteral("Question %1: is this fine?").arg(i);
        if (turn.isAssistant())
            turn.model = QStringLiteral("claude-test-1");
        conversation.append(turn);
    }
    return conversation;
}

// Whether some of `widget` is inside the view's viewport.
bool inViewport(ChatMessageView *view, QWidget *widget)
{
    const QRect area(widget->mapTo(view->viewport(), QPoint(0, 0)), widget->size());
    return area.intersects(view->viewport()->rect());
}

} // namespace

class TestChatLoad : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void tenThousandMessagesOpenAndScroll();
};

void TestChatLoad::tenThousandMessagesOpenAndScroll()
{
    constexpr int Count = 10000;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QString error;
    QVERIFY2(Transcript::save(bigConversation(Count), path, &error), qPrintable(error));

    ChatProviders providers(dir.filePath(QStringLiteral("providers.json")), QStringLiteral("agent-workbench-tests"));
    ChatPane pane(&providers);
    pane.resize(520, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QElapsedTimer clock;
    clock.start();
    QVERIFY2(pane.openTranscript(path, &error), qPrintable(error));
    QCOMPARE(pane.session(0)->conversation().count(), Count);
    ChatMessageView *view = pane.column(0)->view();
    QCOMPARE(view->messageCount(), Count);
    qInfo("opened %d messages in %lld ms", Count, clock.elapsed());

    // Only a window of it is made into widgets: the newest messages.
    QVERIFY(view->shownCount() <= ChatMessageView::MaxShown);
    QVERIFY(view->shownCount() > 0);
    QCOMPARE(view->firstShown() + view->shownCount(), Count);

    // The newest message is shown at the bottom.
    QScrollBar *bar = view->verticalScrollBar();
    QTRY_VERIFY(bar->maximum() > 0);
    QTRY_COMPARE(bar->value(), bar->maximum());
    QVERIFY(view->messageWidget(Count - 1));
    QTRY_VERIFY(inViewport(view, view->messageWidget(Count - 1)));
    QVERIFY(view->messageWidget(Count - 1)->bodyText().contains(QStringLiteral("Reply 9999")));

    // A scroll step up and back down.
    bar->triggerAction(QAbstractSlider::SliderPageStepSub);
    QVERIFY(bar->value() < bar->maximum());
    bar->setValue(bar->maximum());
    QTRY_VERIFY(inViewport(view, view->messageWidget(Count - 1)));

    // Earlier messages come a page at a time, the window never grows past its bound.
    const int before = view->firstShown();
    view->showEarlier();
    QCOMPARE(view->firstShown(), before - ChatMessageView::Page);
    QVERIFY(view->messageWidget(before - ChatMessageView::Page));
    for (int i = 0; i < 5; ++i)
        view->showEarlier();
    QCOMPARE(view->shownCount(), ChatMessageView::MaxShown);
    QVERIFY(!view->messageWidget(Count - 1)); // the newest left the window

    // The beginning, then the end again.
    view->showFirst();
    QCOMPARE(view->firstShown(), 0);
    QTRY_COMPARE(bar->value(), 0);
    QVERIFY(view->messageWidget(0));
    QTRY_VERIFY(inViewport(view, view->messageWidget(0)));
    QVERIFY(view->messageWidget(0)->bodyText().contains(QStringLiteral("Question 0")));
    view->showLast();
    QTRY_VERIFY(view->messageWidget(Count - 1) && inViewport(view, view->messageWidget(Count - 1)));
    QVERIFY(!view->messageWidget(0));

    // A new message at the end still arrives in the view.
    Conversation more = pane.session(0)->conversation();
    more.append(ChatTurn::user(QStringLiteral("One more")));
    pane.session(0)->openConversation(more);
    QCOMPARE(view->messageCount(), Count + 1);
    QVERIFY(view->messageWidget(Count));
    qInfo("opened and scrolled both ways in %lld ms", clock.elapsed());
}

QTEST_MAIN(TestChatLoad)
#include "tst_chatload.moc"
