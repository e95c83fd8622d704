#include "schedulerstate.h"

#include "tracemodel.h"

#include <QRegularExpression>
#include <algorithm>
#include <map>
#include <unordered_map>

namespace Core {
namespace {

TaskPhase phaseOf(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Running:
        return TaskPhase::Running;
    case SpanKind::Suspended:
        return TaskPhase::Suspended;
    case SpanKind::Done:
        return TaskPhase::Done;
    case SpanKind::Cancelled:
        return TaskPhase::Cancelled;
    case SpanKind::Failed:
        return TaskPhase::Failed;
    default:
        return TaskPhase::Ready;
    }
}

bool rescheduledItself(const TraceModel &model, const TaskInfo &task, const Span &span,
                       const SpanType &type)
{
    if (span.extra < task.waits.size()) {
        const std::uint32_t wakeup = task.waits[span.extra].wakeup;
        if (wakeup) {
            const Wakeup &w = model.wakeups()[wakeup - 1];
            return w.kind == WakerKind::Task && w.wakerTask == task.id;
        }
    }
    // Not woken yet (live, or the trace ends here): only a yield is ready by itself.
    return type.wait == WaitKind::Yield
            || (type.wait == WaitKind::Sleep
                && model.string(type.label) == QLatin1String("sleep(0)"));
}

// The wait a task resumes from when the span at `index` (Ready or Running) began: the
// Suspended span just before it, or the one before its Ready span. -1: its first step.
int waitBefore(const TraceModel &model, const TaskInfo &task, int index)
{
    for (int i = index - 1; i >= 0 && i >= index - 2; --i) {
        const Span &s = model.span(task.lane, i);
        const SpanKind kind = model.spanType(s.typeId).kind;
        if (kind == SpanKind::Suspended)
            return s.extra < task.waits.size() ? int(s.extra) : -1;
        if (kind != SpanKind::Ready)
            return -1;
    }
    return -1;
}

// Where tasks wait, by await chain: many tasks wait at the same line (one chain), so each
// chain is looked up once per rebuild.
class ChainPositions
{
public:
    explicit ChainPositions(const TraceModel &model) : m_model(model) { }
    SourcePos at(const TaskInfo &task, int wait)
    {
        const Id chain = wait < 0 ? 0 : task.waits[std::size_t(wait)].chain;
        if (!chain)
            return {};
        const auto it = m_cache.find(chain);
        if (it != m_cache.end())
            return it->second;
        return m_cache.emplace(chain, programFrame(m_model, chain)).first->second;
    }

private:
    const TraceModel &m_model;
    std::unordered_map<Id, SourcePos> m_cache;
};

// The watchdog's report for a step or callback that has held the loop past the threshold.
const BlockedInfo *blockedAt(const TraceModel &model, Id task, TimeNs start, TimeNs t)
{
    const std::uint64_t thresholdMs =
            model.hello() && model.hello()->blockThresholdMs ? model.hello()->blockThresholdMs
                                                             : 100;
    if (t - start < thresholdMs * 1000000)
        return nullptr;
    for (const BlockedInfo &b : model.blocked())
        if (b.start == start && b.task == task)
            return &b;
    return nullptr;
}

// The first Running span of the lane that starts after t, if the lane has one.
const Span *nextStep(const TraceModel &model, int lane, int last, TimeNs t)
{
    const int count = model.spanCount(lane);
    for (int i = std::max(0, last + 1); i < count && i <= last + 3; ++i) {
        const Span &s = model.span(lane, i);
        if (s.start > t && model.spanType(s.typeId).kind == SpanKind::Running)
            return &s;
    }
    return nullptr;
}

void considerNext(std::optional<NextRun> &next, NextRun candidate)
{
    if (!next || candidate.at < next->at)
        next = std::move(candidate);
}

void addTasks(const TraceModel &model, TimeNs t, SchedulerState &state,
              std::map<Id, std::vector<std::pair<TimeNs, Id>>> &waiting)
{
    ChainPositions positions(model);
    for (const TaskInfo &task : model.tasks()) {
        if (task.created > t || task.lane < 0)
            continue;
        if (task.end && *task.end <= t) {
            // Finished by t: no search through its lane (most tasks of a long run).
            TaskAt done;
            done.task = task.id;
            done.since = *task.end;
            done.phase = task.state == TaskState::Cancelled ? TaskPhase::Cancelled
                    : task.state == TaskState::Failed       ? TaskPhase::Failed
                                                            : TaskPhase::Done;
            state.tasks.push_back(std::move(done));
            continue;
        }
        const int index = model.lastIndex(task.lane, t);
        if (index < 0)
            continue;
        const Span &span = model.span(task.lane, index);
        const SpanType &type = model.spanType(span.typeId);
        const QString &title = model.lane(task.lane).name;
        if (const Span *next = nextStep(model, task.lane, index, t))
            considerNext(state.next, { task.id, 0, title, next->start });
        TaskAt at;
        at.task = task.id;
        at.since = span.start;
        at.phase = phaseOf(type.kind);
        switch (at.phase) {
        case TaskPhase::Running: {
            const int wait = waitBefore(model, task, index);
            at.at = positions.at(task, wait);
            RunningItem item{ task.id, 0, task.loop, title, span.start, at.at, wait < 0 };
            if (const BlockedInfo *b = blockedAt(model, task.id, span.start, t)) {
                item.blocked = true;
                if (b->line)
                    item.at = at.at = { b->file, b->function, b->line };
            }
            state.running.push_back(task.id);
            state.now.push_back(std::move(item));
            break;
        }
        case TaskPhase::Ready:
            at.at = positions.at(task, waitBefore(model, task, index));
            state.ready.push_back({ task.id, 0, task.name, span.start });
            break;
        case TaskPhase::Suspended: {
            if (span.extra < task.waits.size())
                at.at = positions.at(task, int(span.extra));
            if (rescheduledItself(model, task, span, type)) {
                // A bare yield / sleep(0): back in the ready queue as its step ended (the
                // tracer writes no WAKE for it, see PROTOCOL.md).
                at.phase = TaskPhase::Ready;
                state.ready.push_back({ task.id, 0, task.name, span.start });
                break;
            }
            at.wait = type.wait;
            at.detail = model.string(type.label);
            if (span.extra < task.waits.size()) {
                const WaitInfo &w = task.waits[span.extra];
                at.target = w.target;
                at.object = w.object;
                if (w.object)
                    waiting[w.object].push_back({ span.start, task.id });
            }
            break;
        }
        default:
            break;
        }
        state.tasks.push_back(std::move(at));
    }
}

void addCallbacks(const TraceModel &model, TimeNs t, SchedulerState &state)
{
    for (const CallbackInfo &cb : model.callbacks()) {
        if (cb.scheduled > t) {
            // Scheduling order: the rest can only be the next handle, and none runs before
            // it was scheduled.
            if (state.next && cb.scheduled >= state.next->at)
                break;
            if (cb.run)
                considerNext(state.next, { 0, cb.id, cb.name, *cb.run });
            continue;
        }
        if (cb.run && *cb.run > t) {
            considerNext(state.next, { 0, cb.id, cb.name, *cb.run });
        } else if (cb.run) {
            const bool open = cb.duration < 0;
            if (open || *cb.run + TimeNs(cb.duration) > t) {
                RunningItem item;
                item.callback = cb.id;
                item.name = cb.name;
                item.since = *cb.run;
                item.blocked = blockedAt(model, 0, *cb.run, t) != nullptr;
                state.now.push_back(std::move(item));
            }
            continue;
        }
        // Plain callbacks scheduled with call_soon(_threadsafe) and not run yet; timer
        // callbacks are timers until they run.
        if (cb.how == CallbackHow::CallSoon || cb.how == CallbackHow::CallSoonThreadsafe)
            state.ready.push_back({ 0, cb.id, cb.name, cb.scheduled });
    }
}

void addTimers(const TraceModel &model, TimeNs t, SchedulerState &state)
{
    for (const TimerInfo &timer : model.timers()) {
        if (timer.added > t)
            break; // scheduling order
        if (timer.end && *timer.end <= t)
            continue;
        state.timers.push_back({ timer.id, timer.added, timer.deadline, timer.what, timer.task,
                                 timer.callback, model.string(timer.name) });
    }
    std::stable_sort(state.timers.begin(), state.timers.end(),
                     [](const PendingTimer &a, const PendingTimer &b) {
                         return a.deadline < b.deadline;
                     });
}

void addWaiters(const TraceModel &model, SchedulerState &state,
                std::map<Id, std::vector<std::pair<TimeNs, Id>>> &waiting)
{
    for (auto &[object, tasks] : waiting) {
        std::stable_sort(tasks.begin(), tasks.end());
        WaiterGroup group;
        group.object = object;
        if (const WaitObjectInfo *info = model.waitObject(object)) {
            group.kind = info->kind;
            group.label = info->label;
        }
        for (const auto &[since, task] : tasks)
            group.tasks.append(task);
        state.waiters.push_back(std::move(group));
    }
}

void addLoops(const TraceModel &model, TimeNs t, SchedulerState &state)
{
    for (const LoopInfo &loop : model.loops()) {
        const int index = model.lastIndex(loop.lane, t);
        if (index < 0)
            continue;
        const Span &span = model.span(loop.lane, index);
        LoopAt at;
        at.loop = loop.id;
        at.since = span.start;
        at.iteration = span.extra;
        if (model.spanType(span.typeId).kind == SpanKind::LoopIdle) {
            at.selecting = true;
            if (span.extra < loop.selectTimeouts.size())
                at.timeoutNs = loop.selectTimeouts[span.extra];
        }
        // LOOP_CLOSE closes the lane's last span: past its end the loop is gone.
        at.closed = index == model.spanCount(loop.lane) - 1 && !span.isOpen()
                && model.spanEnd(span) <= t && !at.selecting;
        state.loops.push_back(at);
    }
}

void addThreads(const TraceModel &model, TimeNs t, SchedulerState &state)
{
    const auto &jobs = model.jobs();
    for (const ThreadInfo &thread : model.threads()) {
        // A thread's jobs are in start order.
        const auto it = std::partition_point(thread.jobs.begin(), thread.jobs.end(),
                                             [&](std::uint32_t j) { return jobs[j].start <= t; });
        if (it == thread.jobs.begin())
            continue;
        const JobInfo &job = jobs[*(it - 1)];
        ThreadAt at;
        at.thread = thread.id;
        at.name = thread.name;
        const bool running = job.duration < 0 || job.start + TimeNs(job.duration) > t;
        if (running) {
            at.job = job.id;
            at.function = model.string(job.function);
            at.submittedBy = job.submittedBy;
            at.since = job.start;
        } else {
            at.since = job.start + TimeNs(job.duration);
        }
        state.threads.push_back(std::move(at));
    }
}

} // namespace

bool isLibraryFile(const QString &file)
{
    static const QRegularExpression stdlib(QStringLiteral("/lib(64)?/python3(\\.\\d+)?/"));
    return file.isEmpty() || file.startsWith(QLatin1Char('<'))
            || file.contains(QLatin1String("/site-packages/"))
            || file.contains(QLatin1String("/dist-packages/")) || stdlib.match(file).hasMatch();
}

SourcePos programFrame(const TraceModel &model, Id chain)
{
    if (!chain)
        return {};
    const QList<FrameRecord> frames = model.chainFrames(chain);
    for (auto it = frames.crbegin(); it != frames.crend(); ++it)
        if (!isLibraryFile(it->file))
            return { it->file, it->function, it->line };
    return {};
}

QString taskTitle(const TraceModel &model, Id task)
{
    const TaskInfo *info = model.task(task);
    if (!info)
        return QStringLiteral("task %1").arg(task);
    return info->lane >= 0 ? model.lane(info->lane).name : info->name;
}

SchedulerState reconstructAt(const TraceModel &model, TimeNs t)
{
    SchedulerState state;
    state.t = t;
    std::map<Id, std::vector<std::pair<TimeNs, Id>>> waiting; // object -> (since, task)
    addTasks(model, t, state, waiting);
    addCallbacks(model, t, state);
    std::stable_sort(state.ready.begin(), state.ready.end(),
                     [](const ReadyItem &a, const ReadyItem &b) { return a.since < b.since; });
    addTimers(model, t, state);
    addWaiters(model, state, waiting);
    addLoops(model, t, state);
    addThreads(model, t, state);

    const auto &output = model.output();
    state.outputLines = std::size_t(
            std::upper_bound(output.begin(), output.end(), t,
                             [](TimeNs v, const OutputLine &line) { return v < line.t; })
            - output.begin());
    return state;
}

} // namespace Core
