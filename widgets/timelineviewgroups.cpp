// TimelineView's library groups: the tasks whose coroutine is a library's own code (uvicorn's
// server and connection tasks, anyio's task groups, aiohttp's internals) fold into one row per
// library under the program's lanes, so a FastAPI run reads as the learner's program first.
// The row charts how many of the library's tasks run; a click opens it into their lanes.
#include "timelineview.h"

#include "taskcounts.h"
#include "timescale.h"
#include "tracemodel.h"

#include <QLocale>
#include <QScrollBar>

#include <algorithm>

namespace Ui {

void TimelineView::setLibraryOpen(const QString &library, bool open)
{
    if (open == m_openLibraries.contains(library))
        return;
    if (open)
        m_openLibraries.insert(library);
    else
        m_openLibraries.remove(library);
    rebuildRows();
    updateScrollBars();
    viewport()->update();
}

int TimelineView::groupAt(QPoint pos) const
{
    const TimelineMetrics &mt = m_painter.metrics;
    if (pos.y() < mt.rulerHeight)
        return -1;
    const int row = (pos.y() - mt.rulerHeight + verticalScrollBar()->value()) / mt.rowHeight;
    return row >= 0 && row < int(m_rows.group.size()) ? m_rows.group[std::size_t(row)] : -1;
}

QString TimelineView::groupToolTip(int group, double t) const
{
    if (group < 0 || group >= int(m_rows.groups.size()))
        return {};
    const TimelineRows::Group &g = m_rows.groups[std::size_t(group)];
    const auto running = std::size_t(Core::TaskCount::Running);
    std::uint32_t now = 0, most = 0;
    if (group < int(m_groupCounts.size())) {
        now = Core::countsAt(m_groupCounts[std::size_t(group)],
                             Core::TimeNs(std::max(0.0, t)))[running];
        most = m_groupCounts[std::size_t(group)].peak[running];
    }
    const int n = int(g.lanes.size());
    return tr("<b>%1</b>: %2 of the library's own tasks (not your program's)<br/>"
              "%3 running at %4, at most %5 at once<br/>%6")
            .arg(g.library.toHtmlEscaped(), QLocale().toString(n),
                 QLocale().toString(now), formatDuration(t), QLocale().toString(most),
                 g.open ? tr("Click to fold them into this row.")
                        : tr("Click to show their lanes."));
}

void TimelineView::refreshGroupCounts(bool force)
{
    if (!m_model || m_rows.groups.empty()) {
        m_groupCounts.clear();
        m_groupCountsRevision = ~0ull;
        return;
    }
    if (!force && m_groupCountsRevision == m_model->revision())
        return;
    // Each group sums its own lanes; a run has a handful of libraries at most.
    m_groupCounts.clear();
    std::vector<bool> lanes(std::size_t(m_model->laneCount()), false);
    for (const TimelineRows::Group &g : m_rows.groups) {
        std::fill(lanes.begin(), lanes.end(), false);
        for (int lane : g.lanes)
            if (lane >= 0 && lane < int(lanes.size()))
                lanes[std::size_t(lane)] = true;
        m_groupCounts.push_back(Core::countTasks(*m_model, &lanes));
    }
    m_groupCountsRevision = m_model->revision();
}

} // namespace Ui
