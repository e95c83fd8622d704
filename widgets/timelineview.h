#pragma once
#include "schedulerstate.h"
#include "stepaxis.h"
#include "taskcounts.h"
#include "timelinepainter.h"
#include "timelinerows.h"
#include "timescale.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QPoint>
#include <QTimer>
#include <optional>

class QLabel;
class QLineEdit;
class QToolButton;

namespace Core {
class TraceModel;
}

namespace Ui {

//! What the timeline's x axis measures: trace time, or the steps the loop ran (each task step
//! and callback equally wide, in the order they ran, the waits between them compressed).
enum class TimelineAxis { Time, Steps };

//! The live timeline: one row per event loop, task (nested under its parent) and worker thread.
//! Zoom around the cursor (Ctrl+wheel, pinch, +/-), pan (drag, wheel, arrows), fit all, follow
//! the end of a live run; hover for details, click to select a span. Model updates are
//! coalesced into at most one repaint per frame.
//! Keys (focus on the timeline): + / - zoom around the pointer, time cursor or selection;
//! 0 fit all; Left / Right pan (Shift: a page); Home / End the start / the end (live: follow);
//! L follow live on / off; Up / Down the lane above / below; Ctrl+Left / Ctrl+Right the
//! previous / next span of the lane; Enter inspect the selection; Z or Space zoom to the
//! selected span; C fold / unfold its child tasks; F its coroutine frames; , / . the time
//! cursor to the previous / next event; Esc remove the time cursor, then the selection;
//! S the time axis or the step axis; / the lane filter.
//! Above the ruler, a bar with the Time / Steps switch, the lane filter (name, coroutine,
//! state) and the Counts switch for counter tracks (tasks per state over time).
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    //! Shows a model (not owned; nullptr for none). The view keeps its zoom when asked to.
    void setModel(const Core::TraceModel *model);
    const Core::TraceModel *model() const { return m_model; }
    //! The model received records: repaint at the next frame, not now.
    void modelUpdated();
    //! A run is streaming into the model: follow live applies while this is set.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    //! During a live real-clock run: the trace time of "now", to which open spans grow between
    //! records (0 otherwise). From the HELLO's monotonic t0, refreshed once per frame.
    double liveNow() const { return m_liveNow; }
    void setFollowLive(bool follow);
    bool followLive() const { return m_follow; }

    //! Time or steps on the x axis; the view keeps showing the same stretch of the run.
    void setAxis(TimelineAxis axis);
    TimelineAxis axis() const { return m_axis; }
    //! Shows only the lanes whose name, coroutine or state contain every word of filter (and
    //! the lanes above them). The bar's filter field edits the same.
    void setLaneFilter(const QString &filter);
    QString laneFilter() const { return m_filter; }
    //! Counter tracks under the event loop: how many tasks run, are ready, sleep, wait on I/O,
    //! on a lock or queue, or await a task, over time (of the lanes the filter keeps). Shown
    //! by default when a run has many tasks.
    void setCountersShown(bool shown);
    bool countersShown() const;
    const Core::TaskCounts &taskCounts() const { return m_counts; }
    //! Library tasks (uvicorn, anyio, aiohttp internals) fold into one row per library under
    //! the program's own lanes; a click on that row (or selecting one of its tasks) opens it.
    void setLibraryOpen(const QString &library, bool open);
    bool libraryOpen(const QString &library) const { return m_openLibraries.contains(library); }
    //! The library group row under a viewport position (TimelineRows::groups), or -1.
    int groupAt(QPoint pos) const;
    //! "uvicorn: 12 tasks, 3 running at 1.2 s" for a library group's row at time t.
    QString groupToolTip(int group, double t) const;
    //! The bar above the ruler (axis switch, lane filter, counts switch).
    QWidget *headerBar() const { return m_header; }
    //! The run's steps as the step axis lays them out (also kept on the time axis, where it
    //! finds the events that share a pixel).
    const StepAxis &stepAxis() const { return m_stepAxis; }

    void fitAll();
    void zoomBy(double factor); //!< around the view's centre
    void setTimeScale(const TimeScale &scale);
    TimeScale timeScale() const { return m_scale; }
    //! The time axis reaches at least to t (ns) even when the model ends earlier, so fit all,
    //! zoom limits and panning match a longer run shown alongside (the compare view).
    void setMinimumEndTime(double t);
    //! Scrolls so that t is in the middle (keeps the zoom), e.g. for an output line.
    void revealTime(double t);

    //! Selects a span (span -1: the whole lane) and scrolls it into view; emits spanSelected.
    void selectSpan(int lane, int span);
    int selectedLane() const { return m_selectedLane; }
    int selectedSpan() const { return m_selectedSpan; }
    //! Selects a coroutine frame in an expanded task's frame rows (a click on it does the same);
    //! emits spanSelected(lane, -1) and frameSelected.
    void selectFrame(int lane, int depth, int index);
    //! The selected frame's {depth, index}, or {-1, -1}.
    std::pair<int, int> selectedFrame() const { return m_selectedFrame; }
    //! A frame bar of an expanded lane, if there is one at {lane, depth, index}.
    std::optional<FlameBar> frameBar(int lane, int depth, int index) const;

    //! Expands a task lane into rows for the coroutine frames on its stack over time (its
    //! await chains), or folds them away. Also: the lane's "ƒ" toggle, or F on a selected lane.
    void setFramesExpanded(int lane, bool expanded);
    bool framesExpanded(int lane) const { return m_flames.contains(lane); }
    //! Every task lane shows its coroutine frames, new lanes too (a lesson's "frames": true),
    //! up to a few dozen tasks; a lane the learner folds stays folded.
    void setAllFramesShown(bool shown);
    bool allFramesShown() const { return m_allFrames; }
    const QHash<int, std::vector<std::vector<FlameBar>>> &flames() const { return m_flames; }

    //! The time cursor (replay scrubbing): a vertical line at trace time t (ns); t < 0 hides
    //! it. Set by clicking or dragging on the ruler, dragging the line, or , and . (previous /
    //! next event time). Each task lane shows its state at the cursor.
    void setTimeCursor(double t);
    double timeCursor() const { return m_timeCursor; }
    bool hasTimeCursor() const { return m_timeCursor >= 0; }
    //! The nearest event time (a span starting or ending) strictly before (dir < 0) or after
    //! (dir > 0) t; t itself when there is none.
    double adjacentEventTime(double t, int dir) const;
    //! The scheduler at the cursor (valid while hasTimeCursor() and a model is shown).
    const Core::SchedulerState *cursorState() const;
    //! "ready", "running", "waiting: sleep(0.5)", "done"... for a task lane at the cursor.
    QString laneStateAtCursor(int lane) const;

    //! Forces light or dark colours; std::nullopt follows the widget palette.
    void setDarkOverride(std::optional<bool> dark);

    // Geometry, for tests and the inspector.
    const TimelineRows &rows() const { return m_rows; }
    //! Bumped whenever the rows are rebuilt (fold, filter, new lanes): a cheap "did they change".
    std::uint64_t rowsGeneration() const { return m_rowsGeneration; }
    const TimelineMetrics &metrics() const { return m_painter.metrics; }
    //! {lane, span} under a viewport position; span -1 on the label column or empty space,
    //! lane -1 outside any row.
    std::pair<int, int> hitTest(QPoint pos) const;
    //! Viewport position of the middle of a span (at least one pixel wide) or of a lane label.
    QPoint spanPosition(int lane, int span) const;
    QString toolTipFor(int lane, int span) const;
    //! The topmost mark of the last frame under a viewport position (ruler labels, badges,
    //! arrows, print markers, blocked labels, counts of events sharing a pixel, frame bars).
    std::optional<TimelineMark> markAt(QPoint pos) const;
    QString toolTipForMark(const TimelineMark &mark) const;
    //! The counter row under a viewport position (a Core::TaskCount), or -1.
    int counterAt(QPoint pos) const;
    //! "sleeping: 734 tasks at 1.23 s (up to 1,000)" for a counter track at time t.
    QString counterToolTip(int kind, double t) const;
    //! The marks the last frame drew, in viewport coordinates.
    const std::vector<TimelineMark> &marks() const { return m_painter.marks(); }
    //! The last frame's groups of events that shared a pixel (MarkKind::Instants).
    const std::vector<InstantCluster> &instantClusters() const { return m_painter.instants(); }
    //! Which wake-ups the last frame drew arrows for, and how many were in view.
    const std::vector<int> &drawnArrows() const { return m_painter.drawnArrows(); }
    int arrowsInView() const { return m_painter.arrowsInView(); }
    //! Acts on a mark as a click would: a blocked label selects its step, a count of events
    //! zooms in until they stand apart, the axis toggle switches the axis.
    bool activateMark(const TimelineMark &mark);
    double plotWidth() const;

Q_SIGNALS:
    void spanSelected(int lane, int span);
    //! A coroutine frame was selected (after spanSelected for its lane).
    void frameSelected(int lane, int depth, int index);
    //! Enter on a selection: show it in the inspector (the window raises its dock).
    void inspectRequested(int lane, int span);
    void followLiveChanged(bool follow);
    //! The time cursor moved (t < 0: removed).
    void timeCursorChanged(double t);
    //! The ns <-> x mapping changed (zoom, pan, scroll bar, fit, resize of a fitted view).
    void timeScaleChanged(const Ui::TimeScale &scale);
    void axisChanged(Ui::TimelineAxis axis);
    void allFramesShownChanged(bool shown);
    //! The step axis was rebuilt (a new model, or the run grew): the event log follows it.
    void stepAxisChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void frameTick();
    void rebuildRows();
    void updateScrollBars();
    void applyFollow();
    void userMovedView();
    void zoomAt(double plotX, double factor);
    void zoomToSpan(int lane, int span);
    double keyboardZoomAnchor() const;
    void goToEnd();
    void panByPixels(double dx);
    void setScaleInternal(const TimeScale &scale);
    void updateColours();
    //! Rows, label column and ruler at the UI zoom (UiZoom::factor()), on a font change.
    void applyUiScale();
    double endTime() const;
    bool liveClockRunning() const;
    void updateLiveNow();
    void scrollRowIntoView(int row);
    TimeScale withAxis(TimeScale scale) const;
    double axisEnd() const; //!< where the run ends on the current axis
    TimeScale fittedScale() const;
    //! Rebuilds the step axis when the model changed; during a live run at most as often as
    //! keeps its cost to a small share of the time (a long run's axis takes a while).
    void refreshStepAxis(bool force);
    void zoomToTimes(double start, double end);

    const Core::TraceModel *m_model = nullptr;
    TimelineRows m_rows;
    std::uint64_t m_rowsGeneration = 0;
    QSet<int> m_collapsed;
    QHash<int, std::vector<std::vector<FlameBar>>> m_flames; // expanded lanes' frame rows
    bool m_allFrames = false;
    QSet<int> m_framesFolded; // lanes folded by hand while all frames are shown
    bool expandNewFrames(); // all frames shown: expand lanes that have frames now
    void refreshFlames();
    TimelinePainter m_painter;
    TimeScale m_scale;
    QTimer m_frameTimer;
    bool m_modelDirty = false;
    bool m_live = false;
    double m_liveNow = 0;
    double m_minimumEndTime = 0;
    bool m_follow = true;
    bool m_autoFit = false; // fitted and untouched since: refit on resize
    bool m_syncingScrollBar = false;
    std::optional<bool> m_darkOverride;
    int m_selectedLane = -1, m_selectedSpan = -1;
    std::pair<int, int> m_selectedFrame{-1, -1};
    double m_cursorX = -1;
    QPoint m_pressPos;
    QPoint m_lastDragPos;
    bool m_dragging = false;
    double m_pinchStart = 1;
    double m_timeCursor = -1;
    bool m_draggingTimeCursor = false;
    mutable std::optional<Core::SchedulerState> m_cursorState; // reset when cursor/model change
    double cursorTimeAt(QPoint pos) const;
    void paintTimeCursor(QPainter &painter);
    TimelineAxis m_axis = TimelineAxis::Time;
    StepAxis m_stepAxis;
    QElapsedTimer m_sinceStepAxis; // since the last rebuild
    qint64 m_stepAxisCostNs = 0; // what the last rebuild took
    bool m_stepAxisDirty = false;
    QString m_filter;
    std::optional<bool> m_showCounters; // unset: shown for runs with many tasks
    Core::TaskCounts m_counts;
    std::uint64_t m_countsRevision = ~0ull;
    QString m_countsFilter;
    QElapsedTimer m_sinceCounts;
    qint64 m_countsCostNs = 0;
    std::vector<bool> m_kept; // lanes the filter keeps (empty: no filter)
    bool m_rowsHaveCounters = false;
    void refreshCounts(bool force);
    QSet<QString> m_openLibraries;
    std::vector<Core::TaskCounts> m_groupCounts; // per m_rows.groups: its tasks per state
    std::uint64_t m_groupCountsRevision = ~0ull;
    void refreshGroupCounts(bool force);
    QWidget *m_header = nullptr;
    QToolButton *m_timeButton = nullptr, *m_stepsButton = nullptr, *m_countsButton = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_filterCount = nullptr;
    void buildHeader();
    void styleHeader();
    void layoutHeader();
    void syncHeader();
};

} // namespace Ui
