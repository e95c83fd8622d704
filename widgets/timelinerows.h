#pragma once
#include <QHash>
#include <QSet>
#include <vector>

namespace Core {
class TraceModel;
}

namespace Ui {

//! Which lane is drawn in which row: each event loop followed by its task tree (children right
//! under their parent, in creation order), worker threads last. Lanes under a collapsed task
//! are left out; a task expanded into its coroutine frames is followed by one row per depth.
struct TimelineRows {
    std::vector<int> lanes; //!< row -> lane (a frame row repeats its task's lane)
    std::vector<int> frameDepth; //!< row -> -1 for a lane's own row, else its frame depth
    std::vector<int> rowOfLane; //!< lane -> row, -1 when hidden under a collapsed parent
    std::vector<bool> hasChildren; //!< per lane
    int laneCount = 0; //!< lanes in the model when this was built
};

//! frameRows: task lanes shown expanded into their coroutine frames -> how many frame rows.
TimelineRows buildTimelineRows(const Core::TraceModel &model, const QSet<int> &collapsed = {},
                               const QHash<int, int> &frameRows = {});

} // namespace Ui
