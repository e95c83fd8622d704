// TraceModel: asyncio Tasks — their creation, steps, wakeups and ends, the lanes they are drawn
// on, and the memory cap on tasks: past taskLimit() a task is counted (per coroutine) but gets
// no lane, spans or waits, so a run that creates millions of tasks keeps a bounded model.
#include "tracemodel.h"

#include "elapsed.h"
#include "growgently.h"

namespace Core
{

namespace
{

// Task-table values at and above this bit are not indices but an untracked task's group.
constexpr std::uint32_t kUntrackedBit = 0x80000000u;
// Distinct coroutines counted separately among untracked tasks; the rest share one group,
// so a program that names every coroutine differently cannot grow this table either.
constexpr std::size_t kMaxTaskGroups = 1000;

SpanKind endKind(TaskEndState state)
{
    switch (state) {
    case TaskEndState::Done:
        return SpanKind::Done;
    case TaskEndState::Cancelled:
        return SpanKind::Cancelled;
    case TaskEndState::Failed:
        break;
    }
    return SpanKind::Failed;
}

TaskState taskState(TaskEndState state)
{
    switch (state) {
    case TaskEndState::Done:
        return TaskState::Done;
    case TaskEndState::Cancelled:
        return TaskState::Cancelled;
    case TaskEndState::Failed:
        break;
    }
    return TaskState::Failed;
}

bool untracked(std::uint32_t index)
{
    return index != IdIndex::npos && (index & kUntrackedBit);
}

} // namespace

QString TaskInfo::title() const
{
    const QString &what = call.isEmpty() ? coro : call;
    return what.isEmpty() ? name : name + QLatin1Char(' ') + what;
}

std::uint32_t TraceModel::trackedTask(Id id) const
{
    const std::uint32_t index = m_taskIndex.find(id);
    return untracked(index) ? IdIndex::npos : index;
}

std::uint32_t TraceModel::taskIndex(Id id, TimeNs t)
{
    std::uint32_t index = m_taskIndex.find(id);
    if (index != IdIndex::npos)
        return index;
    // A record about a task we never saw created (a damaged or cut stream): keep it anyway.
    TaskNewRecord r;
    r.t = t;
    r.task = id;
    r.name = QStringLiteral("Task-%1").arg(id);
    onTaskNew(r);
    --m_records; // synthesised, not received
    return m_taskIndex.find(id);
}

const TaskInfo *TraceModel::task(Id id) const
{
    const std::uint32_t index = trackedTask(id);
    return index == IdIndex::npos ? nullptr : &m_tasks[index];
}

WaitView TraceModel::wait(const TaskInfo &task, int index) const
{
    const WaitInfo &w = task.waits[index];
    const auto &spans = m_lanes[task.lane].spans;
    const Span &s = spans[w.span];
    const SpanType &type = m_spanTypes[s.typeId];
    WaitView v;
    v.kind = type.wait;
    v.start = s.start;
    v.detail = m_strings.at(type.label);
    v.target = w.target;
    v.chain = w.chain;
    if (w.wakeup)
        v.wakeup = m_wakeups[w.wakeup - 1];
    // The wait lasts until the task runs again: the next Running span, right after the
    // Suspended one or after a Ready one.
    for (std::size_t i = w.span + 1; i < spans.size() && i <= w.span + 2; ++i) {
        const SpanKind kind = m_spanTypes[spans[i].typeId].kind;
        if (kind == SpanKind::Running) {
            v.end = spans[i].start;
            break;
        }
        if (kind != SpanKind::Ready)
            break;
    }
    return v;
}

void TraceModel::setTaskLimit(std::size_t maxTasks)
{
    m_maxTasks = maxTasks;
}

std::uint64_t TraceModel::untrackedTasks() const
{
    std::uint64_t n = 0;
    for (const TaskGroup &g : m_untrackedGroups)
        n += g.tasks;
    return n;
}

void TraceModel::addUntrackedTask(const TaskNewRecord &r)
{
    auto group = m_untrackedGroupIds.constFind(r.coro);
    if (group == m_untrackedGroupIds.cend()) {
        if (m_untrackedGroups.size() >= kMaxTaskGroups) {
            group = m_untrackedGroupIds.constFind(QString()); // "other coroutines"
            if (group == m_untrackedGroupIds.cend())
                group = m_untrackedGroupIds.insert(QString(), 0);
        } else {
            TaskGroup g;
            g.coro = r.coro;
            auto origin = m_origins.constFind(r.coroFile);
            if (origin == m_origins.cend())
                origin = m_origins.insert(r.coroFile, classifySource(r.coroFile));
            g.origin = *origin;
            group = m_untrackedGroupIds.insert(r.coro, std::uint32_t(m_untrackedGroups.size()));
            m_untrackedGroups.push_back(std::move(g));
        }
    }
    ++m_untrackedGroups[*group].tasks;
    m_taskIndex.insert(r.task, kUntrackedBit | *group);
}

void TraceModel::onTaskNew(const TaskNewRecord &r)
{
    ++m_records;
    seen(r.t);
    if (m_taskIndex.find(r.task) != IdIndex::npos)
        return; // a repeated TASK_NEW adds nothing
    if (m_tasks.size() >= m_maxTasks) {
        addUntrackedTask(r);
        return;
    }
    // Root tasks (and children of tasks we never saw) nest under their loop's lane.
    const std::uint32_t parent = r.parent ? trackedTask(r.parent) : IdIndex::npos;
    const int parentLane
        = parent != IdIndex::npos ? m_tasks[parent].lane : m_loops[loopIndex(r.loop, r.t)].lane;
    TaskInfo info;
    info.id = r.task;
    info.loop = r.loop;
    info.parent = r.parent;
    info.name = r.name;
    info.coro = r.coro;
    info.file = r.file;
    info.line = r.line;
    info.call = r.call;
    info.coroFile = r.coroFile;
    auto origin = m_origins.constFind(r.coroFile);
    if (origin == m_origins.cend())
        origin = m_origins.insert(r.coroFile, classifySource(r.coroFile));
    info.origin = *origin;
    info.created = r.t;
    info.lane = addLane(LaneKind::Task, r.task, parentLane, info.title());
    // A new task is scheduled at once: ready until its first step.
    append(m_lanes[info.lane], r.t, -1, m_readyType, 0);
    m_taskIndex.insert(r.task, std::uint32_t(m_tasks.size()));
    growGently(m_tasks);
    m_tasks.push_back(std::move(info));
}

void TraceModel::onStep(const StepRecord &r)
{
    ++m_records;
    seen(r.end);
    const std::uint32_t index = taskIndex(r.task, r.start);
    const TimeNs duration = TimeNs(elapsedNs(r.start, r.end));
    m_maxStep = std::max(m_maxStep, duration);
    if (untracked(index)) {
        TaskGroup &group = m_untrackedGroups[index & ~kUntrackedBit];
        ++group.steps;
        group.running += duration;
        return;
    }
    TaskInfo &task = m_tasks[index];
    Lane &lane = m_lanes[task.lane];
    // A long step is drawn as running since its STEP_RUNNING; now it has an end.
    Span *running = liveStep(lane, r.start);
    if (!running) {
        beginStep(task, lane, r.start);
        running = &lane.spans.back();
    }
    running->duration = elapsedNs(running->start, r.end);
    if (!m_running.empty())
        forgetRunning(task.loop, r.start + 1);
    ++task.steps;
    task.running += duration;
    if (!r.finished) {
        const auto waitIndex = std::uint32_t(task.waits.size());
        const std::uint32_t type = typeId(SpanKind::Suspended, r.kind, m_strings.intern(r.detail));
        const std::uint32_t span = append(lane, r.end, -1, type, waitIndex);
        task.waits.push_back({ span, r.target, r.chain, 0, r.waitObject });
    }
    if (m_openBlocked.empty() || !resolveBlocked(r.task, r.start, r.end, false))
        noteUnsampledBlock(r.task, task.loop, r.start, r.end);
}

void TraceModel::beginStep(TaskInfo &task, Lane &lane, TimeNs start)
{
    if (!lane.spans.empty() && lane.spans.back().isOpen()
        && m_spanTypes[lane.spans.back().typeId].kind == SpanKind::Suspended) {
        // Runs again with no WAKE since it suspended: it rescheduled itself (a bare yield,
        // sleep(0)), and the tracer leaves that WAKE out because the waker can only be the task.
        const auto wakeup = std::uint32_t(m_wakeups.size());
        growGently(m_wakeups);
        m_wakeups.push_back({ start, task.id, task.id, 0, WakerKind::Task });
        task.waits[lane.spans.back().extra].wakeup = wakeup + 1;
    }
    closeOpen(lane, start);
    append(lane, start, -1, m_runningType, task.steps);
    if (!task.firstStep)
        task.firstStep = start;
}

void TraceModel::onWake(const WakeRecord &r)
{
    ++m_records;
    seen(r.t);
    const std::uint32_t index = m_taskIndex.find(r.task);
    if (untracked(index))
        return; // counted; an arrow to a task without a lane would point nowhere
    const auto wakeup = std::uint32_t(m_wakeups.size());
    growGently(m_wakeups);
    m_wakeups.push_back({ r.t, r.task, r.wakerTask, m_strings.intern(r.wakerName), r.waker });
    if (index == IdIndex::npos)
        return;
    TaskInfo &task = m_tasks[index];
    Lane &lane = m_lanes[task.lane];
    // Only a suspended task changes state; a second wake of a ready task is just an arrow.
    if (lane.spans.empty() || !lane.spans.back().isOpen()
        || m_spanTypes[lane.spans.back().typeId].kind != SpanKind::Suspended)
        return;
    const std::uint32_t waitIndex = lane.spans.back().extra;
    closeOpen(lane, r.t);
    task.waits[waitIndex].wakeup = wakeup + 1;
    append(lane, r.t, -1, m_readyType, wakeup + 1);
}

void TraceModel::onTaskEnd(const TaskEndRecord &r)
{
    ++m_records;
    seen(r.t);
    const std::uint32_t index = taskIndex(r.task, r.t);
    if (untracked(index)) {
        TaskGroup &group = m_untrackedGroups[index & ~kUntrackedBit];
        const TaskState state = taskState(r.state);
        ++(state == TaskState::Done ? group.done
                : state == TaskState::Cancelled ? group.cancelled
                                                 : group.failed);
        return;
    }
    TaskInfo &task = m_tasks[index];
    Lane &lane = m_lanes[task.lane];
    closeOpen(lane, r.t);
    append(lane, r.t, 0, typeId(endKind(r.state)), 0);
    task.end = r.t;
    task.state = taskState(r.state);
    task.exception = r.exception;
    renameTask(r.task, r.finalName);
    // A finished task's lane and waits grow no more (a late record is rare): give back the
    // slack their doubling left, which is most of a short task's memory in a task-heavy run.
    lane.spans.shrink_to_fit();
    task.waits.shrink_to_fit();
}

void TraceModel::renameTask(Id id, const QString &name)
{
    const std::uint32_t index = trackedTask(id);
    if (index == IdIndex::npos || name.isEmpty() || m_tasks[index].name == name)
        return;
    TaskInfo &task = m_tasks[index];
    task.name = name;
    if (task.lane >= 0)
        m_lanes[task.lane].info.name = task.title();
}

} // namespace Core
