#include "schedulerstate.h"

#include "tracemodel.h"

#include <algorithm>
#include <map>

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

} // namespace

SchedulerState reconstructAt(const TraceModel &model, TimeNs t)
{
    SchedulerState state;
    state.t = t;
    std::map<Id, std::vector<std::pair<TimeNs, Id>>> waiting; // object -> (since, task)

    for (const TaskInfo &task : model.tasks()) {
        if (task.created > t || task.lane < 0)
            continue;
        const int index = model.lastIndex(task.lane, t);
        if (index < 0)
            continue;
        const Span &span = model.span(task.lane, index);
        const SpanType &type = model.spanType(span.typeId);
        TaskAt at;
        at.task = task.id;
        at.since = span.start;
        at.phase = phaseOf(type.kind);
        switch (at.phase) {
        case TaskPhase::Running:
            state.running.push_back(task.id);
            break;
        case TaskPhase::Ready:
            state.ready.push_back({ task.id, 0, task.name, span.start });
            break;
        case TaskPhase::Suspended: {
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

    // Plain callbacks scheduled with call_soon(_threadsafe) and not run yet; timer callbacks
    // are timers until they run.
    for (const CallbackInfo &cb : model.callbacks()) {
        if (cb.scheduled > t)
            break; // scheduling order
        if (cb.how != CallbackHow::CallSoon && cb.how != CallbackHow::CallSoonThreadsafe)
            continue;
        if (cb.run && *cb.run <= t)
            continue;
        state.ready.push_back({ 0, cb.id, cb.name, cb.scheduled });
    }
    std::stable_sort(state.ready.begin(), state.ready.end(),
                     [](const ReadyItem &a, const ReadyItem &b) { return a.since < b.since; });

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

    const auto &output = model.output();
    state.outputLines = std::size_t(
            std::upper_bound(output.begin(), output.end(), t,
                             [](TimeNs v, const OutputLine &line) { return v < line.t; })
            - output.begin());
    return state;
}

} // namespace Core
