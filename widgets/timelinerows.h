#pragma once
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace Core {
class TraceModel;
}

namespace Ui {

//! Which lane is drawn in which row: each event loop followed by its task tree (children right
//! under their parent, in creation order), then the library groups, worker threads last. Lanes under a collapsed task
//! are left out; a task expanded into its coroutine frames is followed by one row per depth;
//! counter tracks (tasks per state over time) sit right under the first event loop.
struct TimelineRows {
    std::vector<int> lanes; //!< row -> lane (frame rows repeat their task's lane, counter rows
                            //!< the loop's)
    std::vector<int> frameDepth; //!< row -> -1 for a lane's own row, else its frame depth
    std::vector<int> counter; //!< row -> the counter track it shows (Core::TaskCount), or -1
    //! row -> the library group whose folded lane it is (an index into groups), or -1.
    std::vector<int> group;
    std::vector<int> rowOfLane; //!< lane -> row, -1 when hidden (collapsed parent, filter)
    std::vector<bool> hasChildren; //!< per lane
    //! Tasks whose coroutine is a library's ("uvicorn", "anyio"), one group per library in
    //! the order first met: a single row that sums them up, their lanes under it when open.
    struct Group {
        QString library;
        std::vector<int> lanes; //!< the library's tasks and the tasks they created
        bool open = false;
    };
    std::vector<Group> groups;
    std::vector<int> groupOfLane; //!< lane -> its group, or -1 (the program's own lanes)
    int laneCount = 0; //!< lanes in the model when this was built
    int filteredOut = 0; //!< lanes the filter left out

    bool isLaneRow(int row) const
    {
        return row >= 0 && row < int(lanes.size()) && frameDepth[std::size_t(row)] < 0
               && counter[std::size_t(row)] < 0 && group[std::size_t(row)] < 0;
    }
};

//! What else goes into the rows besides the lanes.
struct TimelineRowOptions {
    //! Lanes a filter kept (filterLanes); nullptr keeps all. A lane the filter left out still
    //! shows when one of its descendants was kept, so the tree stays readable.
    const std::vector<bool> *kept = nullptr;
    int counterRows = 0; //!< counter tracks under the first event loop
    //! Fold library tasks into one group row per library, after the program's own lanes (so
    //! those stay on top); nullptr keeps every task in its tree. The set names the libraries
    //! whose group is open: their lanes follow the group's row.
    const QSet<QString> *openLibraries = nullptr;
};

//! frameRows: task lanes shown expanded into their coroutine frames -> how many frame rows.
TimelineRows buildTimelineRows(const Core::TraceModel &model, const QSet<int> &collapsed = {},
                               const QHash<int, int> &frameRows = {},
                               const TimelineRowOptions &options = {});

//! The lanes a filter text keeps: every word (case-insensitive) must be part of the lane's
//! name, its task's coroutine or file, or be its state ("done", "failed", "cancelled",
//! "pending"), or "loop" / "thread" for those lanes. An empty filter keeps every lane.
std::vector<bool> filterLanes(const Core::TraceModel &model, const QString &filter);

} // namespace Ui
