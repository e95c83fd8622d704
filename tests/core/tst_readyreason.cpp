// The loop machine's one line of "why": what put the handle that runs (or runs next) into the
// ready queue, read back from the trace, for step mode's live pauses and for recorded moments.
#include "readyreason.h"
#include "schedulerfixture.h"
#include "schedulerstate.h"

#include <QTest>

#include <memory>

using namespace Core;
using namespace Core::Test;

namespace
{

// Task-2 "holder" and Task-3 "waiter": the waiter suspends on `kind` / `detail` (object 7 for
// a primitive); the holder wakes it at 60 µs, then creates Task-4 "other", ready behind it.
std::unique_ptr<TraceModel> wokenByTask(WaitKind kind, const QString &detail)
{
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, true, 1, 0, "3.11.2", "python3", "m.py", 100, 0 });
    e.taskNew({ us(1), 2, 1, 0, "Task-2", "holder", "m.py", 3 });
    e.taskNew({ us(2), 3, 1, 0, "Task-3", "waiter", "m.py", 4 });
    const bool primitive = kind == WaitKind::Lock || kind == WaitKind::Semaphore
        || kind == WaitKind::Event || kind == WaitKind::Condition || kind == WaitKind::Queue;
    if (primitive)
        e.waitObject({ 7, kind, "thing (X@m.py:1)" });
    e.step({ us(10), us(20), 2, false, WaitKind::Yield, "sleep(0)", 0, 0 });
    e.step({ us(30), us(40), 3, false, kind, detail, kind == WaitKind::Task ? Id(2) : Id(0), 0,
        primitive ? Id(7) : Id(0) });
    e.wake({ us(60), 3, WakerKind::Task, 2, {} });
    e.taskNew({ us(62), 4, 1, 2, "Task-4", "other", "m.py", 5 });
    e.step({ us(50), us(65), 2, true, WaitKind::Other, {}, 0, 0 });
    e.taskEnd({ us(65), 2, TaskEndState::Done, {}, "Task-2" });
    e.step({ us(70), us(80), 3, true, WaitKind::Other, {}, 0, 0 });
    auto model = std::make_unique<TraceModel>();
    TraceDecoder decoder;
    decoder.feed(e.bytes, *model);
    return model;
}

PausedInfo pauseBefore(Id task, const QString &name, TimeNs t, QVector<ReadyEntry> behind = {})
{
    PausedInfo p;
    p.next.t = t;
    p.next.task = task;
    p.next.name = name;
    p.ready = std::move(behind);
    return p;
}

} // namespace

class tst_ReadyReason : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wokenByAnotherTask_data();
    void wokenByAnotherTask();
    void recordedMoments_data();
    void recordedMoments();
    void selectingBeforeTheTimerIsDueSaysNoWhy();
    void yieldGoesToTheBackOfTheQueue();
    void callbacks();
    void longQueueIsSummed();
};

void tst_ReadyReason::wokenByAnotherTask_data()
{
    QTest::addColumn<WaitKind>("kind");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("cause");
    QTest::newRow("lock") << WaitKind::Lock << "Lock.acquire"
                          << "woken by the lock's release in Task-2 holder";
    QTest::newRow("semaphore") << WaitKind::Semaphore << "Semaphore.acquire"
                               << "woken by the semaphore's release in Task-2 holder";
    QTest::newRow("event") << WaitKind::Event << "Event.wait"
                           << "woken when Task-2 holder set the event";
    QTest::newRow("condition") << WaitKind::Condition << "Condition.wait"
                               << "woken by notify() in Task-2 holder";
    QTest::newRow("queue get") << WaitKind::Queue << "Queue.get"
                               << "woken when Task-2 holder put an item in the queue";
    QTest::newRow("queue put") << WaitKind::Queue << "Queue.put"
                               << "woken when Task-2 holder took an item from the full queue";
    QTest::newRow("awaited task") << WaitKind::Task << "Task-2"
                                  << "Task-2 holder, the task it awaited, finished";
    QTest::newRow("gather") << WaitKind::Gather << "gather(1)"
                            << "what it gathered is done (Task-2 holder finished last)";
    QTest::newRow("future") << WaitKind::Future << "Future"
                            << "woken by Task-2 holder";
}

void tst_ReadyReason::wokenByAnotherTask()
{
    QFETCH(WaitKind, kind);
    QFETCH(QString, detail);
    QFETCH(QString, cause);
    const auto model = wokenByTask(kind, detail);
    // Recorded: while Task-3's step runs, Task-4 (created after the wake-up) waits behind it.
    const QString behind = QStringLiteral("; it was first in the ready queue, ahead of Task-4 "
                                          "other");
    const SchedulerState running = reconstructAt(*model, us(75));
    QCOMPARE(whyAt(*model, running), QStringLiteral("Task-3 waiter runs: %1").arg(cause) + behind);
    const ReadyReason reason = readyReason(*model, 3, 0, us(70));
    QCOMPARE(reason.cause, ReadyReason::Cause::Task);
    QCOMPARE(reason.waker, Id(2));
    QCOMPARE(reason.readyAt, us(60));
    QCOMPARE(reason.wait, kind);
    // Step mode: paused before it, from the live snapshot.
    const PausedInfo pause = pauseBefore(3, "Task-3", us(68), { { 4, 0, "Task-4" } });
    QCOMPARE(
        whyNext(*model, pause), QStringLiteral("Task-3 waiter is next: %1").arg(cause) + behind);
}

void tst_ReadyReason::recordedMoments_data()
{
    QTest::addColumn<TimeNs>("t");
    QTest::addColumn<QString>("why");
    QTest::newRow("main's first step")
        << us(20)
        << "Task-1 main runs: it is the main task: asyncio.run() created it; "
           "nothing else was ready"; // Task-2 was created during this step
    QTest::newRow("new task") << us(35)
                              << "Task-2 worker runs: it is new: Task-1 main created it; "
                                 "nothing else was ready";
    QTest::newRow("timer") << us(1008)
                           << "Task-2 worker runs: its timer (sleep(1)) was due; nothing else "
                              "was ready";
    QTest::newRow("between handles, timer fired")
        << us(1004)
        << "Task-2 worker is next: its timer (sleep(1)) was due; nothing else "
           "was ready";
    QTest::newRow("worker thread")
        << us(1515)
        << "Task-2 worker runs: its worker-thread job blocking_io finished; "
           "nothing else was ready";
    QTest::newRow("gather done")
        << us(4015)
        << "Task-1 main runs: what it gathered is done (Task-2 worker finished "
           "last); nothing else was ready";
    QTest::newRow("callback") << us(1025)
                              << "tick runs: a callback scheduled with call_soon(); nothing "
                                 "else was ready";
}

void tst_ReadyReason::recordedMoments()
{
    QFETCH(TimeNs, t);
    QFETCH(QString, why);
    QCOMPARE(whyAt(schedulerModel(), reconstructAt(schedulerModel(), t)), why);
}

void tst_ReadyReason::selectingBeforeTheTimerIsDueSaysNoWhy()
{
    // At 500 µs the loop sleeps in select() until the timer at 1000 µs: what runs next is
    // known to the recording, but nothing has made it ready yet.
    const SchedulerState s = reconstructAt(schedulerModel(), us(500));
    QVERIFY(s.next);
    QCOMPARE(whyAt(schedulerModel(), s), QString());
}

void tst_ReadyReason::yieldGoesToTheBackOfTheQueue()
{
    const auto model = wokenByTask(WaitKind::Lock, "Lock.acquire");
    // Task-2 yielded with sleep(0) at 20 µs and is the only task ready at 45 µs.
    const ReadyReason reason = readyReason(*model, 2, 0, us(50));
    QCOMPARE(reason.cause, ReadyReason::Cause::Yield);
    QCOMPARE(causeText(reason),
        QStringLiteral("it yielded (sleep(0)) and went to the back of the ready queue"));
    QCOMPARE(whyNext(*model, pauseBefore(2, "Task-2", us(45))),
        QStringLiteral("Task-2 holder is next: it yielded (sleep(0)) and went to the back "
                       "of the ready queue; nothing else was ready"));
}

void tst_ReadyReason::callbacks()
{
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 1, 0, "3.11.2", "python3", "m.py", 100, 0 });
    e.callbackScheduled({ us(1), 1, "on_timer", CallbackHow::CallLater });
    e.timer({ us(1), 1, TimerEvent::Added, TimerWhat::Callback, us(100), 0, 1, "on_timer" });
    e.callbackScheduled({ us(2), 2, "from_thread", CallbackHow::CallSoonThreadsafe });
    e.callbackRun({ us(5), us(6), 2 });
    e.timer({ us(100), 1, TimerEvent::Fired, TimerWhat::Other, 0, 0, 0, {} });
    e.callbackRun({ us(100), us(101), 1 });
    TraceModel model;
    TraceDecoder decoder;
    decoder.feed(e.bytes, model);
    QCOMPARE(whyAt(model, reconstructAt(model, us(5))),
        QStringLiteral("from_thread runs: a callback scheduled from another thread "
                       "(call_soon_threadsafe()); nothing else was ready"));
    const ReadyReason later = readyReason(model, 0, 1, us(100));
    QCOMPARE(later.cause, ReadyReason::Cause::CallLater);
    QCOMPARE(later.readyAt, us(100)); // when its timer fired, not when it was scheduled
    QCOMPARE(whyAt(model, reconstructAt(model, us(100))),
        QStringLiteral("on_timer runs: its call_later() timer was due; nothing else was "
                       "ready"));
}

void tst_ReadyReason::longQueueIsSummed()
{
    ReadyReason r;
    r.name = "Task-9 w";
    r.cause = ReadyReason::Cause::Timer;
    QCOMPARE(whyNextText(r, { "A", "B", "C", "D", "E" }),
        QStringLiteral("Task-9 w is next: its timer was due; it was first in the ready "
                       "queue, ahead of A, B and 3 more"));
    QCOMPARE(whyNextText(r, { "A", "B" }),
        QStringLiteral("Task-9 w is next: its timer was due; it was first in the ready "
                       "queue, ahead of A and B"));
}

QTEST_GUILESS_MAIN(tst_ReadyReason)
#include "tst_readyreason.moc"
