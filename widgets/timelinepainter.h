#pragma once
#include "flamebars.h"
#include "timelinedrawlist.h"
#include "timelinepalette.h"
#include "timelinerows.h"
#include "timelinesprites.h"
#include "timelinetextcache.h"
#include "timescale.h"

#include <QBrush>
#include <QFont>
#include <QRectF>
#include <QSize>
#include <vector>

class QPainter;

namespace Core {
class TraceModel;
}

namespace Ui {

//! Sizes of the timeline's parts, in device-independent pixels.
struct TimelineMetrics {
    int rulerHeight = 28;
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
    double cursorX = -1; //!< plot-area x of the hover cursor, < 0 for none
    QSet<int> collapsed;
    double openEnd = -1; //!< a live run's "now" in trace time: open spans grow to it; < 0: none
    //! Coroutine frames of the task lanes expanded into frame rows (lane -> bars per depth).
    const QHash<int, std::vector<std::vector<FlameBar>>> *flames = nullptr;
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
    void paintRuler(QPainter &painter, const TimelineFrame &frame, double step);
    void paintArrows(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
                     const TimelineFrame &frame);
    void paintOutputMarks(QPainter &painter, const Core::TraceModel &model,
                          const TimelineRows &rows, const TimelineFrame &frame);
    void paintBlocked(QPainter &painter, const Core::TraceModel &model, const TimelineRows &rows,
                      const TimelineFrame &frame);
    void paintEndMarker(QPainter &painter, const Core::TraceModel &model, const Marker &marker);
    //! Drops cached text and shapes when the font or the colours changed since the last frame.
    void prepareStyle(const QPainter &painter);
    double rowTop(const TimelineFrame &frame, int row) const;
    void paintFlameRow(QPainter &painter, const std::vector<FlameBar> &bars, int depth,
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

} // namespace Ui
