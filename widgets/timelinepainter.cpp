#include "timelinepainter.h"

#include "tracemodel.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
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
    const QFontMetricsF fm(painter.font());
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
            const QString label = fm.elidedText(b.function, Qt::ElideRight, text.width());
            if (label.size() > 1 && label != QStringLiteral("…")) {
                painter.setPen(palette.text);
                painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, label);
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
    const QPointF c = marker.at + QPointF(r + 1, 0);
    painter.setPen(Qt::NoPen);
    QColor color = kind == SpanKind::Done        ? palette.done
                   : kind == SpanKind::Cancelled ? palette.cancelled
                                                 : palette.failed;
    painter.setBrush(color);
    // Shapes differ too: a disc with a tick, a ring with a slash, a diamond with a cross.
    QPen mark(palette.background, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (kind == SpanKind::Done) {
        painter.drawEllipse(c, r, r);
        painter.setPen(mark);
        const QPointF tick[] = {c + QPointF(-r * 0.5, 0), c + QPointF(-r * 0.1, r * 0.45),
                                c + QPointF(r * 0.55, -r * 0.45)};
        painter.drawPolyline(tick, 3);
    } else if (kind == SpanKind::Cancelled) {
        painter.drawEllipse(c, r, r);
        painter.setPen(mark);
        painter.drawLine(c + QPointF(-r * 0.5, r * 0.5), c + QPointF(r * 0.5, -r * 0.5));
    } else {
        const QPointF diamond[] = {c + QPointF(0, -r - 1), c + QPointF(r + 1, 0),
                                   c + QPointF(0, r + 1), c + QPointF(-r - 1, 0)};
        painter.drawPolygon(diamond, 4);
        painter.setPen(mark);
        painter.drawLine(c + QPointF(-r * 0.4, -r * 0.4), c + QPointF(r * 0.4, r * 0.4));
        painter.drawLine(c + QPointF(-r * 0.4, r * 0.4), c + QPointF(r * 0.4, -r * 0.4));
    }
}

void TimelinePainter::paint(QPainter &painter, const Core::TraceModel &model,
                            const TimelineRows &rows, const TimelineFrame &frame)
{
    const double width = frame.size.width();
    const double height = frame.size.height();
    const double plotWidth = std::max(1.0, width - metrics.labelWidth);
    m_openEnd = frame.openEnd;
    const QRectF plot(metrics.labelWidth, metrics.rulerHeight, plotWidth,
                      std::max(0.0, height - metrics.rulerHeight));
    painter.fillRect(QRectF(0, 0, width, height), palette.background);

    const int rowCount = int(rows.lanes.size());
    const int firstRow = std::max(0, frame.scrollY / metrics.rowHeight);
    const int lastRow = std::min(rowCount - 1,
                                 (frame.scrollY + int(plot.height())) / metrics.rowHeight);
    for (int row = firstRow; row <= lastRow; ++row) {
        if (row % 2)
            painter.fillRect(QRectF(0, rowTop(frame, row), width, metrics.rowHeight),
                             palette.alternateRow);
    }

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
    const QFontMetricsF fm(painter.font());
    for (const Label &label : m_labels) {
        if (fm.horizontalAdvance(label.text) > label.rect.width())
            continue; // a clipped word reads as a different word; leave it to the tooltip
        painter.setPen(label.color);
        painter.drawText(label.rect, Qt::AlignLeft | Qt::AlignVCenter, label.text);
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
    painter.setPen(QPen(color, 1.3));
    auto rowOf = [&](int lane) {
        return lane >= 0 && lane < int(rows.rowOfLane.size()) ? rows.rowOfLane[std::size_t(lane)]
                                                               : -1;
    };
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
        const double x = metrics.labelWidth + timeToX(frame.scale, double(it->t));
        const bool down = toRow > fromRow;
        const double y0 = rowTop(frame, fromRow) + metrics.rowHeight / 2.0;
        const double y1 = rowTop(frame, toRow) + (down ? 3.0 : metrics.rowHeight - 3.0);
        painter.drawLine(QPointF(x, y0), QPointF(x, y1));
        const double head = down ? -5 : 5;
        painter.setBrush(color);
        const QPointF tip[] = {QPointF(x, y1), QPointF(x - 3.5, y1 + head),
                               QPointF(x + 3.5, y1 + head)};
        painter.drawPolygon(tip, 3);
    }
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
        painter.setBrush(it->stream == Core::OutputStream::Stderr ? palette.errorMarker
                                                                  : palette.printMarker);
        const QPointF flag[] = {QPointF(x - 4, top), QPointF(x + 4, top),
                                QPointF(x, top + 6)};
        painter.drawPolygon(flag, 3);
    }
}

void TimelinePainter::paintLabels(QPainter &painter, const Core::TraceModel &model,
                                  const TimelineRows &rows, const TimelineFrame &frame,
                                  int firstRow, int lastRow)
{
    const double height = frame.size.height();
    painter.fillRect(QRectF(0, metrics.rulerHeight, metrics.labelWidth, height),
                     palette.labelBackground);
    painter.save();
    painter.setClipRect(QRectF(0, metrics.rulerHeight, metrics.labelWidth, height));
    QFont regular = painter.font();
    QFont bold = regular;
    bold.setBold(true);
    QFont italic = regular;
    italic.setItalic(true);
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int row = firstRow; row <= lastRow; ++row) {
        const int lane = rows.lanes[std::size_t(row)];
        const Core::LaneInfo &info = model.lane(lane);
        const double top = rowTop(frame, row);
        const double mid = top + metrics.rowHeight / 2.0;
        if (row % 2)
            painter.fillRect(QRectF(0, top, metrics.labelWidth, metrics.rowHeight),
                             palette.alternateRow.darker(palette.dark ? 90 : 103));
        if (row < int(rows.frameDepth.size()) && rows.frameDepth[std::size_t(row)] >= 0) {
            // A frame row: which coroutines sit at this depth of the task's stack.
            const int depth = rows.frameDepth[std::size_t(row)];
            QStringList names;
            if (frame.flames) {
                const auto it = frame.flames->constFind(lane);
                if (it != frame.flames->cend() && depth < int(it->size()))
                    for (const FlameBar &b : (*it)[std::size_t(depth)])
                        if (!names.contains(b.function) && names.size() < 4)
                            names << b.function;
            }
            const double fx = 6 + double(info.depth + 1) * metrics.indent + double(depth) * 6;
            painter.setFont(italic);
            painter.setPen(palette.mutedText);
            const QFontMetricsF ifm(italic);
            const QRectF r(fx, top, std::max(0.0, metrics.labelWidth - 6 - fx), metrics.rowHeight);
            painter.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                             ifm.elidedText(QStringLiteral("↳ ") + names.join(QStringLiteral(", ")),
                                            Qt::ElideRight, r.width()));
            continue;
        }
        const double x = 6 + double(info.depth) * metrics.indent;
        if (info.depth > 0) {
            // An elbow from the parent's column: the nesting reads at a glance.
            painter.setPen(QPen(palette.mutedText, 1));
            const double px = x - metrics.indent + 5;
            painter.drawLine(QPointF(px, top), QPointF(px, mid));
            painter.drawLine(QPointF(px, mid), QPointF(x + 1, mid));
        }
        double textX = x + 12;
        if (lane < int(rows.hasChildren.size()) && rows.hasChildren[std::size_t(lane)]) {
            const bool closed = frame.collapsed.contains(lane);
            painter.setPen(Qt::NoPen);
            painter.setBrush(palette.mutedText);
            const QPointF c(x + 5, mid);
            if (closed) {
                const QPointF tri[] = {c + QPointF(-2, -4), c + QPointF(3, 0), c + QPointF(-2, 4)};
                painter.drawPolygon(tri, 3);
            } else {
                const QPointF tri[] = {c + QPointF(-4, -2), c + QPointF(4, -2), c + QPointF(0, 3)};
                painter.drawPolygon(tri, 3);
            }
        }
        QString name = info.name;
        QColor stateColor;
        QString state;
        if (info.kind == LaneKind::Loop) {
            painter.setFont(bold);
        } else if (info.kind == LaneKind::Thread) {
            painter.setFont(italic);
            name = QStringLiteral("thread ") + name;
        } else {
            painter.setFont(regular);
            if (const Core::TaskInfo *task = model.task(info.id)) {
                switch (task->state) {
                case Core::TaskState::Done:
                    state = QStringLiteral("done");
                    stateColor = palette.done;
                    break;
                case Core::TaskState::Cancelled:
                    state = QStringLiteral("cancelled");
                    stateColor = palette.cancelled;
                    break;
                case Core::TaskState::Failed:
                    state = QStringLiteral("failed");
                    stateColor = palette.failed;
                    break;
                case Core::TaskState::Pending:
                    break;
                }
            }
        }
        const QFontMetricsF fm(painter.font());
        double right = metrics.labelWidth - 6;
        if (hasFlameToggle(model, lane)) {
            // The frames toggle: "ƒ" in a box, filled while the task shows its frame rows.
            const QRectF box = flameToggleRect(top, info.depth);
            const bool open = frame.flames && frame.flames->contains(lane);
            painter.setPen(QPen(palette.mutedText, 1));
            painter.setBrush(open ? palette.selection : QBrush(Qt::NoBrush));
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(open ? palette.background : palette.mutedText);
            painter.drawText(box, Qt::AlignCenter, QStringLiteral("ƒ"));
            textX = box.right() + 5;
        }
        if (!state.isEmpty()) {
            QFont small = regular;
            small.setPointSizeF(std::max(6.0, regular.pointSizeF() * 0.85));
            const QFontMetricsF sfm(small);
            const double w = sfm.horizontalAdvance(state) + 8;
            const QRectF pill(right - w, mid - sfm.height() / 2 - 1, w, sfm.height() + 2);
            painter.setPen(QPen(stateColor, 1));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(pill, 4, 4);
            painter.setFont(small);
            painter.drawText(pill, Qt::AlignCenter, state);
            painter.setFont(regular);
            right = pill.left() - 4;
        }
        painter.setPen(palette.text);
        const QRectF textRect(textX, top, std::max(0.0, right - textX), metrics.rowHeight);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(name, Qt::ElideRight, textRect.width()));
    }
    painter.setFont(regular);
    painter.restore();
    painter.setPen(QPen(palette.grid, 1));
    painter.drawLine(QPointF(metrics.labelWidth - 0.5, 0), QPointF(metrics.labelWidth - 0.5, height));
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
    painter.drawText(QRectF(8, 0, metrics.labelWidth - 12, metrics.rulerHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QStringLiteral("%1 shown").arg(formatDuration(plotWidth * frame.scale.nsPerPixel)));
    painter.save();
    painter.setClipRect(QRectF(metrics.labelWidth, 0, plotWidth, metrics.rulerHeight));
    const double t0 = xToTime(frame.scale, 0);
    for (double t = std::ceil(t0 / step) * step; timeToX(frame.scale, t) < plotWidth; t += step) {
        const double x = metrics.labelWidth + std::round(timeToX(frame.scale, t)) + 0.5;
        painter.setPen(palette.mutedText);
        painter.drawLine(QPointF(x, metrics.rulerHeight - 7), QPointF(x, metrics.rulerHeight));
        const QString label = formatTick(t, step);
        if (x + 4 + QFontMetricsF(painter.font()).horizontalAdvance(label) > width - 2)
            continue; // a cut-off number reads as a different number
        painter.setPen(palette.text);
        painter.drawText(QRectF(x + 4, 0, 200, metrics.rulerHeight - 2),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    if (frame.cursorX >= 0 && frame.cursorX < plotWidth) {
        const QString text = formatTick(xToTime(frame.scale, frame.cursorX), step / 100);
        const QFontMetricsF fm(painter.font());
        const double w = fm.horizontalAdvance(text) + 10;
        const double x = std::min(metrics.labelWidth + frame.cursorX - w / 2, width - w);
        const QRectF box(std::max(double(metrics.labelWidth), x), 3, w, metrics.rulerHeight - 6);
        painter.fillRect(box, palette.cursor);
        painter.setPen(textOn(palette.cursor));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace Ui
