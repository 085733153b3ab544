// Opening a 10,000-message transcript in the Chat pane, and one scroll step through it.
//   build/tests/bench/bench_chatload
#include "chatcolumn.h"
#include "chatmessageview.h"
#include "chatpane.h"
#include "chatproviders.h"

#include "chat/transcript.h"

#include <QApplication>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

using namespace awb;

namespace {

QString writeTranscript(const QTemporaryDir &dir, int count)
{
    Conversation conversation;
    for (int i = 0; i < count; ++i) {
        ChatTurn turn;
        turn.role = i % 2 ? ChatTurn::Role::Assistant : ChatTurn::Role::User;
        turn.text = i % 2 ? QStringLiteral("Reply **%1**: the `parse()` step is fine.").arg(i)
                          : QStringLiteral("Question %1: is this fine?").arg(i);
        conversation.append(turn);
    }
    const QString path = dir.filePath(QStringLiteral("big.json"));
    Transcript::save(conversation, path, nullptr);
    return path;
}

// Transcript read, model reset, the view's widgets made, laid out and painted once.
void BM_OpenTranscript(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = writeTranscript(dir, int(state.range(0)));
    ChatProviders providers(dir.filePath(QStringLiteral("providers.json")), QStringLiteral("agent-workbench-bench"));
    for (auto _ : state) {
        ChatPane pane(&providers);
        pane.resize(520, 700);
        pane.show();
        QString error;
        if (!pane.openTranscript(path, &error))
            state.SkipWithError(qPrintable(error));
        QApplication::processEvents(); // layout and the first paint
        benchmark::DoNotOptimize(pane.column(0)->view()->shownCount());
    }
}

// One page step up and the repaint it causes, in the opened transcript.
void BM_ScrollStep(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = writeTranscript(dir, int(state.range(0)));
    ChatProviders providers(dir.filePath(QStringLiteral("providers.json")), QStringLiteral("agent-workbench-bench"));
    ChatPane pane(&providers);
    pane.resize(520, 700);
    pane.show();
    QString error;
    pane.openTranscript(path, &error);
    QScrollBar *bar = pane.column(0)->view()->verticalScrollBar();
    for (int i = 0; i < 50 && bar->maximum() == 0; ++i)
        QApplication::processEvents(); // until the view is laid out
    if (bar->maximum() == 0)
        state.SkipWithError("the view did not scroll");
    for (auto _ : state) {
        if (bar->value() == bar->minimum())
            bar->setValue(bar->maximum());
        bar->triggerAction(QAbstractSlider::SliderPageStepSub);
        pane.column(0)->view()->viewport()->repaint();
    }
    state.counters["range_px"] = bar->maximum();
}

} // namespace

BENCHMARK(BM_OpenTranscript)->Arg(100)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(5);
BENCHMARK(BM_ScrollStep)->Arg(100)->Arg(10000)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
