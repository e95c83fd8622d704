#pragma once
#include <QSet>
#include <vector>

namespace Core {
class TraceModel;
}

namespace Ui {

//! Which lane is drawn in which row: each event loop followed by its task tree (children right
//! under their parent, in creation order), worker threads last. Lanes under a collapsed task
//! are left out.
struct TimelineRows {
    std::vector<int> lanes; //!< row -> lane
    std::vector<int> rowOfLane; //!< lane -> row, -1 when hidden under a collapsed parent
    std::vector<bool> hasChildren; //!< per lane
    int laneCount = 0; //!< lanes in the model when this was built
};

TimelineRows buildTimelineRows(const Core::TraceModel &model, const QSet<int> &collapsed = {});

} // namespace Ui
