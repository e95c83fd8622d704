#include "timelineview.h"

#include "schedulerpanel.h"
#include "timelineaccessible.h"

#include <ctime>

#include "tracemodel.h"

#include <QEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace Ui {

using Core::SpanKind;

namespace {

constexpr int kFrameMs = 16; // ~60 fps: live runs repaint at most this often
constexpr int kScrollUnits = 100000; // the horizontal scroll bar works in fractions of the run


} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    // Lanes and the selected span for screen readers: before anything asks for the interface.
    installTimelineAccessibility(this);
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(QStringLiteral("Timeline"));
    grabGesture(Qt::PinchGesture);
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(kFrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &TimelineView::frameTick);
    horizontalScrollBar()->setRange(0, 0);
    buildHeader();
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (m_syncingScrollBar)
            return;
        const double end = axisEnd();
        const double visible = plotWidth() * m_scale.nsPerPixel;
        const double total = std::max(end, visible);
        userMovedView();
        m_scale.origin = double(value) / kScrollUnits * total;
        viewport()->update();
        Q_EMIT timeScaleChanged(m_scale);
    });
    m_scale = fitRange(0, 1e9, 800);
    updateColours();
    applyUiScale(); // made while the window is zoomed (the guide, a comparison)
}

double TimelineView::plotWidth() const
{
    return std::max(1, viewport()->width() - m_painter.metrics.labelWidth);
}

double TimelineView::endTime() const
{
    return m_model ? std::max({double(m_model->endTime()), m_liveNow, m_minimumEndTime}) : 0;
}

void TimelineView::setMinimumEndTime(double t)
{
    m_minimumEndTime = std::max(0.0, t);
    updateScrollBars();
    viewport()->update();
}

bool TimelineView::liveClockRunning() const
{
    // The virtual clock jumps ahead by amounts the host cannot see: only records move it.
    return m_live && m_model && m_model->hello() && !m_model->hello()->virtualClock
           && !m_model->exit();
}

void TimelineView::updateLiveNow()
{
    if (!liveClockRunning()) {
        m_liveNow = 0;
        return;
    }
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts); // the clock the tracer's time.monotonic_ns() reads
    const double now = double(ts.tv_sec) * 1e9 + double(ts.tv_nsec)
                       - double(m_model->hello()->monoT0Ns);
    m_liveNow = std::max({m_liveNow, now, double(m_model->endTime())});
}

void TimelineView::setModel(const Core::TraceModel *model)
{
    m_model = model;
    m_cursorState.reset();
    if (m_timeCursor >= 0) {
        m_timeCursor = -1;
        Q_EMIT timeCursorChanged(-1);
    }
    m_collapsed.clear();
    m_flames.clear();
    m_framesFolded.clear();
    m_selectedLane = m_selectedSpan = -1;
    rebuildRows();
    m_stepAxis.clear();
    refreshStepAxis(true);
    refreshCounts(true);
    if (expandNewFrames())
        rebuildRows();
    if (m_model && m_model->endTime() > 0)
        fitAll();
    else {
        setScaleInternal(withAxis(fitRange(0, m_axis == TimelineAxis::Steps ? 4 : 1e9,
                                           plotWidth())));
        m_autoFit = false;
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineView::modelUpdated()
{
    m_modelDirty = true;
    m_stepAxisDirty = true;
    m_cursorState.reset();
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void TimelineView::frameTick()
{
    const bool ticking = liveClockRunning();
    if (!m_modelDirty && !ticking && !m_stepAxisDirty) {
        m_liveNow = 0;
        return;
    }
    m_modelDirty = false;
    updateLiveNow();
    if (m_model && !m_flames.isEmpty())
        refreshFlames();
    if (expandNewFrames())
        rebuildRows();
    refreshStepAxis(false);
    refreshCounts(false);
    refreshGroupCounts(false);
    if (ticking || m_stepAxisDirty)
        m_frameTimer.start(); // open spans grow with the clock: one repaint per frame
    // A filter on states ("done", "failed") changes as tasks end; counter rows come with
    // enough tasks.
    if (m_model
        && (m_model->laneCount() != m_rows.laneCount || !m_filter.trimmed().isEmpty()
            || countersShown() != m_rowsHaveCounters))
        rebuildRows();
    if (m_live && m_follow)
        applyFollow();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setLive(bool live)
{
    m_live = live;
    if (!live)
        m_liveNow = 0;
    if (!live && m_follow && m_model)
        fitAll(); // the run ended: show all of it
    modelUpdated();
}

void TimelineView::setFollowLive(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (follow)
        modelUpdated();
    Q_EMIT followLiveChanged(follow);
}

void TimelineView::userMovedView()
{
    m_autoFit = false;
    if (m_live && m_follow) {
        m_follow = false;
        Q_EMIT followLiveChanged(false);
    }
}

void TimelineView::rebuildRows()
{
    ++m_rowsGeneration;
    if (!m_model) {
        m_rows = {};
        return;
    }
    QHash<int, int> frameRows;
    for (auto it = m_flames.cbegin(); it != m_flames.cend(); ++it)
        frameRows.insert(it.key(), int(it->size()));
    TimelineRowOptions options;
    if (m_filter.trimmed().isEmpty()) {
        m_kept.clear();
    } else {
        m_kept = filterLanes(*m_model, m_filter);
        options.kept = &m_kept;
    }
    options.counterRows = countersShown() ? Core::kTaskCountKinds : 0;
    m_rowsHaveCounters = options.counterRows > 0;
    options.openLibraries = &m_openLibraries;
    m_rows = buildTimelineRows(*m_model, m_collapsed, frameRows, options);
    refreshGroupCounts(true);
    syncHeader();
}

void TimelineView::setFramesExpanded(int lane, bool expanded)
{
    if (!m_model || lane < 0 || lane >= m_model->laneCount() || expanded == framesExpanded(lane))
        return;
    if (expanded)
        m_framesFolded.remove(lane);
    else
        m_framesFolded.insert(lane);
    if (expanded) {
        if (!TimelinePainter::hasFlameToggle(*m_model, lane))
            return;
        m_flames.insert(lane, buildFlameBars(*m_model, lane, m_liveNow > 0 ? m_liveNow : -1));
    } else {
        m_flames.remove(lane);
    }
    rebuildRows();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setAllFramesShown(bool shown)
{
    if (shown == m_allFrames)
        return;
    m_allFrames = shown;
    m_framesFolded.clear();
    if (!shown)
        m_flames.clear();
    else
        expandNewFrames();
    rebuildRows();
    updateScrollBars();
    viewport()->update();
    Q_EMIT allFramesShownChanged(shown);
}

bool TimelineView::expandNewFrames()
{
    constexpr std::size_t kMostTasks = 40; // beyond this, rows of frames bury the lanes
    if (!m_allFrames || !m_model || m_model->tasks().size() > kMostTasks)
        return false;
    bool added = false;
    for (const Core::TaskInfo &task : m_model->tasks()) {
        if (task.lane < 0 || m_flames.contains(task.lane) || m_framesFolded.contains(task.lane)
            || !TimelinePainter::hasFlameToggle(*m_model, task.lane))
            continue;
        m_flames.insert(task.lane, buildFlameBars(*m_model, task.lane, m_liveNow > 0 ? m_liveNow : -1));
        added = true;
    }
    return added;
}

void TimelineView::refreshFlames()
{
    // Live runs: the open stacks grow and new waits add bars (and sometimes depth).
    bool depthChanged = false;
    for (auto it = m_flames.begin(); it != m_flames.end(); ++it) {
        auto bars = buildFlameBars(*m_model, it.key(), m_liveNow > 0 ? m_liveNow : -1);
        depthChanged |= bars.size() != it->size();
        *it = std::move(bars);
    }
    if (depthChanged)
        rebuildRows();
}

void TimelineView::updateScrollBars()
{
    const TimelineMetrics &mt = m_painter.metrics;
    const int contentHeight = int(m_rows.lanes.size()) * mt.rowHeight;
    const int visibleHeight = std::max(0, viewport()->height() - mt.rulerHeight);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visibleHeight + mt.rowHeight / 2));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(mt.rowHeight);

    m_syncingScrollBar = true;
    const double visible = plotWidth() * m_scale.nsPerPixel;
    const double total = std::max(axisEnd(), visible);
    const int page = int(std::round(kScrollUnits * visible / total));
    horizontalScrollBar()->setRange(0, std::max(0, kScrollUnits - page));
    horizontalScrollBar()->setPageStep(std::max(1, page));
    horizontalScrollBar()->setSingleStep(std::max(1, page / 10));
    horizontalScrollBar()->setValue(int(std::round(std::max(0.0, m_scale.origin) / total * kScrollUnits)));
    m_syncingScrollBar = false;
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update(); // everything is painted from the scroll values
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    TimelineFrame frame;
    frame.size = viewport()->size();
    frame.scale = m_scale;
    frame.scrollY = verticalScrollBar()->value();
    frame.selectedLane = m_selectedLane;
    frame.selectedSpan = m_selectedSpan;
    frame.selectedFrameDepth = m_selectedFrame.first;
    frame.selectedFrame = m_selectedFrame.second;
    frame.cursorX = m_cursorX;
    frame.collapsed = m_collapsed;
    frame.openEnd = m_liveNow > 0 ? m_liveNow : -1;
    frame.live = m_live && m_model && !m_model->exit();
    frame.flames = &m_flames;
    frame.timeCursor = m_timeCursor;
    frame.events = &m_stepAxis;
    frame.counts = countersShown() ? &m_counts : nullptr;
    frame.groupCounts = &m_groupCounts;
    if (!m_model) {
        painter.fillRect(rect(), m_painter.palette.background);
        painter.setPen(m_painter.palette.mutedText);
        // Wrapped, with a margin: a translation or a narrow window must not cut it off.
        painter.drawText(viewport()->rect().adjusted(12, 0, -12, 0),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run a program (F5) or open a recording to see its timeline."));
        return;
    }
    m_painter.paint(painter, *m_model, m_rows, frame);
    if (m_model->laneCount() == 0 && !m_live) {
        // A syntax error, an import error or an interpreter that would not start: an empty
        // ruler alone looks like a broken view.
        painter.setPen(m_painter.palette.mutedText);
        painter.drawText(viewport()->rect().adjusted(12, 0, -12, 0),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("No event loop ran. The Output below says why."));
    }
    if (m_timeCursor >= 0)
        paintTimeCursor(painter);
}

void TimelineView::setTimeCursor(double t)
{
    if (t >= 0 && m_model)
        t = m_live ? t : std::clamp(t, 0.0, std::max(endTime(), 0.0)); // live: a run-to target
    else
        t = -1;
    if (t == m_timeCursor)
        return;
    m_timeCursor = t;
    m_cursorState.reset();
    viewport()->update();
    Q_EMIT timeCursorChanged(t);
}

const Core::SchedulerState *TimelineView::cursorState() const
{
    if (!m_model || m_timeCursor < 0)
        return nullptr;
    if (!m_cursorState)
        m_cursorState = Core::reconstructAt(*m_model, Core::TimeNs(std::llround(m_timeCursor)));
    return &*m_cursorState;
}

QString TimelineView::laneStateAtCursor(int lane) const
{
    const Core::SchedulerState *state = cursorState();
    if (!state || lane < 0 || lane >= m_model->laneCount()
        || m_model->lane(lane).kind != Core::LaneKind::Task)
        return {};
    const Core::Id id = m_model->lane(lane).id;
    for (const Core::TaskAt &t : state->tasks)
        if (t.task == id)
            return taskPhaseText(t);
    return {};
}

double TimelineView::adjacentEventTime(double t, int dir) const
{
    if (!m_model)
        return t;
    const auto at = Core::TimeNs(std::llround(t));
    std::optional<Core::TimeNs> best;
    auto consider = [&](Core::TimeNs c) {
        if ((dir > 0 && c > at) || (dir < 0 && c < at))
            if (!best || (dir > 0 ? c < *best : c > *best))
                best = c;
    };
    for (int lane = 0; lane < m_model->laneCount(); ++lane) {
        const int count = m_model->spanCount(lane);
        if (!count)
            continue;
        // Spans of a lane are in start order: look at the ones around t only.
        const int last = m_model->lastIndex(lane, at);
        for (int i = std::max(0, last - 1); i <= std::min(count - 1, last + 1); ++i) {
            const Core::Span &s = m_model->span(lane, i);
            consider(s.start);
            if (!s.isOpen())
                consider(m_model->spanEnd(s));
        }
        if (dir < 0 && last >= 0) {
            // Nested or equal starts: step back to the one before the first at t.
            int i = last;
            while (i > 0 && m_model->span(lane, i).start >= at)
                --i;
            consider(m_model->span(lane, i).start);
        }
    }
    return best ? double(*best) : t;
}

double TimelineView::cursorTimeAt(QPoint pos) const
{
    return std::max(0.0, xToTime(m_scale, pos.x() - m_painter.metrics.labelWidth));
}

void TimelineView::paintTimeCursor(QPainter &painter)
{
    // The painter draws the line and its time on the ruler; here each task lane's state at
    // the cursor, next to the line.
    const TimelineMetrics &mt = m_painter.metrics;
    const double x = mt.labelWidth + timeToX(m_scale, m_timeCursor);
    if (x < mt.labelWidth || x > viewport()->width())
        return;
    painter.save();
    const QColor colour = TimelinePainter::timeCursorColour();
    QFont f = painter.font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    painter.setFont(f);
    const QFontMetrics fm(f);
    const int scrollY = verticalScrollBar()->value();
    for (std::size_t row = 0; row < m_rows.lanes.size(); ++row) {
        if (!m_rows.isLaneRow(int(row)))
            continue;
        const int top = mt.rulerHeight + int(row) * mt.rowHeight - scrollY;
        if (top + mt.rowHeight < mt.rulerHeight || top > viewport()->height())
            continue;
        const QString state = laneStateAtCursor(m_rows.lanes[row]);
        if (state.isEmpty())
            continue;
        const QString text = fm.elidedText(state, Qt::ElideRight, 200);
        QRectF box(x + 4, top + 2, fm.horizontalAdvance(text) + 8, mt.rowHeight - 4);
        if (box.right() > viewport()->width())
            box.moveRight(x - 4);
        QColor back = m_painter.palette.background;
        back.setAlpha(215);
        painter.fillRect(box, back);
        painter.setPen(QPen(colour, 1));
        painter.drawRect(box);
        painter.setPen(m_painter.palette.text);
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    layoutHeader();
    // A fitted view stays fitted when the window or a dock changes size.
    if (m_autoFit && !(m_live && m_follow))
        m_scale = fittedScale();
    updateScrollBars();
    Q_EMIT timeScaleChanged(m_scale);
}

std::pair<int, int> TimelineView::hitTest(QPoint pos) const
{
    if (!m_model)
        return {-1, -1};
    const TimelineMetrics &mt = m_painter.metrics;
    if (pos.y() < mt.rulerHeight)
        return {-1, -1};
    const int row = (pos.y() - mt.rulerHeight + verticalScrollBar()->value()) / mt.rowHeight;
    if (row < 0 || row >= int(m_rows.lanes.size()))
        return {-1, -1};
    const int lane = m_rows.lanes[std::size_t(row)];
    if (m_rows.counter[std::size_t(row)] >= 0 || m_rows.group[std::size_t(row)] >= 0)
        return {-1, -1}; // a counter track or a library's row sums up many lanes
    if (pos.x() < mt.labelWidth || m_rows.frameDepth[std::size_t(row)] >= 0)
        return {lane, -1};
    return {lane, spanAt(*m_model, lane, m_scale, pos.x() - mt.labelWidth, 2.0,
                         m_liveNow > 0 ? m_liveNow : -1)};
}

QPoint TimelineView::spanPosition(int lane, int span) const
{
    if (!m_model || lane < 0 || lane >= int(m_rows.rowOfLane.size())
        || m_rows.rowOfLane[std::size_t(lane)] < 0)
        return {-1, -1};
    const TimelineMetrics &mt = m_painter.metrics;
    const int y = mt.rulerHeight + m_rows.rowOfLane[std::size_t(lane)] * mt.rowHeight
                  - verticalScrollBar()->value() + mt.rowHeight / 2;
    if (span < 0)
        return {mt.labelWidth / 2, y};
    const Core::Span &s = m_model->span(lane, span);
    const double x0 = timeToX(m_scale, double(s.start));
    const double x1 = std::max(x0 + 1, timeToX(m_scale, double(m_model->spanEnd(s))));
    return {mt.labelWidth + int(std::floor((x0 + x1) / 2)), y};
}

void TimelineView::selectSpan(int lane, int span)
{
    if (!m_model || lane >= m_model->laneCount())
        return;
    if (lane >= 0 && span >= m_model->spanCount(lane))
        span = -1;
    m_selectedFrame = {-1, -1};
    m_selectedLane = lane;
    m_selectedSpan = lane < 0 ? -1 : span;
    if (lane >= 0) {
        // A lane inside a collapsed subtree: open its ancestors first.
        bool reopened = false;
        for (int p = m_model->lane(lane).parent; p >= 0; p = m_model->lane(p).parent)
            reopened |= m_collapsed.remove(p);
        // A library's task folded into its group's row: open the group.
        if (lane < int(m_rows.groupOfLane.size()) && m_rows.groupOfLane[std::size_t(lane)] >= 0)
            if (const auto &g = m_rows.groups[std::size_t(m_rows.groupOfLane[std::size_t(lane)])];
                !g.open) {
                m_openLibraries.insert(g.library);
                reopened = true;
            }
        if (reopened)
            rebuildRows();
        if (lane < int(m_rows.rowOfLane.size()))
            scrollRowIntoView(m_rows.rowOfLane[std::size_t(lane)]);
        if (span >= 0) {
            const Core::Span &s = m_model->span(lane, span);
            const double x0 = timeToX(m_scale, double(s.start));
            if (x0 > plotWidth() || timeToX(m_scale, double(m_model->spanEnd(s))) < 0)
                revealTime(double(s.start));
        }
    }
    viewport()->update();
    Q_EMIT spanSelected(m_selectedLane, m_selectedSpan);
}

void TimelineView::selectFrame(int lane, int depth, int index)
{
    if (!frameBar(lane, depth, index))
        return;
    selectSpan(lane, -1);
    m_selectedFrame = {depth, index};
    viewport()->update();
    Q_EMIT frameSelected(lane, depth, index);
}

std::optional<FlameBar> TimelineView::frameBar(int lane, int depth, int index) const
{
    const auto it = m_flames.constFind(lane);
    if (it == m_flames.cend() || depth < 0 || depth >= int(it->size()) || index < 0
        || index >= int((*it)[std::size_t(depth)].size()))
        return std::nullopt;
    return (*it)[std::size_t(depth)][std::size_t(index)];
}

void TimelineView::scrollRowIntoView(int row)
{
    if (row < 0)
        return;
    const TimelineMetrics &mt = m_painter.metrics;
    const int top = row * mt.rowHeight;
    const int visible = viewport()->height() - mt.rulerHeight;
    QScrollBar *bar = verticalScrollBar();
    if (top < bar->value())
        bar->setValue(top);
    else if (top + mt.rowHeight > bar->value() + visible)
        bar->setValue(top + mt.rowHeight - visible);
}

void TimelineView::setDarkOverride(std::optional<bool> dark)
{
    m_darkOverride = dark;
    updateColours();
}

void TimelineView::updateColours()
{
    const bool dark = m_darkOverride.value_or(TimelinePalette::isDark(palette()));
    m_painter.palette = dark ? TimelinePalette::darkPalette() : TimelinePalette::light();
    styleHeader();
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        updateColours();
    else if (event->type() == QEvent::FontChange)
        applyUiScale();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace Ui
