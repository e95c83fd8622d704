#pragma once
#include "pausedinfo.h"
#include "tracerecords.h"

#include <QString>
#include <cstddef>
#include <vector>

namespace Core {

class TraceModel;

enum class TaskPhase : std::uint8_t { Ready, Running, Suspended, Done, Cancelled, Failed };

//! One task at the cursor's time.
struct TaskAt {
    Id task = 0;
    TaskPhase phase = TaskPhase::Ready;
    TimeNs since = 0; //!< when it entered this phase
    WaitKind wait = WaitKind::Other; //!< Suspended: on what
    QString detail; //!< Suspended: "sleep(0.5)", "Lock.acquire", "Task-3"
    Id target = 0; //!< Suspended on a task
    Id object = 0; //!< Suspended on a Lock/Queue/...: TraceModel::waitObject()
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

//! The scheduler as it was at one moment of a recorded run (what step mode shows live).
struct SchedulerState {
    TimeNs t = 0;
    std::vector<Id> running; //!< the task running at t (one per loop; usually 0 or 1)
    std::vector<ReadyItem> ready; //!< in wake order: the order the loop runs them
    std::vector<PendingTimer> timers; //!< by deadline
    std::vector<WaiterGroup> waiters; //!< per primitive (by object id), tasks in wait order
    std::vector<TaskAt> tasks; //!< every task created by t, in creation order
    std::size_t outputLines = 0; //!< TraceModel::output()[0, outputLines) was written by t
};

//! The scheduler state at time t, rebuilt from the model's indexed data: one binary search
//! per task lane plus a pass over the timers and callbacks scheduled by t. Events at exactly
//! t count as happened (a step starting at t is running).
SchedulerState reconstructAt(const TraceModel &model, TimeNs t);

} // namespace Core
