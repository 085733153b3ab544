// Keystroke to preview on the GUI thread: one character typed into the source view of a 50 KB
// agent, with a library of 200 agents open, and everything the window does with it before
// control returns to the event loop.
#include "codeeditor.h"
#include "editortab.h"
#include "mainwindow.h"

#include "agent/agentbuffer.h"
#include "library/librarymodel.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
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

/// A project of `count` small agents, as the library panel reads them.
void writeLibrary(const QString &root, int count)
{
    QDir().mkpath(root + QStringLiteral("/.claude/agents"));
    for (int i = 0; i < count; ++i) {
        QFile f(root + QStringLiteral("/.claude/agents/agent-%1.md").arg(i));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the library");
        f.write("---\nname: agent-" + QByteArray::number(i) + "\ndescription: Use proactively for task "
            + QByteArray::number(i) + ".\ntools: Read, Grep\n---\nYou do task " + QByteArray::number(i) + ".\n");
    }
}

void BM_KeystrokeGuiThread(benchmark::State &state)
{
    QTemporaryDir recovery;
    QTemporaryDir project;
    writeLibrary(project.path(), 200);
    awb::MainWindow window(recovery.path());
    window.show();
    QSignalSpy scanned(window.library(), &awb::LibraryModel::scanFinished);
    window.openLibrary(project.path());
    if (!scanned.wait(30000) || window.library()->agentCount() != 200)
        qFatal("the library was not read");
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
