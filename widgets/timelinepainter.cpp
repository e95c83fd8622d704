#include "timelinepainter.h"

#include "tracemodel.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Ui {

using Core::LaneKind;
using Core::SpanKind;

namespace {

constexpr int kMaxArrows = 600; // denser than this they are noise, not information
constexpr int kMaxOutputMarks = 3000;

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

void TimelinePainter::paintFlameRow(QPainter &painter, const std::vector<FlameBar> &bars, int depth,
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
        const double h = std::max(6.0, metrics.rowHeight * 0.32);
        return {x, top + (metrics.rowHeight - h) / 2, w, h};
    }
    return {x, top + 4, w, double(metrics.rowHeight - 8)};
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
        if (thin)
            textRect.setBottom(rect.top());
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

    const double step = tickStep(frame.scale.nsPerPixel, 110);
    painter.save();
    painter.setClipRect(plot);
    {
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
        if (!isFrameRow(row))
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
            paintFlameRow(painter, (*it)[std::size_t(depth)], depth, rowTop(frame, row), frame, plotWidth);
    }
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
    painter.restore();

    paintLabels(painter, model, rows, frame, firstRow, lastRow);
    paintRuler(painter, frame, step);
}

void TimelinePainter::paintBlocked(QPainter &painter, const Core::TraceModel &model,
                                   const TimelineRows &rows, const TimelineFrame &frame)
{
    const double plotWidth = frame.size.width() - metrics.labelWidth;
    for (const Core::BlockedInfo &b : model.blocked()) {
        const double end = b.duration < 0 ? double(model.endTime())
                                          : double(b.start) + double(b.duration);
        const double x0 = timeToX(frame.scale, double(b.start));
        const double x1 = std::max(x0 + 2, timeToX(frame.scale, end));
        if (x1 < 0 || x0 > plotWidth)
            continue;
        int lanes[2] = {-1, -1};
        for (const Core::LoopInfo &loop : model.loops())
            if (loop.id == b.loop)
                lanes[0] = loop.lane;
        if (const Core::TaskInfo *task = model.task(b.task))
            lanes[1] = task->lane;
        for (int lane : lanes) {
            if (lane < 0 || lane >= int(rows.rowOfLane.size()) || rows.rowOfLane[std::size_t(lane)] < 0)
                continue;
            const double top = rowTop(frame, rows.rowOfLane[std::size_t(lane)]);
            // A red underline with a zig-zag edge: "this step held the whole loop".
            const QRectF bar(metrics.labelWidth + std::max(x0, -2.0), top + metrics.rowHeight - 5,
                             std::min(x1, plotWidth + 2) - std::max(x0, -2.0), 4);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.blocked);
            painter.drawRect(bar);
            painter.setBrush(QBrush(palette.background, Qt::Dense5Pattern));
            painter.drawRect(bar);
        }
    }
}

void TimelinePainter::paintArrows(QPainter &painter, const Core::TraceModel &model,
                                  const TimelineRows &rows, const TimelineFrame &frame)
{
    const auto &wakeups = model.wakeups();
    if (wakeups.empty())
        return;
    const double plotWidth = frame.size.width() - metrics.labelWidth;
    const double t0 = xToTime(frame.scale, 0), t1 = xToTime(frame.scale, plotWidth);
    auto byTime = [](const Core::Wakeup &w, double t) { return double(w.t) < t; };
    const auto begin = std::lower_bound(wakeups.begin(), wakeups.end(), t0, byTime);
    const auto end = std::lower_bound(begin, wakeups.end(), t1, byTime);
    if (end - begin > kMaxArrows)
        return;
    QColor color = palette.wakeArrow;
    color.setAlpha(190);
    auto rowOf = [&](int lane) {
        return lane >= 0 && lane < int(rows.rowOfLane.size()) ? rows.rowOfLane[std::size_t(lane)]
                                                               : -1;
    };
    // Shafts are hairlines of one device pixel, side by side to make one logical pixel: the
    // cosmetic line stroker is the cheapest way to draw them. (A tall fillRect is split across
    // Qt's thread pool, and waiting for it cost more than the fill on a busy machine.)
    const double dpr = painter.device() ? painter.device()->devicePixelRatio() : 1.0;
    const int strands = std::max(1, int(std::lround(dpr)));
    std::vector<QLineF> shafts;
    std::vector<std::pair<QPointF, bool>> heads; // top-left, pointing down
    for (auto it = begin; it != end; ++it) {
        const Core::TaskInfo *woken = model.task(it->task);
        if (!woken)
            continue;
        int fromLane = -1;
        if (it->wakerTask)
            if (const Core::TaskInfo *waker = model.task(it->wakerTask))
                fromLane = waker->lane;
        if (fromLane < 0)
            for (const Core::LoopInfo &loop : model.loops())
                if (loop.id == woken->loop)
                    fromLane = loop.lane;
        const int fromRow = rowOf(fromLane), toRow = rowOf(woken->lane);
        if (fromRow < 0 || toRow < 0 || fromRow == toRow)
            continue;
        // A crisp one-pixel shaft and a pre-rendered head.
        const double x = std::floor(metrics.labelWidth + timeToX(frame.scale, double(it->t)));
        const bool down = toRow > fromRow;
        const double y0 = rowTop(frame, fromRow) + metrics.rowHeight / 2.0;
        const double y1 = rowTop(frame, toRow) + (down ? 3.0 : metrics.rowHeight - 3.0);
        const double shaftEnd = down ? y1 - 5 : y1 + 5; // the head covers the rest
        for (int i = 0; i < strands; ++i) {
            const double sx = x + (i + 0.5) / strands;
            shafts.emplace_back(sx, std::min(y0, shaftEnd), sx, std::max(y0, shaftEnd) - 0.5);
        }
        heads.emplace_back(QPointF(x - 4, down ? y1 - 6 : y1 - 1), down);
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setPen(QPen(color, 0));
    painter.drawLines(shafts.data(), int(shafts.size()));
    painter.restore();
    for (const auto &[at, down] : heads)
        m_sprites.draw(painter, at, 0x200 | (down ? 1 : 0), QSizeF(9, 7), [&, down = down](QPainter &p) {
            const double tipY = down ? 6 : 1, baseY = down ? 1 : 6;
            const QPointF tip[] = {QPointF(4.5, tipY), QPointF(1, baseY), QPointF(8, baseY)};
            p.setPen(Qt::NoPen);
            p.setBrush(color);
            p.drawPolygon(tip, 3);
        });
}

void TimelinePainter::paintOutputMarks(QPainter &painter, const Core::TraceModel &model,
                                       const TimelineRows &rows, const TimelineFrame &frame)
{
    const auto &output = model.output();
    if (output.empty())
        return;
    const double plotWidth = frame.size.width() - metrics.labelWidth;
    const double t0 = xToTime(frame.scale, -4), t1 = xToTime(frame.scale, plotWidth + 4);
    auto byTime = [](const Core::OutputLine &l, double t) { return double(l.t) < t; };
    const auto begin = std::lower_bound(output.begin(), output.end(), t0, byTime);
    const auto end = std::lower_bound(begin, output.end(), t1, byTime);
    if (end - begin > kMaxOutputMarks)
        return;
    const int loopLane = model.loops().empty() ? -1 : model.loops().front().lane;
    painter.setPen(Qt::NoPen);
    for (auto it = begin; it != end; ++it) {
        int lane = loopLane;
        if (it->task)
            if (const Core::TaskInfo *task = model.task(it->task))
                lane = task->lane;
        if (lane < 0 || lane >= int(rows.rowOfLane.size()) || rows.rowOfLane[std::size_t(lane)] < 0)
            continue;
        const double top = rowTop(frame, rows.rowOfLane[std::size_t(lane)]);
        const double x = metrics.labelWidth + timeToX(frame.scale, double(it->t));
        // A little flag on the row's top edge: "this task printed here".
        const bool err = it->stream == Core::OutputStream::Stderr;
        m_sprites.draw(painter, QPointF(x - 5, top - 1), 0x300 | (err ? 1 : 0), QSizeF(10, 8),
                       [&](QPainter &p) {
            p.setPen(Qt::NoPen);
            p.setBrush(err ? palette.errorMarker : palette.printMarker);
            const QPointF flag[] = {QPointF(1, 1), QPointF(9, 1), QPointF(5, 7)};
            p.drawPolygon(flag, 3);
        });
    }
}

void TimelinePainter::paintRuler(QPainter &painter, const TimelineFrame &frame, double step)
{
    const double width = frame.size.width();
    const double plotWidth = width - metrics.labelWidth;
    painter.fillRect(QRectF(0, 0, width, metrics.rulerHeight), palette.rulerBackground);
    painter.setPen(QPen(palette.grid, 1));
    painter.drawLine(QPointF(0, metrics.rulerHeight - 0.5),
                     QPointF(width, metrics.rulerHeight - 0.5));
    painter.setPen(palette.mutedText);
    const QRectF shown(8, 0, metrics.labelWidth - 12, metrics.rulerHeight);
    m_text.draw(painter, shown, Qt::AlignLeft, m_fonts.regular,
                m_text.elided(m_fonts.regular,
                              QStringLiteral("%1 shown")
                                      .arg(formatDuration(plotWidth * frame.scale.nsPerPixel)),
                              shown.width()));
    painter.save();
    painter.setClipRect(QRectF(metrics.labelWidth, 0, plotWidth, metrics.rulerHeight));
    const double t0 = xToTime(frame.scale, 0);
    for (double t = std::ceil(t0 / step) * step; timeToX(frame.scale, t) < plotWidth; t += step) {
        const double x = metrics.labelWidth + std::round(timeToX(frame.scale, t));
        painter.fillRect(QRectF(x, metrics.rulerHeight - 7, 1, 7), palette.mutedText);
        const TimelineTextCache::Text &label = m_text.get(m_fonts.regular, formatTick(t, step));
        if (x + 4.5 + label.width > width - 2)
            continue; // a cut-off number reads as a different number
        painter.setPen(palette.text);
        m_text.draw(painter, QRectF(x + 4.5, 0, 200, metrics.rulerHeight - 2), Qt::AlignLeft,
                    m_fonts.regular, label);
    }
    if (frame.cursorX >= 0 && frame.cursorX < plotWidth) {
        const TimelineTextCache::Text &text = m_text.get(
                m_fonts.regular, formatTick(xToTime(frame.scale, frame.cursorX), step / 100));
        const double w = text.width + 10;
        const double x = std::min(metrics.labelWidth + frame.cursorX - w / 2, width - w);
        const QRectF box(std::max(double(metrics.labelWidth), x), 3, w, metrics.rulerHeight - 6);
        painter.fillRect(box, palette.cursor);
        painter.setPen(textOn(palette.cursor));
        m_text.draw(painter, box, Qt::AlignHCenter, m_fonts.regular, text);
    }
    painter.restore();
}

} // namespace Ui
