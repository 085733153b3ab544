// Keystroke to preview on the GUI thread: one character typed into the source view of a 50 KB
// agent, and everything the window does with it before control returns to the event loop.
#include "codeeditor.h"
#include "editortab.h"
#include "mainwindow.h"

#include "agent/agentbuffer.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

namespace {

QByteArray bigAgent()
{
    QByteArray text("---\nname: big-agent\ndescription: Use proactively when the user asks for a long review.\n"
                    "tools: Read, Grep, Glob\nmodel: sonnet\ncolor: blue\n---\n\n");
    int section = 0;
    while (text.size() < 50 * 1024) {
        text += "## Section " + QByteArray::number(++section) + "\n\n";
        text += "You check the code carefully, one function at a time, and you explain each finding with the file, "
                "the line and a concrete fix. Prefer small, safe changes.\n\n- a list item with `code`\n- another "
                "item with **bold** text\n\n";
    }
    return text;
}

void BM_KeystrokeGuiThread(benchmark::State &state)
{
    QTemporaryDir recovery;
    awb::MainWindow window(recovery.path());
    window.show();
    auto *tab = window.newFromTemplate(QStringLiteral("blank"));
    tab->buffer()->replaceText(QString::fromUtf8(bigAgent()));
    tab->showSource();
    QPlainTextEdit *source = tab->sourceEdit();
    source->setFocus();
    QTextCursor cursor = source->textCursor();
    cursor.movePosition(QTextCursor::End);
    source->setTextCursor(cursor);
    QApplication::processEvents();

    std::vector<double> samples;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        QTest::keyClick(source, Qt::Key_A);
        QApplication::processEvents(); // queued work the keystroke caused on the GUI thread
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    state.counters["p50_ms"] = samples[samples.size() / 2];
    state.counters["p95_ms"] = samples[std::min(samples.size() - 1, samples.size() * 95 / 100)];
    tab->buffer()->markSaved();
}
BENCHMARK(BM_KeystrokeGuiThread)->Unit(benchmark::kMillisecond)->Iterations(300);

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
