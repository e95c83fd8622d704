#include "flamebars.h"

#include "timelinedrawlist.h"
#include "tracemodel.h"

#include <algorithm>

namespace Ui {

std::vector<std::vector<FlameBar>> buildFlameBars(const Core::TraceModel &model, int lane,
                                                  double openEnd)
{
    std::vector<std::vector<FlameBar>> depths;
    if (lane < 0 || lane >= model.laneCount() || model.lane(lane).kind != Core::LaneKind::Task)
        return depths;
    const Core::TaskInfo *task = model.task(model.lane(lane).id);
    if (!task || task->waits.empty())
        return depths;
    // Per depth: the wait index that last extended its open bar, to join consecutive waits.
    std::vector<std::size_t> lastWait;
    QList<Core::FrameRecord> previous; // the previous wait's chain
    for (std::size_t w = 0; w < task->waits.size(); ++w) {
        const Core::WaitInfo &wait = task->waits[w];
        if (wait.span >= std::uint32_t(model.spanCount(lane)))
            continue;
        const QList<Core::FrameRecord> frames = model.chainFrames(wait.chain);
        const Core::Span &suspended = model.span(lane, int(wait.span));
        // The stack existed from the step that led into this wait: that step ran the frames.
        Core::TimeNs start = suspended.start;
        if (wait.span > 0) {
            const Core::Span &before = model.span(lane, int(wait.span) - 1);
            if (model.spanType(before.typeId).kind == Core::SpanKind::Running)
                start = before.start;
        }
        const Core::TimeNs end = Core::TimeNs(drawnSpanEnd(model, suspended, openEnd));
        if (depths.size() < std::size_t(frames.size())) {
            depths.resize(std::size_t(frames.size()));
            lastWait.resize(std::size_t(frames.size()), std::size_t(-1));
        }
        bool parentContinues = true;
        for (int d = 0; d < frames.size(); ++d) {
            std::vector<FlameBar> &row = depths[std::size_t(d)];
            const Core::FrameRecord &f = frames[d];
            // Same coroutine at the same depth in the previous wait, under an unbroken parent:
            // still the same call (frame ids differ per await line, names do not).
            // The parent must also still await at the same place, or this is a new call. The
            // leaf is what the task suspended on: each wait is its own await of it, so
            // sleep(1), sleep(2), sleep(1.5) in a loop stay three bars.
            const bool leaf = d == frames.size() - 1;
            const bool continues = !leaf && parentContinues && !row.empty() && w > 0
                                   && lastWait[std::size_t(d)] == w - 1 && row.back().function == f.function
                                   && (d == 0 || (d - 1 < previous.size() && previous[d - 1].frame == frames[d - 1].frame));
            if (continues) {
                row.back().end = std::max(row.back().end, end);
            } else {
                row.push_back({start, end, f.function, f.file, f.line});
            }
            lastWait[std::size_t(d)] = w;
            parentContinues = continues;
        }
        previous = frames;
    }
    // The task's own coroutine runs until the task ends, after its last wait too.
    if (!depths.empty() && !depths.front().empty() && model.spanCount(lane) > 0) {
        const Core::Span &last = model.span(lane, model.spanCount(lane) - 1);
        depths.front().back().end = std::max(depths.front().back().end,
                                              Core::TimeNs(drawnSpanEnd(model, last, openEnd)));
    }
    return depths;
}

std::size_t firstFlameBar(const std::vector<FlameBar> &bars, double t)
{
    return std::size_t(std::partition_point(bars.begin(), bars.end(),
                                            [t](const FlameBar &b) { return double(b.end) <= t; })
                       - bars.begin());
}

} // namespace Ui
