#include "timelinerows.h"

#include "tracemodel.h"

#include <algorithm>

namespace Ui {

TimelineRows buildTimelineRows(const Core::TraceModel &model, const QSet<int> &collapsed,
                               const QHash<int, int> &frameRows, const TimelineRowOptions &options)
{
    const int count = model.laneCount();
    TimelineRows rows;
    rows.laneCount = count;
    // A lane stays when the filter kept it or any lane below it.
    std::vector<bool> keep(std::size_t(count), true);
    if (options.kept) {
        for (int lane = 0; lane < count; ++lane)
            keep[std::size_t(lane)] = std::size_t(lane) < options.kept->size()
                                      && (*options.kept)[std::size_t(lane)];
        for (int lane = count - 1; lane >= 0; --lane) {
            const int parent = model.lane(lane).parent;
            if (keep[std::size_t(lane)] && parent >= 0 && parent < count && parent != lane)
                keep[std::size_t(parent)] = true;
        }
        // A child created before its parent's lane (a placeholder) needs a second look.
        for (int lane = 0; lane < count; ++lane)
            for (int p = model.lane(lane).parent, guard = 0; keep[std::size_t(lane)] && p >= 0
                 && p < count && !keep[std::size_t(p)] && guard < count; p = model.lane(p).parent, ++guard)
                keep[std::size_t(p)] = true;
        for (int lane = 0; lane < count; ++lane)
            rows.filteredOut += keep[std::size_t(lane)] ? 0 : 1;
    }
    bool countersPlaced = options.counterRows <= 0;
    rows.rowOfLane.assign(std::size_t(count), -1);
    rows.hasChildren.assign(std::size_t(count), false);
    rows.lanes.reserve(std::size_t(count));
    rows.frameDepth.reserve(std::size_t(count));
    rows.counter.reserve(std::size_t(count));

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
            if (rows.rowOfLane[std::size_t(lane)] >= 0 || !keep[std::size_t(lane)])
                continue; // a malformed parent cycle shows each lane once
            rows.rowOfLane[std::size_t(lane)] = int(rows.lanes.size());
            rows.lanes.push_back(lane);
            rows.frameDepth.push_back(-1);
            rows.counter.push_back(-1);
            for (int d = 0, n = frameRows.value(lane, 0); d < n; ++d) {
                rows.lanes.push_back(lane);
                rows.frameDepth.push_back(d);
                rows.counter.push_back(-1);
            }
            if (!countersPlaced && model.lane(lane).kind == Core::LaneKind::Loop) {
                // The sums first, then the tasks they sum up.
                countersPlaced = true;
                for (int c = 0; c < options.counterRows; ++c) {
                    rows.lanes.push_back(lane);
                    rows.frameDepth.push_back(-1);
                    rows.counter.push_back(c);
                }
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

namespace {

QString stateWord(const Core::TraceModel &model, const Core::LaneInfo &info)
{
    if (info.kind == Core::LaneKind::Loop)
        return QStringLiteral("loop");
    if (info.kind == Core::LaneKind::Thread)
        return QStringLiteral("thread");
    const Core::TaskInfo *task = model.task(info.id);
    if (!task)
        return {};
    switch (task->state) {
    case Core::TaskState::Done: return QStringLiteral("done");
    case Core::TaskState::Failed: return QStringLiteral("failed");
    case Core::TaskState::Cancelled: return QStringLiteral("cancelled");
    case Core::TaskState::Pending: return QStringLiteral("pending");
    }
    return {};
}

} // namespace

std::vector<bool> filterLanes(const Core::TraceModel &model, const QString &filter)
{
    const QStringList words = filter.simplified().toCaseFolded().split(QLatin1Char(' '),
                                                                      Qt::SkipEmptyParts);
    std::vector<bool> kept(std::size_t(model.laneCount()), true);
    if (words.isEmpty())
        return kept;
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const Core::LaneInfo &info = model.lane(lane);
        QString text = info.name;
        if (info.kind == Core::LaneKind::Task)
            if (const Core::TaskInfo *task = model.task(info.id))
                text += QLatin1Char(' ') + task->coro + QLatin1Char(' ')
                        + task->file.section(QLatin1Char('/'), -1);
        text = text.toCaseFolded();
        const QString state = stateWord(model, info);
        kept[std::size_t(lane)] = std::all_of(words.begin(), words.end(), [&](const QString &w) {
            return text.contains(w) || w == state;
        });
    }
    return kept;
}

} // namespace Ui
