#include "taskcounts.h"

#include "tracemodel.h"

#include <algorithm>

namespace Core {

std::optional<TaskCount> taskCountOf(SpanKind kind, WaitKind wait)
{
    switch (kind) {
    case SpanKind::Running:
        return TaskCount::Running;
    case SpanKind::Ready:
        return TaskCount::Ready;
    case SpanKind::Suspended:
        switch (wait) {
        case WaitKind::Sleep:
        case WaitKind::Timeout:
            return TaskCount::Sleeping;
        case WaitKind::Io:
            return TaskCount::Io;
        case WaitKind::Lock:
        case WaitKind::Semaphore:
        case WaitKind::Condition:
        case WaitKind::Event:
        case WaitKind::Queue:
            return TaskCount::Primitive;
        case WaitKind::Yield:
            return TaskCount::Ready; // a bare yield puts the task straight back in the queue
        default:
            return TaskCount::Awaiting;
        }
    default:
        return std::nullopt;
    }
}

TaskCounts countTasks(const TraceModel &model, const std::vector<bool> *lanes)
{
    struct Change {
        TimeNs t;
        std::uint8_t kind;
        std::int8_t delta;
    };
    std::vector<Change> changes;
    for (const TaskInfo &task : model.tasks()) {
        if (task.lane < 0 || (lanes && (std::size_t(task.lane) >= lanes->size()
                                        || !(*lanes)[std::size_t(task.lane)])))
            continue;
        for (const Span &span : model.spans(task.lane)) {
            const SpanType &type = model.spanType(span.typeId);
            const auto count = taskCountOf(type.kind, type.wait);
            if (!count || span.duration == 0)
                continue;
            changes.push_back({span.start, std::uint8_t(*count), 1});
            if (!span.isOpen())
                changes.push_back({span.start + TimeNs(span.duration), std::uint8_t(*count), -1});
        }
    }
    // At one moment, ends before starts: a task going from ready to running is never counted
    // in both at once.
    std::sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        return a.t != b.t ? a.t < b.t : a.delta < b.delta;
    });
    TaskCounts counts;
    TaskCountValues now{};
    for (std::size_t i = 0; i < changes.size();) {
        const TimeNs t = changes[i].t;
        for (; i < changes.size() && changes[i].t == t; ++i) {
            std::uint32_t &v = now[changes[i].kind];
            v = changes[i].delta > 0 ? v + 1 : (v > 0 ? v - 1 : 0);
        }
        if (!counts.values.empty() && counts.values.back() == now)
            continue;
        counts.times.push_back(t);
        counts.values.push_back(now);
        for (int k = 0; k < kTaskCountKinds; ++k)
            counts.peak[std::size_t(k)] = std::max(counts.peak[std::size_t(k)], now[std::size_t(k)]);
    }
    return counts;
}

TaskCountValues countsAt(const TaskCounts &counts, TimeNs t)
{
    const auto it = std::upper_bound(counts.times.begin(), counts.times.end(), t);
    if (it == counts.times.begin())
        return {};
    return counts.values[std::size_t(it - counts.times.begin()) - 1];
}

TaskCountValues peakBetween(const TaskCounts &counts, TimeNs t0, TimeNs t1)
{
    TaskCountValues peak = countsAt(counts, t0);
    auto i = std::size_t(std::upper_bound(counts.times.begin(), counts.times.end(), t0)
                         - counts.times.begin());
    for (; i < counts.times.size() && counts.times[i] < t1; ++i)
        for (int k = 0; k < kTaskCountKinds; ++k)
            peak[std::size_t(k)] = std::max(peak[std::size_t(k)], counts.values[i][std::size_t(k)]);
    return peak;
}

} // namespace Core
