// reconstructAt(): the scheduler at a cursor time, rebuilt from a recorded trace.
#include "schedulerfixture.h"
#include "schedulerstate.h"
#include "traceencoder.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QTest>

using namespace Core;
using namespace Core::Test;

namespace {

// main gathers two workers: Task-2 sleeps on a timer, Task-3 waits for a lock; a callback is
// scheduled and runs; the timer fires and Task-2 finishes.
TraceModel &model()
{
    static TraceModel m = [] {
        TraceEncoder e;
        e.magic();
        e.hello({ 1, false, false, 1, 0, "3.11.2", "python3", "m.py", 100, 0 });
        e.taskNew({ 10, 1, 1, 0, "Task-1", "main", "m.py", 20 });
        e.taskNew({ 22, 2, 1, 1, "Task-2", "worker", "m.py", 8 });
        e.taskNew({ 24, 3, 1, 1, "Task-3", "worker", "m.py", 8 });
        e.step({ 20, 30, 1, false, WaitKind::Gather, "gather(2)", 0, 0 });
        e.timer({ 45, 1, TimerEvent::Added, TimerWhat::Sleep, 1000, 2, 0, "sleep(1)" });
        e.step({ 40, 50, 2, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
        e.waitObject({ 7, WaitKind::Lock, "lock (Lock@m.py:3)" });
        e.callbackScheduled({ 65, 1, "tick", CallbackHow::CallSoon });
        e.step({ 60, 70, 3, false, WaitKind::Lock, "Lock.acquire", 0, 0, 7 });
        e.timer({ 66, 2, TimerEvent::Added, TimerWhat::Other, 5000, 3, 0, "_on_timeout" });
        e.callbackRun({ 80, 85, 1 });
        e.timer({ 90, 2, TimerEvent::Cancelled, TimerWhat::Other, 0, 0, 0, {} });
        e.timer({ 1000, 1, TimerEvent::Fired, TimerWhat::Other, 0, 0, 0, {} });
        e.wake({ 1001, 2, WakerKind::Timer, 0, {} });
        e.step({ 1010, 1020, 2, true, WaitKind::Sleep, {}, 0, 0 });
        e.output({ 1015, 2, OutputStream::Stdout, false, false, "done" });
        e.taskEnd({ 1020, 2, TaskEndState::Done, {}, "Task-2" });
        TraceModel model;
        TraceDecoder decoder;
        decoder.feed(e.bytes, model);
        return model;
    }();
    return m;
}

QList<Id> readyTasks(const SchedulerState &s)
{
    QList<Id> ids;
    for (const ReadyItem &r : s.ready)
        ids << r.task;
    return ids;
}

const TaskAt *taskAt(const SchedulerState &s, Id id)
{
    for (const TaskAt &t : s.tasks)
        if (t.task == id)
            return &t;
    return nullptr;
}

} // namespace

class tst_SchedulerState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newTasksAreReadyInCreationOrder();
    void runningTaskIsTheOneWhoseStepCoversTheTime();
    void pendingTimersAndWaitersPerPrimitive();
    void callbackIsReadyUntilItRuns();
    void firedTimerWakesIntoTheReadyQueue();
    void finishedTasksAndOutputSoFar();
    void beforeTheFirstTaskNothingExists();
    // The loop machine's places.
    void runningStepSaysWhereItResumed();
    void blockedStepShowsTheWatchdogsLine();
    void suspendedTaskWaitsAtItsOwnLineNotAsyncios();
    void selectWaitHasItsRecordedTimeout();
    void runningCallbackAndWorkerJob();
    void nextHandleAfterTheCursor();
    void closedLoopAndIdleThread();
    void libraryFiles_data();
    void libraryFiles();
};

void tst_SchedulerState::newTasksAreReadyInCreationOrder()
{
    const SchedulerState s = reconstructAt(model(), 35);
    QVERIFY(s.running.empty());
    QCOMPARE(readyTasks(s), (QList<Id>{ 2, 3 }));
    QCOMPARE(taskAt(s, 1)->phase, TaskPhase::Suspended);
    QCOMPARE(taskAt(s, 1)->wait, WaitKind::Gather);
    QCOMPARE(taskAt(s, 1)->detail, QStringLiteral("gather(2)"));
}

void tst_SchedulerState::runningTaskIsTheOneWhoseStepCoversTheTime()
{
    const SchedulerState s = reconstructAt(model(), 45);
    QCOMPARE(s.running, std::vector<Id>{ 2 });
    QCOMPARE(readyTasks(s), QList<Id>{ 3 });
    QCOMPARE(taskAt(s, 2)->phase, TaskPhase::Running);
}

void tst_SchedulerState::pendingTimersAndWaitersPerPrimitive()
{
    const SchedulerState s = reconstructAt(model(), 75);
    QCOMPARE(s.timers.size(), size_t(2));
    QCOMPARE(s.timers[0].timer, Id(1)); // by deadline
    QCOMPARE(s.timers[0].what, TimerWhat::Sleep);
    QCOMPARE(s.timers[0].task, Id(2));
    QCOMPARE(s.timers[0].deadline, TimeNs(1000));
    QCOMPARE(s.timers[0].name, QStringLiteral("sleep(1)"));
    QCOMPARE(s.waiters.size(), size_t(1));
    QCOMPARE(s.waiters[0].object, Id(7));
    QCOMPARE(s.waiters[0].kind, WaitKind::Lock);
    QCOMPARE(s.waiters[0].label, QStringLiteral("lock (Lock@m.py:3)"));
    QCOMPARE(s.waiters[0].tasks, QVector<Id>{ 3 });
    QCOMPARE(taskAt(s, 3)->object, Id(7));
    // The cancelled timer is gone once cancelled.
    QCOMPARE(reconstructAt(model(), 95).timers.size(), size_t(1));
}

void tst_SchedulerState::callbackIsReadyUntilItRuns()
{
    const SchedulerState before = reconstructAt(model(), 75);
    QCOMPARE(before.ready.size(), size_t(1));
    QCOMPARE(before.ready[0].callback, Id(1));
    QCOMPARE(before.ready[0].name, QStringLiteral("tick"));
    QVERIFY(reconstructAt(model(), 85).ready.empty());
}

void tst_SchedulerState::firedTimerWakesIntoTheReadyQueue()
{
    const SchedulerState s = reconstructAt(model(), 1005);
    QCOMPARE(readyTasks(s), QList<Id>{ 2 });
    QVERIFY(s.timers.empty());
    QCOMPARE(s.waiters.size(), size_t(1)); // Task-3 still waits for the lock
}

void tst_SchedulerState::finishedTasksAndOutputSoFar()
{
    QCOMPARE(reconstructAt(model(), 1010).outputLines, size_t(0));
    const SchedulerState s = reconstructAt(model(), 2000);
    QCOMPARE(s.outputLines, size_t(1));
    QCOMPARE(taskAt(s, 2)->phase, TaskPhase::Done);
    QVERIFY(s.running.empty());
}

void tst_SchedulerState::beforeTheFirstTaskNothingExists()
{
    const SchedulerState s = reconstructAt(model(), 5);
    QVERIFY(s.tasks.empty());
    QVERIFY(s.ready.empty());
}

void tst_SchedulerState::runningStepSaysWhereItResumed()
{
    const SchedulerState first = reconstructAt(schedulerModel(), us(35));
    QCOMPARE(first.now.size(), size_t(1));
    QCOMPARE(first.now[0].task, Id(2));
    QCOMPARE(first.now[0].name, QStringLiteral("Task-2 worker"));
    QVERIFY(first.now[0].firstStep);
    QVERIFY(!first.now[0].at.isValid()); // a first step resumes nowhere
    const SchedulerState second = reconstructAt(schedulerModel(), us(1008));
    QCOMPARE(second.now.size(), size_t(1));
    QVERIFY(!second.now[0].firstStep);
    QCOMPARE(second.now[0].at.line, 9u); // the sleep's line in worker(), not tasks.py:637
    QCOMPARE(second.now[0].at.function, QStringLiteral("worker"));
    QCOMPARE(second.now[0].since, us(1006));
}

void tst_SchedulerState::blockedStepShowsTheWatchdogsLine()
{
    const SchedulerState early = reconstructAt(schedulerModel(), us(1515));
    QVERIFY(!early.now[0].blocked); // under the 1 ms threshold so far
    QCOMPARE(early.now[0].at.line, 11u); // resumed after run_in_executor
    const SchedulerState late = reconstructAt(schedulerModel(), us(2600));
    QVERIFY(late.now[0].blocked);
    QCOMPARE(late.now[0].at.line, 12u);
}

void tst_SchedulerState::suspendedTaskWaitsAtItsOwnLineNotAsyncios()
{
    const SchedulerState s = reconstructAt(schedulerModel(), us(500));
    const TaskAt *worker = taskAt(s, 2);
    QCOMPARE(worker->phase, TaskPhase::Suspended);
    QCOMPARE(worker->at.line, 9u);
    QCOMPARE(taskAt(s, 1)->at.line, 5u);
    // Woken, it still resumes at that line.
    QCOMPARE(taskAt(reconstructAt(schedulerModel(), us(1004)), 2)->at.line, 9u);
}

void tst_SchedulerState::selectWaitHasItsRecordedTimeout()
{
    const SchedulerState s = reconstructAt(schedulerModel(), us(500));
    QCOMPARE(s.loops.size(), size_t(1));
    QVERIFY(s.loops[0].selecting);
    QCOMPARE(s.loops[0].timeoutNs, std::int64_t(us(955)));
    QCOMPARE(s.loops[0].iteration, std::uint64_t(1));
    QCOMPARE(s.loops[0].since, us(45));
    const SchedulerState noTimeout = reconstructAt(schedulerModel(), us(1200));
    QVERIFY(noTimeout.loops[0].selecting);
    QCOMPARE(noTimeout.loops[0].timeoutNs, std::int64_t(-1)); // I/O or a thread only
    const SchedulerState busy = reconstructAt(schedulerModel(), us(1008));
    QVERIFY(!busy.loops[0].selecting);
    QVERIFY(!busy.loops[0].closed);
}

void tst_SchedulerState::runningCallbackAndWorkerJob()
{
    const SchedulerState s = reconstructAt(schedulerModel(), us(1025));
    QCOMPARE(s.now.size(), size_t(1));
    QCOMPARE(s.now[0].callback, Id(1));
    QCOMPARE(s.now[0].name, QStringLiteral("tick"));
    QVERIFY(s.running.empty()); // tasks only
    QCOMPARE(s.threads.size(), size_t(1));
    QCOMPARE(s.threads[0].job, Id(1));
    QCOMPARE(s.threads[0].function, QStringLiteral("blocking_io"));
    QCOMPARE(s.threads[0].submittedBy, Id(2));
    QCOMPARE(s.threads[0].name, QStringLiteral("ThreadPoolExecutor-0_0"));
    QCOMPARE(taskAt(s, 2)->wait, WaitKind::Executor);
    // Before it ran, the callback was in the ready queue.
    QCOMPARE(reconstructAt(schedulerModel(), us(1016)).ready.size(), size_t(1));
}

void tst_SchedulerState::nextHandleAfterTheCursor()
{
    const SchedulerState selecting = reconstructAt(schedulerModel(), us(500));
    QVERIFY(selecting.next);
    QCOMPARE(selecting.next->task, Id(2));
    QCOMPARE(selecting.next->at, us(1006));
    const SchedulerState beforeCallback = reconstructAt(schedulerModel(), us(1016));
    QCOMPARE(beforeCallback.next->callback, Id(1));
    QCOMPARE(beforeCallback.next->at, us(1020));
    QVERIFY(!reconstructAt(schedulerModel(), us(4020)).next);
}

void tst_SchedulerState::closedLoopAndIdleThread()
{
    const SchedulerState s = reconstructAt(schedulerModel(), us(2000));
    QCOMPARE(s.threads.size(), size_t(1));
    QCOMPARE(s.threads[0].job, Id(0));
    QCOMPARE(s.threads[0].since, us(1500));
    QVERIFY(!s.loops[0].closed);
    QVERIFY(reconstructAt(schedulerModel(), us(4055)).loops[0].closed);
    QVERIFY(reconstructAt(schedulerModel(), us(11)).threads.empty()); // no job yet
}

void tst_SchedulerState::libraryFiles_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("library");
    QTest::newRow("program") << "/tmp/run/main.py" << false;
    QTest::newRow("home") << "/home/ada/lib/python/app.py" << false;
    QTest::newRow("debian stdlib") << "/usr/lib/python3.11/asyncio/tasks.py" << true;
    QTest::newRow("pyenv stdlib") << "/root/.pyenv/versions/3.12.1/lib/python3.12/asyncio/x.py"
                                  << true;
    QTest::newRow("dist-packages") << "/usr/lib/python3/dist-packages/anyio/_core.py" << true;
    QTest::newRow("site-packages") << "/venv/lib/python3.13/site-packages/h11/x.py" << true;
    QTest::newRow("frozen") << "<frozen runpy>" << true;
    QTest::newRow("unknown") << "" << true;
}

void tst_SchedulerState::libraryFiles()
{
    QFETCH(QString, file);
    QFETCH(bool, library);
    QCOMPARE(isLibraryFile(file), library);
}

QTEST_GUILESS_MAIN(tst_SchedulerState)
#include "tst_schedulerstate.moc"
