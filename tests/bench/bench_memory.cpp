// Host memory per recorded event (issue 14, finding 9): feeds a synthetic trace of about
// 1,000,000 events through the real decoder into a TraceModel, the way a live run or an opened
// recording does, and prints the heap the decoder and model hold afterwards (mallinfo2: bytes
// in use, including large mmap'ed blocks) per event, the resident set's growth, and the size
// of the run summary built from it. Budget (docs/SUMMARY.md, "Memory"): at most 200 bytes per
// event on the task-heavy shapes; the summary stays under its stated size at any task count.
//
//   bench_memory                      every shape, 1,000,000 events
//   bench_memory --shape tasks --events 200000
//
// Shapes: pool64 (64 tasks alive, many steps each), tasks (about 100k short tasks of 4 steps),
// tasks1 (about 250k tasks of one step each: the most task-heavy), million (about 1M tasks of
// one step each: four times --events).

#include "runsummary.h"
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <malloc.h>
#include <unistd.h>

using namespace Core;

namespace
{

std::size_t heapInUse()
{
    const struct mallinfo2 info = mallinfo2();
    return info.uordblks + info.hblkhd;
}

std::size_t residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toULongLong() * std::size_t(sysconf(_SC_PAGESIZE)) : 0;
}

Test::TraceEncoder makeTrace(const QString &shape, int events)
{
    if (shape == QLatin1String("tasks"))
        return Test::taskHeavyTrace(events, 4);
    if (shape == QLatin1String("tasks1"))
        return Test::taskHeavyTrace(events, 1);
    if (shape == QLatin1String("million"))
        return Test::taskHeavyTrace(4 * events, 1);
    return Test::syntheticTrace(events, 64);
}

void measure(const QString &shape, int events)
{
    QByteArray bytes = makeTrace(shape, events).bytes;
    malloc_trim(0);
    const std::size_t heap0 = heapInUse(), rss0 = residentBytes();
    QElapsedTimer timer;
    timer.start();
    auto model = std::make_unique<TraceModel>();
    auto decoder = std::make_unique<TraceDecoder>();
    // In pieces, as the live pipe and a recording file deliver it.
    for (qsizetype at = 0; at < bytes.size(); at += 64 * 1024)
        decoder->feed(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(64 * 1024, bytes.size() - at)), *model);
    decoder->finish();
    const double feedMs = double(timer.nsecsElapsed()) / 1e6;
    const std::size_t heap1 = heapInUse(), rss1 = residentBytes();
    const double n = double(model->recordCount());
    std::printf("%-7s %8.0f events, %7zu tasks, %7zu spans: host %6.1f B/event (heap %6.1f MB, "
                "model's own estimate %6.1f MB, RSS +%6.1f MB), fed in %.0f ms\n",
        qPrintable(shape), n, model->tasks().size() + model->untrackedTasks(),
        model->spanTotal(), double(heap1 - heap0) / n, double(heap1 - heap0) / 1e6,
        double(model->approximateBytes()) / 1e6, double(rss1 - rss0) / 1e6, feedMs);

    timer.restart();
    const QByteArray summary = QJsonDocument(buildRunSummary(*model, {})).toJson(
        QJsonDocument::Compact);
    const double summaryMs = double(timer.nsecsElapsed()) / 1e6;
    const std::size_t heap2 = heapInUse(), rss2 = residentBytes();
    std::printf("        summary %.2f MB (%zu tasks in detail) built in %.0f ms, peak RSS "
                "growth while building +%.1f MB\n",
        double(summary.size()) / 1e6,
        std::size_t(QJsonDocument::fromJson(summary)[QLatin1String("tasks")].toArray().size()),
        summaryMs, double(rss2 > rss1 ? rss2 - rss1 : 0) / 1e6);
    Q_UNUSED(heap2);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("events"), QStringLiteral("records in the trace"),
        QStringLiteral("n"), QStringLiteral("1000000") });
    parser.addOption({ QStringLiteral("shape"), QStringLiteral("pool64, tasks, tasks1 or million"),
        QStringLiteral("name") });
    parser.process(app);
    const int events = parser.value(QStringLiteral("events")).toInt();
    const QString only = parser.value(QStringLiteral("shape"));
    for (const QString shape : { QStringLiteral("pool64"), QStringLiteral("tasks"),
             QStringLiteral("tasks1"), QStringLiteral("million") }) {
        if (only.isEmpty() || only == shape)
            measure(shape, events);
    }
    return 0;
}
