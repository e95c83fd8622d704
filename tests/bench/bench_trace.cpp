// Throughput of the trace engine on a realistic synthetic stream (STEP/WAKE/LOOP_ITER/
// TASK_NEW/TASK_END): decoding alone, decoding into the model, and what is built on the model.

#include "chromeexporter.h"
#include "runsummary.h"
#include "schedulerstate.h"
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QBuffer>
#include <benchmark/benchmark.h>
#include <memory>

using namespace Core;

namespace
{

const Test::TraceEncoder &stream()
{
    static const Test::TraceEncoder trace = Test::syntheticTrace(1000000);
    return trace;
}

// Feeds in 64 KiB chunks, as the host reads the trace pipe.
void feedChunked(TraceDecoder &decoder, const QByteArray &bytes, TraceSink &sink)
{
    constexpr qsizetype kChunk = 64 * 1024;
    for (qsizetype pos = 0; pos < bytes.size(); pos += kChunk)
        decoder.feed(QByteArrayView(bytes).sliced(pos, std::min(kChunk, bytes.size() - pos)), sink);
    decoder.finish();
}

void BM_DecodeOnly(benchmark::State &state)
{
    const auto &trace = stream();
    for (auto _ : state) {
        TraceDecoder decoder;
        TraceSink sink;
        feedChunked(decoder, trace.bytes, sink);
        benchmark::DoNotOptimize(decoder.stats().records);
    }
    state.counters["events/s"] = benchmark::Counter(
        double(trace.events) * state.iterations(), benchmark::Counter::kIsRate);
    state.SetBytesProcessed(std::int64_t(trace.bytes.size()) * state.iterations());
}
BENCHMARK(BM_DecodeOnly)->Unit(benchmark::kMillisecond);

void BM_DecodeAndIngest(benchmark::State &state)
{
    const auto &trace = stream();
    double bytesPerSpan = 0, modelBytesPerSpan = 0, spans = 0;
    for (auto _ : state) {
        TraceModel model;
        TraceDecoder decoder;
        feedChunked(decoder, trace.bytes, model);
        state.PauseTiming();
        spans = double(model.spanTotal());
        bytesPerSpan = double(model.spanBytes()) / spans;
        modelBytesPerSpan = double(model.approximateBytes()) / spans;
        state.ResumeTiming();
    }
    state.counters["events/s"] = benchmark::Counter(
        double(trace.events) * state.iterations(), benchmark::Counter::kIsRate);
    state.counters["spans"] = spans;
    state.counters["span_B/span"] = bytesPerSpan;
    state.counters["model_B/span"] = modelBytesPerSpan;
}
BENCHMARK(BM_DecodeAndIngest)->Unit(benchmark::kMillisecond);

const TraceModel &loadedModel()
{
    static const TraceModel *model = [] {
        auto *m = new TraceModel;
        TraceDecoder decoder;
        feedChunked(decoder, Test::syntheticTrace(100000).bytes, *m);
        return m;
    }();
    return *model;
}

void BM_FirstIndex(benchmark::State &state)
{
    const TraceModel &model = loadedModel();
    const int lane = 0; // the loop lane: the longest
    const TimeNs end = model.endTime();
    TimeNs t = 0;
    for (auto _ : state) {
        t = (t + 7919 * 1000) % end;
        benchmark::DoNotOptimize(model.firstIndex(lane, t));
        benchmark::DoNotOptimize(model.lastIndex(lane, t + 1000000));
    }
}
BENCHMARK(BM_FirstIndex);

void BM_RunSummary(benchmark::State &state)
{
    const TraceModel &model = loadedModel();
    for (auto _ : state)
        benchmark::DoNotOptimize(buildRunSummary(model, {}));
}
BENCHMARK(BM_RunSummary)->Unit(benchmark::kMillisecond);

void BM_ChromeExport(benchmark::State &state)
{
    const TraceModel &model = loadedModel();
    for (auto _ : state) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeChromeTrace(model, buffer);
        benchmark::DoNotOptimize(buffer.size());
    }
}
BENCHMARK(BM_ChromeExport)->Unit(benchmark::kMillisecond);

// Scrubbing: the scheduler state at a cursor time, on a 100k-event trace with the replay
// records (timers, wait objects), at 64 evenly spread times.
void BM_ReconstructAt(benchmark::State &state)
{
    static const auto model = [] {
        auto m = std::make_unique<TraceModel>();
        TraceDecoder decoder;
        feedChunked(decoder, Test::syntheticTrace(100000, 64, 16, true).bytes, *m);
        return m;
    }();
    const TimeNs end = model->endTime();
    std::size_t i = 0, items = 0;
    for (auto _ : state) {
        const TimeNs t = end / 64 * (i++ % 64);
        const SchedulerState s = reconstructAt(*model, t);
        items += s.ready.size() + s.timers.size() + s.waiters.size();
        benchmark::DoNotOptimize(items);
    }
    state.counters["events"] = double(model->recordCount());
    state.counters["tasks"] = double(model->tasks().size());
    state.counters["timers"] = double(model->timers().size());
}
BENCHMARK(BM_ReconstructAt)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
