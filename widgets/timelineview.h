#pragma once
#include "schedulerstate.h"
#include "timelinepainter.h"
#include "timelinerows.h"
#include "timescale.h"

#include <QAbstractScrollArea>
#include <QPoint>
#include <QTimer>
#include <optional>

namespace Core {
class TraceModel;
}

namespace Ui {

//! The live timeline: one row per event loop, task (nested under its parent) and worker thread.
//! Zoom around the cursor (Ctrl+wheel, pinch, +/-), pan (drag, wheel, arrows), fit all, follow
//! the end of a live run; hover for details, click to select a span. Model updates are
//! coalesced into at most one repaint per frame.
//! Keys (focus on the timeline): + / - zoom around the pointer, time cursor or selection;
//! 0 fit all; Left / Right pan (Shift: a page); Home / End the start / the end (live: follow);
//! L follow live on / off; Up / Down the lane above / below; Ctrl+Left / Ctrl+Right the
//! previous / next span of the lane; Enter inspect the selection; Z or Space zoom to the
//! selected span; C fold / unfold its child tasks; F its coroutine frames; , / . the time
//! cursor to the previous / next event; Esc remove the time cursor, then the selection.
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

    //! Expands a task lane into rows for the coroutine frames on its stack over time (its
    //! await chains), or folds them away. Also: the lane's "ƒ" toggle, or F on a selected lane.
    void setFramesExpanded(int lane, bool expanded);
    bool framesExpanded(int lane) const { return m_flames.contains(lane); }
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
    const TimelineMetrics &metrics() const { return m_painter.metrics; }
    //! {lane, span} under a viewport position; span -1 on the label column or empty space,
    //! lane -1 outside any row.
    std::pair<int, int> hitTest(QPoint pos) const;
    //! Viewport position of the middle of a span (at least one pixel wide) or of a lane label.
    QPoint spanPosition(int lane, int span) const;
    QString toolTipFor(int lane, int span) const;
    double plotWidth() const;

Q_SIGNALS:
    void spanSelected(int lane, int span);
    //! Enter on a selection: show it in the inspector (the window raises its dock).
    void inspectRequested(int lane, int span);
    void followLiveChanged(bool follow);
    //! The time cursor moved (t < 0: removed).
    void timeCursorChanged(double t);
    //! The ns <-> x mapping changed (zoom, pan, scroll bar, fit, resize of a fitted view).
    void timeScaleChanged(const Ui::TimeScale &scale);

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
    double endTime() const;
    bool liveClockRunning() const;
    void updateLiveNow();
    void scrollRowIntoView(int row);

    const Core::TraceModel *m_model = nullptr;
    TimelineRows m_rows;
    QSet<int> m_collapsed;
    QHash<int, std::vector<std::vector<FlameBar>>> m_flames; // expanded lanes' frame rows
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
};

} // namespace Ui
