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
    // One pass over the changes in view: the peak of each state in every pixel column, so a
    // burst shorter than a pixel still shows.
    const Core::TaskCounts &counts = *frame.counts;
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
    std::vector<QRectF> rects;
    for (int row = firstRow; row <= lastRow; ++row) {
        const int kind = rows.counter[std::size_t(row)];
        if (kind < 0)
            continue;
        const double top = rowTop(frame, row) + 3;
        const double h = metrics.rowHeight - 6;
        const double full = std::max<double>(1, counts.peak[std::size_t(kind)]);
        rects.clear();
        // Columns of equal height become one rectangle; every non-zero count is >= 1 px.
        int start = 0;
        double startH = -1;
        auto flush = [&](int end) {
            if (startH > 0)
                rects.emplace_back(metrics.labelWidth + start, top + h - startH, end - start,
                                   startH);
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
}

} // namespace Ui
