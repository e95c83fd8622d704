#pragma once
#include "timescale.h"

#include <cstdint>
#include <vector>

namespace Core {
class TraceModel;
struct Span;
}

namespace Ui {

//! One rectangle to draw on a lane: a single span, or a run of spans too narrow to tell apart
//! folded into one (first < last), coloured like the longest span it holds.
struct DrawItem {
    double x0 = 0, x1 = 0; //!< plot-area pixels, x1 - x0 >= 1
    std::uint32_t typeId = 0;
    int first = 0, last = 0; //!< span indices covered
    bool marker = false; //!< a zero-length end marker (done / cancelled / failed)
    int count() const { return last - first + 1; }
    bool folded() const { return last > first; }
};

//! The draw list of one lane for the visible width: only spans between firstIndex and lastIndex
//! are looked at, every span ends up inside an item at least one pixel wide, and runs of spans
//! narrower than foldPx are folded. Inside a folded run the walk jumps by binary search to the
//! first span that reaches past the run, so the work is per pixel, not per span.
//! openEnd >= 0: open spans end there (a live run's "now") instead of at the model's end time.
void buildLaneItems(const Core::TraceModel &model, int lane, const TimeScale &scale, double width,
                    std::vector<DrawItem> &out, double foldPx = 3.0, double openEnd = -1);
//! Where a span ends on screen: its end, or for an open span the later of openEnd and the
//! model's end time.
double drawnSpanEnd(const Core::TraceModel &model, const Core::Span &span, double openEnd);

//! The span of the lane under x (plot-area pixels), allowing tolerancePx for thin and zero-length
//! spans; -1 if none.
int spanAt(const Core::TraceModel &model, int lane, const TimeScale &scale, double x,
           double tolerancePx = 2.0, double openEnd = -1);

} // namespace Ui
