// TimelinePainter's marks on top of the lanes: blocked steps with their label, wake-up arrows,
// output markers and the counts of events that share a pixel. Each is also recorded as a
// TimelineMark, so the view can explain it in a tooltip and act on a click.
#include "timelinepainter.h"

#include "stepaxis.h"
#include "tracemodel.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

constexpr int kMaxArrows = 600; // denser than this they are noise, not information
constexpr int kMaxOutputMarks = 3000;
constexpr std::size_t kMaxInstantEvents = 20000; // denser views show folded, speckled spans

QColor textOn(const QColor &fill)
{
    const double luminance
            = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(0x10, 0x12, 0x14) : QColor(0xFF, 0xFF, 0xFF);
}

} // namespace

void TimelinePainter::drawPrintMarker(QPainter &p, const QRectF &box, const QColor &color,
                                      const QColor &ink)
{
    // A speech bubble with two lines of "text" and its tail pointing down at the moment the
    // line was printed (box.left() + 2): a wake-up arrow is a bare triangle on a shaft.
    const double w = box.width(), h = box.height();
    const QPointF o = box.topLeft();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawRoundedRect(QRectF(o.x() + 0.5, o.y() + 0.5, w - 1, h * 0.68), 2, 2);
    const QPointF tail[] = {o + QPointF(1.5, h * 0.6), o + QPointF(5, h * 0.6),
                            o + QPointF(2, h - 0.2)};
    p.drawPolygon(tail, 3);
    p.setPen(QPen(ink, 1));
    const double y1 = o.y() + h * 0.24, y2 = o.y() + h * 0.46;
    p.drawLine(QPointF(o.x() + 2.5, y1), QPointF(o.x() + w - 2.5, y1));
    p.drawLine(QPointF(o.x() + 2.5, y2), QPointF(o.x() + w - 4, y2));
    p.restore();
}

void TimelinePainter::paintBlocked(QPainter &painter, const Core::TraceModel &model,
                                   const TimelineRows &rows, const TimelineFrame &frame)
{
    const double plotWidth = frame.size.width() - metrics.labelWidth;
    QRectF lastLabel;
    for (std::size_t i = 0; i < model.blocked().size(); ++i) {
        const Core::BlockedInfo &b = model.blocked()[i];
        // Still running: it grows with the live clock, up to "now".
        const bool open = b.duration < 0;
        const double end = open ? std::max(double(model.endTime()), m_openEnd)
                                : double(b.start) + double(b.duration);
        const double x0 = timeToX(frame.scale, double(b.start));
        const double x1 = std::max(x0 + 2, timeToX(frame.scale, end));
        if (x1 < 0 || x0 > plotWidth)
            continue;
        int lanes[2] = {-1, -1};
        for (const Core::LoopInfo &loop : model.loops())
            if (loop.id == b.loop)
                lanes[0] = loop.lane;
        if (lanes[0] < 0 && !model.loops().empty())
            lanes[0] = model.loops().front().lane;
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
            m_marks.push_back({bar.adjusted(0, -2, 0, 2), MarkKind::Blocked, int(i), lane});
            if (lane != lanes[0])
                continue;
            // On the loop's lane, where a learner looks first: a red label with how long the
            // loop has been held, kept in view while any of the step is.
            // Not ended: "so far" while the run goes on; at least that long once it is over
            // (the trace stopped while the step still ran).
            const QString length = formatDuration(end - double(b.start));
            const QString text = !open      ? QStringLiteral("blocked %1").arg(length)
                                 : frame.live ? QStringLiteral("blocked %1 so far").arg(length)
                                              : QStringLiteral("blocked ≥ %1").arg(length);
            const double w = m_text.width(m_fonts.bold, text) + 12;
            const double h = std::min(double(metrics.rowHeight - 6), m_text.height(m_fonts.bold) + 4);
            double left = metrics.labelWidth + std::max(x0, 0.0) + 2;
            left = std::min(left, std::max(double(metrics.labelWidth) + 2,
                                           metrics.labelWidth + x1 - w));
            const QRectF label(left, top + (metrics.rowHeight - 5 - h) / 2, w, h);
            if (label.intersects(lastLabel))
                continue; // the underline and its tooltip still tell
            lastLabel = label;
            painter.setBrush(palette.blocked);
            painter.drawRoundedRect(label, 4, 4);
            painter.setPen(textOn(palette.blocked));
            m_text.draw(painter, label, Qt::AlignHCenter, m_fonts.bold,
                        m_text.get(m_fonts.bold, text));
            painter.setPen(Qt::NoPen);
            m_marks.push_back({label, MarkKind::Blocked, int(i), lane, -1, text});
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
    m_arrowsInView = int(end - begin);
    auto laneOfTask = [&](Core::Id id) {
        const Core::TaskInfo *t = model.task(id);
        return t ? t->lane : -1;
    };
    // Few arrows: all of them. Many: only the selected lane's, or they hide the lanes.
    if (m_arrowsInView <= frame.allArrowsUpTo) {
        for (auto it = begin; it != end; ++it)
            m_drawnArrows.push_back(int(it - wakeups.begin()));
    } else if (frame.selectedLane >= 0 && frame.selectedLane < model.laneCount()) {
        const Core::LaneInfo &lane = model.lane(frame.selectedLane);
        if (lane.kind == Core::LaneKind::Task)
            if (const Core::TaskInfo *task = model.task(lane.id))
                for (const Core::WaitInfo &w : task->waits)
                    if (w.wakeup > 0 && double(wakeups[w.wakeup - 1].t) >= t0
                        && double(wakeups[w.wakeup - 1].t) < t1)
                        m_drawnArrows.push_back(int(w.wakeup - 1));
        // The wake-ups the selected task caused: a scan, so only while it stays cheap.
        if (lane.kind == Core::LaneKind::Task && m_arrowsInView <= 50000)
            for (auto it = begin; it != end; ++it)
                if (it->wakerTask == lane.id && it->task != lane.id)
                    m_drawnArrows.push_back(int(it - wakeups.begin()));
        std::sort(m_drawnArrows.begin(), m_drawnArrows.end());
        m_drawnArrows.erase(std::unique(m_drawnArrows.begin(), m_drawnArrows.end()),
                            m_drawnArrows.end());
    }
    if (int(m_drawnArrows.size()) > kMaxArrows)
        m_drawnArrows.clear();
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
    for (int index : m_drawnArrows) {
        const Core::Wakeup &w = wakeups[std::size_t(index)];
        const Core::TaskInfo *woken = model.task(w.task);
        if (!woken)
            continue;
        int fromLane = w.wakerTask ? laneOfTask(w.wakerTask) : -1;
        if (fromLane < 0)
            for (const Core::LoopInfo &loop : model.loops())
                if (loop.id == woken->loop)
                    fromLane = loop.lane;
        const int fromRow = rowOf(fromLane), toRow = rowOf(woken->lane);
        if (fromRow < 0 || toRow < 0 || fromRow == toRow)
            continue;
        // A crisp one-pixel shaft and a pre-rendered head.
        const double x = std::floor(metrics.labelWidth + timeToX(frame.scale, double(w.t)));
        const bool down = toRow > fromRow;
        const double y0 = rowTop(frame, fromRow) + metrics.rowHeight / 2.0;
        const double y1 = rowTop(frame, toRow) + (down ? 3.0 : metrics.rowHeight - 3.0);
        const double shaftEnd = down ? y1 - 5 : y1 + 5; // the head covers the rest
        for (int i = 0; i < strands; ++i) {
            const double sx = x + (i + 0.5) / strands;
            shafts.emplace_back(sx, std::min(y0, shaftEnd), sx, std::max(y0, shaftEnd) - 0.5);
        }
        heads.emplace_back(QPointF(x - 4, down ? y1 - 6 : y1 - 1), down);
        m_marks.push_back({QRectF(x - 3, std::min(y0, y1) - 1, 7, std::abs(y1 - y0) + 2),
                           MarkKind::Wake, index, woken->lane});
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
    const QSizeF size = kPrintMarkerSize;
    for (auto it = begin; it != end; ++it) {
        int lane = loopLane;
        if (it->task)
            if (const Core::TaskInfo *task = model.task(it->task))
                lane = task->lane;
        if (lane < 0 || lane >= int(rows.rowOfLane.size()) || rows.rowOfLane[std::size_t(lane)] < 0)
            continue;
        const double top = rowTop(frame, rows.rowOfLane[std::size_t(lane)]);
        const double x = metrics.labelWidth + timeToX(frame.scale, double(it->t));
        // On the row's top edge, the tail at the moment: "this task printed here".
        const bool err = it->stream == Core::OutputStream::Stderr;
        const QPointF at(x - 2, top - 1);
        m_sprites.draw(painter, at, 0x300 | (err ? 1 : 0), size, [&](QPainter &p) {
            drawPrintMarker(p, QRectF(QPointF(0, 0), size),
                            err ? palette.errorMarker : palette.printMarker, palette.background);
        });
        m_marks.push_back({QRectF(at, size), MarkKind::Print, int(it - output.begin()), lane});
    }
}

void TimelinePainter::layoutInstants(const Core::TraceModel &model, const TimelineFrame &frame,
                                     double bottom)
{
    // Task steps, callbacks, wake-ups and prints in time order; where two or more share a
    // pixel their order is invisible, so they get a marker with their count.
    m_instantBadges.clear();
    if (!frame.events)
        return;
    const double plotWidth = frame.size.width() - metrics.labelWidth;
    const double t0 = xToTime(frame.scale, 0), t1 = xToTime(frame.scale, plotWidth);
    const auto &steps = frame.events->steps();
    const auto &wakeups = model.wakeups();
    const auto &output = model.output();
    auto s = std::partition_point(steps.begin(), steps.end(),
                                  [t0](const AxisStep &a) { return a.start < t0; });
    auto w = std::partition_point(wakeups.begin(), wakeups.end(),
                                  [t0](const Core::Wakeup &a) { return double(a.t) < t0; });
    auto o = std::partition_point(output.begin(), output.end(),
                                  [t0](const Core::OutputLine &a) { return double(a.t) < t0; });
    // Too many to tell apart anyway: the folded, speckled spans say "zoom in".
    auto endOf = [t1](auto begin, auto end, auto time) {
        return std::partition_point(begin, end, [&](const auto &a) { return time(a) < t1; });
    };
    const std::size_t inView
            = std::size_t(endOf(s, steps.end(), [](const AxisStep &a) { return a.start; }) - s)
              + std::size_t(endOf(w, wakeups.end(), [](const Core::Wakeup &a) { return double(a.t); }) - w)
              + std::size_t(endOf(o, output.end(), [](const Core::OutputLine &a) { return double(a.t); }) - o);
    if (inView > kMaxInstantEvents)
        return;
    m_instantKinds.clear();
    m_instantTimes.clear();
    m_instantXs.clear();
    for (;;) {
        const double ts = s != steps.end() ? s->start : 1e300;
        const double tw = w != wakeups.end() ? double(w->t) : 1e300;
        const double to = o != output.end() ? double(o->t) : 1e300;
        const double t = std::min({ts, tw, to});
        if (!(t < t1))
            break;
        const int kind = t == ts ? 0 : t == tw ? 1 : 2; // step, wake-up, print
        m_instantTimes.push_back(t);
        m_instantKinds.push_back(kind);
        m_instantXs.push_back(timeToX(frame.scale, t));
        if (kind == 0)
            ++s;
        else if (kind == 1)
            ++w;
        else
            ++o;
    }
    const double badgeHeight = std::min(15.0, m_text.height(m_fonts.small) + 2);
    m_instants = clusterInstants(m_instantXs, 2.0, 12.0, 30.0);
    for (InstantCluster &cluster : m_instants) {
        cluster.t0 = m_instantTimes[cluster.first];
        cluster.t1 = m_instantTimes[cluster.last];
        for (std::size_t i = cluster.first; i <= cluster.last; ++i)
            (m_instantKinds[i] == 0 ? cluster.steps : m_instantKinds[i] == 1 ? cluster.wakeups
                                                                             : cluster.prints)++;
        // A count on the ruler, pointing down at the moment: in view while the lanes scroll,
        // and over no lane's marks (tick labels make way for it).
        // Whole in the plot even at its edges (the run's first moment is at its left edge);
        // the tip still points at the moment.
        const double w = m_text.width(m_fonts.small, QString::number(cluster.count())) + 10;
        const double x = std::clamp(metrics.labelWidth + (cluster.x0 + cluster.x1) / 2,
                                    metrics.labelWidth + w / 2 + 1,
                                    std::max(metrics.labelWidth + w / 2 + 1,
                                             frame.size.width() - w / 2 - 1));
        m_instantBadges.emplace_back(x - w / 2, bottom - badgeHeight - 4, w, badgeHeight);
    }
}

void TimelinePainter::drawInstants(QPainter &painter)
{
    for (std::size_t c = 0; c < m_instants.size(); ++c) {
        const QRectF &badge = m_instantBadges[c];
        const QString text = QString::number(m_instants[c].count());
        const double moment = metrics.labelWidth + (m_instants[c].x0 + m_instants[c].x1) / 2;
        const double x = std::clamp(moment, badge.left() + 3, badge.right() - 3);
        painter.setPen(QPen(palette.background, 1));
        painter.setBrush(palette.text);
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        const QPointF tip[] = {QPointF(x - 3, badge.bottom()), QPointF(x + 3, badge.bottom()),
                               QPointF(x, badge.bottom() + 3.5)};
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(tip, 3);
        painter.setPen(palette.background);
        m_text.draw(painter, badge, Qt::AlignHCenter, m_fonts.small,
                    m_text.get(m_fonts.small, text));
        m_marks.push_back({badge.adjusted(-1, -1, 1, 4), MarkKind::Instants, int(c), -1, -1, text});
    }
}
} // namespace Ui
