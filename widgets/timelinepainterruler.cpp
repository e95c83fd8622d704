// TimelinePainter's ruler: time ticks, or on the step axis the loop's iterations above the
// steps' times; the axis toggle in its corner; the pointer's and the time cursor's badges,
// which tick labels make way for.
#include "timelinepainter.h"

#include "stepaxis.h"
#include "tracemodel.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

QColor textOn(const QColor &fill)
{
    const double luminance
            = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x10, 0x12, 0x14) : QColor(0xFF, 0xFF, 0xFF);
}

constexpr double kStepLabelSpacing = 110; // px between labelled steps at least

} // namespace

void TimelinePainter::paintRulerCorner(QPainter &painter, const TimelineFrame &,
                                       const QString &shown)
{
    const QRectF text(8, 0, std::max(0.0, metrics.labelWidth - 14.0), metrics.rulerHeight);
    painter.setPen(palette.mutedText);
    m_text.draw(painter, text, Qt::AlignLeft, m_fonts.regular,
                m_text.elided(m_fonts.regular, shown, text.width()));
}

void TimelinePainter::layoutRulerBadges(const TimelineFrame &frame, double top, double height,
                                        const std::function<QString(double)> &text)
{
    m_badges.clear();
    const double width = frame.size.width();
    const double plotWidth = width - metrics.labelWidth;
    auto place = [&](double plotX, const QString &label, const QColor &fill, MarkKind kind) {
        const double w = m_text.width(m_fonts.regular, label) + 10;
        const double x = std::clamp(metrics.labelWidth + plotX - w / 2,
                                    double(metrics.labelWidth), width - w);
        const QRectF box(x, top, w, height);
        m_badges.push_back({box, label, fill});
        m_marks.push_back({box, kind, -1, -1, -1, label});
    };
    if (frame.timeCursor >= 0) {
        const double x = timeToX(frame.scale, frame.timeCursor);
        if (x >= 0 && x <= plotWidth)
            place(x, text(frame.timeCursor), timeCursorColour(), MarkKind::CursorTag);
    }
    if (frame.cursorX >= 0 && frame.cursorX < plotWidth) {
        const QString label = text(xToTime(frame.scale, frame.cursorX));
        // Pointer on the time cursor: one badge, the cursor's.
        const bool onCursor = !m_badges.empty()
                              && std::abs(m_badges.front().rect.center().x()
                                          - (metrics.labelWidth + frame.cursorX)) < 3;
        if (!onCursor)
            place(frame.cursorX, label, palette.cursor, MarkKind::HoverBadge);
    }
}

void TimelinePainter::drawRulerBadges(QPainter &painter)
{
    for (const Badge &b : m_badges) {
        painter.fillRect(b.rect, b.fill);
        painter.setPen(textOn(b.fill));
        m_text.draw(painter, b.rect, Qt::AlignHCenter, m_fonts.regular,
                    m_text.get(m_fonts.regular, b.text));
    }
}

bool TimelinePainter::rulerSpaceFree(const QRectF &rect) const
{
    return std::none_of(m_badges.begin(), m_badges.end(),
                        [&](const Badge &b) { return b.rect.adjusted(-3, 0, 3, 0).intersects(rect); })
           && std::none_of(m_instantBadges.begin(), m_instantBadges.end(),
                           [&](const QRectF &b) { return b.adjusted(-3, 0, 3, 0).intersects(rect); });
}

void TimelinePainter::paintRuler(QPainter &painter, const Core::TraceModel &model,
                                 const TimelineFrame &frame, double step)
{
    const double width = frame.size.width();
    const double plotWidth = width - metrics.labelWidth;
    painter.fillRect(QRectF(0, 0, width, metrics.rulerHeight), palette.rulerBackground);
    painter.setPen(QPen(palette.grid, 1));
    painter.drawLine(QPointF(0, metrics.rulerHeight - 0.5),
                     QPointF(width, metrics.rulerHeight - 0.5));
    paintRulerCorner(painter, frame,
                     QStringLiteral("%1 shown")
                             .arg(formatDuration(plotWidth * frame.scale.nsPerPixel)));
    painter.save();
    painter.setClipRect(QRectF(metrics.labelWidth, 0, plotWidth, metrics.rulerHeight));
    // One unit for the whole ruler: the badges write the ticks' unit with more decimals.
    layoutRulerBadges(frame, 3, metrics.rulerHeight - 6,
                      [step](double t) { return formatTickPrecise(t, step, step / 100); });
    layoutInstants(model, frame, metrics.rulerHeight);
    const double t0 = xToTime(frame.scale, 0);
    for (double t = std::ceil(t0 / step) * step; timeToX(frame.scale, t) < plotWidth; t += step) {
        const double x = metrics.labelWidth + std::round(timeToX(frame.scale, t));
        painter.fillRect(QRectF(x, metrics.rulerHeight - 7, 1, 7), palette.mutedText);
        const TimelineTextCache::Text &label = m_text.get(m_fonts.regular, formatTick(t, step));
        const QRectF rect(x + 4.5, 0, label.width, metrics.rulerHeight - 2);
        if (rect.right() > width - 2 || !rulerSpaceFree(rect))
            continue; // a cut-off number reads as a different number
        painter.setPen(palette.text);
        m_text.draw(painter, QRectF(x + 4.5, 0, 200, metrics.rulerHeight - 2), Qt::AlignLeft,
                    m_fonts.regular, label);
        m_marks.push_back({rect, MarkKind::TickLabel, -1, -1, -1, label.text});
    }
    drawInstants(painter);
    drawRulerBadges(painter);
    painter.restore();
}

void TimelinePainter::paintStepGrid(QPainter &painter, const TimelineFrame &frame,
                                    const QRectF &plot)
{
    // A line where each labelled step begins (every step when they are wide): steps on
    // different lanes line up by eye.
    const StepAxis &axis = *frame.scale.steps;
    const auto &steps = axis.steps();
    if (steps.empty())
        return;
    const double pxPerStep = axis.endPosition() / double(steps.size()) / frame.scale.nsPerPixel;
    const int stride = pxPerStep >= 14 ? 1 : stepTickStride(pxPerStep, kStepLabelSpacing);
    const double p0 = frame.scale.origin;
    const double p1 = p0 + plot.width() * frame.scale.nsPerPixel;
    std::size_t i = firstStepFrom(steps, p0);
    i = (i + std::size_t(stride) - 1) / std::size_t(stride) * std::size_t(stride);
    painter.setPen(QPen(palette.grid, 0));
    for (; i < steps.size() && steps[i].pos <= p1; i += std::size_t(stride)) {
        const double x = metrics.labelWidth
                         + std::round((steps[i].pos - p0) / frame.scale.nsPerPixel) + 0.5;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
}

void TimelinePainter::paintStepRuler(QPainter &painter, const Core::TraceModel &model,
                                     const TimelineFrame &frame)
{
    const StepAxis &axis = *frame.scale.steps;
    const auto &steps = axis.steps();
    const double width = frame.size.width();
    const double plotWidth = width - metrics.labelWidth;
    const double npp = frame.scale.nsPerPixel;
    const double p0 = frame.scale.origin, p1 = p0 + plotWidth * npp;
    const std::size_t firstShown = firstStepFrom(steps, p0);
    const std::size_t endShown = firstStepFrom(steps, p1);
    const double band = std::round(metrics.rulerHeight * 0.45); // iterations above, steps below
    painter.fillRect(QRectF(0, 0, width, metrics.rulerHeight), palette.rulerBackground);
    painter.setPen(QPen(palette.grid, 1));
    painter.drawLine(QPointF(0, metrics.rulerHeight - 0.5),
                     QPointF(width, metrics.rulerHeight - 0.5));
    painter.drawLine(QPointF(metrics.labelWidth, band - 0.5), QPointF(width, band - 0.5));
    const std::size_t shownCount = endShown > firstShown ? endShown - firstShown : 0;
    paintRulerCorner(painter, frame,
                     shownCount == 1 ? QStringLiteral("1 step shown")
                                     : QStringLiteral("%1 steps shown").arg(shownCount));
    painter.save();
    painter.setClipRect(QRectF(metrics.labelWidth, 0, plotWidth, metrics.rulerHeight));

    // The loop's iterations: each begins when the loop goes into select().
    const double t0 = std::max(0.0, axis.time(p0)), t1 = axis.time(p1);
    if (!model.loops().empty()) {
        const int loopLane = model.loops().front().lane;
        const int first = model.firstIndex(loopLane, Core::TimeNs(t0));
        const int last = model.lastIndex(loopLane, Core::TimeNs(std::max(0.0, t1)));
        if (last - first > plotWidth / 4) {
            painter.setPen(palette.mutedText);
            m_text.draw(painter, QRectF(metrics.labelWidth + 6, 0, plotWidth - 12, band),
                        Qt::AlignLeft, m_fonts.small,
                        m_text.get(m_fonts.small,
                                   QStringLiteral("%1 loop iterations: zoom in to tell them apart")
                                           .arg(last - first + 1)));
        } else {
            // Bands from one select() to the next, numbered from 1.
            int idle = std::max(0, first - 1);
            while (idle > 0
                   && model.spanType(model.span(loopLane, idle).typeId).kind
                              != Core::SpanKind::LoopIdle)
                --idle;
            for (int i = idle; i <= last && i < model.spanCount(loopLane); ++i) {
                const Core::Span &span = model.span(loopLane, i);
                if (model.spanType(span.typeId).kind != Core::SpanKind::LoopIdle)
                    continue;
                int next = i + 1;
                while (next < model.spanCount(loopLane)
                       && model.spanType(model.span(loopLane, next).typeId).kind
                                  != Core::SpanKind::LoopIdle)
                    ++next;
                const double end = next < model.spanCount(loopLane)
                                           ? double(model.span(loopLane, next).start)
                                           : std::max(double(model.endTime()), m_openEnd);
                const int iteration = int(span.extra) + 1;
                const double x0 = std::max(-2.0, timeToX(frame.scale, double(span.start)));
                const double x1 = std::min(plotWidth + 2, timeToX(frame.scale, end));
                if (x1 <= x0)
                    continue;
                const QRectF r(metrics.labelWidth + x0, 0, x1 - x0, band - 1);
                if (iteration % 2)
                    painter.fillRect(r, palette.alternateRow);
                painter.fillRect(QRectF(r.left(), 0, 1, band - 1), palette.grid);
                QString text = QStringLiteral("iteration %1").arg(iteration);
                if (m_text.width(m_fonts.small, text) + 8 > r.width())
                    text = QString::number(iteration);
                const QRectF textRect = r.intersected(QRectF(metrics.labelWidth, 0, plotWidth, band))
                                                .adjusted(4, 0, -2, 0);
                if (m_text.width(m_fonts.small, text) <= textRect.width()) {
                    painter.setPen(palette.mutedText);
                    m_text.draw(painter, textRect, Qt::AlignLeft, m_fonts.small,
                                m_text.get(m_fonts.small, text));
                }
                m_marks.push_back({r, MarkKind::Iteration, iteration, -1, -1, text});
            }
        }
    }

    // The steps below: a tick at each, and the time of every stride-th in one unit.
    const double visibleNs = std::max(1.0, t1 - t0);
    const double pxPerStep = steps.empty() ? 0 : axis.endPosition() / double(steps.size()) / npp;
    const int stride = stepTickStride(pxPerStep, kStepLabelSpacing);
    std::size_t firstLabel = (firstShown + std::size_t(stride) - 1) / std::size_t(stride)
                             * std::size_t(stride);
    double precision = visibleNs;
    for (std::size_t i = firstLabel; i + std::size_t(stride) < endShown; i += std::size_t(stride))
        precision = std::min(precision,
                             std::max(1.0, steps[i + std::size_t(stride)].start - steps[i].start));
    const double unitStep = visibleNs / 5;
    layoutRulerBadges(frame, band + 2, metrics.rulerHeight - band - 4, [&](double t) {
        const int at = stepAt(steps, axis.position(t));
        const QString time = formatTickPrecise(t, unitStep, precision / 10);
        return at >= 0 ? QStringLiteral("step %1 · %2").arg(at + 1).arg(time) : time;
    });
    layoutInstants(model, frame, metrics.rulerHeight);
    if (pxPerStep >= 5)
        for (std::size_t i = firstShown; i < endShown; ++i) {
            const double x = metrics.labelWidth + std::round((steps[i].pos - p0) / npp);
            painter.fillRect(QRectF(x, metrics.rulerHeight - 4, 1, 4), palette.mutedText);
        }
    for (std::size_t i = firstLabel; i < endShown; i += std::size_t(stride)) {
        const double x = metrics.labelWidth + std::round((steps[i].pos - p0) / npp);
        painter.fillRect(QRectF(x, metrics.rulerHeight - 8, 1, 8), palette.mutedText);
        const TimelineTextCache::Text &label
                = m_text.get(m_fonts.regular, formatTickPrecise(steps[i].start, unitStep, precision));
        const QRectF rect(x + 4.5, band, label.width, metrics.rulerHeight - band - 2);
        if (rect.right() > width - 2 || !rulerSpaceFree(rect))
            continue;
        painter.setPen(palette.text);
        m_text.draw(painter, rect, Qt::AlignLeft, m_fonts.regular, label);
        m_marks.push_back({rect, MarkKind::TickLabel, int(i), -1, -1, label.text});
    }
    drawInstants(painter);
    drawRulerBadges(painter);
    painter.restore();
}

void TimelinePainter::paintTimeCursorLine(QPainter &painter, const TimelineFrame &frame)
{
    if (frame.timeCursor < 0)
        return;
    const double x = metrics.labelWidth + timeToX(frame.scale, frame.timeCursor);
    if (x < metrics.labelWidth || x > frame.size.width())
        return;
    painter.setPen(QPen(timeCursorColour(), 2));
    painter.drawLine(QPointF(x, metrics.rulerHeight), QPointF(x, frame.size.height()));
}

} // namespace Ui
