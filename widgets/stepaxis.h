#pragma once
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace Core {
class TraceModel;
}

namespace Ui {

//! One corner of the step axis's piecewise-linear map: trace time t (ns) sits at step
//! position pos. Corners are strictly increasing in both t and pos.
struct StepBreak {
    double t = 0;
    double pos = 0;
};

//! A task step or a callback the loop ran, as the step axis lays it out.
struct AxisStep {
    double start = 0, end = 0; //!< trace time (ns)
    double pos = 0; //!< where it begins on the step axis; a step is 1 wide
    int lane = -1; //!< the task's lane; -1 for a callback
    int callback = -1; //!< for a callback: its index in TraceModel::callbacks()
};

//! How wide a wait of ns between two events is drawn on the step axis (a step is 1 wide):
//! nothing for no time at all, then growing with the logarithm of the wait, so the order of
//! events dominates yet a one-second sleep still looks longer than microseconds of loop work.
double stepGapWidth(double ns);

//! Lays out the step axis. steps (sorted by start) each get one unit, in the order the loop
//! ran them; steps that overlap in time (loops in other threads) share their unit. Between
//! them, every instant (sorted; a wake-up, a select() boundary) is a corner, and each wait
//! between two corners is compressed to stepGapWidth. Sets each step's pos. The first corner
//! is {0, 0}, the trace's start.
std::vector<StepBreak> layoutStepAxis(std::vector<AxisStep> &steps,
                                      std::span<const double> instants);

//! Trace time -> step position, linear between corners; outside them one step per
//! kOutsideNsPerStep. hint (optional) remembers the last corner found: views ask in time
//! order, so most look-ups start right there instead of bisecting.
double stepPosition(std::span<const StepBreak> breaks, double t, std::size_t *hint = nullptr);
//! Step position -> trace time, the inverse of stepPosition.
double stepTime(std::span<const StepBreak> breaks, double pos, std::size_t *hint = nullptr);
constexpr double kOutsideNsPerStep = 1e6;

//! The step whose unit holds pos, or -1 when pos falls in a wait between steps.
int stepAt(std::span<const AxisStep> steps, double pos);
//! The first step that begins at or after pos (steps.size() if none).
std::size_t firstStepFrom(std::span<const AxisStep> steps, double pos);

//! Every how many steps the step ruler puts a labelled tick, from 1, 2, 5, 10, 20...: the
//! smallest stride that keeps labels minSpacingPx apart when a step and its wait take
//! pxPerStep on average.
int stepTickStride(double pxPerStep, double minSpacingPx);

//! The step axis of one run: where each task step and callback sits when every one of them is
//! drawn equally wide (TimeScale::steps points here). Built from a model, rebuilt as it grows.
class StepAxis
{
public:
    //! openEnd >= 0: a live run's "now", the end of open spans.
    void build(const Core::TraceModel &model, double openEnd = -1);
    void clear();

    double position(double t) const { return stepPosition(m_breaks, t, &m_hint); }
    double time(double pos) const { return stepTime(m_breaks, pos, &m_hint); }
    //! The position of the last corner (the run's end as far as it was built).
    double endPosition() const { return m_breaks.empty() ? 0 : m_breaks.back().pos; }
    const std::vector<AxisStep> &steps() const { return m_steps; }
    const std::vector<StepBreak> &breaks() const { return m_breaks; }
    //! The model revision and the live end it was built from.
    std::uint64_t revision() const { return m_revision; }

private:
    std::vector<AxisStep> m_steps;
    std::vector<StepBreak> m_breaks;
    std::uint64_t m_revision = 0;
    mutable std::size_t m_hint = 0;
};

} // namespace Ui
