// Playback of a recording: how long one step back (or forward) one event takes on a
// 1M-event recording: finding the previous event and rebuilding the scheduler there with
// Core::reconstructAt and its "why" line; with the GUI built, also showing that moment in the
// loop machine (scene, layout, paint) and the scheduler list. The timeline's own repaint is
// measured by bench_timeline. Prints figures and asserts nothing; the goal is <= 50 ms a step.
//
//   QT_QPA_PLATFORM=offscreen build/tests/bench/bench_playback [--events N] [--pool N]
//                                                              [--steps N]

#include "readyreason.h"
#include "schedulerevents.h"
#include "schedulerstate.h"
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#ifdef LOOPSCOPE_BENCH_VIEWS
#include "loopmachineview.h"
#include "schedulerpanel.h"

#include <QApplication>
#endif

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryFile>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Core;

namespace
{

struct Figures {
    double mean = 0, p99 = 0, max = 0;
};

Figures figures(std::vector<double> ms)
{
    Figures f;
    if (ms.empty())
        return f;
    std::sort(ms.begin(), ms.end());
    for (double v : ms)
        f.mean += v;
    f.mean /= double(ms.size());
    f.p99 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.99))];
    f.max = ms.back();
    return f;
}

#ifdef LOOPSCOPE_BENCH_VIEWS
struct Views {
    Views()
    {
        machine.resize(420, 760);
        panel.resize(420, 760);
    }
    Ui::LoopMachineView machine;
    Ui::SchedulerPanel panel;
};
#else
struct Views {
};
#endif

// One playback step: the adjacent event, then the scheduler there and its "why" line (and,
// given views, that moment shown in them).
double step(const TraceModel &model, const SchedulerEvents &events, TimeNs &t, bool back,
    std::size_t &items, Views *views)
{
    QElapsedTimer timer;
    timer.start();
    t = back ? events.previous(t) : events.next(t);
    const SchedulerState s = reconstructAt(model, t);
    items += s.ready.size() + s.timers.size() + s.tasks.size() + whyAt(model, s).size();
#ifdef LOOPSCOPE_BENCH_VIEWS
    if (views) {
        views->machine.showState(model, s); // scene and layout
        items += std::size_t(views->machine.grab().width()); // paint
        views->panel.showState(model, s);
    }
#else
    Q_UNUSED(views);
#endif
    return double(timer.nsecsElapsed()) / 1e6;
}

void measure(const char *what, const TraceModel &model, const SchedulerEvents &index, int steps,
    Views *views)
{
    std::size_t items = 0;
    std::printf("%s:\n", what);
    for (const double where : { 1.0, 0.5, 0.05 }) {
        const auto start = TimeNs(double(model.endTime()) * where);
        std::vector<double> back, forward;
        TimeNs t = start;
        for (int i = 0; i < steps; ++i)
            back.push_back(step(model, index, t, true, items, views));
        for (int i = 0; i < steps; ++i)
            forward.push_back(step(model, index, t, false, items, views));
        const Figures b = figures(back), f = figures(forward);
        std::printf("  at %3.0f%% of the run: step back mean %.2f ms, p99 %.2f ms, max %.2f ms; "
                    "forward mean %.2f ms, max %.2f ms\n",
            where * 100, b.mean, b.p99, b.max, f.mean, f.max);
    }
    // items keeps the work from being optimised away.
    std::printf("  (%zu scheduler items rebuilt)\n", items);
}

} // namespace

int main(int argc, char **argv)
{
#ifdef LOOPSCOPE_BENCH_VIEWS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("events"), QStringLiteral("records in the recording"),
        QStringLiteral("n"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("pool"), QStringLiteral("tasks alive at once"),
        QStringLiteral("n"), QStringLiteral("64") });
    parser.addOption({ QStringLiteral("steps"), QStringLiteral("steps measured per place"),
        QStringLiteral("n"), QStringLiteral("200") });
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const int pool = parser.value(QStringLiteral("pool")).toInt();
    const int steps = parser.value(QStringLiteral("steps")).toInt();

    // A recording on disk, read back as File > Open Recording does.
    QTemporaryFile file;
    if (!file.open())
        return 1;
    file.write(Test::syntheticTrace(events, pool, 16, true).bytes);
    file.flush();
    file.seek(0);
    QElapsedTimer timer;
    timer.start();
    TraceModel model;
    TraceDecoder decoder;
    while (!file.atEnd())
        decoder.feed(file.read(1 << 20), model);
    decoder.finish();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const SchedulerEvents index(model);
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("recording: %llu records, %zu tasks, %zu timers, %zu playback events; "
                "loaded in %.0f ms, event index built in %.0f ms\n",
        (unsigned long long)model.recordCount(), model.tasks().size(), model.timers().size(),
        index.size(), loadMs, indexMs);

    // Step back and forward from the end, the middle and near the start.
    measure("rebuilding the scheduler (Core::reconstructAt + why)", model, index, steps, nullptr);
#ifdef LOOPSCOPE_BENCH_VIEWS
    Views views;
    measure(
        "and showing it in the loop machine and the scheduler list", model, index, steps, &views);
#endif
    std::printf("goal: <= 50 ms per step back\n");
    return 0;
}
