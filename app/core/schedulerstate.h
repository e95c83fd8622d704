#pragma once
#include "pausedinfo.h"
#include "tracerecords.h"

#include <QString>
#include <cstddef>
#include <optional>
#include <vector>

namespace Core {

class TraceModel;

enum class TaskPhase : std::uint8_t { Ready, Running, Suspended, Done, Cancelled, Failed };

//! A place in the source: the innermost frame of the program's own code (library frames such
//! as asyncio's tasks.py are skipped). line 0: not known.
struct SourcePos {
    QString file, function;
    std::uint32_t line = 0;
    bool isValid() const { return line != 0; }
};

//! One task at the cursor's time.
struct TaskAt {
    Id task = 0;
    TaskPhase phase = TaskPhase::Ready;
    TimeNs since = 0; //!< when it entered this phase
    WaitKind wait = WaitKind::Other; //!< Suspended: on what
    QString detail; //!< Suspended: "sleep(0.5)", "Lock.acquire", "Task-3"
    Id target = 0; //!< Suspended on a task
    Id object = 0; //!< Suspended on a Lock/Queue/...: TraceModel::waitObject()
    //! Where its code is: Suspended and Ready, where it will resume; Running, where it resumed
    //! (or, past the block threshold, where the watchdog saw it). Empty before its first step.
    SourcePos at;
};

//! A task step or a program callback the loop is running at the cursor's time.
struct RunningItem {
    Id task = 0; //!< 0 for a callback
    Id callback = 0;
    Id loop = 0; //!< task steps only (a callback's loop is not recorded)
    QString name; //!< the task's title (taskTitle()) or the callback's name
    TimeNs since = 0; //!< the step or callback started
    SourcePos at; //!< task: see TaskAt::at
    bool firstStep = false;
    bool blocked = false; //!< it has held the loop past the block threshold by t
};

//! A task step or a program callback that is in the ready queue at the cursor's time.
struct ReadyItem {
    Id task = 0; //!< 0 for a callback
    Id callback = 0;
    QString name;
    TimeNs since = 0; //!< woken / scheduled at
};

//! A timer scheduled and not yet fired or cancelled at the cursor's time.
struct PendingTimer {
    Id timer = 0;
    TimeNs added = 0, deadline = 0;
    TimerWhat what = TimerWhat::Other;
    Id task = 0, callback = 0;
    QString name;
};

//! What one event loop is doing at the cursor's time.
struct LoopAt {
    Id loop = 0;
    bool selecting = false; //!< waiting in select() (else running handles, or closed)
    bool closed = false;
    TimeNs since = 0; //!< this select or busy stretch began
    std::uint64_t iteration = 0; //!< loop iterations before this one
    std::int64_t timeoutNs = -1; //!< selecting: select()'s timeout; -1 none (I/O only)
};

//! A worker thread at the cursor's time: the job it runs, or idle since its last job.
struct ThreadAt {
    Id thread = 0;
    QString name;
    Id job = 0; //!< 0: idle
    QString function; //!< the job's function
    Id submittedBy = 0; //!< the task that submitted the job
    TimeNs since = 0; //!< the job started, or the last one ended
};

//! The handle the loop ran first after the cursor's time: a recording knows its future.
struct NextRun {
    Id task = 0, callback = 0;
    QString name; //!< as RunningItem::name
    TimeNs at = 0;
};

//! The scheduler as it was at one moment of a recorded run (what step mode shows live).
struct SchedulerState {
    TimeNs t = 0;
    std::vector<Id> running; //!< the task running at t (one per loop; usually 0 or 1)
    std::vector<RunningItem> now; //!< the task steps and callbacks running at t
    std::vector<ReadyItem> ready; //!< in wake order: the order the loop runs them
    std::vector<PendingTimer> timers; //!< by deadline
    std::vector<WaiterGroup> waiters; //!< per primitive (by object id), tasks in wait order
    std::vector<TaskAt> tasks; //!< every task created by t, in creation order
    std::vector<LoopAt> loops; //!< every loop heard of by t
    std::vector<ThreadAt> threads; //!< every worker thread that started a job by t
    std::optional<NextRun> next; //!< the first step or callback starting after t
    std::size_t outputLines = 0; //!< TraceModel::output()[0, outputLines) was written by t
};

//! The scheduler state at time t, rebuilt from the model's indexed data: one binary search
//! per task lane plus a pass over the timers and callbacks scheduled by t. Events at exactly
//! t count as happened (a step starting at t is running).
SchedulerState reconstructAt(const TraceModel &model, TimeNs t);

//! Whether a source file belongs to the standard library, site-packages or the interpreter
//! (not the learner's program): such frames are skipped when naming a line.
bool isLibraryFile(const QString &file);

//! The innermost frame of an await chain that is the program's own code.
SourcePos programFrame(const TraceModel &model, Id chain);

//! A task as its timeline lane names it ("Task-3 call_service"); "task N" if unknown.
QString taskTitle(const TraceModel &model, Id task);

} // namespace Core
