#include "timelinepainter.h"

#include "tracemodel.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Ui {

using Core::LaneKind;
using Core::SpanKind;

namespace {

bool isThin(SpanKind kind)
{
    return kind == SpanKind::Suspended || kind == SpanKind::LoopIdle;
}

QColor textOn(const QColor &fill)
{
    const double luminance
            = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x10, 0x12, 0x14) : QColor(0xFF, 0xFF, 0xFF);
}

} // namespace

QRectF TimelinePainter::flameToggleRect(double rowTop, int laneDepth) const
{
    // Right before the name, after the children's disclosure triangle.
    const double size = std::min(15, metrics.rowHeight - 8);
    const double x = 6 + double(laneDepth) * metrics.indent + 13;
    return QRectF(x, rowTop + (metrics.rowHeight - size) / 2, size, size);
}

bool TimelinePainter::hasFlameToggle(const Core::TraceModel &model, int lane)
{
    if (model.lane(lane).kind != LaneKind::Task)
        return false;
    const Core::TaskInfo *task = model.task(model.lane(lane).id);
    return task && !task->waits.empty();
}

void TimelinePainter::paintFlameRow(QPainter &painter, int lane, const std::vector<FlameBar> &bars,
                                    int depth,
                                    double top, const TimelineFrame &frame, double plotWidth)
{
    // Only the bars that reach into the view; each at least one pixel wide.
    const double t0 = std::max(0.0, xToTime(frame.scale, 0));
    const double t1 = xToTime(frame.scale, plotWidth);
    const QColor fill = QColor::fromHsv((205 + depth * 47) % 360, palette.dark ? 120 : 70,
                                        palette.dark ? 120 : 235);
    const QRectF plot(metrics.labelWidth, top + 3, plotWidth, metrics.rowHeight - 6);
    double lastRight = -1e9;
    for (std::size_t i = firstFlameBar(bars, t0); i < bars.size(); ++i) {
        const FlameBar &b = bars[i];
        if (double(b.start) > t1)
            break;
        double x0 = std::clamp(timeToX(frame.scale, double(b.start)), -2.0, plotWidth + 2);
        double x1 = std::clamp(timeToX(frame.scale, double(b.end)), -2.0, plotWidth + 2);
        if (x1 - x0 < 1)
            x1 = x0 + 1;
        if (x1 <= lastRight)
            continue; // inside the pixel the previous bar already covers
        x0 = std::max(x0, lastRight);
        lastRight = x1;
        const QRectF r(plot.left() + x0, plot.top(), x1 - x0, plot.height());
        painter.fillRect(r, fill);
        m_marks.push_back({r, MarkKind::FrameBar, int(i), lane, depth});
        if (lane == frame.selectedLane && depth == frame.selectedFrameDepth
            && int(i) == frame.selectedFrame) {
            painter.save();
            painter.setPen(QPen(palette.selection, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(r.adjusted(-1, -1, 1, 1));
            painter.restore();
        }
        if (r.width() >= 3) {
            painter.fillRect(QRectF(r.right() - 1, r.top(), 1, r.height()), palette.background);
        }
        if (r.width() > 24) {
            const QRectF text = r.adjusted(4, 0, -4, 0).intersected(plot.adjusted(4, 0, -4, 0));
            const TimelineTextCache::Text &label
                    = m_text.elided(m_fonts.regular, b.function, text.width());
            if (label.text.size() > 1 && label.text != QStringLiteral("…")) {
                painter.setPen(palette.text);
                m_text.draw(painter, text, Qt::AlignLeft, m_fonts.regular, label);
            }
        }
    }
}

double TimelinePainter::rowTop(const TimelineFrame &frame, int row) const
{
    return metrics.rulerHeight + double(row) * metrics.rowHeight - frame.scrollY;
}

QRectF TimelinePainter::barRect(const Core::TraceModel &model, const DrawItem &item,
                                double top) const
{
    const SpanKind kind = model.spanType(item.typeId).kind;
    const double x = metrics.labelWidth + item.x0;
    const double w = item.x1 - item.x0;
    if (isThin(kind)) {
        // Low in the row, leaving the space above for its label: text beside a bar, never
        // struck through it.
        const double h = std::max(5.0, std::round(metrics.rowHeight * 0.2));
        return {x, top + metrics.rowHeight - h - 3, w, h};
    }
    return {x, top + 4, w, double(metrics.rowHeight - 8)};
}

QRectF TimelinePainter::thinLabelRect(const QRectF &bar, double top) const
{
    return QRectF(bar.left(), top + 1, bar.width(), std::max(0.0, bar.top() - top - 1));
}

void TimelinePainter::fillStyle(const Core::TraceModel &model, std::uint32_t typeId, bool folded,
                                std::uint64_t *key, QColor *color, QBrush *overlay) const
{
    const Core::SpanType &type = model.spanType(typeId);
    *key = std::uint64_t(typeId) << 1 | (folded ? 1 : 0);
    *overlay = QBrush();
    switch (type.kind) {
    case SpanKind::Running:
        *color = palette.running;
        break;
    case SpanKind::Ready:
        // Hatched: waiting for its turn is the state learners must not confuse with running.
        *color = palette.ready;
        *overlay = QBrush(palette.ready.darker(150), Qt::BDiagPattern);
        break;
    case SpanKind::Suspended: {
        *color = palette.waitColor(type.wait);
        const Qt::BrushStyle pattern = TimelinePalette::waitPattern(type.wait);
        if (pattern != Qt::NoBrush)
            *overlay = QBrush(color->darker(160), pattern);
        break;
    }
    case SpanKind::LoopBusy:
        *color = palette.loopBusy;
        break;
    case SpanKind::LoopIdle:
        *color = palette.loopIdle;
        break;
    case SpanKind::Job:
        *color = palette.job;
        break;
    case SpanKind::Done:
        *color = palette.done;
        break;
    case SpanKind::Cancelled:
        *color = palette.cancelled;
        break;
    case SpanKind::Failed:
        *color = palette.failed;
        break;
    }
    if (folded) {
        // Speckled: "many spans here, zoom in" — never mistaken for one long span.
        QColor speck = palette.background;
        speck.setAlpha(150);
        *overlay = QBrush(speck, Qt::Dense6Pattern);
    }
}

TimelinePainter::Bucket &TimelinePainter::bucket(std::uint64_t key, const QColor &color,
                                                 const QBrush &overlay)
{
    // Few distinct styles per frame (tens): a sorted small vector beats a hash here.
    auto it = std::lower_bound(m_bucketIndex.begin(), m_bucketIndex.end(),
                               std::pair<std::uint64_t, int>(key, -1));
    if (it != m_bucketIndex.end() && it->first == key)
        return m_buckets[std::size_t(it->second)];
    int index = -1;
    for (std::size_t i = 0; i < m_buckets.size(); ++i) {
        if (m_buckets[i].rects.empty() && m_buckets[i].color == QColor()) {
            index = int(i);
            break;
        }
    }
    if (index < 0) {
        index = int(m_buckets.size());
        m_buckets.emplace_back();
    }
    m_buckets[std::size_t(index)].color = color;
    m_buckets[std::size_t(index)].overlay = overlay;
    m_bucketIndex.insert(it, {key, index});
    return m_buckets[std::size_t(index)];
}

void TimelinePainter::collectRow(const Core::TraceModel &model, int lane, double top,
                                 double plotWidth, const TimeScale &scale)
{
    buildLaneItems(model, lane, scale, plotWidth, m_items, 3.0, m_openEnd);
    for (const DrawItem &item : m_items) {
        if (item.marker) {
            m_markers.push_back(
                    {QPointF(metrics.labelWidth + (item.x0 + item.x1) / 2,
                             top + metrics.rowHeight / 2.0),
                     item.typeId});
            continue;
        }
        std::uint64_t key;
        QColor color;
        QBrush overlay;
        fillStyle(model, item.typeId, item.folded(), &key, &color, &overlay);
        const QRectF rect = barRect(model, item, top);
        bucket(key, color, overlay).rects.push_back(rect);
        if (item.folded() || rect.width() < 36)
            continue;
        const Core::SpanType &type = model.spanType(item.typeId);
        QString text;
        switch (type.kind) {
        case SpanKind::Suspended:
        case SpanKind::Job:
            text = model.string(type.label);
            if (text.isEmpty() && type.kind == SpanKind::Suspended)
                text = TimelinePalette::waitName(type.wait);
            break;
        case SpanKind::Ready:
            text = QStringLiteral("ready");
            break;
        case SpanKind::Running:
            text = QStringLiteral("running");
            break;
        case SpanKind::LoopIdle:
            text = QStringLiteral("waiting in select()");
            break;
        case SpanKind::LoopBusy:
            text = QStringLiteral("busy");
            break;
        default:
            break;
        }
        if (text.isEmpty())
            continue;
        QRectF textRect(std::max(rect.left(), double(metrics.labelWidth)) + 4, top,
                        0, metrics.rowHeight);
        textRect.setRight(rect.right() - 3);
        // Thin bars: the label sits above the bar, in the row's own text colour.
        const bool thin = isThin(type.kind);
        if (thin) {
            const QRectF above = thinLabelRect(rect, top);
            textRect.setTop(above.top());
            textRect.setBottom(above.bottom());
        }
        if (textRect.width() > 24)
            m_labels.push_back({textRect, text, thin ? palette.mutedText : textOn(color)});
    }
}

void TimelinePainter::paintEndMarker(QPainter &painter, const Core::TraceModel &model,
                                     const Marker &marker)
{
    const SpanKind kind = model.spanType(marker.typeId).kind;
    const double r = std::min(6.0, metrics.rowHeight * 0.25);
    const double half = std::ceil(r) + 2; // the diamond reaches r + 1, antialiasing one more
    const QPointF c = marker.at + QPointF(r + 1, 0);
    const std::uint64_t key = 0x100 | std::uint64_t(kind) | std::uint64_t(metrics.rowHeight) << 16;
    m_sprites.draw(painter, c - QPointF(half, half), key, QSizeF(2 * half, 2 * half),
                   [&](QPainter &p) {
        // Shapes differ too: a disc with a tick, a ring with a slash, a diamond with a cross.
        const QColor color = kind == SpanKind::Done        ? palette.done
                             : kind == SpanKind::Cancelled ? palette.cancelled
                                                           : palette.failed;
        const QPen mark(palette.background, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        const QPointF o(half, half);
        p.setPen(Qt::NoPen);
        p.setBrush(color);
        if (kind == SpanKind::Done) {
            p.drawEllipse(o, r, r);
            p.setPen(mark);
            const QPointF tick[] = {o + QPointF(-r * 0.5, 0), o + QPointF(-r * 0.1, r * 0.45),
                                    o + QPointF(r * 0.55, -r * 0.45)};
            p.drawPolyline(tick, 3);
        } else if (kind == SpanKind::Cancelled) {
            p.drawEllipse(o, r, r);
            p.setPen(mark);
            p.drawLine(o + QPointF(-r * 0.5, r * 0.5), o + QPointF(r * 0.5, -r * 0.5));
        } else {
            const QPointF diamond[] = {o + QPointF(0, -r - 1), o + QPointF(r + 1, 0),
                                       o + QPointF(0, r + 1), o + QPointF(-r - 1, 0)};
            p.drawPolygon(diamond, 4);
            p.setPen(mark);
            p.drawLine(o + QPointF(-r * 0.4, -r * 0.4), o + QPointF(r * 0.4, r * 0.4));
            p.drawLine(o + QPointF(-r * 0.4, r * 0.4), o + QPointF(r * 0.4, -r * 0.4));
        }
    });
}

void TimelinePainter::paint(QPainter &painter, const Core::TraceModel &model,
                            const TimelineRows &rows, const TimelineFrame &frame)
{
    const double width = frame.size.width();
    const double height = frame.size.height();
    const double plotWidth = std::max(1.0, width - metrics.labelWidth);
    m_openEnd = frame.openEnd;
    prepareStyle(painter);
    const QRectF plot(metrics.labelWidth, metrics.rulerHeight, plotWidth,
                      std::max(0.0, height - metrics.rulerHeight));
    const int rowCount = int(rows.lanes.size());
    const int firstRow = std::max(0, frame.scrollY / metrics.rowHeight);
    const int lastRow = std::min(rowCount - 1,
                                 (frame.scrollY + int(plot.height())) / metrics.rowHeight);
    // Each pixel of the background is filled once (at device pixel ratio 2 a frame is 8 million
    // pixels): the plot row by row here, the label column and the ruler by their painters.
    for (int row = firstRow; row <= lastRow; ++row)
        painter.fillRect(QRectF(plot.left(), rowTop(frame, row), plotWidth, metrics.rowHeight),
                         row % 2 ? palette.alternateRow : palette.background);
    const double below = std::max(0.0, rowTop(frame, std::max(firstRow, lastRow + 1)));
    if (below < height)
        painter.fillRect(QRectF(plot.left(), below, plotWidth, height - below), palette.background);

    m_marks.clear();
    m_instants.clear();
    m_drawnArrows.clear();
    m_arrowsInView = 0;
    const double step = tickStep(frame.scale.nsPerPixel, 110);
    painter.save();
    painter.setClipRect(plot);
    if (frame.scale.steps) {
        paintStepGrid(painter, frame, plot);
    } else {
        painter.setPen(QPen(palette.grid, 0));
        const double t0 = xToTime(frame.scale, 0);
        for (double t = std::ceil(t0 / step) * step; timeToX(frame.scale, t) < plotWidth;
             t += step)
            painter.drawLine(QPointF(metrics.labelWidth + std::round(timeToX(frame.scale, t)) + 0.5,
                                     plot.top()),
                             QPointF(metrics.labelWidth + std::round(timeToX(frame.scale, t)) + 0.5,
                                     plot.bottom()));
    }

    for (Bucket &b : m_buckets) {
        b.rects.clear();
        b.color = QColor();
    }
    m_bucketIndex.clear();
    m_labels.clear();
    m_markers.clear();
    auto isFrameRow = [&rows](int row) {
        return row < int(rows.frameDepth.size()) && rows.frameDepth[std::size_t(row)] >= 0;
    };
    for (int row = firstRow; row <= lastRow; ++row)
        if (rows.isLaneRow(row))
            collectRow(model, rows.lanes[std::size_t(row)], rowTop(frame, row), plotWidth,
                       frame.scale);

    painter.setPen(Qt::NoPen);
    for (const Bucket &b : m_buckets) {
        if (b.rects.empty())
            continue;
        painter.setBrush(b.color);
        painter.drawRects(b.rects.data(), int(b.rects.size()));
        if (b.overlay.style() != Qt::NoBrush) {
            painter.setBrush(b.overlay);
            painter.drawRects(b.rects.data(), int(b.rects.size()));
        }
    }
    for (int row = firstRow; row <= lastRow && frame.flames; ++row) {
        if (!isFrameRow(row))
            continue;
        const auto it = frame.flames->constFind(rows.lanes[std::size_t(row)]);
        const int depth = rows.frameDepth[std::size_t(row)];
        if (it != frame.flames->cend() && depth < int(it->size()))
            paintFlameRow(painter, rows.lanes[std::size_t(row)], (*it)[std::size_t(depth)], depth,
                          rowTop(frame, row), frame, plotWidth);
    }
    paintCounterRows(painter, rows, frame, firstRow, lastRow);
    paintGroupRows(painter, rows, frame, firstRow, lastRow);
    painter.setPen(Qt::NoPen);
    for (const Label &label : m_labels) {
        const TimelineTextCache::Text &text = m_text.get(m_fonts.regular, label.text);
        if (text.width > label.rect.width())
            continue; // a clipped word reads as a different word; leave it to the tooltip
        painter.setPen(label.color);
        m_text.draw(painter, label.rect, Qt::AlignLeft, m_fonts.regular, text);
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (const Marker &marker : m_markers)
        paintEndMarker(painter, model, marker);
    paintBlocked(painter, model, rows, frame);

    if (frame.selectedLane >= 0 && frame.selectedLane < model.laneCount()
        && frame.selectedSpan >= 0 && frame.selectedSpan < model.spanCount(frame.selectedLane)
        && frame.selectedLane < int(rows.rowOfLane.size())
        && rows.rowOfLane[std::size_t(frame.selectedLane)] >= 0) {
        const Core::Span &span = model.span(frame.selectedLane, frame.selectedSpan);
        DrawItem item;
        item.typeId = span.typeId;
        item.x0 = std::clamp(timeToX(frame.scale, double(span.start)), -4.0, plotWidth + 4);
        item.x1 = std::clamp(timeToX(frame.scale, drawnSpanEnd(model, span, m_openEnd)), -4.0,
                             plotWidth + 4);
        item.x1 = std::max(item.x1, item.x0 + 1);
        const int row = rows.rowOfLane[std::size_t(frame.selectedLane)];
        const QRectF rect = barRect(model, item, rowTop(frame, row)).adjusted(-2, -2, 2, 2);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(palette.selection, 2));
        painter.drawRoundedRect(rect, 2, 2);
    }
    paintArrows(painter, model, rows, frame);
    paintOutputMarks(painter, model, rows, frame);
    painter.setRenderHint(QPainter::Antialiasing, false);

    if (frame.cursorX >= 0 && frame.cursorX < plotWidth) {
        painter.setPen(QPen(palette.cursor, 1, Qt::DashLine));
        const double x = metrics.labelWidth + std::round(frame.cursorX) + 0.5;
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
    paintTimeCursorLine(painter, frame);
    painter.restore();

    paintLabels(painter, model, rows, frame, firstRow, lastRow);
    if (frame.scale.steps)
        paintStepRuler(painter, model, frame);
    else
        paintRuler(painter, model, frame, step);
}

} // namespace Ui
