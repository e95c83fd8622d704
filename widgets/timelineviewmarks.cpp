// TimelineView's explanations: the tooltip of every span and mark under the pointer, and what
// a click on a mark does.
#include "timelineview.h"

#include "tracemodel.h"

#include <QLocale>
#include <QScrollBar>
#include <algorithm>

namespace Ui {

using Core::SpanKind;

namespace {

QString kindName(SpanKind kind)
{
    switch (kind) {
    case SpanKind::Running: return QStringLiteral("Running");
    case SpanKind::Suspended: return QStringLiteral("Suspended");
    case SpanKind::Ready: return QStringLiteral("Ready — woken, waiting for its turn");
    case SpanKind::Done: return QStringLiteral("Finished");
    case SpanKind::Cancelled: return QStringLiteral("Cancelled");
    case SpanKind::Failed: return QStringLiteral("Failed");
    case SpanKind::LoopBusy: return QStringLiteral("Loop busy — running callbacks and steps");
    case SpanKind::LoopIdle: return QStringLiteral("Loop waiting in select()");
    case SpanKind::Job: return QStringLiteral("Job");
    }
    return {};
}

QString wakerText(const Core::TraceModel &model, const Core::Wakeup &w)
{
    QString waker;
    if (w.wakerTask)
        if (const Core::TaskInfo *t = model.task(w.wakerTask))
            waker = t->name;
    if (waker.isEmpty() && w.wakerName)
        waker = model.string(w.wakerName);
    if (waker.isEmpty())
        waker = w.kind == Core::WakerKind::Timer    ? QStringLiteral("a timer")
                : w.kind == Core::WakerKind::Io     ? QStringLiteral("I/O")
                : w.kind == Core::WakerKind::Thread ? QStringLiteral("a worker thread")
                                                    : QStringLiteral("the loop");
    return waker;
}

QString laneTitle(const Core::TraceModel &model, int lane)
{
    return lane >= 0 && lane < model.laneCount() ? model.lane(lane).name : QString();
}

} // namespace

QString TimelineView::toolTipFor(int lane, int span) const
{
    if (!m_model || lane < 0)
        return {};
    const Core::LaneInfo &info = m_model->lane(lane);
    QString html = QStringLiteral("<b>%1</b>").arg(info.name.toHtmlEscaped());
    if (info.kind == Core::LaneKind::Task)
        if (const Core::TaskInfo *task = m_model->task(info.id))
            html += QStringLiteral("<br/>coroutine <code>%1()</code>").arg(task->coro.toHtmlEscaped());
    if (span < 0)
        return html;
    const Core::Span &s = m_model->span(lane, span);
    const Core::SpanType &type = m_model->spanType(s.typeId);
    html += QStringLiteral("<br/>%1").arg(kindName(type.kind).toHtmlEscaped());
    if (type.kind == SpanKind::Suspended) {
        const QString detail = m_model->string(type.label);
        html += QStringLiteral(" on <i>%1</i>").arg(TimelinePalette::waitName(type.wait));
        if (!detail.isEmpty())
            html += QStringLiteral(": <code>%1</code>").arg(detail.toHtmlEscaped());
    } else if (type.kind == SpanKind::Job) {
        html += QStringLiteral(": <code>%1</code>").arg(m_model->string(type.label).toHtmlEscaped());
    }
    html += QStringLiteral("<br/>at %1").arg(formatDuration(double(s.start)));
    if (s.duration > 0 || s.isOpen())
        html += QStringLiteral(", for %1")
                        .arg(s.isOpen() ? QStringLiteral("%1 (still going)")
                                                  .arg(formatDuration(double(m_model->spanEnd(s) - s.start)))
                                        : formatDuration(double(s.duration)));
    if (type.kind == SpanKind::Ready && s.extra > 0 && s.extra <= m_model->wakeups().size()) {
        const Core::Wakeup &w = m_model->wakeups()[s.extra - 1];
        html += QStringLiteral("<br/>woken by %1").arg(wakerText(*m_model, w).toHtmlEscaped());
    }
    return html;
}

std::optional<TimelineMark> TimelineView::markAt(QPoint pos) const
{
    const auto &marks = m_painter.marks();
    for (auto it = marks.rbegin(); it != marks.rend(); ++it)
        if (it->rect.contains(pos))
            return *it;
    return std::nullopt;
}

QString TimelineView::toolTipForMark(const TimelineMark &mark) const
{
    if (!m_model)
        return {};
    auto at = [](double t) { return formatDuration(t); };
    switch (mark.kind) {
    case MarkKind::TickLabel: {
        const auto &steps = m_stepAxis.steps();
        if (mark.index < 0 || mark.index >= int(steps.size()))
            return tr("Time since the program started. Click the ruler to put the time "
                      "cursor there.");
        const AxisStep &s = steps[std::size_t(mark.index)];
        QString what = s.lane >= 0 ? laneTitle(*m_model, s.lane) : tr("a callback");
        if (s.callback >= 0 && s.callback < int(m_model->callbacks().size()))
            what = tr("callback %1").arg(m_model->callbacks()[std::size_t(s.callback)].name);
        return tr("<b>Step %1 of %2</b>: %3<br/>at %4, ran %5")
                .arg(mark.index + 1)
                .arg(steps.size())
                .arg(what.toHtmlEscaped(), at(s.start), formatDuration(s.end - s.start));
    }
    case MarkKind::HoverBadge:
        return tr("The time under the pointer. Click the ruler to put the time cursor there.");
    case MarkKind::CursorTag:
        return tr("<b>The time cursor</b> at %1: each task lane shows its state here.<br/>Drag "
                  "it, or press , and . for the previous / next event; Esc removes it.")
                .arg(at(m_timeCursor));
    case MarkKind::Iteration: {
        const int iteration = mark.index;
        if (m_model->loops().empty())
            return {};
        const int loopLane = m_model->loops().front().lane;
        for (int i = 0; i < m_model->spanCount(loopLane); ++i) {
            const Core::Span &span = m_model->span(loopLane, i);
            if (m_model->spanType(span.typeId).kind != SpanKind::LoopIdle
                || int(span.extra) + 1 != iteration)
                continue;
            // The steps that ran in this iteration: from its select() to the next one.
            const double start = double(span.start);
            double end = double(m_model->endTime());
            for (int j = i + 1; j < m_model->spanCount(loopLane); ++j)
                if (m_model->spanType(m_model->span(loopLane, j).typeId).kind
                    == SpanKind::LoopIdle) {
                    end = double(m_model->span(loopLane, j).start);
                    break;
                }
            const auto &steps = m_stepAxis.steps();
            auto byStart = [](const AxisStep &s, double t) { return s.start < t; };
            const auto from = std::lower_bound(steps.begin(), steps.end(), start, byStart);
            const auto to = std::lower_bound(from, steps.end(), end, byStart);
            return tr("<b>Loop iteration %1</b> at %2<br/>select() waited %3, then the loop ran "
                      "%n step(s) and callback(s)", nullptr, int(to - from))
                    .arg(iteration)
                    .arg(at(start), formatDuration(double(m_model->spanEnd(span)) - start));
        }
        return {};
    }
    case MarkKind::Print: {
        if (mark.index < 0 || mark.index >= int(m_model->output().size()))
            return {};
        const Core::OutputLine &line = m_model->output()[std::size_t(mark.index)];
        QString who = tr("outside any task");
        if (const Core::TaskInfo *task = m_model->task(line.task))
            who = task->name;
        return tr("<b>%1</b> printed by %2 at %3<br/><code>%4</code>")
                .arg(line.stream == Core::OutputStream::Stderr ? tr("stderr") : tr("print"),
                     who.toHtmlEscaped(), at(double(line.t)),
                     line.text.left(200).toHtmlEscaped());
    }
    case MarkKind::Wake: {
        if (mark.index < 0 || mark.index >= int(m_model->wakeups().size()))
            return {};
        const Core::Wakeup &w = m_model->wakeups()[std::size_t(mark.index)];
        const Core::TaskInfo *task = m_model->task(w.task);
        return tr("<b>Wake-up</b> at %1<br/>%2 woke <b>%3</b>: it goes into the ready queue "
                  "and runs when the loop reaches it")
                .arg(at(double(w.t)), wakerText(*m_model, w).toHtmlEscaped(),
                     task ? task->name.toHtmlEscaped() : tr("a task"));
    }
    case MarkKind::Blocked: {
        if (mark.index < 0 || mark.index >= int(m_model->blocked().size()))
            return {};
        const Core::BlockedInfo &b = m_model->blocked()[std::size_t(mark.index)];
        const bool open = b.duration < 0;
        const double end = open ? std::max(double(m_model->endTime()), m_liveNow)
                                : double(b.start) + double(b.duration);
        QString who = tr("a callback");
        if (const Core::TaskInfo *task = m_model->task(b.task))
            who = task->name;
        QString where;
        if (!b.file.isEmpty())
            where = tr(" at <code>%1:%2</code> in <code>%3</code>")
                            .arg(b.file.section(QLatin1Char('/'), -1).toHtmlEscaped())
                            .arg(b.line)
                            .arg(b.function.toHtmlEscaped());
        return tr("<b>The loop was blocked for %1%2</b> from %3<br/>by %4%5: no other task or "
                  "callback could run meanwhile.<br/>Click to select the step.")
                .arg(formatDuration(end - double(b.start)), open ? tr(" so far") : QString(),
                     at(double(b.start)), who.toHtmlEscaped(), where);
    }
    case MarkKind::Instants: {
        const auto &clusters = m_painter.instants();
        if (mark.index < 0 || mark.index >= int(clusters.size()))
            return {};
        const InstantCluster &c = clusters[std::size_t(mark.index)];
        QStringList parts;
        if (c.steps)
            parts << tr("%n step(s) or callback(s)", nullptr, c.steps);
        if (c.wakeups)
            parts << tr("%n wake-up(s)", nullptr, c.wakeups);
        if (c.prints)
            parts << tr("%n print(s)", nullptr, c.prints);
        return tr("<b>%1 events within %2</b> at %3: %4.<br/>At this zoom they are drawn on one "
                  "spot, so their order cannot be seen.<br/>Click to zoom in until they stand "
                  "apart%5.")
                .arg(c.count())
                .arg(formatDuration(c.t1 - c.t0), at(c.t0), parts.join(QStringLiteral(", ")),
                     m_axis == TimelineAxis::Time ? tr(", or press S for the step axis")
                                                  : QString());
    }
    case MarkKind::FrameBar: {
        const auto it = m_flames.constFind(mark.lane);
        if (it == m_flames.cend() || mark.depth < 0 || mark.depth >= int(it->size())
            || mark.index < 0 || mark.index >= int((*it)[std::size_t(mark.depth)].size()))
            return {};
        const FlameBar &bar = (*it)[std::size_t(mark.depth)][std::size_t(mark.index)];
        return tr("<b>%1()</b>: a coroutine frame of %2<br/><code>%3:%4</code><br/>on the task's "
                  "stack from %5 to %6 (%7)")
                .arg(bar.function.toHtmlEscaped(), laneTitle(*m_model, mark.lane).toHtmlEscaped(),
                     bar.file.section(QLatin1Char('/'), -1).toHtmlEscaped())
                .arg(bar.line)
                .arg(at(double(bar.start)), at(double(bar.end)),
                     formatDuration(double(bar.end - bar.start)));
    }
    }
    return {};
}

int TimelineView::counterAt(QPoint pos) const
{
    const TimelineMetrics &mt = m_painter.metrics;
    if (pos.y() < mt.rulerHeight)
        return -1;
    const int row = (pos.y() - mt.rulerHeight + verticalScrollBar()->value()) / mt.rowHeight;
    return row >= 0 && row < int(m_rows.counter.size()) ? m_rows.counter[std::size_t(row)] : -1;
}

QString TimelineView::counterToolTip(int kind, double t) const
{
    if (kind < 0 || kind >= Core::kTaskCountKinds)
        return {};
    const auto now = Core::countsAt(m_counts, Core::TimeNs(std::max(0.0, t)));
    const std::uint32_t n = now[std::size_t(kind)];
    return tr("<b>%1 %2 %3</b> at %4<br/>at most %5 at once in the run%6")
            .arg(QLocale().toString(n), n == 1 ? tr("task") : tr("tasks"),
                 TimelinePainter::counterName(kind), formatDuration(t),
                 QLocale().toString(m_counts.peak[std::size_t(kind)]),
                 m_filter.trimmed().isEmpty() ? QString()
                                              : tr(" (of the lanes the filter keeps)"));
}

bool TimelineView::activateMark(const TimelineMark &mark)
{
    if (!m_model)
        return false;
    switch (mark.kind) {
    case MarkKind::Blocked: {
        if (mark.index < 0 || mark.index >= int(m_model->blocked().size()))
            return false;
        // The step that held the loop: the task's step starting then (running while it still
        // runs), or for a callback the loop's busy stretch it ran in.
        const Core::BlockedInfo &b = m_model->blocked()[std::size_t(mark.index)];
        int lane = -1;
        if (const Core::TaskInfo *task = m_model->task(b.task))
            lane = task->lane;
        if (lane < 0)
            for (const Core::LoopInfo &loop : m_model->loops())
                if (loop.id == b.loop || lane < 0)
                    lane = loop.lane;
        if (lane < 0)
            return false;
        int span = m_model->lastIndex(lane, b.start);
        // Zero-length end markers share the step's end time, never its start; step back over
        // anything that starts later than the step did.
        while (span > 0 && m_model->span(lane, span).start > b.start)
            --span;
        selectSpan(lane, span);
        Q_EMIT inspectRequested(lane, span);
        return true;
    }
    case MarkKind::FrameBar:
        selectFrame(mark.lane, mark.depth, mark.index);
        return true;
    case MarkKind::Instants: {
        const auto &clusters = m_painter.instants();
        if (mark.index < 0 || mark.index >= int(clusters.size()))
            return false;
        const InstantCluster c = clusters[std::size_t(mark.index)];
        zoomToTimes(c.t0, c.t1);
        return true;
    }
    default:
        return false;
    }
}

} // namespace Ui
