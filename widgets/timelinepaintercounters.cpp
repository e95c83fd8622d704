// TimelinePainter's counter tracks: how many tasks are running, ready, sleeping, on I/O, on a
// lock or queue, or awaiting another task at each moment, as small area charts under the
// event loop. A thousand tasks sum up in a few rows before a learner reads any lane.
#include "timelinepainter.h"

#include "taskcounts.h"
#include "tracemodel.h"

#include <QPainter>
#include <algorithm>

namespace Ui {

using Core::TaskCount;

QString TimelinePainter::counterName(int kind)
{
    switch (TaskCount(kind)) {
    case TaskCount::Running: return QStringLiteral("running");
    case TaskCount::Ready: return QStringLiteral("ready");
    case TaskCount::Sleeping: return QStringLiteral("sleeping");
    case TaskCount::Io: return QStringLiteral("on I/O");
    case TaskCount::Primitive: return QStringLiteral("on a lock or queue");
    case TaskCount::Awaiting: return QStringLiteral("awaiting a task");
    }
    return {};
}

QColor TimelinePainter::counterColour(int kind) const
{
    switch (TaskCount(kind)) {
    case TaskCount::Running: return palette.running;
    case TaskCount::Ready: return palette.ready;
    case TaskCount::Sleeping: return palette.waitColor(Core::WaitKind::Sleep);
    case TaskCount::Io: return palette.waitColor(Core::WaitKind::Io);
    case TaskCount::Primitive: return palette.waitColor(Core::WaitKind::Lock);
    case TaskCount::Awaiting: return palette.waitColor(Core::WaitKind::Task);
    }
    return palette.merged;
}

void TimelinePainter::countColumns(const Core::TaskCounts &counts, const TimelineFrame &frame)
{
    // One pass over the changes in view: the peak of each state in every pixel column, so a
    // burst shorter than a pixel still shows.
    const int width = std::max(1, frame.size.width() - metrics.labelWidth);
    m_columns.resize(std::size_t(width));
    const double firstT = std::max(0.0, xToTime(frame.scale, 0));
    std::size_t j = std::size_t(std::upper_bound(counts.times.begin(), counts.times.end(),
                                                 Core::TimeNs(firstT))
                                - counts.times.begin());
    Core::TaskCountValues current = j > 0 ? counts.values[j - 1] : Core::TaskCountValues{};
    for (int x = 0; x < width; ++x) {
        const double t1 = xToTime(frame.scale, x + 1);
        Core::TaskCountValues peak = current;
        while (j < counts.times.size() && double(counts.times[j]) < t1) {
            current = counts.values[j++];
            for (int k = 0; k < Core::kTaskCountKinds; ++k)
                peak[std::size_t(k)] = std::max(peak[std::size_t(k)], current[std::size_t(k)]);
        }
        m_columns[std::size_t(x)] = peak;
    }
}

void TimelinePainter::paintCountRow(QPainter &painter, int kind, double top, double full,
                                    int width)
{
    const double h = metrics.rowHeight - 6;
    std::vector<QRectF> rects;
    // Columns of equal height become one rectangle; every non-zero count is >= 1 px.
    int start = 0;
    double startH = -1;
    auto flush = [&](int end) {
        if (startH > 0)
            rects.emplace_back(metrics.labelWidth + start, top + h - startH, end - start, startH);
    };
    for (int x = 0; x < width; ++x) {
        const std::uint32_t v = m_columns[std::size_t(x)][std::size_t(kind)];
        const double barH = v == 0 ? 0 : std::max(1.0, std::round(h * double(v) / full));
        if (barH != startH) {
            flush(x);
            start = x;
            startH = barH;
        }
    }
    flush(width);
    const QColor colour = counterColour(kind);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawRects(rects.data(), int(rects.size()));
    if (TaskCount(kind) == TaskCount::Ready) {
        painter.setBrush(QBrush(colour.darker(150), Qt::BDiagPattern));
        painter.drawRects(rects.data(), int(rects.size()));
    }
    painter.fillRect(QRectF(metrics.labelWidth, top + h, width, 1), palette.grid);
}

void TimelinePainter::paintCounterRows(QPainter &painter, const TimelineRows &rows,
                                       const TimelineFrame &frame, int firstRow, int lastRow)
{
    if (!frame.counts)
        return;
    bool any = false;
    for (int row = firstRow; row <= lastRow && !any; ++row)
        any = rows.counter[std::size_t(row)] >= 0;
    if (!any)
        return;
    countColumns(*frame.counts, frame);
    const int width = int(m_columns.size());
    for (int row = firstRow; row <= lastRow; ++row)
        if (const int kind = rows.counter[std::size_t(row)]; kind >= 0)
            paintCountRow(painter, kind, rowTop(frame, row) + 3,
                          std::max<double>(1, frame.counts->peak[std::size_t(kind)]), width);
}

void TimelinePainter::paintGroupRows(QPainter &painter, const TimelineRows &rows,
                                     const TimelineFrame &frame, int firstRow, int lastRow)
{
    // A library's folded tasks: how many of them run at each moment, on the scale of the most
    // at once, so its busy stretches read without opening its lanes.
    for (int row = firstRow; row <= lastRow; ++row) {
        const int g = rows.group[std::size_t(row)];
        if (g < 0 || !frame.groupCounts || g >= int(frame.groupCounts->size()))
            continue;
        const Core::TaskCounts &counts = (*frame.groupCounts)[std::size_t(g)];
        countColumns(counts, frame);
        const auto running = std::size_t(TaskCount::Running);
        paintCountRow(painter, int(running), rowTop(frame, row) + 3,
                      std::max<double>(1, counts.peak[running]), int(m_columns.size()));
    }
}

} // namespace Ui
