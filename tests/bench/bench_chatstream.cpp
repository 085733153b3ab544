// GUI-thread cost of a streamed reply: tokens arrive at 2,000 per second (the pace of a fast
// local model) and go through the message model into the Chat pane's view, which renders the
// reply's Markdown as it grows. Reported per token, as CPU time of the GUI thread, so the figure
// does not depend on the machine being idle; "busy" is the share of the wall clock the GUI
// thread spent working (well below 1 means the window stays responsive).
#include "chatmessageview.h"
#include "chatmessagewidget.h"

#include "chat/messagelistmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QStandardPaths>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// A reply like a model writes it: paragraphs, a list, inline code, a code block.
QStringList replyTokens(int count)
{
    static const QStringList pieces {
        QStringLiteral("The "),
        QStringLiteral("function "),
        QStringLiteral("`parse()` "),
        QStringLiteral("returns "),
        QStringLiteral("early "),
        QStringLiteral("when "),
        QStringLiteral("the "),
        QStringLiteral("input "),
        QStringLiteral("is "),
        QStringLiteral("**empty**"),
        QStringLiteral(".\n\n"),
        QStringLiteral("- check "),
        QStringLiteral("the "),
        QStringLiteral("bounds\n"),
        QStringLiteral("```cpp\nint x = 0;\n```\n"),
    };
    QStringList out;
    out.reserve(count);
    for (int i = 0; i < count; ++i)
        out << pieces.at(i % pieces.size());
    return out;
}

void streamAtRate(benchmark::State &state, bool withView)
{
    const int tokens = int(state.range(0));
    const int perSecond = 2000;
    const QStringList reply = replyTokens(tokens);
    double cpuTotal = 0;
    double wallTotal = 0;
    int renders = 0;
    int updates = 0;
    for (auto _ : state) {
        awb::MessageListModel model;
        std::unique_ptr<awb::ChatMessageView> view;
        if (withView) {
            view = std::make_unique<awb::ChatMessageView>();
            view->setModel(&model);
            view->resize(520, 700);
            view->show();
        }
        model.appendMessage(awb::ChatTurn::user(QStringLiteral("Review it")));
        awb::ChatTurn turn;
        turn.role = awb::ChatTurn::Role::Assistant;
        const int row = model.appendMessage(turn);
        model.beginStreaming(row);
        QApplication::processEvents();

        // Tokens arrive in network-sized batches every 4 ms, as readyRead would deliver them.
        const int batch = perSecond * 4 / 1000;
        int next = 0;
        QEventLoop loop;
        QTimer feed;
        feed.setTimerType(Qt::PreciseTimer);
        feed.setInterval(4);
        QObject::connect(&feed, &QTimer::timeout, &loop, [&] {
            for (int i = 0; i < batch && next < tokens; ++i)
                model.appendText(reply.at(next++));
            if (next >= tokens) {
                feed.stop();
                model.endStreaming(model.message(row));
                loop.quit();
            }
        });
        const double cpu0 = threadCpuMs();
        QElapsedTimer wall;
        wall.start();
        feed.start();
        loop.exec();
        QApplication::processEvents(); // the last paint
        cpuTotal += threadCpuMs() - cpu0;
        wallTotal += wall.nsecsElapsed() / 1e6;
        updates += model.streamingUpdates();
        if (view)
            renders += view->messageWidget(row)->renderCount();
    }
    const double totalTokens = double(tokens) * state.iterations();
    state.counters["gui_us_per_token"] = cpuTotal * 1000 / totalTokens;
    state.counters["busy"] = cpuTotal / wallTotal;
    state.counters["view_updates"] = double(updates) / state.iterations();
    state.counters["renders"] = double(renders) / state.iterations();
}

void BM_StreamModelOnly(benchmark::State &state)
{
    streamAtRate(state, false);
}

void BM_StreamIntoView(benchmark::State &state)
{
    streamAtRate(state, true);
}

// 2,000 tokens is one second of streaming (about 10 KB of Markdown); 8,000 is four seconds and a
// reply long enough for rendering cost to matter.
BENCHMARK(BM_StreamModelOnly)->Arg(2000)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK(BM_StreamIntoView)->Arg(2000)->Arg(8000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace

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
