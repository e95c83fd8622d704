// TimelineView's input: wheel, mouse, keyboard and gestures. Each mouse action has a key
// (listed in the class comment) so the whole timeline works without a pointer.
#include "timelineview.h"

#include "tracemodel.h"

#include <QApplication>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QNativeGestureEvent>
#include <QPinchGesture>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace Ui {

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPointF pos = event->position();
    const double plotX = pos.x() - m_painter.metrics.labelWidth;
    QPoint delta = event->pixelDelta().isNull() ? event->angleDelta() / 2 : event->pixelDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = (event->angleDelta().y() ? event->angleDelta().y() : delta.y()) / 120.0;
        zoomAt(std::max(0.0, plotX), std::pow(1.25, steps));
    } else if (event->modifiers() & Qt::ShiftModifier || delta.x() != 0
               || verticalScrollBar()->maximum() == 0) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        panByPixels(-d);
    } else {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressPos = m_lastDragPos = event->position().toPoint();
        m_dragging = false;
        const QPoint pos = m_pressPos;
        const TimelineMetrics &mt = m_painter.metrics;
        const double cursorX = m_timeCursor >= 0 ? mt.labelWidth + timeToX(m_scale, m_timeCursor) : -1e9;
        // The ruler places the time cursor (except on a count of events, which a click opens);
        // the line itself can be grabbed anywhere.
        const auto mark = markAt(pos);
        if (m_model && pos.x() >= mt.labelWidth && !(mark && mark->kind == MarkKind::Instants)
            && (pos.y() < mt.rulerHeight || std::abs(pos.x() - cursorX) <= 4)) {
            m_draggingTimeCursor = true;
            setTimeCursor(cursorTimeAt(pos));
            viewport()->setCursor(Qt::SizeHorCursor);
        }
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_draggingTimeCursor && (event->buttons() & Qt::LeftButton)) {
        setTimeCursor(cursorTimeAt(pos));
    } else if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragging = true;
            viewport()->setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            const QPoint d = pos - m_lastDragPos;
            m_lastDragPos = pos;
            if (d.x())
                panByPixels(-d.x());
            if (d.y())
                verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        }
    }
    const double x = pos.x() - m_painter.metrics.labelWidth;
    m_cursorX = x >= 0 && pos.y() >= 0 ? x : -1;
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    viewport()->unsetCursor();
    if (m_draggingTimeCursor) {
        m_draggingTimeCursor = false;
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (const auto mark = markAt(pos); mark && activateMark(*mark))
        return;
    if (const int g = groupAt(pos); g >= 0) {
        const TimelineRows::Group group = m_rows.groups[std::size_t(g)]; // rows get rebuilt
        setLibraryOpen(group.library, !group.open);
        return;
    }
    const auto [lane, span] = hitTest(pos);
    if (lane >= 0 && span < 0 && pos.x() < m_painter.metrics.labelWidth
        && m_rows.rowOfLane[std::size_t(lane)] >= 0
        && TimelinePainter::hasFlameToggle(*m_model, lane)) {
        const int row = m_rows.rowOfLane[std::size_t(lane)];
        const double top = m_painter.metrics.rulerHeight + row * m_painter.metrics.rowHeight
                           - verticalScrollBar()->value();
        if (m_painter.flameToggleRect(top, m_model->lane(lane).depth).adjusted(-1, -2, 1, 2).contains(pos)) {
            setFramesExpanded(lane, !framesExpanded(lane));
            return;
        }
    }
    if (lane >= 0 && span < 0 && pos.x() < m_painter.metrics.labelWidth
        && lane < int(m_rows.hasChildren.size()) && m_rows.hasChildren[std::size_t(lane)]) {
        // The disclosure triangle sits right after the indentation.
        const double x = 6 + double(m_model->lane(lane).depth) * m_painter.metrics.indent;
        if (pos.x() >= x - 2 && pos.x() <= x + 12) {
            if (!m_collapsed.remove(lane))
                m_collapsed.insert(lane);
            rebuildRows();
            updateScrollBars();
            viewport()->update();
            return;
        }
    }
    selectSpan(lane, span);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // Double-click a span: zoom so it fills the view.
    const auto [lane, span] = hitTest(event->position().toPoint());
    zoomToSpan(lane, span);
}

double TimelineView::keyboardZoomAnchor() const
{
    // Where Ctrl+wheel would zoom: the pointer when it is over the plot; else the time
    // cursor or the selected span when they are in view; else the middle.
    const double width = plotWidth();
    if (m_cursorX >= 0 && m_cursorX <= width)
        return m_cursorX;
    if (m_timeCursor >= 0) {
        const double x = timeToX(m_scale, m_timeCursor);
        if (x >= 0 && x <= width)
            return x;
    }
    if (m_model && m_selectedLane >= 0 && m_selectedSpan >= 0
        && m_selectedSpan < m_model->spanCount(m_selectedLane)) {
        const Core::Span &s = m_model->span(m_selectedLane, m_selectedSpan);
        const double x0 = timeToX(m_scale, double(s.start));
        const double x1 = timeToX(m_scale, double(m_model->spanEnd(s)));
        const double x = (std::max(x0, 0.0) + std::min(x1, width)) / 2;
        if (x1 >= 0 && x0 <= width)
            return x;
    }
    return width / 2;
}

void TimelineView::zoomToSpan(int lane, int span)
{
    if (!m_model || lane < 0 || span < 0 || span >= m_model->spanCount(lane))
        return;
    const Core::Span &s = m_model->span(lane, span);
    const double start = double(s.start), end = double(m_model->spanEnd(s));
    if (end <= start)
        return;
    TimeScale scale = withAxis(fitRange(axisPosition(m_scale, start), axisPosition(m_scale, end),
                                        plotWidth() * 0.8));
    scale.origin -= plotWidth() * 0.1 * scale.nsPerPixel;
    setTimeScale(scale);
}

void TimelineView::goToEnd()
{
    TimeScale scale = m_scale;
    scale.origin = axisEnd() - plotWidth() * 0.9 * scale.nsPerPixel;
    if (m_live) {
        // The live edge: keep following it from here.
        m_autoFit = false;
        setScaleInternal(clampPan(scale, axisEnd(), plotWidth()));
        setFollowLive(true);
        return;
    }
    userMovedView();
    setScaleInternal(clampPan(scale, axisEnd(), plotWidth()));
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    // Every mouse action has a key (the class comment lists them); the window's menus add
    // Ctrl+Alt+0 / Ctrl+Alt+= / Ctrl+Alt+- / Ctrl+L for the same (Ctrl+0 / Ctrl+= / Ctrl+-
    // zoom the whole window).
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double page = plotWidth() * (shift ? 0.9 : 0.2);
    const bool hasSpan = m_model && m_selectedLane >= 0 && m_selectedSpan >= 0
                         && m_selectedSpan < m_model->spanCount(m_selectedLane);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAt(keyboardZoomAnchor(), 1.5);
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomAt(keyboardZoomAnchor(), 1 / 1.5);
        return;
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Home: {
        TimeScale scale = m_scale;
        scale.origin = 0;
        setTimeScale(clampPan(scale, axisEnd(), plotWidth()));
        return;
    }
    case Qt::Key_End:
        goToEnd();
        return;
    case Qt::Key_L:
        setFollowLive(!m_follow);
        return;
    case Qt::Key_Slash:
        if (m_filterEdit) {
            m_filterEdit->setFocus(Qt::ShortcutFocusReason);
            m_filterEdit->selectAll();
            return;
        }
        break;
    case Qt::Key_S:
        if (!ctrl) {
            setAxis(m_axis == TimelineAxis::Time ? TimelineAxis::Steps : TimelineAxis::Time);
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int dir = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl && m_model && m_selectedLane >= 0) {
            // Step through the selected lane's spans; from the lane alone, start at the span
            // in the middle of the view.
            const int count = m_model->spanCount(m_selectedLane);
            int next = m_selectedSpan + dir;
            if (m_selectedSpan < 0)
                next = m_model->lastIndex(m_selectedLane,
                                          Core::TimeNs(std::max(0.0, xToTime(m_scale, plotWidth() / 2))));
            next = std::clamp(next, 0, std::max(0, count - 1));
            if (count > 0)
                selectSpan(m_selectedLane, next);
        } else {
            panByPixels(dir * page);
        }
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_model && m_selectedLane >= 0) {
            Q_EMIT inspectRequested(m_selectedLane, m_selectedSpan);
            return;
        }
        break;
    case Qt::Key_Z:
    case Qt::Key_Space:
        // Double-click's keyboard twin: the selected span fills the view.
        if (hasSpan) {
            zoomToSpan(m_selectedLane, m_selectedSpan);
            return;
        }
        break;
    case Qt::Key_C:
        // The disclosure triangle's twin: fold or unfold the selected task's children.
        if (m_model && m_selectedLane >= 0 && m_selectedLane < int(m_rows.hasChildren.size())
            && m_rows.hasChildren[std::size_t(m_selectedLane)]) {
            if (!m_collapsed.remove(m_selectedLane))
                m_collapsed.insert(m_selectedLane);
            rebuildRows();
            updateScrollBars();
            viewport()->update();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_timeCursor >= 0) {
            setTimeCursor(-1);
            return;
        }
        if (m_selectedLane >= 0) {
            selectSpan(-1, -1);
            return;
        }
        break;
    case Qt::Key_Comma:
    case Qt::Key_Period:
        if (m_model) {
            const int dir = event->key() == Qt::Key_Comma ? -1 : 1;
            const double from = m_timeCursor >= 0 ? m_timeCursor : (dir > 0 ? -1 : endTime() + 1);
            const double t = adjacentEventTime(from, dir);
            if (t >= 0 && t != from) {
                setTimeCursor(t);
                const double x = timeToX(m_scale, t);
                if (x < 0 || x > plotWidth())
                    revealTime(t);
            }
            return;
        }
        break;
    case Qt::Key_F:
        if (m_model && m_selectedLane >= 0) {
            setFramesExpanded(m_selectedLane, !framesExpanded(m_selectedLane));
            return;
        }
        break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (!m_model || m_rows.lanes.empty())
            break;
        const int dir = event->key() == Qt::Key_Up ? -1 : 1;
        const int row = m_selectedLane >= 0 && m_selectedLane < int(m_rows.rowOfLane.size())
                                ? m_rows.rowOfLane[std::size_t(m_selectedLane)]
                                : -1;
        int next = std::clamp(row + dir, 0, int(m_rows.lanes.size()) - 1);
        // Frame rows belong to the lane above them, counter rows to no lane: step over them.
        while (!m_rows.isLaneRow(next) && next + dir >= 0 && next + dir < int(m_rows.lanes.size()))
            next += dir;
        if (!m_rows.isLaneRow(next))
            next = row < 0 ? 0 : row;
        const int lane = m_rows.lanes[std::size_t(next)];
        // Keep the same moment selected on the new lane when there is one.
        int span = -1;
        if (hasSpan) {
            const Core::Span &s = m_model->span(m_selectedLane, m_selectedSpan);
            span = m_model->lastIndex(lane, s.start);
        }
        selectSpan(lane, span);
        return;
    }
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::leaveEvent(QEvent *event)
{
    m_cursorX = -1;
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (const auto mark = markAt(help->pos()))
            text = toolTipForMark(*mark);
        if (const int kind = counterAt(help->pos()); text.isEmpty() && kind >= 0)
            text = counterToolTip(kind, cursorTimeAt(help->pos()));
        if (const int g = groupAt(help->pos()); text.isEmpty() && g >= 0)
            text = groupToolTip(g, cursorTimeAt(help->pos()));
        if (text.isEmpty()) {
            const auto [lane, span] = hitTest(help->pos());
            text = toolTipFor(lane, span);
        }
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        // Touchpad pinch (macOS, Wayland, X11 with libinput): value() is this step's change
        // of magnification; zoom around the fingers like Ctrl+wheel around the pointer.
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        const double plotX = std::max(0.0, gesture->position().x() - m_painter.metrics.labelWidth);
        switch (gesture->gestureType()) {
        case Qt::BeginNativeGesture:
        case Qt::EndNativeGesture:
            gesture->accept();
            return true;
        case Qt::ZoomNativeGesture:
            gesture->accept(); // else QApplication offers it to the parents too
            zoomAt(plotX, std::clamp(1 + gesture->value(), 0.2, 5.0));
            return true;
        case Qt::SmartZoomNativeGesture: {
            gesture->accept();
            // Two-finger double tap: the span under the fingers fills the view, or fit all.
            const auto [lane, span] = hitTest(gesture->position().toPoint());
            if (lane >= 0 && span >= 0)
                zoomToSpan(lane, span);
            else
                fitAll();
            return true;
        }
        default:
            break;
        }
    }
    return QAbstractScrollArea::viewportEvent(event);
}

bool TimelineView::event(QEvent *event)
{
    if (event->type() == QEvent::Gesture) {
        auto *ge = static_cast<QGestureEvent *>(event);
        if (auto *pinch = static_cast<QPinchGesture *>(ge->gesture(Qt::PinchGesture))) {
            // Touchscreens: the gesture framework's pinch, zooming around its centre.
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStart = 1;
            if (!(pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
                || pinch->totalScaleFactor() <= 0 || m_pinchStart <= 0)
                return true;
            const double factor = pinch->totalScaleFactor() / m_pinchStart;
            m_pinchStart = pinch->totalScaleFactor();
            const QPointF c = viewport()->mapFromGlobal(pinch->centerPoint());
            zoomAt(c.x() - m_painter.metrics.labelWidth, factor);
            return true;
        }
    }
    return QAbstractScrollArea::event(event);
}

} // namespace Ui
