// The GUI thread's longest stall while a real traced program streams events (spec goal:
// <= 50 ms at 200,000 events/s).
//
// Prints figures, asserts nothing. Runs a real Python program under the tracer through the
// product path and, meanwhile, a 1 ms Qt::PreciseTimer on the GUI thread records the gap
// between consecutive ticks; a gap much over 1 ms is time the GUI thread spent elsewhere.
//   --window   (default) the real Ui::MainWindow: editor text + MainWindow::run(), exactly
//              what the Run action does (real clock), timeline following live.
//   --timeline Core::RunSession + a Ui::TimelineView only (wired as MainWindow wires it).
// The program: --tasks N tasks each looping `await asyncio.sleep(0)` for --seconds S.
// The event rate is the model's recordCount() sampled every 100 ms on the GUI thread.
//
// Usage: bench_stall [--window|--timeline] [--tasks N] [--seconds S] [--python PATH]
#include "mainwindow.h"
#include "runsession.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

namespace {

QString program(int tasks, double seconds)
{
    return QStringLiteral(R"(import asyncio, time

async def spinner(end):
    n = 0
    while time.monotonic() < end:
        await asyncio.sleep(0)
        n += 1
    return n

async def main():
    end = time.monotonic() + %2
    counts = await asyncio.gather(*(spinner(end) for _ in range(%1)))
    print("yields", sum(counts))

asyncio.run(main())
)")
        .arg(tasks)
        .arg(seconds);
}

struct Sample {
    qint64 ns;
    quint64 records;
};

} // namespace

int main(int argc, char **argv)
{
    bool windowMode = true;
    int tasks = 50;
    double seconds = 3.0;
    QString python = QStringLiteral("/usr/bin/python3");
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--timeline"))
            windowMode = false;
        else if (!std::strcmp(argv[i], "--window"))
            windowMode = true;
        else if (!std::strcmp(argv[i], "--tasks") && i + 1 < argc)
            tasks = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc)
            seconds = std::atof(argv[++i]);
        else if (!std::strcmp(argv[i], "--python") && i + 1 < argc)
            python = QString::fromLocal8Bit(argv[++i]);
    }
    // A fresh user: no saved settings, layout or progress from an earlier run.
    QTemporaryDir xdg;
    qputenv("XDG_DATA_HOME", (xdg.path() + QStringLiteral("/data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", (xdg.path() + QStringLiteral("/config")).toUtf8());
    qputenv("XDG_CACHE_HOME", (xdg.path() + QStringLiteral("/cache")).toUtf8());

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LoopscopeBench"));
    QApplication::setApplicationName(QStringLiteral("bench_stall"));

    QTemporaryDir runDir;
    const QString source = program(tasks, seconds);
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Core::RunSession> session;
    std::unique_ptr<Ui::TimelineView> timeline;
    std::function<const Core::TraceModel *()> model;
    std::function<bool()> running;
    if (windowMode) {
        window = std::make_unique<Ui::MainWindow>();
        window->setPython(python);
        window->setVirtualClock(false);
        window->setProgramText(source, QStringLiteral("spin.py"));
        window->resize(1400, 900);
        window->show();
        model = [&] { return window->model(); };
        running = [&] { return window->isRunning(); };
    } else {
        session = std::make_unique<Core::RunSession>();
        timeline = std::make_unique<Ui::TimelineView>();
        timeline->resize(1200, 600);
        timeline->show();
        QObject::connect(session.get(), &Core::RunSession::modelChanged, timeline.get(),
                         &Ui::TimelineView::modelUpdated);
        QObject::connect(session.get(), &Core::RunSession::finished, timeline.get(), [&] {
            timeline->modelUpdated();
            timeline->setLive(false);
        });
        model = [&] { return &session->model(); };
        running = [&] { return session->isRunning(); };
    }

    // Let the window settle (first layout/paint, interpreter probe) before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 1500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);

    std::vector<qint64> gaps;
    gaps.reserve(200000);
    std::vector<Sample> samples;
    std::vector<std::pair<qint64, qint64>> bigGaps; // [from, to] of gaps over 16 ms
    qint64 firstRecordNs = -1, finishedNs = -1;
    QElapsedTimer clock;
    qint64 lastTick = -1;
    bool measuring = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (measuring && lastTick >= 0) {
            gaps.push_back(now - lastTick);
            if (now - lastTick > 16000000)
                bigGaps.push_back({lastTick, now});
        }
        lastTick = now;
    });
    QTimer sampler;
    sampler.setTimerType(Qt::PreciseTimer);
    sampler.setInterval(100);
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        const Core::TraceModel *m = model();
        samples.push_back({clock.nsecsElapsed(), m ? m->recordCount() : 0});
        if (firstRecordNs < 0 && samples.back().records > 0)
            firstRecordNs = samples.back().ns;
    });

    clock.start();
    tick.start();
    sampler.start();
    measuring = true;
    const qint64 startNs = clock.nsecsElapsed();
    if (windowMode) {
        window->run();
    } else {
        QFile f(runDir.filePath(QStringLiteral("spin.py")));
        f.open(QIODevice::WriteOnly);
        f.write(source.toUtf8());
        f.close();
        Core::RunRequest request;
        request.python = python;
        request.program = f.fileName();
        request.workingDirectory = runDir.path();
        session->start(request);
        timeline->setModel(&session->model());
        timeline->setLive(true);
    }
    QElapsedTimer guard;
    guard.start();
    while ((running() || guard.elapsed() < 200) && guard.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    const qint64 endNs = clock.nsecsElapsed();
    finishedNs = endNs;
    // Keep ticking a little: the final model update and repaint after the run count too.
    while (clock.nsecsElapsed() - endNs < 300000000LL)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    measuring = false;
    tick.stop();
    sampler.stop();

    const Core::TraceModel *m = model();
    const quint64 records = m ? m->recordCount() : 0;
    // Steady-state rate: between the first sample with records and the last sample that grew.
    double peakRate = 0, steadyRate = 0;
    size_t first = samples.size(), last = 0;
    for (size_t i = 0; i < samples.size(); ++i) {
        if (samples[i].records > 0 && first == samples.size())
            first = i;
        if (i > 0 && samples[i].records > samples[i - 1].records) {
            last = i;
            const double r = double(samples[i].records - samples[i - 1].records)
                             / (double(samples[i].ns - samples[i - 1].ns) / 1e9);
            peakRate = std::max(peakRate, r);
        }
    }
    // Stop at the program's own length after the first records, so a stall after the run
    // (when the window digests the finished model) does not dilute the rate.
    while (last > first && samples[last].ns - samples[first].ns > qint64(seconds * 1e9) + 100000000)
        --last;
    if (first < last)
        steadyRate = double(samples[last].records - samples[first].records)
                     / (double(samples[last].ns - samples[first].ns) / 1e9);

    std::sort(gaps.begin(), gaps.end());
    auto pct = [&](double p) {
        return gaps.empty() ? 0.0 : double(gaps[std::min(gaps.size() - 1, size_t(p * gaps.size()))]) / 1e6;
    };
    const long over16 = std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return g > 16000000; });
    const long over50 = std::count_if(gaps.begin(), gaps.end(), [](qint64 g) { return g > 50000000; });
    std::printf("mode: %s  platform: %s  tasks: %d  program seconds: %.2f\n",
                windowMode ? "MainWindow" : "RunSession+TimelineView",
                qPrintable(QGuiApplication::platformName()), tasks, seconds);
    std::printf("run: %.2f s on the GUI clock, %llu trace records in the model, lanes %d\n",
                double(endNs - startNs) / 1e9, (unsigned long long)records, m ? m->laneCount() : 0);
    std::printf("event rate: %.0f records/s over the program's run, best 100 ms window %.0f records/s\n",
                steadyRate, peakRate);
    std::printf("GUI ticks: %zu gaps; max %.1f ms, p99.9 %.1f ms, p99 %.2f ms, median %.2f ms; "
                ">16 ms: %ld, >50 ms: %ld\n",
                gaps.size(), gaps.empty() ? 0.0 : double(gaps.back()) / 1e6, pct(0.999), pct(0.99),
                pct(0.5), over16, over50);
    auto rel = [&](qint64 ns) { return double(ns - startNs) / 1e6; };
    std::printf("timeline (ms after run()): first records seen by %.0f, run over at %.0f\n",
                firstRecordNs < 0 ? -1.0 : rel(firstRecordNs), rel(finishedNs));
    for (const auto &[from, to] : bigGaps)
        std::printf("  gap %.1f ms from %.0f to %.0f\n", double(to - from) / 1e6, rel(from), rel(to));
    std::printf("5 longest gaps (ms):");
    for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i)
        std::printf(" %.1f", double(gaps[gaps.size() - 1 - i]) / 1e6);
    std::printf("\n");
    std::fflush(stdout);
    std::_Exit(records > 0 ? 0 : 1);
}
