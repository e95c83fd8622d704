#pragma once
// A hand-built run that passes through every place of the loop machine: a new task, a timer,
// select() with and without a timeout, a worker-thread job, a callback, a step past the block
// threshold, a gather finishing and the loop closing. Times in microseconds (fixtures.h us()).

#include "fixtures.h"
#include "tracedecoder.h"
#include "tracemodel.h"

namespace Core::Test
{

inline TraceEncoder schedulerTrace()
{
    TraceEncoder e;
    e.magic();
    // Block threshold 1 ms, so a 2.5 ms step counts as blocking.
    e.hello({ 1, false, false, 7, 0, QStringLiteral("3.11.2"), QStringLiteral("python3"),
        QStringLiteral("/home/ada/m.py"), 1, 0 });
    const QString file = QStringLiteral("/home/ada/m.py");
    e.taskNew({ us(10), 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"), file, 30 });
    e.loopIter({ us(12), us(14), 0, 1, 0, 1 });
    e.frame({ 1, file, QStringLiteral("main"), 5 });
    e.frame({ 2, file, QStringLiteral("worker"), 9 });
    e.frame({ 3, QStringLiteral("/usr/lib/python3.11/asyncio/tasks.py"), QStringLiteral("sleep"),
        637 });
    e.frame({ 4, file, QStringLiteral("worker"), 11 });
    e.frame({ 5, QStringLiteral("/usr/lib/python3.11/asyncio/base_events.py"),
        QStringLiteral("run_in_executor"), 800 });
    e.chain({ 1, { 1 } });
    e.chain({ 2, { 2, 3 } });
    e.chain({ 3, { 4, 5 } });
    e.taskNew({ us(20), 2, 1, 1, QStringLiteral("Task-2"), QStringLiteral("worker"), file, 5 });
    e.step({ us(15), us(25), 1, false, WaitKind::Gather, QStringLiteral("gather(1)"), 0, 1 });
    e.timer({ us(35), 1, TimerEvent::Added, TimerWhat::Sleep, us(1000), 2, 0,
        QStringLiteral("sleep(1)") });
    e.step({ us(30), us(40), 2, false, WaitKind::Sleep, QStringLiteral("sleep(1)"), 0, 2 });
    e.loopIter({ us(45), us(1000), std::int64_t(us(955)), 0, 1, 1 });
    e.timer({ us(1002), 1, TimerEvent::Fired, TimerWhat::Other, 0, 0, 0, {} });
    e.wake({ us(1003), 2, WakerKind::Timer, 0, {} });
    e.loopIter({ us(1004), us(1005), 0, 1, 0, 1 });
    e.jobStart({ us(1010), 1, 7, QStringLiteral("ThreadPoolExecutor-0_0"),
        QStringLiteral("blocking_io"), 2 });
    e.callbackScheduled({ us(1011), 1, QStringLiteral("tick"), CallbackHow::CallSoon });
    e.step(
        { us(1006), us(1012), 2, false, WaitKind::Executor, QStringLiteral("blocking_io"), 0, 3 });
    e.loopIter({ us(1015), us(1018), 0, 1, 0, 1 });
    e.callbackRun({ us(1020), us(1030), 1 });
    e.loopIter({ us(1035), us(1500), -1, 1, 0, 1 });
    e.jobEnd({ us(1500), 1, false });
    e.wake({ us(1501), 2, WakerKind::Thread, 0, {} });
    e.loopIter({ us(1502), us(1503), 0, 1, 0, 1 });
    e.blocked({ us(1510), 2, file, QStringLiteral("worker"), 12, 1 });
    e.output({ us(3000), 2, OutputStream::Stdout, false, false, QStringLiteral("done") });
    e.step({ us(1510), us(4000), 2, true, WaitKind::Other, {}, 0, 0 });
    e.taskEnd({ us(4000), 2, TaskEndState::Done, {}, QStringLiteral("Task-2") });
    e.wake({ us(4001), 1, WakerKind::Task, 2, {} });
    e.loopIter({ us(4005), us(4006), 0, 1, 0, 1 });
    e.step({ us(4010), us(4020), 1, true, WaitKind::Other, {}, 0, 0 });
    e.taskEnd({ us(4020), 1, TaskEndState::Done, {}, QStringLiteral("Task-1") });
    e.loopClose({ us(4050), 1 });
    e.exit({ us(4060), 0 });
    return e;
}

inline const TraceModel &schedulerModel()
{
    static const TraceModel model = [] {
        TraceModel m;
        TraceDecoder decoder;
        decoder.feed(schedulerTrace().bytes, m);
        decoder.finish();
        return m;
    }();
    return model;
}

} // namespace Core::Test
