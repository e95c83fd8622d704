#pragma once
#include "tracerecords.h"

#include <QJsonObject>
#include <QString>
#include <cstddef>

namespace Core
{

class TraceModel;

//! What the host knows about a run that the trace may not say (e.g. when Python never started).
struct RunContext {
    QString program; //!< script path, or "-m module"
    QString pythonExecutable;
    QString pythonVersion; //!< e.g. "3.11.2"
    bool virtualClock = false;
};

//! Bounds that keep a summary's size independent of how long the run was (docs/SUMMARY.md,
//! "Size"): past each, the list keeps its first entries, "truncated" says how many there were
//! and a warning says what was cut; past the tasks limit "task_groups" still counts every task
//! per coroutine. With these defaults the lists they bound take at most about 6 MB of JSON.
struct SummaryLimits {
    std::size_t tasks = 5000; //!< tasks listed in detail, in creation order
    std::size_t waits = 20000; //!< waits listed, over all listed tasks
    std::size_t callbacks = 5000;
    std::size_t jobs = 5000; //!< worker-thread jobs, over all threads
    std::size_t blocked = 1000; //!< blocked steps (and their loop_blocked warnings)
    std::size_t warnings = 1000; //!< the tracer's own warnings
    std::size_t groups = 1000; //!< coroutines in task_groups; the rest share one group
};

//! The run summary of ../shared/contracts/run-summary.schema.json, built from a finished
//! (or still running) model. Values the trace does not give are null, never omitted.
//! Without a RUN_END record (live, or a tracer-only recording) status is "error" if an ERROR
//! or a non-zero EXIT was seen, else "ok"; exit_code comes from EXIT (null before it) and
//! wall_s is the trace's end. `events` counts the records the model received (STR excluded).
//! Call TraceModel::setDecoderStats() first so that a damaged stream shows up as a warning.
QJsonObject buildRunSummary(
    const TraceModel &model, const RunContext &context, const SummaryLimits &limits = {});

} // namespace Core
