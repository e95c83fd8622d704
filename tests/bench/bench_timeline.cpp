// Painting cost of the timeline: a full-width frame of a 1,000,000-event trace into a QImage,
// zoomed out (everything folded) and zoomed in (spans wide enough for labels). Goal: <= 8 ms.
// One painter paints every frame, as in the view, so its text and shape caches are warm. The
// HiDpi variants paint the same frames at device pixel ratio 2 (four times the pixels). The
// Steps variants paint on the step axis (every step equally wide; goal also <= 8 ms), and
// BM_BuildStepAxis is the one-off cost of laying it out.

#include "stepaxis.h"
#include "synthetic.h"
#include "timelinepainter.h"
#include "timelinerows.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <benchmark/benchmark.h>

using namespace Core;

namespace
{

const TraceModel &model()
{
    static const TraceModel *m = [] {
        auto *model = new TraceModel;
        TraceDecoder decoder;
        const QByteArray bytes = Test::syntheticTrace(1000000).bytes;
        decoder.feed(bytes, *model);
        decoder.finish();
        return model;
    }();
    return *m;
}

const Ui::StepAxis &stepAxis()
{
    static const Ui::StepAxis *axis = [] {
        auto *a = new Ui::StepAxis;
        a->build(model());
        return a;
    }();
    return *axis;
}

void paintFrames(benchmark::State &state, double visibleFraction, double dpr = 1,
                 bool steps = false)
{
    const TraceModel &m = model();
    const Ui::TimelineRows rows = Ui::buildTimelineRows(m);
    Ui::TimelinePainter painter;
    if (steps)
        painter.metrics.rulerHeight = Ui::TimelineMetrics::kStepRulerHeight;
    const QSize size(1920, 1080);
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    Ui::TimelineFrame frame;
    frame.size = size;
    const double plotWidth = size.width() - painter.metrics.labelWidth;
    // As the view paints it: with the steps for the counts of events sharing a pixel.
    frame.events = &stepAxis();
    const double end = steps ? stepAxis().endPosition() : double(m.endTime());
    frame.scale = Ui::TimeScale{visibleFraction < 1 ? end * 0.5 : 0,
                                end * visibleFraction / plotWidth,
                                steps ? &stepAxis() : nullptr};
    frame.cursorX = plotWidth / 3;
    for (auto _ : state) {
        QPainter p(&image);
        painter.paint(p, m, rows, frame);
        p.end();
        benchmark::DoNotOptimize(image.constBits());
    }
    state.counters["spans"] = double(m.spanTotal());

    state.counters["lanes"] = m.laneCount();
    state.counters["ns_per_px"] = frame.scale.nsPerPixel;
}

void BM_PaintZoomedOut(benchmark::State &state)
{
    paintFrames(state, 1.0);
}
BENCHMARK(BM_PaintZoomedOut)->Unit(benchmark::kMillisecond);

void BM_PaintZoomedIn(benchmark::State &state)
{
    paintFrames(state, 2e-5); // a few ms of a ~minute-long run: every span is wide
}
BENCHMARK(BM_PaintZoomedIn)->Unit(benchmark::kMillisecond);

void BM_PaintMidZoom(benchmark::State &state)
{
    paintFrames(state, 2e-3);
}
BENCHMARK(BM_PaintMidZoom)->Unit(benchmark::kMillisecond);

void BM_PaintZoomedOutHiDpi(benchmark::State &state)
{
    paintFrames(state, 1.0, 2);
}
BENCHMARK(BM_PaintZoomedOutHiDpi)->Unit(benchmark::kMillisecond);

void BM_PaintZoomedInHiDpi(benchmark::State &state)
{
    paintFrames(state, 2e-5, 2);
}
BENCHMARK(BM_PaintZoomedInHiDpi)->Unit(benchmark::kMillisecond);

void BM_PaintStepsZoomedOut(benchmark::State &state)
{
    paintFrames(state, 1.0, 1, true);
}
BENCHMARK(BM_PaintStepsZoomedOut)->Unit(benchmark::kMillisecond);

void BM_PaintStepsMidZoom(benchmark::State &state)
{
    paintFrames(state, 2e-3, 1, true);
}
BENCHMARK(BM_PaintStepsMidZoom)->Unit(benchmark::kMillisecond);

void BM_PaintStepsZoomedIn(benchmark::State &state)
{
    paintFrames(state, 5e-5, 1, true); // some 20 steps across: each 80 px wide
}
BENCHMARK(BM_PaintStepsZoomedIn)->Unit(benchmark::kMillisecond);

void BM_PaintStepsZoomedOutHiDpi(benchmark::State &state)
{
    paintFrames(state, 1.0, 2, true);
}
BENCHMARK(BM_PaintStepsZoomedOutHiDpi)->Unit(benchmark::kMillisecond);

void BM_BuildStepAxis(benchmark::State &state)
{
    const TraceModel &m = model();
    Ui::StepAxis axis;
    for (auto _ : state) {
        axis.build(m);
        benchmark::DoNotOptimize(axis.endPosition());
    }
    state.counters["steps"] = double(axis.steps().size());
    state.counters["corners"] = double(axis.breaks().size());
}
BENCHMARK(BM_BuildStepAxis)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // Text and fonts need a GUI application; offscreen unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
