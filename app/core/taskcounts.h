#pragma once
#include "tracerecords.h"

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

namespace Core {

class TraceModel;
enum class SpanKind : std::uint8_t;

//! The states the counter tracks count tasks in.
enum class TaskCount : std::uint8_t {
    Running, //!< a step of the task runs
    Ready, //!< woken (or yielded), waiting for the loop to reach it
    Sleeping, //!< in asyncio.sleep() or a timeout
    Io, //!< waiting for a socket or pipe
    Primitive, //!< waiting on a Lock, Semaphore, Condition, Event or Queue
    Awaiting //!< awaiting another task, a gather, a future or a worker thread
};
constexpr int kTaskCountKinds = 6;
using TaskCountValues = std::array<std::uint32_t, kTaskCountKinds>;

//! How many tasks were in each state over a run: a step function, so that a thousand tasks
//! sum up in a few rows. Counts change only at the times listed.
struct TaskCounts {
    std::vector<TimeNs> times; //!< where the counts change, ascending
    std::vector<TaskCountValues> values; //!< the counts from times[i] until times[i + 1]
    TaskCountValues peak{}; //!< the largest count of each state over the whole run
};

//! Which count a task span adds to (nothing for end markers).
std::optional<TaskCount> taskCountOf(SpanKind kind, WaitKind wait);

//! Counts the tasks of model in each state over time. Open spans (a live run, a task that
//! never ended) keep counting to the end. lanes: when given, only task lanes marked true.
TaskCounts countTasks(const TraceModel &model, const std::vector<bool> *lanes = nullptr);

//! The counts at time t (all zero before the first change).
TaskCountValues countsAt(const TaskCounts &counts, TimeNs t);

//! The largest count of each state at any moment of [t0, t1) (at t0 itself when t1 <= t0).
TaskCountValues peakBetween(const TaskCounts &counts, TimeNs t0, TimeNs t1);

} // namespace Core
