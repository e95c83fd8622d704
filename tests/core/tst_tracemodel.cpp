#include "fixtures.h"
#include "synthetic.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QTest>

using namespace Core;
using namespace Core::Test;

namespace
{

void load(TraceModel &model, const QByteArray &bytes)
{
    TraceDecoder decoder;
    decoder.feed(bytes, model);
    decoder.finish();
    model.setDecoderStats(decoder.stats());
}

SpanKind kindOf(const TraceModel &m, const Span &s)
{
    return m.spanType(s.typeId).kind;
}

// Lanes must stay sorted and non-overlapping with only the last span open: the timeline's
// binary search depends on it.
bool lanesWellFormed(const TraceModel &m, QString *why)
{
    for (int lane = 0; lane < m.laneCount(); ++lane) {
        const auto spans = m.spans(lane);
        for (std::size_t i = 0; i < spans.size(); ++i) {
            if (spans[i].isOpen() && i + 1 != spans.size()) {
                *why = QStringLiteral("lane %1 span %2 open but not last").arg(lane).arg(i);
                return false;
            }
            if (i && m.spanEnd(spans[i - 1]) > spans[i].start) {
                *why = QStringLiteral("lane %1 span %2 overlaps").arg(lane).arg(i);
                return false;
            }
        }
    }
    return true;
}

} // namespace

class tst_TraceModel : public QObject
{
    Q_OBJECT

private slots:
    void lanesAreNestedUnderParents();
    void taskSpansFollowStates();
    void lanesAreNamedByTheCall();
    void lanesNeverOverlap();
    void firstAndLastIndex_data();
    void firstAndLastIndex();
    void waitsPairWithWakeups();
    void waitWithoutWakeIsWokenByTheTaskItself();
    void closedLoopStopsBeingBusy();
    void blockedDurationComesFromTheStep();
    void blockedReportedLateStillMatches();
    void blockedThatNeverEndsStaysOpen();
    void stepOverThresholdIsBlockedEvenUnsampled();
    void longStepIsRunningWhileItRuns();
    void runningReportAfterTheStepIsStale();
    void runningAfterABareYieldIsWokenByItself();
    void runningCallbackKeepsTheLoopBusy();
    void stepStillRunningWhenTheRunEnds();
    void activeStartIsTheFirstLoop();
    void loopBusyAndIdle();
    void threadJobs();
    void outputIsBoundedAndDropsCounted();
    void liveAppendsKeepEarlierSpans();
    void unknownTaskGetsPlaceholder();
    void spanMemoryStaysSmall();
    void growingIdsStayBounded_data();
    void stepRecordsOutsideStepModeAreIgnored();
    void laterHelloIsIgnored();
    void longLineKeepsItsBeginningAndCountsTheRest();
    void growingIdsStayBounded();
};

void tst_TraceModel::lanesAreNestedUnderParents()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    QCOMPARE(m.laneCount(), 5);
    QCOMPARE(m.lane(0).kind, LaneKind::Loop);
    QCOMPARE(m.lane(0).name, QStringLiteral("Event loop 1"));
    QCOMPARE(m.lane(1).name, QStringLiteral("Task-1 main"));
    QCOMPARE(m.lane(1).parent, 0);
    QCOMPARE(m.lane(1).depth, 1);
    QCOMPARE(m.lane(2).name, QStringLiteral("Task-2 fetch"));
    QCOMPARE(m.lane(2).parent, 1);
    QCOMPARE(m.lane(2).depth, 2);
    QCOMPARE(m.lane(3).parent, 1);
    QCOMPARE(m.lane(4).kind, LaneKind::Thread);
    QCOMPARE(m.lane(4).name, QStringLiteral("asyncio_0"));
    QCOMPARE(m.task(3)->lane, 3);
    QVERIFY(!m.task(99));
}

void tst_TraceModel::taskSpansFollowStates()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    const int lane = m.task(2)->lane;
    const QList<SpanKind> expectedKinds { SpanKind::Ready, SpanKind::Running, SpanKind::Suspended,
        SpanKind::Ready, SpanKind::Running, SpanKind::Done };
    const QList<TimeNs> expectedStarts { us(3), us(6), us(7), us(10008.5), us(10009), us(10010) };
    QCOMPARE(m.spanCount(lane), expectedKinds.size());
    for (int i = 0; i < m.spanCount(lane); ++i) {
        QCOMPARE(kindOf(m, m.span(lane, i)), expectedKinds[i]);
        QCOMPARE(m.span(lane, i).start, expectedStarts[i]);
        QVERIFY(!m.span(lane, i).isOpen());
    }
    const SpanType &wait = m.spanType(m.span(lane, 2).typeId);
    QCOMPARE(wait.wait, WaitKind::Sleep);
    QCOMPARE(m.string(wait.label), QStringLiteral("sleep(0.01)"));
    QCOMPARE(kindOf(m, m.spans(m.task(3)->lane).back()), SpanKind::Failed);
    QCOMPARE(m.task(3)->state, TaskState::Failed);
    QCOMPARE(m.task(3)->exception, QStringLiteral("ValueError: bad"));
    QCOMPARE(m.task(2)->steps, 2u);
    QCOMPARE(m.task(2)->running, us(2));
}

void tst_TraceModel::lanesAreNamedByTheCall()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", "/srv/a.py", 9, "/srv/a.py", "main()" });
    e.taskNew({ 20, 2, 1, 1, "Task-2", "download", "/srv/a.py", 5, "/srv/a.py",
                "download('a.zip')" });
    e.taskNew({ 30, 3, 1, 1, "Task-3", "Server.serve", "/srv/a.py", 6,
                "/usr/lib/python3/dist-packages/uvicorn/server.py", "Server.serve(<socket>)" });
    e.taskNewLegacy({ 40, 4, 1, 1, "Task-4", "old", "/srv/a.py", 7 }); // an old recording
    e.taskEnd({ 50, 2, TaskEndState::Done, {}, "fetch-a" });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.lane(m.task(2)->lane).name, QStringLiteral("fetch-a download('a.zip')"));
    QCOMPARE(m.task(2)->call, QStringLiteral("download('a.zip')"));
    QVERIFY(m.task(2)->origin.isProgram());
    QCOMPARE(m.lane(m.task(3)->lane).name, QStringLiteral("Task-3 Server.serve(<socket>)"));
    QCOMPARE(m.task(3)->origin, (SourceOrigin { SourceKind::Library, "uvicorn" }));
    QCOMPARE(m.lane(m.task(4)->lane).name, QStringLiteral("Task-4 old"));
    QCOMPARE(m.task(4)->origin.kind, SourceKind::Unknown);
}

void tst_TraceModel::lanesNeverOverlap()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    QString why;
    QVERIFY2(lanesWellFormed(m, &why), qPrintable(why));

    // Records from other threads can lag: a late, overlapping STEP is moved, not overlapped.
    TraceEncoder e;
    e.taskNew({ 100, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 200, 300, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.step({ 250, 280, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    TraceModel late;
    load(late, e.bytes);
    QVERIFY2(lanesWellFormed(late, &why), qPrintable(why));
}

void tst_TraceModel::firstAndLastIndex_data()
{
    // Lane: Ready[10,20) Running[20,30) Suspended[30,50) Ready[50,60) Running[60,70)
    // Suspended[70,open)
    QTest::addColumn<qulonglong>("t");
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("last");
    QTest::newRow("before everything") << 0ull << 0 << -1;
    QTest::newRow("first start") << 10ull << 0 << 0;
    QTest::newRow("boundary belongs to next") << 20ull << 1 << 1;
    QTest::newRow("inside running") << 25ull << 1 << 1;
    QTest::newRow("inside ready") << 55ull << 3 << 3;
    QTest::newRow("open span start") << 70ull << 5 << 5;
    QTest::newRow("far after") << 1000000ull << 5 << 5;
}

void tst_TraceModel::firstAndLastIndex()
{
    QFETCH(qulonglong, t);
    QFETCH(int, first);
    QFETCH(int, last);
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 30, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.wake({ 50, 1, WakerKind::Timer, 0, {} });
    e.step({ 60, 70, 1, false, WaitKind::Event, "Event.wait", 0, 0 });
    TraceModel m;
    load(m, e.bytes);
    const int lane = m.task(1)->lane;
    QCOMPARE(m.spanCount(lane), 6);
    QCOMPARE(m.firstIndex(lane, t), first);
    QCOMPARE(m.lastIndex(lane, t), last);
}

void tst_TraceModel::waitsPairWithWakeups()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    const TaskInfo &fetch = *m.task(2);
    QCOMPARE(fetch.waits.size(), 1u);
    WaitView w = m.wait(fetch, 0);
    QCOMPARE(w.kind, WaitKind::Sleep);
    QCOMPARE(w.start, us(7));
    QCOMPARE(w.end, std::optional<TimeNs>(us(10009)));
    QVERIFY(w.wakeup);
    QCOMPARE(w.wakeup->kind, WakerKind::Timer);

    const TaskInfo &main = *m.task(1);
    w = m.wait(main, 0);
    QCOMPARE(w.kind, WaitKind::Gather);
    QCOMPARE(w.detail, QStringLiteral("gather(2)"));
    QCOMPARE(w.end, std::optional<TimeNs>(us(170013)));
    QCOMPARE(w.wakeup->kind, WakerKind::Task);
    QCOMPARE(w.wakeup->wakerTask, 3u);
    const QList<FrameRecord> frames = m.chainFrames(w.chain);
    QCOMPARE(frames.size(), 2);
    QCOMPARE(frames[0].function, QStringLiteral("main"));
    QCOMPARE(frames[0].line, 14u);
    QCOMPARE(frames[1].function, QStringLiteral("gather"));
    QCOMPARE(m.wakeups().size(), 3u);
}

void tst_TraceModel::waitWithoutWakeIsWokenByTheTaskItself()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 30, 1, false, WaitKind::Yield, {}, 0, 0 });
    e.step({ 40, 45, 1, false, WaitKind::Future, "Future", 0, 0 });
    TraceModel m;
    load(m, e.bytes);
    const TaskInfo &t = *m.task(1);
    QCOMPARE(t.waits.size(), 2u);
    QCOMPARE(m.wait(t, 0).end, std::optional<TimeNs>(40));
    // The tracer sends no WAKE for a task that rescheduled itself (PROTOCOL.md).
    const auto wakeup = m.wait(t, 0).wakeup;
    QVERIFY(wakeup);
    QCOMPARE(wakeup->kind, WakerKind::Task);
    QCOMPARE(wakeup->wakerTask, 1u);
    QCOMPARE(wakeup->t, TimeNs(40));
    QVERIFY(!m.wait(t, 1).end); // never ran again
    QVERIFY(!m.wait(t, 1).wakeup);
}

void tst_TraceModel::closedLoopStopsBeingBusy()
{
    // asyncio.run twice: the first loop closes at 100 and must not stay busy until 1000.
    TraceEncoder e;
    e.loopIter({ 10, 20, 0, 1, 0, 1 });
    e.loopClose({ 100, 1 });
    e.loopIter({ 200, 900, 0, 1, 0, 2 });
    e.loopClose({ 1000, 2 });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.loops().size(), 2u);
    QCOMPARE(m.loops()[0].busy, TimeNs(100 - 20));
    QCOMPARE(m.loops()[1].busy, TimeNs(1000 - 900));
    const auto first = m.spans(m.loops()[0].lane);
    QVERIFY(!first.back().isOpen());
    QCOMPARE(m.spanEnd(first.back()), TimeNs(100));
}

void tst_TraceModel::blockedDurationComesFromTheStep()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    QCOMPARE(m.blocked().size(), 1u);
    const BlockedInfo &b = m.blocked()[0];
    QCOMPARE(b.start, us(20009));
    QCOMPARE(b.duration, std::int64_t(us(150000)));
    QCOMPARE(b.function, QStringLiteral("fetch"));
    QCOMPARE(m.maxStep(), us(150000));
}

void tst_TraceModel::blockedReportedLateStillMatches()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 500, 1, true, WaitKind::Sleep, {}, 0, 0 });
    e.blocked({ 20, 1, "a.py", "f", 3, 1 });
    e.callbackRun({ 600, 900, 4 });
    e.blocked({ 600, 0, "a.py", "cb", 5, 1 });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.blocked().size(), 2u);
    QCOMPARE(m.blocked()[0].duration, 480);
    QCOMPARE(m.blocked()[1].duration, 300);
}

void tst_TraceModel::blockedThatNeverEndsStaysOpen()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.blocked({ 20, 1, "a.py", "spin", 3, 1 });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.blocked()[0].duration, -1);
}

void tst_TraceModel::stepOverThresholdIsBlockedEvenUnsampled()
{
    // Threshold 100 ms. A 103 ms step ends before the watchdog's next 10 ms look: it is still
    // a blocked step. A 40 ms step is not. A late BLOCKED report fills in the line, once.
    constexpr TimeNs ms = 1000000;
    TraceEncoder e;
    e.hello({ 1, false, false, 42, 0, "3.11.2", "/usr/bin/python3", "a.py", 100, 0 });
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 1 * ms, 104 * ms, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.step({ 200 * ms, 240 * ms, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.callbackRun({ 300 * ms, 420 * ms, 4 });
    e.blocked({ 300 * ms, 0, "a.py", "on_tick", 9, 1 });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.blocked().size(), 2u);
    QCOMPARE(m.blocked()[0].start, 1 * ms);
    QCOMPARE(m.blocked()[0].duration, std::int64_t(103 * ms));
    QCOMPARE(m.blocked()[0].task, 1u);
    QVERIFY(m.blocked()[0].file.isEmpty());
    QCOMPARE(m.blocked()[1].duration, std::int64_t(120 * ms));
    QCOMPARE(m.blocked()[1].line, 9u);
    QCOMPARE(m.blocked()[1].function, QStringLiteral("on_tick"));
}

void tst_TraceModel::longStepIsRunningWhileItRuns()
{
    // time.sleep(0.6) in a coroutine: the watchdog says so at 50 ms and every 100 ms after.
    constexpr TimeNs ms = 1000000;
    TraceEncoder e;
    e.hello({ 1, false, false, 42, 0, "3.11.2", "/usr/bin/python3", "a.py", 100, 0 });
    e.taskNew({ 1 * ms, 1, 1, 0, "Task-1", "main", "a.py", 9 });
    e.loopIter({ 2 * ms, 3 * ms, 0, 1, 0, 1 });
    e.stepRunning({ 54 * ms, 4 * ms, 1, 0, 1, "a.py", "main", 5 });
    TraceModel m;
    load(m, e.bytes);
    const int lane = m.task(1)->lane;
    auto spans = m.spans(lane);
    QCOMPARE(spans.size(), 2u);
    QCOMPARE(kindOf(m, spans[0]), SpanKind::Ready);
    QCOMPARE(m.spanEnd(spans[0]), 4 * ms);
    QCOMPARE(kindOf(m, spans[1]), SpanKind::Running);
    QVERIFY(spans[1].isOpen());
    QCOMPARE(spans[1].start, 4 * ms);
    QCOMPARE(m.spanEnd(spans[1]), 54 * ms); // grows with what the watchdog saw
    QCOMPARE(m.task(1)->firstStep, std::optional<TimeNs>(4 * ms));
    QVERIFY(m.runningTask(1));
    QCOMPARE(m.runningTask(1)->line, 5u);
    const auto loopSpans = m.spans(m.loops()[0].lane);
    QCOMPARE(kindOf(m, loopSpans.back()), SpanKind::LoopBusy);
    QVERIFY(loopSpans.back().isOpen());

    // Refreshed on another line; then blocked at the threshold; then the step ends.
    TraceEncoder more = e;
    more.bytes.clear();
    more.stepRunning({ 154 * ms, 4 * ms, 1, 0, 1, "a.py", "main", 6 });
    more.blocked({ 4 * ms, 1, "a.py", "main", 6, 1 });
    TraceDecoder decoder;
    TraceModel live;
    decoder.feed(e.bytes + more.bytes, live);
    QCOMPARE(live.spanCount(lane), 2);
    QCOMPARE(live.runningTask(1)->line, 6u);
    QCOMPARE(live.endTime(), 154 * ms);
    QCOMPARE(live.blocked().size(), 1u);
    QCOMPARE(live.blocked()[0].duration, -1);

    TraceEncoder end = more;
    end.bytes.clear();
    end.step({ 4 * ms, 604 * ms, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    decoder.feed(end.bytes, live);
    spans = live.spans(lane);
    QCOMPARE(spans.size(), 3u);
    QCOMPARE(spans[1].start, 4 * ms);
    QCOMPARE(spans[1].duration, std::int64_t(600 * ms));
    QCOMPARE(kindOf(live, spans[2]), SpanKind::Suspended);
    QCOMPARE(live.task(1)->steps, 1u);
    QCOMPARE(live.task(1)->running, 600 * ms);
    QVERIFY(live.running().empty());
    QCOMPARE(live.blocked()[0].duration, std::int64_t(600 * ms));
    QString why;
    QVERIFY2(lanesWellFormed(live, &why), qPrintable(why));
}

void tst_TraceModel::runningReportAfterTheStepIsStale()
{
    // The watchdog sampled just before the step ended; its record came after the STEP.
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 500, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.stepRunning({ 499, 20, 1, 0, 1, "a.py", "main", 5 });
    e.loopIter({ 510, 520, 0, 1, 0, 1 });
    e.stepRunning({ 519, 505, 0, 0, 1, "a.py", "cb", 7 }); // before the select: over too
    TraceModel m;
    load(m, e.bytes);
    const auto spans = m.spans(m.task(1)->lane);
    QCOMPARE(spans.size(), 3u);
    QCOMPARE(kindOf(m, spans.back()), SpanKind::Suspended);
    QCOMPARE(m.task(1)->steps, 1u);
    QVERIFY(m.running().empty());
}

void tst_TraceModel::runningAfterABareYieldIsWokenByItself()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 30, 1, false, WaitKind::Yield, {}, 0, 0 });
    e.stepRunning({ 900, 40, 1, 0, 1, "a.py", "main", 5 });
    e.step({ 40, 1000, 1, true, WaitKind::Sleep, {}, 0, 0 });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.wakeups().size(), 1u);
    QCOMPARE(m.wakeups()[0].wakerTask, 1u);
    QCOMPARE(m.wakeups()[0].t, TimeNs(40));
    QCOMPARE(m.task(1)->steps, 2u);
    const auto spans = m.spans(m.task(1)->lane); // ready, running, suspended, running
    QCOMPARE(spans.size(), 4u);
    QCOMPARE(kindOf(m, spans[2]), SpanKind::Suspended);
    QCOMPARE(m.spanEnd(spans[2]), TimeNs(40));
    QCOMPARE(spans[3].start, TimeNs(40));
    QCOMPARE(spans[3].duration, 960);
}

void tst_TraceModel::runningCallbackKeepsTheLoopBusy()
{
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.callbackScheduled({ 15, 4, "slow", CallbackHow::CallSoon });
    e.loopIter({ 16, 18, 0, 1, 0, 1 });
    e.stepRunning({ 80, 20, 0, 4, 1, "a.py", "slow", 3 });
    TraceModel m;
    TraceDecoder decoder;
    decoder.feed(e.bytes, m);
    QVERIFY(m.runningOnLoop(1));
    QCOMPARE(m.runningOnLoop(1)->callback, 4u);
    QCOMPARE(m.runningOnLoop(1)->function, QStringLiteral("slow"));
    QVERIFY(!m.runningTask(1));
    QCOMPARE(kindOf(m, m.spans(m.task(1)->lane).back()), SpanKind::Ready);
    e.bytes.clear();
    e.callbackRun({ 20, 300, 4 });
    decoder.feed(e.bytes, m);
    QVERIFY(m.running().empty());
}

void tst_TraceModel::stepStillRunningWhenTheRunEnds()
{
    // `while True: pass` stopped by the learner: the step never ends, it ran until the end.
    TraceEncoder e;
    e.taskNew({ 10, 1, 1, 0, "Task-1", "spin", {}, 0 });
    e.stepRunning({ 5000, 20, 1, 0, 1, "a.py", "spin", 4 });
    e.runEnd({ 9000, RunStatus::Stopped, false, true, 0, 15 });
    TraceModel m;
    load(m, e.bytes);
    const auto spans = m.spans(m.task(1)->lane);
    QCOMPARE(kindOf(m, spans.back()), SpanKind::Running);
    QCOMPARE(spans.back().start, TimeNs(20));
    QCOMPARE(m.spanEnd(spans.back()), TimeNs(9000));
    QCOMPARE(m.task(1)->state, TaskState::Pending);
}

void tst_TraceModel::activeStartIsTheFirstLoop()
{
    TraceEncoder e;
    e.output({ 5, 0, OutputStream::Stdout, false, false, "importing" });
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.activeStart(), TimeNs(0)); // no loop yet: all of it
    e.taskNew({ 80000, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.loopIter({ 90000, 95000, 0, 1, 0, 1 });
    e.loopClose({ 100000, 1 });
    e.taskNew({ 200000, 2, 2, 0, "Task-2", "main", {}, 0 });
    TraceModel two;
    load(two, e.bytes);
    QCOMPARE(two.activeStart(), TimeNs(80000));
    TraceModel gather;
    load(gather, gatherTrace().bytes);
    QCOMPARE(gather.activeStart(), us(1));
}

void tst_TraceModel::loopBusyAndIdle()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    QCOMPARE(m.loops().size(), 1u);
    const LoopInfo &loop = m.loops()[0];
    QCOMPARE(loop.iterations, 4u);
    QCOMPARE(loop.idle, us(0.5) + us(9999.5) + us(9997) + us(1));
    const auto spans = m.spans(loop.lane);
    QCOMPARE(kindOf(m, spans[0]), SpanKind::LoopBusy);
    QCOMPARE(kindOf(m, spans[1]), SpanKind::LoopIdle);
    QVERIFY(spans.back().isOpen());
    QCOMPARE(m.spanEnd(spans.back()), us(170020)); // open spans end at the model's end
}

void tst_TraceModel::threadJobs()
{
    TraceModel m;
    load(m, gatherTrace().bytes);
    QCOMPARE(m.threads().size(), 1u);
    const ThreadInfo &thread = m.threads()[0];
    QCOMPARE(thread.jobs.size(), 1u);
    const JobInfo &job = m.jobs()[thread.jobs[0]];
    QCOMPARE(m.string(job.function), QStringLiteral("blocking_io"));
    QCOMPARE(job.submittedBy, 3u);
    QCOMPARE(job.duration, std::int64_t(us(9000) - us(7.5)));
    const Span &span = m.span(thread.lane, 0);
    QCOMPARE(kindOf(m, span), SpanKind::Job);
    QCOMPARE(span.duration, job.duration);
}

void tst_TraceModel::outputIsBoundedAndDropsCounted()
{
    TraceEncoder e;
    for (int i = 0; i < 5; ++i)
        e.output(
            { TimeNs(i), 0, OutputStream::Stdout, false, false, QStringLiteral("line %1").arg(i) });
    e.dropped({ 9, 1, 40 });
    TraceModel m;
    m.setOutputLimits(3, 1 << 20);
    load(m, e.bytes);
    QCOMPARE(m.output().size(), 3u);
    QCOMPARE(m.output().back().text, QStringLiteral("line 2"));
    QCOMPARE(m.droppedOutputLines(), 2u);
    QCOMPARE(m.tracerDroppedOutputLines(), 40u);

    TraceModel bytes;
    bytes.setOutputLimits(1000, 4 * 6 * sizeof(QChar)); // room for four 6-character lines
    load(bytes, e.bytes);
    QCOMPARE(bytes.output().size(), 4u);
    QCOMPARE(bytes.droppedOutputLines(), 1u);
}

void tst_TraceModel::liveAppendsKeepEarlierSpans()
{
    const QByteArray bytes = gatherTrace().bytes;
    TraceModel live;
    TraceDecoder decoder;
    std::vector<std::vector<Span>> before;
    for (qsizetype pos = 0; pos < bytes.size(); pos += 29) {
        decoder.feed(
            QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(29, bytes.size() - pos)), live);
        QString why;
        QVERIFY2(lanesWellFormed(live, &why), qPrintable(why));
        // Closed spans never change once seen; lanes and spans only grow.
        QVERIFY(live.laneCount() >= int(before.size()));
        for (std::size_t lane = 0; lane < before.size(); ++lane) {
            const auto now = live.spans(int(lane));
            QVERIFY(now.size() >= before[lane].size());
            for (std::size_t i = 0; i < before[lane].size(); ++i) {
                if (before[lane][i].isOpen())
                    continue;
                QCOMPARE(now[i].start, before[lane][i].start);
                QCOMPARE(now[i].duration, before[lane][i].duration);
            }
        }
        before.clear();
        for (int lane = 0; lane < live.laneCount(); ++lane)
            before.emplace_back(live.spans(lane).begin(), live.spans(lane).end());
    }
    TraceModel whole;
    load(whole, bytes);
    QCOMPARE(live.spanTotal(), whole.spanTotal());
    QCOMPARE(live.recordCount(), whole.recordCount());
}

void tst_TraceModel::unknownTaskGetsPlaceholder()
{
    TraceEncoder e;
    e.step({ 20, 30, 9, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.wake({ 40, 9, WakerKind::Timer, 0, {} });
    e.taskEnd({ 60, 12, TaskEndState::Cancelled, {}, {} });
    TraceModel m;
    load(m, e.bytes);
    QVERIFY(m.task(9));
    QCOMPARE(m.task(9)->name, QStringLiteral("Task-9"));
    QCOMPARE(m.task(9)->steps, 1u);
    QCOMPARE(m.task(12)->state, TaskState::Cancelled);
    QCOMPARE(m.recordCount(), 3u);
}

void tst_TraceModel::spanMemoryStaysSmall()
{
    const TraceEncoder e = syntheticTrace(200000);
    TraceModel m;
    load(m, e.bytes);
    const double perSpan = double(m.spanBytes()) / double(m.spanTotal());
    const double allPerSpan = double(m.approximateBytes()) / double(m.spanTotal());
    qInfo("spans: %zu, span arrays: %.1f bytes/span, whole model: %.1f bytes/span", m.spanTotal(),
        perSpan, allPerSpan);
    QVERIFY(perSpan <= 48.0);
    QVERIFY(allPerSpan <= 96.0);
}

void tst_TraceModel::growingIdsStayBounded_data()
{
    // One row per id the model indexes. Each record's id is just inside what a "grow by half
    // of the table" rule allows, the pattern that once took 30 records to tens of GB.
    QTest::addColumn<QString>("kind");
    for (const char *kind :
         { "task", "loop", "frame", "chain", "callback", "job", "timer", "wait object" })
        QTest::newRow(kind) << QString::fromLatin1(kind);
}

void tst_TraceModel::growingIdsStayBounded()
{
    QFETCH(QString, kind);
    TraceEncoder e;
    e.magic();
    std::uint64_t size = 0; // a table indexed by id needs size > id
    for (int i = 0; i < 14; ++i) { // enough to show tens of MB if tables grow by id
        const Id id = Id(size + 4096 + size / 2 - 1);
        size = std::uint64_t(id) + 1;
        if (kind == QLatin1String("task")) {
            e.taskNew({ 1, id, 1, 0, {}, {}, {}, 0 });
        } else if (kind == QLatin1String("loop")) {
            e.taskNew({ 1, Id(i + 1), id, 0, {}, {}, {}, 0 });
        } else if (kind == QLatin1String("frame")) {
            e.frame({ id, {}, {}, 1 });
        } else if (kind == QLatin1String("chain")) {
            e.chain({ id, { 1 } });
        } else if (kind == QLatin1String("callback")) {
            e.callbackScheduled({ 1, id, {}, CallbackHow::CallSoon });
        } else if (kind == QLatin1String("job")) {
            e.jobStart({ 1, id, id, {}, {}, 0 }); // a new job on a new thread
        } else if (kind == QLatin1String("timer")) {
            TimerRecord r;
            r.t = 1;
            r.timer = id;
            e.timer(r);
        } else {
            e.waitObject({ id, WaitKind::Lock, {} });
        }
    }
    TraceModel m;
    const std::size_t empty = m.approximateBytes();
    load(m, e.bytes);
    const std::size_t held = m.approximateBytes() - empty;
    QVERIFY2(held <= 64 * std::size_t(e.bytes.size()) + (64 << 10),
        qPrintable(QStringLiteral("%1 bytes held for %2 bytes of records")
                       .arg(held)
                       .arg(e.bytes.size())));
    QCOMPARE(m.recordCount(), 14u);
}

void tst_TraceModel::stepRecordsOutsideStepModeAreIgnored()
{
    // A run without step mode has nobody answering pauses: its PAUSED and snapshots can only
    // be forged by the program, and no viewer may show them.
    for (const bool stepMode : { false, true }) {
        TraceEncoder e;
        e.magic();
        HelloRecord hello;
        hello.protoVersion = 1;
        hello.stepMode = stepMode;
        e.hello(hello);
        e.snapshotReady({ 1, { { 3, 0, "Task-3" } } });
        e.paused({ 77, 1, false, 3, 0, "Task-3", "worker", "m.py", 12, 1 });
        TraceModel m;
        load(m, e.bytes);
        QCOMPARE(m.pauses().size(), stepMode ? 1u : 0u);
        QCOMPARE(m.recordCount(), 3u);
    }
}

void tst_TraceModel::laterHelloIsIgnored()
{
    TraceEncoder e;
    e.magic();
    HelloRecord first;
    first.protoVersion = 1;
    first.program = QStringLiteral("main.py");
    e.hello(first);
    HelloRecord forged = first;
    forged.program = QStringLiteral("forged.py");
    forged.virtualClock = true;
    forged.stepMode = true;
    e.hello(forged);
    TraceModel m;
    load(m, e.bytes);
    QCOMPARE(m.hello()->program, QStringLiteral("main.py"));
    QVERIFY(!m.hello()->virtualClock);
    QVERIFY(!m.hello()->stepMode);
}

void tst_TraceModel::longLineKeepsItsBeginningAndCountsTheRest()
{
    // A line in three pieces (the tracer splits what is longer than one record), with a raw
    // line from the pipe and a line on the other stream arriving between its pieces.
    auto piece = [](TimeNs t, OutputStream stream, const char *text, bool continues,
                    bool continuation) {
        OutputRecord r;
        r.t = t;
        r.task = 1;
        r.stream = stream;
        r.text = QString::fromLatin1(text);
        r.continues = continues;
        r.continuation = continuation;
        return r;
    };
    TraceEncoder e;
    e.magic();
    e.output(piece(1, OutputStream::Stdout, "aaaa", true, false));
    e.output(piece(2, OutputStream::Stdout, "bbbbbb", true, true));
    e.output(piece(3, OutputStream::Stderr, "other stream", false, false));
    TraceModel m;
    load(m, e.bytes);
    OutputRecord raw;
    raw.t = 4;
    raw.fromPipe = true;
    raw.text = QStringLiteral("raw");
    raw.truncated = true;
    raw.cutBytes = 140000;
    m.onOutput(raw); // as the host adds raw lines, between the decoder's records
    TraceDecoder decoder;
    TraceEncoder rest;
    rest.output(piece(5, OutputStream::Stdout, "cc", false, true));
    OutputRecord last = piece(6, OutputStream::Stdout, "no newline", false, false);
    last.noNewline = true;
    rest.output(last);
    decoder.feed(rest.bytes, m);

    const auto &out = m.output();
    QCOMPARE(out.size(), 4u);
    QCOMPARE(out[0].text, QStringLiteral("aaaa"));
    QVERIFY(out[0].truncated);
    QCOMPARE(out[0].cutBytes, 8u); // "bbbbbb" + "cc"
    QCOMPARE(out[1].text, QStringLiteral("other stream"));
    QVERIFY(!out[1].truncated);
    QCOMPARE(out[2].text, QStringLiteral("raw"));
    QCOMPARE(out[2].cutBytes, 140000u);
    QCOMPARE(out[3].text, QStringLiteral("no newline"));
    QVERIFY(!out[3].truncated);
    QCOMPARE(m.recordCount(), 6u);
}

QTEST_GUILESS_MAIN(tst_TraceModel)
#include "tst_tracemodel.moc"
