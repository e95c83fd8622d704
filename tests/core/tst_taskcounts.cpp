// Counter tracks: how many tasks run, are ready, sleep, wait on I/O, on a lock or queue, or
// await another task at each moment; what sums up a thousand tasks in a few rows.
#include "taskcounts.h"
#include "traceencoder.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QTest>

using namespace Core;

Q_DECLARE_METATYPE(Core::TaskCountValues)

namespace {

// main gathers a, b and c: a and b sleep 1 s, c waits on a lock; the timer wakes a then b.
std::unique_ptr<TraceModel> gatherRun()
{
    Test::TraceEncoder e;
    e.magic();
    e.hello({1, false, false, 1, 0, QStringLiteral("3.11.2"), QStringLiteral("python3"),
             QStringLiteral("counts.py"), 100, 0});
    const QString file = QStringLiteral("counts.py");
    e.taskNew({1000, 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"), file, 1});
    e.loopIter({1000, 1100, 0, 1, 0, 1});
    e.taskNew({1300, 2, 1, 1, QStringLiteral("Task-2"), QStringLiteral("a"), file, 2});
    e.taskNew({1310, 3, 1, 1, QStringLiteral("Task-3"), QStringLiteral("b"), file, 2});
    e.taskNew({1320, 4, 1, 1, QStringLiteral("Task-4"), QStringLiteral("c"), file, 3});
    e.step({1200, 1500, 1, false, WaitKind::Gather, QStringLiteral("gather"), 0, 0, 0});
    e.step({1600, 1700, 2, false, WaitKind::Sleep, QStringLiteral("sleep(1)"), 0, 0, 0});
    e.step({1800, 1900, 3, false, WaitKind::Sleep, QStringLiteral("sleep(1)"), 0, 0, 0});
    e.step({2000, 2100, 4, false, WaitKind::Lock, QStringLiteral("Lock.acquire"), 0, 0, 0});
    e.loopIter({2200, 1000000000, 1000000000, 0, 2, 1});
    e.wake({1000000000, 2, WakerKind::Timer, 0, {}});
    e.wake({1000000010, 3, WakerKind::Timer, 0, {}});
    e.step({1000000100, 1000000200, 2, true, WaitKind::Other, {}, 0, 0, 0});
    e.taskEnd({1000000200, 2, TaskEndState::Done, {}, {}});
    e.step({1000000300, 1000000400, 3, true, WaitKind::Other, {}, 0, 0, 0});
    e.taskEnd({1000000400, 3, TaskEndState::Done, {}, {}});
    auto model = std::make_unique<TraceModel>();
    TraceDecoder decoder;
    decoder.feed(e.bytes, *model);
    decoder.finish();
    return model;
}

TaskCountValues v(std::uint32_t running, std::uint32_t ready, std::uint32_t sleeping,
                  std::uint32_t io, std::uint32_t primitive, std::uint32_t awaiting)
{
    return {running, ready, sleeping, io, primitive, awaiting};
}

} // namespace

class TstTaskCounts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsOverTime_data()
    {
        QTest::addColumn<qulonglong>("t");
        QTest::addColumn<TaskCountValues>("counts"); // running ready sleeping io lock awaiting
        QTest::newRow("before anything") << 500ull << v(0, 0, 0, 0, 0, 0);
        QTest::newRow("main scheduled") << 1050ull << v(0, 1, 0, 0, 0, 0);
        QTest::newRow("main runs") << 1250ull << v(1, 0, 0, 0, 0, 0);
        QTest::newRow("main creates a") << 1350ull << v(1, 3, 0, 0, 0, 0);
        QTest::newRow("main awaits the gather") << 1550ull << v(0, 3, 0, 0, 0, 1);
        QTest::newRow("a runs") << 1650ull << v(1, 2, 0, 0, 0, 1);
        QTest::newRow("a sleeps") << 1750ull << v(0, 2, 1, 0, 0, 1);
        QTest::newRow("all suspended") << 2150ull << v(0, 0, 2, 0, 1, 1);
        QTest::newRow("the timer woke a") << 1000000005ull << v(0, 1, 1, 0, 1, 1);
        QTest::newRow("a runs, b ready") << 1000000150ull << v(1, 1, 0, 0, 1, 1);
        QTest::newRow("a and b done, c still on the lock") << 1000000500ull << v(0, 0, 0, 0, 1, 1);
    }
    void countsOverTime()
    {
        QFETCH(qulonglong, t);
        QFETCH(TaskCountValues, counts);
        static const auto model = gatherRun();
        static const TaskCounts all = countTasks(*model);
        QCOMPARE(countsAt(all, t), counts);
    }

    void peaks()
    {
        const auto model = gatherRun();
        const TaskCounts counts = countTasks(*model);
        QCOMPARE(counts.peak, v(1, 3, 2, 0, 1, 1));
        // Over the first microseconds: three ready at once, one running at a time.
        QCOMPARE(peakBetween(counts, 1000, 2200), v(1, 3, 2, 0, 1, 1));
        // Inside the long sleep nothing changes; a window there is its single value.
        QCOMPARE(peakBetween(counts, 500000000, 600000000), v(0, 0, 2, 0, 1, 1));
        QCOMPARE(peakBetween(counts, 1550, 1550), v(0, 3, 0, 0, 0, 1));
    }

    void onlyTheChosenLanes()
    {
        const auto model = gatherRun();
        std::vector<bool> lanes(std::size_t(model->laneCount()), false);
        lanes[std::size_t(model->task(2)->lane)] = true; // a only
        const TaskCounts counts = countTasks(*model, &lanes);
        QCOMPARE(countsAt(counts, 1750), v(0, 0, 1, 0, 0, 0));
        QCOMPARE(counts.peak, v(1, 1, 1, 0, 0, 0));
    }

    void aThousandTasksInAFewNumbers()
    {
        // 1,000 tasks that sleep together: the counts say so at any moment, and stay small.
        Test::TraceEncoder e;
        e.magic();
        e.hello({1, false, false, 1, 0, QStringLiteral("3.11.2"), QStringLiteral("python3"),
                 QStringLiteral("many.py"), 100, 0});
        TimeNs t = 1000;
        for (Id id = 1; id <= 1000; ++id)
            e.taskNew({t++, id, 1, 0, QStringLiteral("Task-%1").arg(id), QStringLiteral("w"),
                       QStringLiteral("many.py"), 1});
        for (Id id = 1; id <= 1000; ++id) {
            e.step({t, t + 5, id, false, WaitKind::Sleep, QStringLiteral("sleep(1)"), 0, 0, 0});
            t += 10;
        }
        TraceModel model;
        TraceDecoder decoder;
        decoder.feed(e.bytes, model);
        const TaskCounts counts = countTasks(model);
        QCOMPARE(countsAt(counts, t + 100), v(0, 0, 1000, 0, 0, 0));
        QCOMPARE(counts.peak[std::size_t(TaskCount::Ready)], 1000u);
        QVERIFY(counts.times.size() <= 4000);
    }
};

QTEST_MAIN(TstTaskCounts)
#include "tst_taskcounts.moc"
