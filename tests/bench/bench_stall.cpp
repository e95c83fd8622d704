// The GUI thread's longest stall while a real traced program streams events (spec goal:
// <= 50 ms at 200,000 events/s).
//
// Prints figures, asserts nothing. Runs a real Python program under the tracer through the
// product path and, meanwhile, a 1 ms Qt::PreciseTimer on the GUI thread records the gap
// between consecutive ticks; a gap much over 1 ms is time the GUI thread spent elsewhere.
//   --window   (default) the real Ui::MainWindow: editor text + MainWindow::run(), exactly
//              what the Run action does (real clock), timeline following live.
//   --timeline Core::RunSession + a Ui::TimelineView only (wired as MainWindow wires it).
// The program: --tasks N tasks each looping `await asyncio.sleep(0)` for --seconds S (one
// STEP record per yield), plus --callbacks M chains of plain callbacks that re-schedule
// themselves with call_soon (a CB_SCHED and a CB_RUN record each, for less Python work than a
// task step): the heavier load, in records per second of the program's CPU.
// The event rate is the model's recordCount() sampled every 100 ms on the GUI thread.
// Meanwhile a helper thread samples /proc: how much CPU the traced program and the GUI thread
// got, and how often the program sat blocked in write() (the trace pipe full because the host
// did not drain it): this says whether the rate is limited by the host or by the program.
// Each gap over 16 ms is listed with the GUI thread's own CPU time inside it: a long gap with
// little of it is the thread waiting for a CPU on a busy machine, not the GUI doing work.
//
// Usage: bench_stall [--window|--timeline] [--tasks N] [--callbacks M] [--seconds S]
//                    [--python PATH]
#include "mainwindow.h"
#include "runsession.h"
#include "timelineview.h"
#include "tracemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {

QString program(int tasks, int callbacks, double seconds)
{
    return QStringLiteral(R"(import asyncio, time

def tick(loop, end, box):
    box[0] += 1
    if time.monotonic() < end:
        loop.call_soon(tick, loop, end, box)

async def spinner(end):
    n = 0
    while time.monotonic() < end:
        await asyncio.sleep(0)
        n += 1
    return n

async def main():
    loop = asyncio.get_running_loop()
    end = time.monotonic() + %2
    box = [0]
    for _ in range(%3):
        loop.call_soon(tick, loop, end, box)
    counts = await asyncio.gather(*(spinner(end) for _ in range(%1)))
    print("yields", sum(counts), "callbacks", box[0])

asyncio.run(main())
)")
        .arg(tasks)
        .arg(seconds)
        .arg(callbacks);
}

// /proc/<pid>/stat (or a task's): the state letter and utime + stime in seconds.
bool readStat(const std::string &path, char *state, double *cpuSeconds, long *ppid = nullptr)
{
    std::FILE *f = std::fopen(path.c_str(), "r");
    if (!f)
        return false;
    char buf[1024];
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    buf[n] = 0;
    const char *p = std::strrchr(buf, ')'); // the command name may hold spaces
    if (!p)
        return false;
    char st = 0;
    long pp = 0;
    unsigned long long utime = 0, stime = 0;
    // Fields after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt
    // cmajflt utime stime.
    if (std::sscanf(p + 2, "%c %ld %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu", &st, &pp,
                    &utime, &stime)
        != 4)
        return false;
    *state = st;
    *cpuSeconds = double(utime + stime) / double(sysconf(_SC_CLK_TCK));
    if (ppid)
        *ppid = pp;
    return true;
}

//! Samples the traced program (the child running the tracer) and the GUI thread from a
//! helper thread, so the sampling costs the GUI thread nothing.
class ProcSampler
{
public:
    void start()
    {
        m_thread = std::thread([this] { loop(); });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    long pid = 0;
    double childCpuFirst = -1, childCpuLast = 0, guiCpuFirst = -1, guiCpuLast = 0;
    qint64 childFirstNs = 0, childLastNs = 0;
    long samples = 0, running = 0, blockedWrite = 0, blockedRead = 0, sleepingOther = 0;

private:
    void loop()
    {
        const long self = long(getpid());
        const std::string guiStat = "/proc/" + std::to_string(self) + "/task/"
                                    + std::to_string(self) + "/stat";
        QElapsedTimer clock;
        clock.start();
        qint64 lastScan = -1;
        while (!m_stop) {
            const qint64 now = clock.nsecsElapsed();
            if (pid == 0 && now - lastScan > 20000000) {
                lastScan = now;
                pid = findChild(self);
            }
            char state = 0;
            double cpu = 0;
            if (pid > 0 && readStat("/proc/" + std::to_string(pid) + "/stat", &state, &cpu)
                && state != 'Z') {
                if (childCpuFirst < 0) {
                    childCpuFirst = cpu;
                    childFirstNs = now;
                }
                childCpuLast = cpu;
                childLastNs = now;
                ++samples;
                if (state == 'R') {
                    ++running;
                } else {
                    // The main thread's current system call: 1 write, 0 read, 7 poll...
                    long nr = -1;
                    if (std::FILE *f = std::fopen(("/proc/" + std::to_string(pid) + "/syscall").c_str(), "r")) {
                        if (std::fscanf(f, "%ld", &nr) != 1)
                            nr = -1;
                        std::fclose(f);
                    }
                    if (nr == 1)
                        ++blockedWrite;
                    else if (nr == 0)
                        ++blockedRead;
                    else
                        ++sleepingOther;
                }
                if (readStat(guiStat, &state, &cpu)) {
                    if (guiCpuFirst < 0)
                        guiCpuFirst = cpu;
                    guiCpuLast = cpu;
                }
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }
    static long findChild(long self)
    {
        QDir proc(QStringLiteral("/proc"));
        for (const QString &name : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool ok = false;
            const long pid = name.toLong(&ok);
            if (!ok)
                continue;
            char state = 0;
            double cpu = 0;
            long ppid = 0;
            if (!readStat("/proc/" + name.toStdString() + "/stat", &state, &cpu, &ppid)
                || ppid != self)
                continue;
            // The tracer, not a short-lived interpreter probe.
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(name));
            if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains("loopscope_tracer"))
                return pid;
        }
        return 0;
    }
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

struct Sample {
    qint64 ns;
    quint64 records;
};

} // namespace

int main(int argc, char **argv)
{
    bool windowMode = true;
    int tasks = 50;
    int callbacks = 0;
    double seconds = 3.0;
    QString python = QStringLiteral("/usr/bin/python3");
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--timeline"))
            windowMode = false;
        else if (!std::strcmp(argv[i], "--window"))
            windowMode = true;
        else if (!std::strcmp(argv[i], "--tasks") && i + 1 < argc)
            tasks = std::max(1, std::atoi(argv[++i]));
        else if (!std::strcmp(argv[i], "--callbacks") && i + 1 < argc)
            callbacks = std::max(0, std::atoi(argv[++i]));
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
    const QString source = program(tasks, callbacks, seconds);
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
    // Waits with the event loop the way QApplication::exec() does. The timed overload of
    // processEvents() drops WaitForMoreEvents and spins, and a spinning GUI thread takes the
    // CPU the traced program needs on a small machine.
    auto runEventsFor = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    runEventsFor(1500);

    std::vector<qint64> gaps;
    gaps.reserve(200000);
    std::vector<Sample> samples;
    struct Gap {
        qint64 from, to, cpu; // cpu: what the GUI thread itself ran in between
    };
    std::vector<Gap> bigGaps; // gaps over 16 ms
    qint64 firstRecordNs = -1, finishedNs = -1;
    QElapsedTimer clock;
    qint64 lastTick = -1, lastTickCpu = 0;
    // The GUI thread's own CPU time: a long gap with little of it was the thread waiting for a
    // CPU (a busy machine), not the GUI doing work.
    auto threadCpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    bool measuring = false;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (measuring && lastTick >= 0) {
            gaps.push_back(now - lastTick);
            if (now - lastTick > 16000000)
                bigGaps.push_back({lastTick, now, cpu - lastTickCpu});
        }
        lastTick = now;
        lastTickCpu = cpu;
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

    double load[3] = {0, 0, 0};
    getloadavg(load, 3);
    ProcSampler procs;
    procs.start();
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
        runEventsFor(5);
    const qint64 endNs = clock.nsecsElapsed();
    finishedNs = endNs;
    // Keep ticking a little: the final model update and repaint after the run count too.
    runEventsFor(300);
    measuring = false;
    tick.stop();
    sampler.stop();
    procs.stop();

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
    std::printf("mode: %s  platform: %s  tasks: %d  callback chains: %d  program seconds: %.2f"
                "  load average before: %.2f  cores: %ld\n",
                windowMode ? "MainWindow" : "RunSession+TimelineView",
                qPrintable(QGuiApplication::platformName()), tasks, callbacks, seconds, load[0],
                sysconf(_SC_NPROCESSORS_ONLN));
    std::printf("run: %.2f s on the GUI clock, %llu trace records in the model, lanes %d\n",
                double(endNs - startNs) / 1e9, (unsigned long long)records, m ? m->laneCount() : 0);
    std::printf("event rate: %.0f records/s over the program's run, best 100 ms window %.0f records/s\n",
                steadyRate, peakRate);
    std::printf("GUI ticks: %zu gaps; max %.1f ms, p99.9 %.1f ms, p99 %.2f ms, median %.2f ms; "
                ">16 ms: %ld, >50 ms: %ld\n",
                gaps.size(), gaps.empty() ? 0.0 : double(gaps.back()) / 1e6, pct(0.999), pct(0.99),
                pct(0.5), over16, over50);
    if (procs.samples > 0) {
        const double wall = double(procs.childLastNs - procs.childFirstNs) / 1e9;
        const double childCpu = procs.childCpuLast - procs.childCpuFirst;
        const double guiCpu = procs.guiCpuLast - procs.guiCpuFirst;
        auto share = [&](long n) { return 100.0 * double(n) / double(procs.samples); };
        std::printf("traced program (pid %ld): %.2f s CPU in %.2f s (%.0f%% of a core); "
                    "samples: running %.0f%%, blocked in write() %.0f%%, in read() %.0f%%, "
                    "other waits %.0f%%\n",
                    procs.pid, childCpu, wall, wall > 0 ? 100 * childCpu / wall : 0.0,
                    share(procs.running), share(procs.blockedWrite), share(procs.blockedRead),
                    share(procs.sleepingOther));
        std::printf("GUI thread meanwhile: %.2f s CPU (%.0f%% of a core); records per CPU second "
                    "of the program: %.0f\n",
                    guiCpu, wall > 0 ? 100 * guiCpu / wall : 0.0,
                    childCpu > 0 ? double(records) / childCpu : 0.0);
    }
    auto rel = [&](qint64 ns) { return double(ns - startNs) / 1e6; };
    std::printf("timeline (ms after run()): first records seen by %.0f, run over at %.0f\n",
                firstRecordNs < 0 ? -1.0 : rel(firstRecordNs), rel(finishedNs));
    for (const Gap &g : bigGaps)
        std::printf("  gap %.1f ms from %.0f to %.0f, GUI thread on a CPU %.1f ms of it\n",
                    double(g.to - g.from) / 1e6, rel(g.from), rel(g.to), double(g.cpu) / 1e6);
    std::printf("5 longest gaps (ms):");
    for (size_t i = 0; i < std::min<size_t>(5, gaps.size()); ++i)
        std::printf(" %.1f", double(gaps[gaps.size() - 1 - i]) / 1e6);
    std::printf("\n");
    std::fflush(stdout);
    std::_Exit(records > 0 ? 0 : 1);
}
