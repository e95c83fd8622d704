#include "timelinerows.h"

#include "tracemodel.h"

namespace Ui {

TimelineRows buildTimelineRows(const Core::TraceModel &model, const QSet<int> &collapsed,
                               const QHash<int, int> &frameRows)
{
    const int count = model.laneCount();
    TimelineRows rows;
    rows.laneCount = count;
    rows.rowOfLane.assign(std::size_t(count), -1);
    rows.hasChildren.assign(std::size_t(count), false);
    rows.lanes.reserve(std::size_t(count));
    rows.frameDepth.reserve(std::size_t(count));

    // Children lists in lane order (= creation order), as offsets into one flat array.
    std::vector<int> childCount(std::size_t(count) + 1, 0);
    for (int lane = 0; lane < count; ++lane) {
        const int parent = model.lane(lane).parent;
        if (parent >= 0 && parent < count && parent != lane) {
            ++childCount[std::size_t(parent)];
            rows.hasChildren[std::size_t(parent)] = true;
        }
    }
    std::vector<int> offset(std::size_t(count) + 1, 0);
    for (int lane = 0; lane < count; ++lane)
        offset[std::size_t(lane) + 1] = offset[std::size_t(lane)] + childCount[std::size_t(lane)];
    std::vector<int> children(std::size_t(offset.back()));
    std::vector<int> fill(offset.begin(), offset.end() - 1);
    for (int lane = 0; lane < count; ++lane) {
        const int parent = model.lane(lane).parent;
        if (parent >= 0 && parent < count && parent != lane)
            children[std::size_t(fill[std::size_t(parent)]++)] = lane;
    }

    // Iterative depth-first walk: a run with 100k nested tasks must not overflow the stack.
    std::vector<int> stack;
    auto walk = [&](int root) {
        stack.push_back(root);
        while (!stack.empty()) {
            const int lane = stack.back();
            stack.pop_back();
            if (rows.rowOfLane[std::size_t(lane)] >= 0)
                continue; // a malformed parent cycle; show each lane once
            rows.rowOfLane[std::size_t(lane)] = int(rows.lanes.size());
            rows.lanes.push_back(lane);
            rows.frameDepth.push_back(-1);
            for (int d = 0, n = frameRows.value(lane, 0); d < n; ++d) {
                rows.lanes.push_back(lane);
                rows.frameDepth.push_back(d);
            }
            if (collapsed.contains(lane))
                continue;
            for (int i = offset[std::size_t(lane) + 1] - 1; i >= offset[std::size_t(lane)]; --i)
                stack.push_back(children[std::size_t(i)]);
        }
    };
    auto isRoot = [&](int lane) {
        const int parent = model.lane(lane).parent;
        return parent < 0 || parent >= count || parent == lane;
    };
    for (int lane = 0; lane < count; ++lane)
        if (isRoot(lane) && model.lane(lane).kind != Core::LaneKind::Thread)
            walk(lane);
    for (int lane = 0; lane < count; ++lane)
        if (isRoot(lane) && model.lane(lane).kind == Core::LaneKind::Thread)
            walk(lane);
    return rows;
}

} // namespace Ui
