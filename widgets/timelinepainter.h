#pragma once
#include "flamebars.h"
#include "timelinedrawlist.h"
#include "timelineinstants.h"
#include "timelinemark.h"
#include "timelinepalette.h"
#include "timelinerows.h"
#include "timelinesprites.h"
#include "timelinetextcache.h"
#include "timescale.h"

#include <QBrush>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <array>
#include <functional>
#include <vector>

class QPainter;

namespace Core {
class TraceModel;
struct TaskCounts;
}

namespace Ui {

//! Sizes of the timeline's parts, in device-independent pixels.
struct TimelineMetrics {
    static constexpr int kTimeRulerHeight = 28;
    static constexpr int kStepRulerHeight = 42; //!< two lines: iterations, then step times
    int rulerHeight = kTimeRulerHeight;
    int rowHeight = 26;
    int labelWidth = 230;
    int indent = 14;
};

//! What one frame shows; everything the painter needs besides the model.
struct TimelineFrame {
    QSize size;
    TimeScale scale; //!< of the plot area (x = 0 at labelWidth)
    int scrollY = 0; //!< pixels of rows scrolled away above the plot
    int selectedLane = -1, selectedSpan = -1;
    int selectedFrameDepth = -1, selectedFrame = -1; //!< a frame bar of selectedLane
    double cursorX = -1; //!< plot-area x of the hover cursor, < 0 for none
    double timeCursor = -1; //!< trace time of the time cursor, < 0 for none
    QSet<int> collapsed;
    double openEnd = -1; //!< a live run's "now" in trace time: open spans grow to it; < 0: none
    bool live = false; //!< records still arrive: what has not ended yet is "so far"
    //! Coroutine frames of the task lanes expanded into frame rows (lane -> bars per depth).
    const QHash<int, std::vector<std::vector<FlameBar>>> *flames = nullptr;
    //! Wake-up arrows are drawn for all wake-ups in view up to this many; past it only for
    //! the selected lane's (Chrome caps its initiator arrows the same way).
    int allArrowsUpTo = 16;
    //! The run's task steps and callbacks in time order, for the counts of events sharing a
    //! pixel; nullptr: no counts.
    const StepAxis *events = nullptr;
    //! The counts of tasks per state over time, for counter rows; nullptr: none.
    const Core::TaskCounts *counts = nullptr;
    //! Per library group (TimelineRows::groups): its tasks per state over time; the group's
    //! row charts how many of them run. nullptr or short: those rows stay empty.
    const std::vector<Core::TaskCounts> *groupCounts = nullptr;
};

//! Paints a whole timeline frame (ruler, label column, lanes, arrows, markers) with QPainter.
//! Separate from the widget so the benchmark paints exactly what the view paints into a QImage.
//! Each frame first builds draw lists for the visible rows, then fills them grouped by brush.
class TimelinePainter
{
public:
    TimelineMetrics metrics;
    TimelinePalette palette = TimelinePalette::light();

    void paint(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
               const TimelineFrame &frame);
    //! The rectangle a lane's span of the given kind occupies inside its row (full or thin bar).
    QRectF barRect(const Core::TraceModel &model, const DrawItem &item, double rowTop) const;
    //! Where a thin bar's label goes: above the bar, in the row, never over it.
    QRectF thinLabelRect(const QRectF &bar, double rowTop) const;

    //! The marks the last frame drew (ruler labels, badges, markers, labels), in paint order.
    const std::vector<TimelineMark> &marks() const { return m_marks; }
    //! The groups of events that shared a pixel in the last frame (MarkKind::Instants).
    const std::vector<InstantCluster> &instants() const { return m_instants; }
    //! The wake-ups the last frame drew arrows for (indices into TraceModel::wakeups()), and
    //! how many were in view.
    const std::vector<int> &drawnArrows() const { return m_drawnArrows; }
    int arrowsInView() const { return m_arrowsInView; }
    //! A counter track's name ("sleeping") and colour, by Core::TaskCount.
    static QString counterName(int kind);
    QColor counterColour(int kind) const;
    //! The time cursor's colour (Okabe-Ito reddish purple: no span has it).
    static QColor timeCursorColour() { return QColor(0xCC, 0x79, 0xA7); }

private:
    struct Bucket {
        QColor color;
        QBrush overlay; //!< pattern on top, Qt::NoBrush for none
        std::vector<QRectF> rects;
    };
    struct Label {
        QRectF rect;
        QString text;
        QColor color;
    };
    struct Marker {
        QPointF at;
        std::uint32_t typeId;
    };

    void collectRow(const Core::TraceModel &model, int lane, double rowTop, double plotWidth,
                    const TimeScale &scale);
    Bucket &bucket(std::uint64_t key, const QColor &color, const QBrush &overlay);
    void fillStyle(const Core::TraceModel &model, std::uint32_t typeId, bool folded,
                   std::uint64_t *key, QColor *color, QBrush *overlay) const;
    void paintLabels(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
                     const TimelineFrame &frame, int firstRow, int lastRow);
    void paintRuler(QPainter &painter, const Core::TraceModel &model, const TimelineFrame &frame,
                    double step);
    void paintStepRuler(QPainter &painter, const Core::TraceModel &model,
                        const TimelineFrame &frame);
    void paintRulerCorner(QPainter &painter, const TimelineFrame &frame, const QString &shown);
    //! The ruler's badges (pointer time, time cursor) are placed first and tick labels give
    //! way to them, so a badge never covers a label.
    void layoutRulerBadges(const TimelineFrame &frame, double top, double height,
                           const std::function<QString(double)> &text);
    void drawRulerBadges(QPainter &painter);
    bool rulerSpaceFree(const QRectF &rect) const;
    void paintStepGrid(QPainter &painter, const TimelineFrame &frame, const QRectF &plot);
    //! Finds the events sharing a pixel and where their counts go on the ruler (above bottom),
    //! before the tick labels, which make way for them; drawInstants draws them.
    void layoutInstants(const Core::TraceModel &model, const TimelineFrame &frame, double bottom);
    void drawInstants(QPainter &painter);
    void paintTimeCursorLine(QPainter &painter, const TimelineFrame &frame);
    void paintCounterRows(QPainter &painter, const TimelineRows &rows, const TimelineFrame &frame,
                          int firstRow, int lastRow);
    //! m_columns: the peak of each count in every pixel column of the plot.
    void countColumns(const Core::TaskCounts &counts, const TimelineFrame &frame);
    //! One count from m_columns as an area chart in a row, scaled to full.
    void paintCountRow(QPainter &painter, int kind, double top, double full, int width);
    void paintGroupRows(QPainter &painter, const TimelineRows &rows, const TimelineFrame &frame,
                        int firstRow, int lastRow);
    void paintArrows(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
                     const TimelineFrame &frame);
    void paintOutputMarks(QPainter &painter, const Core::TraceModel &model,
                          const TimelineRows &rows, const TimelineFrame &frame);
    void paintBlocked(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
                      const TimelineFrame &frame);
    void paintEndMarker(QPainter &painter, const Core::TraceModel &model, const Marker &marker);
public:
    //! The output marker: a small speech bubble, nothing like a wake-up arrow's head. The
    //! legend draws the same shape.
    static void drawPrintMarker(QPainter &p, const QRectF &box, const QColor &color,
                                const QColor &ink);
    static constexpr QSizeF kPrintMarkerSize{11, 10};
private:
    //! Drops cached text and shapes when the font or the colours changed since the last frame.
    void prepareStyle(const QPainter &painter);
    double rowTop(const TimelineFrame &frame, int row) const;
    void paintFlameRow(QPainter &painter, int lane, const std::vector<FlameBar> &bars, int depth,
                       double top, const TimelineFrame &frame, double plotWidth);
    //! Where a task lane's "frames" toggle sits in the label column.
public:
    QRectF flameToggleRect(double rowTop, int laneDepth) const;
    static bool hasFlameToggle(const Core::TraceModel &model, int lane);
private:

    // Reused between frames so a steady view does not allocate.
    std::vector<DrawItem> m_items;
    std::vector<Bucket> m_buckets;
    std::vector<std::pair<std::uint64_t, int>> m_bucketIndex;
    std::vector<Label> m_labels;
    std::vector<Marker> m_markers;
    std::vector<TimelineMark> m_marks;
    struct Badge {
        QRectF rect;
        QString text;
        QColor fill;
    };
    std::vector<Badge> m_badges;
    std::vector<InstantCluster> m_instants;
    std::vector<QRectF> m_instantBadges; // per cluster
    std::vector<double> m_instantXs, m_instantTimes;
    std::vector<int> m_instantKinds;
    std::vector<int> m_drawnArrows;
    std::vector<std::array<std::uint32_t, 6>> m_columns; // counter peaks per pixel column
    int m_arrowsInView = 0;
    double m_openEnd = -1; // of the frame being painted

    // Text is shaped once and shapes are rendered once; a frame mostly blits.
    TimelineTextCache m_text;
    TimelineSprites m_sprites;
    struct Fonts {
        QFont regular, bold, italic, small;
    } m_fonts;
    std::size_t m_styleStamp = 0;
    bool m_styled = false;
};

//! What a lane's label says in room px: its whole name ("Task-2 download('a.zip')") when it
//! fits, else the call alone ("download('a.zip')"): which download matters more than its
//! number, which the tooltip still gives. width measures a text in the label's font.
QString laneLabel(const QString &name, const QString &call, double room,
                  const std::function<double(const QString &)> &width);

} // namespace Ui
