#include "timelinedrawlist.h"

#include "tracemodel.h"

#include <algorithm>
#include <cmath>
#include <span>

namespace Ui {

using Core::SpanKind;

namespace {

bool isMarker(const Core::TraceModel &model, const Core::Span &span)
{
    const SpanKind kind = model.spanType(span.typeId).kind;
    return kind == SpanKind::Done || kind == SpanKind::Cancelled || kind == SpanKind::Failed;
}

// The first span from `from` on that ends after t (open spans never end), like
// TraceModel::firstIndex but galloping from `from`: inside a folded run the answer is a few
// spans on, and probing those is far cheaper than bisecting the whole lane every pixel.
int firstEndingAfter(std::span<const Core::Span> spans, int from, Core::TimeNs t)
{
    auto endsBy = [t](const Core::Span &s) {
        return !s.isOpen() && s.start + Core::TimeNs(s.duration) <= t;
    };
    const int n = int(spans.size());
    if (from >= n || !endsBy(spans[std::size_t(from)]))
        return from;
    int lo = from; // ends by t
    int step = 1;
    int hi = from + 1;
    while (hi < n && endsBy(spans[std::size_t(hi)])) {
        lo = hi;
        step *= 2;
        hi = from + step;
    }
    hi = std::min(hi, n);
    return int(std::partition_point(spans.begin() + lo + 1, spans.begin() + hi, endsBy)
               - spans.begin());
}

} // namespace

double drawnSpanEnd(const Core::TraceModel &model, const Core::Span &span, double openEnd)
{
    const double end = double(model.spanEnd(span));
    if (!span.isOpen() || openEnd <= end)
        return end;
    // A task stays suspended (a job keeps running) until a record says otherwise; the loop's
    // open busy span only ends with the next iteration record, so it must not grow.
    const SpanKind kind = model.spanType(span.typeId).kind;
    return kind == SpanKind::LoopBusy || kind == SpanKind::LoopIdle ? end : openEnd;
}

void buildLaneItems(const Core::TraceModel &model, int lane, const TimeScale &scale, double width,
                    std::vector<DrawItem> &out, double foldPx, double openEnd)
{
    out.clear();
    const int count = model.spanCount(lane);
    if (count == 0 || width <= 0)
        return;
    const double t0 = std::max(0.0, xToTime(scale, 0));
    const double t1 = xToTime(scale, width);
    if (t1 < 0)
        return;
    int i = model.firstIndex(lane, Core::TimeNs(t0));
    // Zero-length markers at t0 end "before" it; step back so they are not lost at the edge.
    const double pixelBefore = xToTime(scale, timeToX(scale, t0) - 1);
    while (i > 0 && model.span(lane, i - 1).duration == 0
           && double(model.span(lane, i - 1).start) >= pixelBefore)
        --i;
    const int last = model.lastIndex(lane, Core::TimeNs(std::max(0.0, t1)));

    // Pixel coordinates are clamped just outside the plot so huge zooms stay in float range.
    const double lo = -2, hi = width + 2;
    DrawItem *run = nullptr; // the open folded run, if any
    double runLongest = -1;
    while (i <= last && i < count) {
        const Core::Span &span = model.span(lane, i);
        const double end = drawnSpanEnd(model, span, openEnd);
        double x0 = std::clamp(timeToX(scale, double(span.start)), lo, hi);
        double x1 = std::clamp(timeToX(scale, end), lo, hi);
        if (isMarker(model, span)) {
            out.push_back({x0 - 0.5, x0 + 0.5, span.typeId, i, i, true});
            run = nullptr;
            ++i;
            continue;
        }
        const bool narrow = x1 - x0 < foldPx;
        if (x1 - x0 < 1)
            x1 = x0 + 1;
        if (narrow && run && x0 <= run->x1 + 0.5) {
            // Extend the run, then skip every span that ends inside it: they are covered.
            run->x1 = std::max(run->x1, x1);
            run->last = i;
            const double duration = end - double(span.start);
            if (duration > runLongest) {
                runLongest = duration;
                run->typeId = span.typeId;
            }
            const auto spans = model.spans(lane);
            int next = firstEndingAfter(
                    spans, i + 1, Core::TimeNs(std::max(0.0, xToTime(scale, run->x1))));
            // Never skip a marker, which must keep its own glyph (markers are zero-length).
            next = std::min(next, last + 1);
            int j = i + 1;
            while (j < next
                   && !(spans[std::size_t(j)].duration == 0 && isMarker(model, spans[std::size_t(j)])))
                ++j;
            if (j > i + 1)
                run->last = j - 1;
            i = j;
            continue;
        }
        out.push_back({x0, x1, span.typeId, i, i, false});
        if (narrow) {
            run = &out.back();
            runLongest = end - double(span.start);
        } else {
            run = nullptr;
        }
        ++i;
    }
}

int spanAt(const Core::TraceModel &model, int lane, const TimeScale &scale, double x,
           double tolerancePx, double openEnd)
{
    const int count = model.spanCount(lane);
    if (count == 0)
        return -1;
    const double t = xToTime(scale, x);
    const int around = model.lastIndex(lane, Core::TimeNs(std::max(0.0, t)));
    int best = -1;
    double bestDistance = tolerancePx + 1e-9;
    // Zero-length markers share their start with the next span; look at a few neighbours.
    for (int i = std::max(0, around - 2); i <= std::min(count - 1, around + 2); ++i) {
        const Core::Span &span = model.span(lane, i);
        const double x0 = timeToX(scale, double(span.start));
        const double x1 = std::max(x0 + 1, timeToX(scale, drawnSpanEnd(model, span, openEnd)));
        double distance = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
        // Markers are small targets: prefer them when the pointer is right on them.
        if (distance == 0 && isMarker(model, span))
            return i;
        if (distance < bestDistance || (distance == 0 && bestDistance == 0 && best < 0)) {
            bestDistance = distance;
            best = i;
        }
    }
    return best;
}

} // namespace Ui
