#include "stepaxis.h"

#include "timelinedrawlist.h"
#include "tracemodel.h"

#include <algorithm>
#include <cmath>

namespace Ui {

using Core::LaneKind;
using Core::SpanKind;

double stepGapWidth(double ns)
{
    if (!(ns > 0))
        return 0;
    // 1 µs -> 0.12, 1 ms -> 0.45, 1 s -> 0.78, 100 s and more -> 1: a wait never looks longer
    // than a step, and the narrowest still leaves a visible seam between two steps.
    return std::clamp(0.12 + 0.11 * std::log10(ns / 1e3), 0.06, 1.0);
}

std::vector<StepBreak> layoutStepAxis(std::vector<AxisStep> &steps,
                                      std::span<const double> instants)
{
    std::vector<StepBreak> breaks;
    breaks.reserve(steps.size() * 2 + instants.size() + 1);
    breaks.push_back({0, 0});
    double pos = 0, last = 0;
    std::size_t next = 0; // the next instant
    auto waitUntil = [&](double t) {
        if (!(t > last))
            return; // the same moment: no width, no corner
        pos += stepGapWidth(t - last);
        last = t;
        breaks.push_back({t, pos});
    };
    for (std::size_t s = 0; s < steps.size();) {
        const double start = std::max(steps[s].start, last);
        // A step takes at least a nanosecond, so its two corners never share a time.
        double end = std::max(steps[s].end, start + 1);
        const std::size_t first = s;
        for (++s; s < steps.size() && steps[s].start < end; ++s)
            end = std::max(end, steps[s].end);
        while (next < instants.size() && instants[next] < start)
            waitUntil(instants[next++]);
        waitUntil(start);
        for (std::size_t k = first; k < s; ++k)
            steps[k].pos = pos; // overlapping steps share the unit
        while (next < instants.size() && instants[next] <= end)
            ++next; // inside the step: it maps linearly, no corner needed
        pos += 1;
        last = end;
        breaks.push_back({end, pos});
    }
    while (next < instants.size())
        waitUntil(instants[next++]);
    return breaks;
}

namespace {

// The corner at or before key (by member). With a hint, gallop from the last answer: views
// ask in time order, mostly a few corners on, so a look-up costs the log of that distance
// rather than of the whole axis.
template<double StepBreak::*Key>
std::size_t cornerBefore(std::span<const StepBreak> breaks, double key, std::size_t *hint)
{
    const std::size_t n = breaks.size();
    std::size_t lo = 0, hi = n; // the answer is in [lo, hi)
    if (hint && *hint < n) {
        std::size_t step = 1;
        if (breaks[*hint].*Key <= key) {
            lo = *hint;
            while (lo + step < n && breaks[lo + step].*Key <= key) {
                lo += step;
                step *= 2;
            }
            hi = std::min(n, lo + step);
        } else {
            hi = *hint;
            while (hi >= step && breaks[hi - step].*Key > key) {
                hi -= step;
                step *= 2;
            }
            lo = hi >= step ? hi - step : 0;
        }
    }
    const auto first = std::upper_bound(breaks.begin() + std::ptrdiff_t(lo),
                                        breaks.begin() + std::ptrdiff_t(hi), key,
                                        [](double k, const StepBreak &b) { return k < b.*Key; });
    const std::size_t i = first == breaks.begin() ? 0 : std::size_t(first - breaks.begin()) - 1;
    if (hint)
        *hint = i;
    return i;
}

} // namespace

double stepPosition(std::span<const StepBreak> breaks, double t, std::size_t *hint)
{
    if (breaks.empty())
        return t / kOutsideNsPerStep;
    if (t <= breaks.front().t)
        return breaks.front().pos + (t - breaks.front().t) / kOutsideNsPerStep;
    if (t >= breaks.back().t)
        return breaks.back().pos + (t - breaks.back().t) / kOutsideNsPerStep;
    const std::size_t i = cornerBefore<&StepBreak::t>(breaks, t, hint);
    const StepBreak &a = breaks[i], &b = breaks[i + 1];
    return a.pos + (t - a.t) / (b.t - a.t) * (b.pos - a.pos);
}

double stepTime(std::span<const StepBreak> breaks, double pos, std::size_t *hint)
{
    if (breaks.empty())
        return pos * kOutsideNsPerStep;
    if (pos <= breaks.front().pos)
        return breaks.front().t + (pos - breaks.front().pos) * kOutsideNsPerStep;
    if (pos >= breaks.back().pos)
        return breaks.back().t + (pos - breaks.back().pos) * kOutsideNsPerStep;
    const std::size_t i = cornerBefore<&StepBreak::pos>(breaks, pos, hint);
    const StepBreak &a = breaks[i], &b = breaks[i + 1];
    return a.t + (pos - a.pos) / (b.pos - a.pos) * (b.t - a.t);
}

std::size_t firstStepFrom(std::span<const AxisStep> steps, double pos)
{
    return std::size_t(std::partition_point(steps.begin(), steps.end(),
                                            [pos](const AxisStep &s) { return s.pos < pos; })
                       - steps.begin());
}

int stepAt(std::span<const AxisStep> steps, double pos)
{
    const auto after = std::partition_point(steps.begin(), steps.end(),
                                            [pos](const AxisStep &s) { return s.pos <= pos; });
    if (after == steps.begin())
        return -1;
    const std::size_t i = std::size_t(after - steps.begin()) - 1;
    return pos < steps[i].pos + 1 ? int(i) : -1;
}

int stepTickStride(double pxPerStep, double minSpacingPx)
{
    if (!(pxPerStep > 0))
        return 1;
    const double wanted = minSpacingPx / pxPerStep;
    for (long long decade = 1;; decade *= 10) {
        for (int m : {1, 2, 5})
            if (double(m * decade) >= wanted)
                return int(std::min<long long>(m * decade, 1 << 30));
        if (decade > (1LL << 40))
            return 1 << 30;
    }
}

void StepAxis::clear()
{
    m_steps.clear();
    m_breaks.clear();
    m_revision = 0;
    m_hint = 0;
}

void StepAxis::build(const Core::TraceModel &model, double openEnd)
{
    m_steps.clear();
    std::vector<double> instants;
    instants.reserve(model.wakeups().size() + model.tasks().size() + 64);
    for (const Core::Wakeup &w : model.wakeups())
        instants.push_back(double(w.t));
    for (const Core::TaskInfo &task : model.tasks())
        instants.push_back(double(task.created));
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        const LaneKind kind = model.lane(lane).kind;
        for (const Core::Span &span : model.spans(lane)) {
            const SpanKind spanKind = model.spanType(span.typeId).kind;
            if (kind == LaneKind::Task) {
                if (spanKind == SpanKind::Running)
                    m_steps.push_back({double(span.start), drawnSpanEnd(model, span, openEnd), 0,
                                       lane});
            } else {
                // The loop's select() waits and the worker threads' jobs: their edges are
                // corners, so a wait reads as a wait and a job's length is bounded by steps.
                instants.push_back(double(span.start));
                if (kind == LaneKind::Thread || !span.isOpen())
                    instants.push_back(drawnSpanEnd(model, span, openEnd));
            }
        }
    }
    const auto &callbacks = model.callbacks();
    for (std::size_t i = 0; i < callbacks.size(); ++i)
        if (const Core::CallbackInfo &cb = callbacks[i]; cb.run) {
            const double start = double(*cb.run);
            const double end = cb.duration >= 0 ? start + double(cb.duration)
                                                : std::max(double(model.endTime()), openEnd);
            m_steps.push_back({start, end, 0, -1, int(i)});
        }
    instants.push_back(std::max(double(model.endTime()), openEnd));
    std::sort(m_steps.begin(), m_steps.end(),
              [](const AxisStep &a, const AxisStep &b) { return a.start < b.start; });
    std::sort(instants.begin(), instants.end());
    m_breaks = layoutStepAxis(m_steps, instants);
    m_revision = model.revision();
    m_hint = 0;
}

} // namespace Ui
