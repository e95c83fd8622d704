#pragma once
// Hand-built traces shared by the core tests.

#include "traceencoder.h"

namespace Core::Test
{

constexpr TimeNs us(double micros)
{
    return TimeNs(micros * 1000.0);
}

//! main() gathers two fetch() tasks: one sleeps 10 ms, the other sleeps 20 ms, then blocks
//! the loop for 150 ms and fails. Plus a callback, a worker-thread job, output and warnings.
inline TraceEncoder gatherTrace(bool withRunEnd = true)
{
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 42, 123456789, QStringLiteral("3.11.2"),
        QStringLiteral("/usr/bin/python3"), QStringLiteral("demo.py"), 100, 987654321 });
    e.taskNew({ us(1), 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"),
        QStringLiteral("demo.py"), 20 });
    e.taskNew({ us(3), 2, 1, 1, QStringLiteral("Task-2"), QStringLiteral("fetch"),
        QStringLiteral("demo.py"), 14 });
    e.taskNew({ us(4), 3, 1, 1, QStringLiteral("Task-3"), QStringLiteral("fetch"),
        QStringLiteral("demo.py"), 14 });
    e.frame({ 1, QStringLiteral("demo.py"), QStringLiteral("main"), 14 });
    e.frame({ 2, QStringLiteral("/usr/lib/python3.11/asyncio/tasks.py"), QStringLiteral("gather"),
        700 });
    e.chain({ 1, { 1, 2 } });
    e.step({ us(2), us(5), 1, false, WaitKind::Gather, QStringLiteral("gather(2)"), 0, 1 });
    e.callbackScheduled({ us(5), 1, QStringLiteral("on_timer"), CallbackHow::CallLater });
    e.loopIter({ us(5.5), us(6), 0, 2, 1, 1 });
    e.output({ us(6.5), 2, OutputStream::Stdout, false, false, QStringLiteral("fetching a") });
    e.step({ us(6), us(7), 2, false, WaitKind::Sleep, QStringLiteral("sleep(0.01)"), 0, 0 });
    e.jobStart({ us(7.5), 1, 1, QStringLiteral("asyncio_0"), QStringLiteral("blocking_io"), 3 });
    e.step({ us(7), us(8), 3, false, WaitKind::Sleep, QStringLiteral("sleep(0.02)"), 0, 0 });
    e.loopIter({ us(8.5), us(10008), 10000000, 0, 2, 1 });
    e.jobEnd({ us(9000), 1, false });
    e.wake({ us(10008.5), 2, WakerKind::Timer, 0, {} });
    e.callbackRun({ us(10008.6), us(10008.7), 1 });
    e.step({ us(10009), us(10010), 2, true, WaitKind::Sleep, {}, 0, 0 });
    e.taskEnd({ us(10010), 2, TaskEndState::Done, {}, QStringLiteral("Task-2") });
    e.loopIter({ us(10011), us(20008), 10000000, 0, 1, 1 });
    e.wake({ us(20008.5), 3, WakerKind::Timer, 0, {} });
    e.blocked({ us(20009), 3, QStringLiteral("demo.py"), QStringLiteral("fetch"), 8, 1 });
    e.wake({ us(170000), 1, WakerKind::Task, 3, {} });
    e.step({ us(20009), us(170009), 3, true, WaitKind::Sleep, {}, 0, 0 });
    e.taskEnd({ us(170010), 3, TaskEndState::Failed, QStringLiteral("ValueError: bad"),
        QStringLiteral("Task-3") });
    e.loopIter({ us(170011), us(170012), 0, 1, 0, 1 });
    e.output({ us(170014), 1, OutputStream::Stderr, false, false, QStringLiteral("done") });
    e.step({ us(170013), us(170015), 1, true, WaitKind::Sleep, {}, 0, 0 });
    e.taskEnd({ us(170015), 1, TaskEndState::Done, {}, QStringLiteral("Task-1") });
    e.output({ us(170016), 0, OutputStream::Stdout, false, true, QStringLiteral("raw") });
    e.dropped({ us(170017), 1, 3 });
    e.warning({ us(170018), WarningKind::NeverAwaited,
        QStringLiteral("coroutine 'helper' was never awaited"), QStringLiteral("demo.py"), 30 });
    e.exit({ us(170020), 0 });
    if (withRunEnd)
        e.runEnd({ us(200000), RunStatus::Ok, true, false, 0, 0 });
    return e;
}

} // namespace Core::Test
