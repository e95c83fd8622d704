#pragma once
#include "tracerecords.h"

#include <QString>
#include <vector>

namespace Core {
class TraceModel;
}

namespace Ui {

//! One coroutine frame on a task's stack for a stretch of time: from the step that entered
//! the await (or the first wait it was seen in) to the end of the last consecutive wait it
//! was still on the stack for.
struct FlameBar {
    Core::TimeNs start = 0, end = 0;
    QString function;     //!< the coroutine's qualified name
    QString file;
    std::uint32_t line = 0; //!< where it awaited, at the first wait of the bar
};

//! The frames of a task lane's await chains over time, one row per depth: [0] is the task's
//! own coroutine (`main`), [1] what it awaited (`fetch_user`), and so on down to the leaf
//! (`sleep`). A frame that stays on the stack across consecutive waits is one bar, so a
//! learner sees that awaiting a coroutine runs inside the same task; the leaf gets one bar per
//! wait. The trace cannot tell two calls from one loop line apart (same await position), so
//! those inner frames join into one bar. Sorted by start, never
//! overlapping within a depth. Empty for lanes that are not tasks or never waited.
std::vector<std::vector<FlameBar>> buildFlameBars(const Core::TraceModel &model, int lane,
                                                  double openEnd = -1);

//! The first bar of a depth that ends after t (binary search); bars.size() if none.
std::size_t firstFlameBar(const std::vector<FlameBar> &bars, double t);

} // namespace Ui
