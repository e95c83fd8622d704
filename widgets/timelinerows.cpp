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
    rows.group.reserve(std::size_t(count));
    rows.groupOfLane.assign(std::size_t(count), -1);

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

    auto addRow = [&rows](int lane, int depth, int counter, int group) {
        rows.lanes.push_back(lane);
        rows.frameDepth.push_back(depth);
        rows.counter.push_back(counter);
        rows.group.push_back(group);
    };
    // The library a task lane folds into, or empty: its coroutine is a library's own code, or
    // asyncio's own machinery (a private coroutine such as _accept_connection2 of a server);
    // a task made of a public one (create_task(asyncio.sleep(1))) is the program's doing.
    auto libraryOf = [&](int lane) {
        const Core::LaneInfo &info = model.lane(lane);
        if (!options.openLibraries || info.kind != Core::LaneKind::Task)
            return QString();
        const Core::TaskInfo *task = model.task(info.id);
        if (!task)
            return QString();
        const QString function = task->coro.section(QLatin1Char('.'), -1);
        const bool internal = task->origin.kind == Core::SourceKind::Stdlib
                              && function.startsWith(QLatin1Char('_'));
        return task->origin.kind == Core::SourceKind::Library || internal ? task->origin.name
                                                                          : QString();
    };
    std::vector<int> groupRoots; // per group, flattened: (group, lane) pairs in order met
    std::vector<bool> deferred(std::size_t(count), false);

    // Iterative depth-first walk: a run with 100k nested tasks must not overflow the stack.
    // Outside a group, a library's task is put aside with its subtree for its group's row.
    std::vector<int> stack;
    auto walk = [&](int root, bool inGroup) {
        stack.push_back(root);
        while (!stack.empty()) {
            const int lane = stack.back();
            stack.pop_back();
            if (rows.rowOfLane[std::size_t(lane)] >= 0 || !keep[std::size_t(lane)]
                || (!inGroup && deferred[std::size_t(lane)]))
                continue; // a malformed parent cycle shows each lane once
            if (!inGroup) {
                if (const QString library = libraryOf(lane); !library.isEmpty()) {
                    auto it = std::find_if(rows.groups.begin(), rows.groups.end(),
                                           [&](const TimelineRows::Group &g) {
                                               return g.library == library;
                                           });
                    if (it == rows.groups.end()) {
                        const bool open = options.openLibraries->contains(library);
                        it = rows.groups.insert(rows.groups.end(),
                                                TimelineRows::Group{library, {}, open});
                    }
                    groupRoots.push_back(int(it - rows.groups.begin()));
                    groupRoots.push_back(lane);
                    deferred[std::size_t(lane)] = true;
                    continue;
                }
            }
            rows.rowOfLane[std::size_t(lane)] = int(rows.lanes.size());
            addRow(lane, -1, -1, -1);
            for (int d = 0, n = frameRows.value(lane, 0); d < n; ++d)
                addRow(lane, d, -1, -1);
            if (!countersPlaced && model.lane(lane).kind == Core::LaneKind::Loop) {
                // The sums first, then the tasks they sum up.
                countersPlaced = true;
                for (int c = 0; c < options.counterRows; ++c)
                    addRow(lane, -1, c, -1);
            }
            if (collapsed.contains(lane))
                continue;
            for (int i = offset[std::size_t(lane) + 1] - 1; i >= offset[std::size_t(lane)]; --i)
                stack.push_back(children[std::size_t(i)]);
        }
    };
    // Every lane of a group's subtrees, folded or not (what its row sums up).
    auto collectGroup = [&](int g, int root) {
        stack.push_back(root);
        while (!stack.empty()) {
            const int lane = stack.back();
            stack.pop_back();
            if (rows.groupOfLane[std::size_t(lane)] >= 0 || rows.rowOfLane[std::size_t(lane)] >= 0)
                continue; // already a row of the program's (a task of its own, escaped)
            rows.groupOfLane[std::size_t(lane)] = g;
            rows.groups[std::size_t(g)].lanes.push_back(lane);
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
            walk(lane, false);
    // The program's own tasks that a library's task created (a server's connection handler,
    // which asyncio's _accept_connection2 starts) are the program's: they stay with its lanes,
    // with their subtrees, rather than fold away with their creator.
    auto isProgramTask = [&](int lane) {
        const Core::LaneInfo &info = model.lane(lane);
        const Core::TaskInfo *task
                = info.kind == Core::LaneKind::Task ? model.task(info.id) : nullptr;
        return task && task->origin.kind == Core::SourceKind::Program;
    };
    std::vector<int> escaped;
    for (std::size_t i = 1; i < groupRoots.size(); i += 2) {
        stack.push_back(groupRoots[i]);
        while (!stack.empty()) {
            const int lane = stack.back();
            stack.pop_back();
            if (lane != groupRoots[i] && isProgramTask(lane)) {
                escaped.push_back(lane);
                continue;
            }
            for (int c = offset[std::size_t(lane)]; c < offset[std::size_t(lane) + 1]; ++c)
                stack.push_back(children[std::size_t(c)]);
        }
    }
    std::sort(escaped.begin(), escaped.end()); // in the order they were created
    for (const int lane : escaped)
        walk(lane, false);
    // The program's own lanes above; each library's in one row below them.
    for (std::size_t g = 0; g < rows.groups.size(); ++g) {
        for (std::size_t i = 0; i < groupRoots.size(); i += 2)
            if (groupRoots[i] == int(g))
                collectGroup(int(g), groupRoots[i + 1]);
        const std::vector<int> &lanes = rows.groups[g].lanes;
        if (lanes.empty())
            continue; // only in a malformed tree, where a lane's ancestor is its descendant
        addRow(lanes.front(), -1, -1, int(g));
        if (rows.groups[g].open)
            for (std::size_t i = 0; i < groupRoots.size(); i += 2)
                if (groupRoots[i] == int(g))
                    walk(groupRoots[i + 1], true);
    }
    for (int lane = 0; lane < count; ++lane)
        if (isRoot(lane) && model.lane(lane).kind == Core::LaneKind::Thread)
            walk(lane, false);
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
