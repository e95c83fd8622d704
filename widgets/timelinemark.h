#pragma once
#include <QRectF>
#include <QString>

namespace Ui {

//! What a mark on the timeline is, besides the lanes' spans.
enum class MarkKind {
    TickLabel, //!< a ruler label (index: the tick's step index on the step axis, else -1)
    HoverBadge, //!< the pointer's time on the ruler
    CursorTag, //!< the time cursor's time on the ruler
    Iteration, //!< a loop iteration's band on the step ruler (index: the iteration)
    Print, //!< an output line's marker (index: into TraceModel::output())
    Wake, //!< a wake-up arrow (index: into TraceModel::wakeups())
    Blocked, //!< a "blocked 600 ms" label (index: into TraceModel::blocked())
    Instants, //!< events sharing a pixel (index: into TimelinePainter::instants())
    FrameBar //!< a coroutine frame in a frame row (lane, depth, index into its bars)
};

//! Where the last frame drew a mark: the view hit-tests these for tooltips and clicks, and
//! tests read them to check what a learner would see (nothing covering a label, say).
struct TimelineMark {
    QRectF rect;
    MarkKind kind = MarkKind::TickLabel;
    int index = -1;
    int lane = -1;
    int depth = -1;
    QString text; //!< what it says, for labels and badges
};

} // namespace Ui
