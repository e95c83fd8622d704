// TraceModel: what the watchdog reports while a step runs (STEP_RUNNING), and the steps
// that blocked the loop (BLOCKED, or a STEP / CB_RUN over the threshold it had no time to
// sample).
#include "tracemodel.h"

#include <algorithm>

namespace Core
{

namespace
{

constexpr int kBlockedLookback = 64; // spans/callbacks searched for a late BLOCKED report

std::int64_t durationBetween(TimeNs start, TimeNs end)
{
    return end > start ? std::int64_t(end - start) : 0;
}

} // namespace

const RunningInfo *TraceModel::runningTask(Id task) const
{
    for (const RunningInfo &r : m_running)
        if (r.task == task)
            return &r;
    return nullptr;
}

const RunningInfo *TraceModel::runningOnLoop(Id loop) const
{
    for (const RunningInfo &r : m_running)
        if (r.loop == loop)
            return &r;
    return nullptr;
}

Span *TraceModel::liveStep(Lane &lane, TimeNs start)
{
    if (lane.spans.empty())
        return nullptr;
    Span &last = lane.spans.back();
    return last.isOpen() && last.start == start
                    && m_spanTypes[last.typeId].kind == SpanKind::Running
            ? &last
            : nullptr;
}

bool TraceModel::staleRunning(const StepRunningRecord &r)
{
    // The watchdog samples while the step runs, but its record can land after the step's
    // own end record (or after the loop's next select): then the step is over.
    const std::uint32_t loop = m_loopIndex.find(r.loop);
    if (loop != IdIndex::npos) {
        const auto &spans = m_lanes[m_loops[loop].lane].spans;
        if (!spans.empty() && (spans.back().start > r.stepStart || !spans.back().isOpen()))
            return true;
    }
    if (r.task) {
        const std::uint32_t index = trackedTask(r.task);
        if (index != IdIndex::npos) {
            const auto &spans = m_lanes[m_tasks[index].lane].spans;
            if (!spans.empty()
                && (spans.back().start > r.stepStart
                    || (spans.back().start == r.stepStart && !spans.back().isOpen())))
                return true;
        }
    }
    if (r.callback) {
        const std::uint32_t index = m_callbackIndex.find(r.callback);
        if (index != IdIndex::npos && m_callbacks[index].run
            && *m_callbacks[index].run >= r.stepStart)
            return true;
    }
    return false;
}

void TraceModel::forgetRunning(Id loop, TimeNs before)
{
    std::erase_if(m_running,
                  [&](const RunningInfo &x) { return x.loop == loop && x.start < before; });
}

void TraceModel::onStepRunning(const StepRunningRecord &r)
{
    ++m_records;
    seen(r.t);
    if (staleRunning(r))
        return;
    auto it = std::find_if(m_running.begin(), m_running.end(),
                           [&r](const RunningInfo &x) { return x.loop == r.loop; });
    if (it == m_running.end())
        it = m_running.insert(m_running.end(), RunningInfo {});
    *it = { r.stepStart, r.t, r.task, r.callback, r.loop, r.file, r.function, r.line };
    loopIndex(r.loop, r.stepStart);
    if (!r.task)
        return; // a callback: only the loop is busy, and it is since its last select
    taskIndex(r.task, r.stepStart); // a placeholder for a task never seen created
    const std::uint32_t index = trackedTask(r.task);
    if (index == IdIndex::npos)
        return; // past the task limit: no lane to draw it on
    TaskInfo &task = m_tasks[index];
    Lane &lane = m_lanes[task.lane];
    if (!liveStep(lane, r.stepStart))
        beginStep(task, lane, r.stepStart);
}

void TraceModel::onBlocked(const BlockedRecord &r)
{
    ++m_records;
    seen(r.stepStart);
    BlockedInfo info;
    info.start = r.stepStart;
    info.task = r.task;
    info.loop = r.loop;
    info.file = r.file;
    info.function = r.function;
    info.line = r.line;
    if (fillUnsampledBlock(r))
        return;
    // The watchdog reports while the step runs, but its sample can be delayed past the
    // step's end: then the STEP/CB_RUN is already here.
    if (r.task) {
        const std::uint32_t index = trackedTask(r.task);
        if (index != IdIndex::npos) {
            const auto &spans = m_lanes[m_tasks[index].lane].spans;
            const int stop = std::max(0, int(spans.size()) - kBlockedLookback);
            for (int i = int(spans.size()) - 1; i >= stop; --i) {
                if (spans[i].start == r.stepStart
                    && m_spanTypes[spans[i].typeId].kind == SpanKind::Running) {
                    info.duration = spans[i].duration;
                    break;
                }
            }
        }
    } else {
        const int stop = std::max(0, int(m_callbacks.size()) - kBlockedLookback);
        for (int i = int(m_callbacks.size()) - 1; i >= stop; --i) {
            if (m_callbacks[i].run == r.stepStart) {
                info.duration = m_callbacks[i].duration;
                break;
            }
        }
    }
    if (info.duration < 0)
        m_openBlocked.push_back(std::uint32_t(m_blocked.size()));
    m_blocked.push_back(std::move(info));
}

bool TraceModel::resolveBlocked(Id task, TimeNs start, TimeNs end, bool callback)
{
    for (auto it = m_openBlocked.begin(); it != m_openBlocked.end(); ++it) {
        BlockedInfo &b = m_blocked[*it];
        if (b.start == start && (callback ? b.task == 0 : b.task == task)) {
            b.duration = durationBetween(start, end);
            m_openBlocked.erase(it);
            return true;
        }
    }
    return false;
}

void TraceModel::noteUnsampledBlock(Id task, Id loop, TimeNs start, TimeNs end)
{
    // The watchdog samples every ~10 ms, so a step just over the threshold can end before it
    // looks. The step still held the loop that long: list it (without a line) rather than
    // report a max_step_ms over the threshold next to an empty blocked list. A BLOCKED record
    // that arrives late for it fills in the line (fillUnsampledBlock).
    const std::uint64_t thresholdMs
        = m_hello && m_hello->blockThresholdMs ? m_hello->blockThresholdMs : 100;
    if (end < start || end - start < thresholdMs * 1000000)
        return;
    BlockedInfo info;
    info.start = start;
    info.duration = durationBetween(start, end);
    info.task = task;
    info.loop = loop;
    m_blocked.push_back(std::move(info));
}

bool TraceModel::fillUnsampledBlock(const BlockedRecord &r)
{
    const int stop = std::max(0, int(m_blocked.size()) - kBlockedLookback);
    for (int i = int(m_blocked.size()) - 1; i >= stop; --i) {
        BlockedInfo &b = m_blocked[i];
        if (b.start == r.stepStart && b.task == r.task && b.file.isEmpty() && !b.line) {
            b.file = r.file;
            b.function = r.function;
            b.line = r.line;
            return true;
        }
    }
    return false;
}

} // namespace Core
