#pragma once
#include "pausedinfo.h"
#include "tracerecords.h"

#include <QString>
#include <QStringList>

namespace Core
{

class TraceModel;
struct SchedulerState;

//! Why a task step or a callback was in the loop's ready queue when the loop ran it: what woke
//! the task (its timer, I/O, a worker thread, another task releasing a lock...), read back
//! from the trace. The loop machine's one line of "why".
struct ReadyReason {
    enum class Cause : std::uint8_t {
        Unknown,
        FirstStep, //!< a new task: its first step was scheduled when it was created
        Timer, //!< its timer fired (a sleep, a timeout)
        Io, //!< the selector reported its socket / pipe ready
        Thread, //!< a worker-thread job it awaited finished
        Task, //!< another task woke it (released a lock, set an event, finished...)
        Callback, //!< a program callback woke it
        Yield, //!< it rescheduled itself (a bare yield, sleep(0))
        CallSoon, //!< a callback scheduled with call_soon
        CallSoonThreadsafe, //!< a callback scheduled from another thread
        CallLater //!< a callback whose call_later / call_at timer was due
    };
    Cause cause = Cause::Unknown;
    Id task = 0, callback = 0;
    QString name; //!< the task's title or the callback's name
    WaitKind wait = WaitKind::Other; //!< task: what it waited on before
    QString detail; //!< "sleep(1)", "Queue.get", "sock_recv fd 7"
    Id waker = 0; //!< Task: the task that woke it; FirstStep: the task that created it
    QString wakerName; //!< Task/FirstStep: its title; Callback: the callback; Thread: the job
    TimeNs readyAt = 0; //!< when it entered the ready queue
};

//! What put `task` (callback 0) or `callback` into the ready queue for the step or callback
//! that runs at `runAt` (a pause's time or the step's start).
ReadyReason readyReason(const TraceModel &model, Id task, Id callback, TimeNs runAt);

//! The cause as words: "its timer (sleep(1)) was due", "woken by the lock's release in
//! Task-2 worker".
QString causeText(const ReadyReason &reason);

//! One line for step mode: "Task-3 worker is next: its timer (sleep(1)) was due and nothing
//! else was ready". `behind` are the names still in the ready queue after it.
QString whyNextText(const ReadyReason &reason, const QStringList &behind);
//! The same for a recorded step the loop is running: "Task-3 worker runs: ...".
QString whyRunningText(const ReadyReason &reason, const QStringList &behind);

//! Step mode: why the paused program's next handle is next, from the live snapshot.
QString whyNext(const TraceModel &model, const PausedInfo &pause);
//! A recorded moment: why the running handle (or, between handles, the next one) runs.
//! Empty when nothing runs at or after state.t.
QString whyAt(const TraceModel &model, const SchedulerState &state);

} // namespace Core
