#pragma once
#include <QString>

namespace Ui {

class StepAxis;

//! The horizontal mapping of the timeline: which trace time sits at x = 0 of the plot area and
//! how many nanoseconds one pixel spans. Doubles, because an hour is 3.6e12 ns and zoom goes
//! down to fractions of a nanosecond per pixel.
//! On the step axis (steps set) times first go through the step axis to step positions, and
//! origin and nsPerPixel are in steps: every function here then works on positions, and
//! timeToX / xToTime still take and give trace times.
struct TimeScale {
    double origin = 0; //!< trace time (ns) at x = 0; on the step axis, a step position
    double nsPerPixel = 1e6; //!< on the step axis: steps per pixel
    const StepAxis *steps = nullptr; //!< the step axis, or nullptr for the time axis
    bool operator==(const TimeScale &) const = default;
};

double timeToX(const TimeScale &scale, double t);
double xToTime(const TimeScale &scale, double x);
//! The axis coordinate of time t: t itself on the time axis, its step position on the step axis.
double axisPosition(const TimeScale &scale, double t);
double axisTime(const TimeScale &scale, double position);

//! Zooms by factor (> 1 zooms in) keeping the time under x where it is; nsPerPixel is clamped
//! to [minNsPerPixel, maxNsPerPixel].
TimeScale zoomAround(const TimeScale &scale, double x, double factor, double minNsPerPixel,
                     double maxNsPerPixel);

//! Shows [start, end] (axis positions) across width pixels, with a small margin on the right so the last span
//! and its end marker are not glued to the border. An empty range shows one second.
TimeScale fitRange(double start, double end, double width);

//! Keeps the view from drifting off the trace: origin in [-margin, end - a little] (end is an
//! axis position).
TimeScale clampPan(const TimeScale &scale, double end, double width);

//! Ruler tick spacing in ns from the 1-2-5 series so ticks are at least minSpacingPx apart.
double tickStep(double nsPerPixel, double minSpacingPx);

//! A ruler label for time t when ticks are step apart: the unit follows the step (ns, µs, ms,
//! s, min) and the decimals are just enough to tell neighbouring ticks apart.
QString formatTick(double t, double step);

//! A time on a ruler whose ticks are step apart, to within precision (< step): the ruler's own
//! unit, with the decimals precision needs. The hover badge and the time cursor use it so
//! that one ruler never mixes units ("1022.5 ms" ticks, "1022.506 ms" badge).
QString formatTickPrecise(double t, double step, double precision);

//! A duration for tooltips and the inspector, three significant digits: "850 µs", "1.25 s".
QString formatDuration(double ns);

} // namespace Ui
