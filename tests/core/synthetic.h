#pragma once
// A realistic synthetic trace for benchmarks and memory checks: a loop iterating over a pool
// of tasks that wake, step and suspend, with tasks finishing and new ones being created.

#include "traceencoder.h"

#include <QRandomGenerator>
#include <vector>

namespace Core::Test
{

//! replayRecords: also the records replay needs (TIMER for sleeps, WAIT_OBJ + STEP wait
//! objects for queue/lock/event waits), as the tracer writes them since step mode.
inline TraceEncoder syntheticTrace(int targetEvents, int poolSize = 64, int stepsPerIter = 16,
                                   bool replayRecords = false)
{
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 1, 0, QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"),
        QStringLiteral("bench.py"), 100, 0 });
    if (replayRecords) {
        e.waitObject({ 1, WaitKind::Queue, QStringLiteral("q (Queue@bench.py:3)") });
        e.waitObject({ 2, WaitKind::Lock, QStringLiteral("lock (Lock@bench.py:4)") });
        e.waitObject({ 3, WaitKind::Event, QStringLiteral("ev (Event@bench.py:5)") });
    }
    QHash<Id, Id> sleeping; // task -> its pending timer
    Id nextTimer = 1;
    const QString details[] = { QStringLiteral("sleep(0)"), QStringLiteral("sleep(0.1)"),
        QStringLiteral("Queue.get"), QStringLiteral("Lock.acquire"), QStringLiteral("Event.wait") };
    const WaitKind kinds[]
        = { WaitKind::Yield, WaitKind::Sleep, WaitKind::Queue, WaitKind::Lock, WaitKind::Event };
    QRandomGenerator rng(99);
    std::vector<Id> live;
    Id nextTask = 1;
    TimeNs t = 1000;
    std::size_t cursor = 0;
    while (e.events < targetEvents) {
        while (int(live.size()) < poolSize) {
            const Id id = nextTask++;
            e.taskNew(
                { t, id, 1, live.empty() ? 0 : live.front(), QStringLiteral("Task-%1").arg(id),
                    QStringLiteral("worker"), QStringLiteral("bench.py"), 10 });
            live.push_back(id);
            t += 100;
        }
        e.loopIter({ t, t + 300, 1000000, std::uint32_t(stepsPerIter), 10, 1 });
        t += 300;
        for (int i = 0; i < stepsPerIter && !live.empty(); ++i) {
            cursor = (cursor + 1) % live.size();
            const Id task = live[cursor];
            if (replayRecords && sleeping.contains(task)) {
                e.timer({ t, sleeping.take(task), TimerEvent::Fired, TimerWhat::Other, 0, 0, 0, {} });
                t += 10;
            }
            e.wake({ t, task, WakerKind::Timer, 0, {} });
            t += 20;
            const bool finished = rng.bounded(100) == 0;
            const int k = int(rng.bounded(5));
            const Id object = replayRecords && !finished && k >= 2 ? Id(k - 1) : 0;
            if (replayRecords && !finished && k == 1) {
                const Id timer = nextTimer++;
                e.timer({ t + 390, timer, TimerEvent::Added, TimerWhat::Sleep, t + 100000000, task,
                          0, details[k] });
                sleeping.insert(task, timer);
            }
            e.step({ t, t + 400, task, finished, kinds[k], finished ? QString() : details[k], 0, 0,
                     object });
            t += 400;
            if (finished) {
                e.taskEnd({ t, task, TaskEndState::Done, {}, {} });
                live.erase(live.begin() + std::ptrdiff_t(cursor));
            }
        }
    }
    return e;
}

//! Many short tasks, as a server or a crawler makes them: `concurrent` tasks alive at once,
//! each created, stepped `stepsPerTask` times (a wake and a step each) and ended, so about
//! 2 + 2 * stepsPerTask events per task. Task names and call texts are unique per task (as
//! "Task-N" and "fetch(N)" are in real programs); coroutines come from a handful.
inline TraceEncoder taskHeavyTrace(int targetEvents, int stepsPerTask = 4, int concurrent = 64)
{
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 1, 0, QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"),
        QStringLiteral("bench.py"), 100, 0 });
    const QString coros[] = { QStringLiteral("fetch"), QStringLiteral("handle"),
        QStringLiteral("parse"), QStringLiteral("store") };
    struct Live {
        Id id;
        int steps;
    };
    std::vector<Live> live;
    Id nextTask = 1;
    TimeNs t = 1000;
    std::size_t cursor = 0;
    while (e.events < targetEvents) {
        while (int(live.size()) < concurrent) {
            const Id id = nextTask++;
            const QString &coro = coros[id % 4];
            e.taskNew({ t, id, 1, 0, QStringLiteral("Task-%1").arg(id), coro,
                QStringLiteral("bench.py"), 10 + std::uint32_t(id % 4),
                QStringLiteral("bench.py"), QStringLiteral("%1(%2)").arg(coro).arg(id) });
            live.push_back({ id, 0 });
            t += 100;
        }
        e.loopIter({ t, t + 300, 1000000, 16, 10, 1 });
        t += 300;
        for (int i = 0; i < 16 && !live.empty(); ++i) {
            cursor = (cursor + 1) % live.size();
            Live &task = live[cursor];
            e.wake({ t, task.id, WakerKind::Timer, 0, {} });
            t += 20;
            const bool finished = ++task.steps >= stepsPerTask;
            e.step({ t, t + 400, task.id, finished, WaitKind::Sleep,
                finished ? QString() : QStringLiteral("sleep(0.1)"), 0, 0, 0 });
            t += 400;
            if (finished) {
                e.taskEnd({ t, task.id, TaskEndState::Done, {}, {} });
                live.erase(live.begin() + std::ptrdiff_t(cursor));
            }
        }
    }
    return e;
}

} // namespace Core::Test
