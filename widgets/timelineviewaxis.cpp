// TimelineView's horizontal mapping: zoom, pan, fit and follow, on the time axis or the
// step axis, and switching between the two.
#include "timelineview.h"

#include "tracemodel.h"
#include "uizoom.h"

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr double kMinNsPerPixel = 0.01;
constexpr double kMinStepsPerPixel = 1.0 / 600; // one step across 600 px at most

} // namespace

void TimelineView::setAxis(TimelineAxis axis)
{
    if (axis == m_axis)
        return;
    // Keep showing the same stretch of the run: the times at the view's edges, mapped to
    // the new axis (at least a few steps, or a microsecond, across).
    const double width = plotWidth();
    const double t0 = std::max(0.0, xToTime(m_scale, 0));
    const double t1 = std::max(t0, xToTime(m_scale, width));
    const bool fitted = m_autoFit || !m_model;
    const bool following = m_live && m_follow;
    m_axis = axis;
    refreshStepAxis(true);
    m_painter.metrics.rulerHeight = UiZoom::scaled(axis == TimelineAxis::Steps
                                                           ? TimelineMetrics::kStepRulerHeight
                                                           : TimelineMetrics::kTimeRulerHeight);
    if (fitted || following) {
        setScaleInternal(fittedScale());
        m_autoFit = fitted;
    } else {
        const TimeScale base = withAxis({});
        double p0 = axisPosition(base, t0), p1 = axisPosition(base, t1);
        const double least = axis == TimelineAxis::Steps ? 3.0 : 1e3;
        if (p1 - p0 < least) {
            const double mid = (p0 + p1) / 2;
            p0 = mid - least / 2;
            p1 = mid + least / 2;
        }
        setScaleInternal(clampPan(withAxis({p0, (p1 - p0) / width}), axisEnd(), width));
    }
    updateScrollBars();
    viewport()->update();
    Q_EMIT axisChanged(axis);
}

void TimelineView::refreshStepAxis(bool force)
{
    if (!m_model) {
        m_stepAxis.clear();
        m_stepAxisDirty = false;
        Q_EMIT stepAxisChanged();
        return;
    }
    // While a live clock runs, the open spans at the end grow, and with them the axis.
    const bool growing = liveClockRunning() && m_axis == TimelineAxis::Steps;
    if (!force && !m_stepAxisDirty && !growing)
        return;
    // A million-event run takes a good part of a second to lay out: while records stream in,
    // rebuild at most as often as keeps that cost under an eighth of the time.
    if (!force && m_live && m_sinceStepAxis.isValid()
        && m_sinceStepAxis.nsecsElapsed() < m_stepAxisCostNs * 8) {
        m_stepAxisDirty = true;
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_stepAxis.build(*m_model, m_liveNow > 0 ? m_liveNow : -1);
    m_stepAxisCostNs = timer.nsecsElapsed();
    m_sinceStepAxis.start();
    m_stepAxisDirty = false;
    Q_EMIT stepAxisChanged();
}

void TimelineView::zoomToTimes(double start, double end)
{
    // [start, end] across the middle 60 % of the view.
    const double p0 = axisPosition(m_scale, start), p1 = axisPosition(m_scale, end);
    const double least = m_axis == TimelineAxis::Steps ? 3.0 : 10.0;
    const double mid = (p0 + p1) / 2, span = std::max(p1 - p0, least);
    const double perPixel = std::max(span / (plotWidth() * 0.6), m_axis == TimelineAxis::Steps
                                                                     ? kMinStepsPerPixel
                                                                     : kMinNsPerPixel);
    setTimeScale(withAxis({mid - plotWidth() / 2 * perPixel, perPixel}));
}

void TimelineView::applyFollow()
{
    const double end = axisEnd();
    const double width = plotWidth();
    if (m_scale.origin <= 0) {
        // Start-anchored: zoom out in steps of two so the picture does not crawl every frame.
        double nsPerPixel = m_scale.nsPerPixel;
        while (end > 0.95 * width * nsPerPixel)
            nsPerPixel *= 2;
        m_scale.origin = 0;
        m_scale.nsPerPixel = nsPerPixel;
    } else if (end > xToTime(m_scale, width * 0.95)) {
        m_scale.origin = end - width * 0.9 * m_scale.nsPerPixel;
    }
}


TimeScale TimelineView::withAxis(TimeScale scale) const
{
    scale.steps = m_axis == TimelineAxis::Steps ? &m_stepAxis : nullptr;
    return scale;
}


double TimelineView::axisEnd() const
{
    // From the view's axis, not m_scale's: while switching, the scale is still the old one's.
    return m_axis == TimelineAxis::Steps ? m_stepAxis.position(endTime()) : endTime();
}


TimeScale TimelineView::fittedScale() const
{
    if (m_axis == TimelineAxis::Steps)
        return withAxis(fitRange(0, std::max(axisEnd(), 1.0), plotWidth()));
    // The loop's lifetime, not the interpreter's start-up and imports before it.
    const double start = m_model ? double(m_model->activeStart()) : 0.0;
    return withAxis(fitRange(start, std::max(endTime(), start + 1.0), plotWidth()));
}


void TimelineView::fitAll()
{
    setScaleInternal(fittedScale());
    m_autoFit = true;
    if (m_live && !m_follow) {
        m_follow = true;
        Q_EMIT followLiveChanged(true);
    }
}


void TimelineView::setScaleInternal(const TimeScale &scale)
{
    const bool changed = !(scale == m_scale);
    m_scale = scale;
    updateScrollBars();
    viewport()->update();
    if (changed)
        Q_EMIT timeScaleChanged(m_scale);
}


void TimelineView::setTimeScale(const TimeScale &scale)
{
    // Another view's scale (the compare view keeps two in step) is only meaningful on the
    // same kind of axis; positions on this view's step axis come from this view's run.
    if ((scale.steps != nullptr) != (m_axis == TimelineAxis::Steps))
        return;
    userMovedView();
    setScaleInternal(withAxis(scale));
}


void TimelineView::zoomAt(double plotX, double factor)
{
    userMovedView();
    const bool steps = m_axis == TimelineAxis::Steps;
    // Steps: from the whole run down to one step across most of a wide view.
    const double minPerPixel = steps ? kMinStepsPerPixel : kMinNsPerPixel;
    const double maxPerPixel = std::max(axisEnd(), steps ? 4.0 : 1e9) * 4 / plotWidth();
    TimeScale scale = zoomAround(m_scale, plotX, factor, minPerPixel, maxPerPixel);
    setScaleInternal(clampPan(scale, axisEnd(), plotWidth()));
}


void TimelineView::zoomBy(double factor)
{
    zoomAt(plotWidth() / 2, factor);
}


void TimelineView::panByPixels(double dx)
{
    userMovedView();
    TimeScale scale = m_scale;
    scale.origin += dx * scale.nsPerPixel;
    setScaleInternal(clampPan(scale, axisEnd(), plotWidth()));
}


void TimelineView::revealTime(double t)
{
    userMovedView();
    TimeScale scale = m_scale;
    const double visible = plotWidth() * scale.nsPerPixel;
    const double p = axisPosition(scale, t);
    if (p < scale.origin || p > scale.origin + visible)
        scale.origin = p - visible / 2;
    setScaleInternal(scale);
    m_cursorX = timeToX(m_scale, t);
    viewport()->update();
}

void TimelineView::applyUiScale()
{
    // The labels are drawn in the widget's font, which the zoom scaled: the rows, the ruler
    // and the label column grow with it so nothing is clipped. The label column grows less
    // (at most 1.6 times): past that it would take the plot's width, and long names elide.
    const double f = UiZoom::factor();
    const TimelineMetrics base;
    TimelineMetrics &mt = m_painter.metrics;
    mt.rowHeight = UiZoom::scaled(base.rowHeight);
    mt.labelWidth = int(std::lround(base.labelWidth * std::min(f, 1.6)));
    mt.indent = UiZoom::scaled(base.indent);
    mt.rulerHeight = UiZoom::scaled(m_axis == TimelineAxis::Steps ? TimelineMetrics::kStepRulerHeight
                                                                  : TimelineMetrics::kTimeRulerHeight);
    if (m_autoFit)
        setScaleInternal(fittedScale()); // the plot's width changed with the label column
    styleHeader(); // a style sheet keeps the font it was polished with: polish it again
    layoutHeader();
    updateScrollBars();
    viewport()->update();
}

} // namespace Ui
