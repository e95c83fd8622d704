// Playback's events: every moment the scheduler changed, in order, distinct, so stepping one
// event forward or back with reconstructAt() never skips a change and never repeats a state.
#include "schedulerevents.h"
#include "schedulerfixture.h"
#include "schedulerstate.h"

#include <QTest>

using namespace Core;
using namespace Core::Test;

namespace
{

// What a learner sees of the scheduler, as text: states that differ here look different.
QString look(const SchedulerState &s)
{
    QStringList parts;
    for (const RunningItem &r : s.now)
        parts << QStringLiteral("run:%1/%2/%3").arg(r.task).arg(r.callback).arg(r.blocked);
    for (const ReadyItem &r : s.ready)
        parts << QStringLiteral("ready:%1/%2").arg(r.task).arg(r.callback);
    for (const PendingTimer &t : s.timers)
        parts << QStringLiteral("timer:%1").arg(t.timer);
    for (const TaskAt &t : s.tasks)
        parts << QStringLiteral("task:%1=%2").arg(t.task).arg(int(t.phase));
    for (const LoopAt &l : s.loops)
        parts << QStringLiteral("loop:%1%2").arg(l.selecting).arg(l.closed);
    for (const ThreadAt &t : s.threads)
        parts << QStringLiteral("thread:%1").arg(t.job);
    parts << QStringLiteral("out:%1").arg(s.outputLines);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class tst_SchedulerEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortedDistinctAndCoverEveryRecord();
    void everyChangeIsAnEvent();
    void adjacentEvents_data();
    void adjacentEvents();
    void emptyModel();
};

void tst_SchedulerEvents::sortedDistinctAndCoverEveryRecord()
{
    const SchedulerEvents events(schedulerModel());
    QVERIFY(events.size() > 20);
    for (std::size_t i = 1; i < events.size(); ++i)
        QVERIFY(events.at(i - 1) < events.at(i));
    const auto has = [&](TimeNs t) {
        return std::binary_search(events.times().begin(), events.times().end(), t);
    };
    QVERIFY(has(us(10))); // task created
    QVERIFY(has(us(35))); // timer added inside a step
    QVERIFY(has(us(1011))); // callback scheduled
    QVERIFY(has(us(1030))); // callback ended
    QVERIFY(has(us(1500))); // job ended
    QVERIFY(has(us(3000))); // a printed line
    QVERIFY(has(us(4050))); // the loop closed
    QVERIFY(has(us(2510))); // the step from 1510 µs passed the 1 ms block threshold
}

void tst_SchedulerEvents::everyChangeIsAnEvent()
{
    // Between two adjacent events nothing changes: the state just after an event equals the
    // state just before the next one. So playing event by event shows every change.
    const TraceModel &model = schedulerModel();
    const SchedulerEvents events(model);
    for (std::size_t i = 0; i + 1 < events.size(); ++i) {
        const TimeNs a = events.at(i), b = events.at(i + 1);
        if (b - a < 2)
            continue;
        QCOMPARE(look(reconstructAt(model, b - 1)), look(reconstructAt(model, a)));
    }
}

void tst_SchedulerEvents::adjacentEvents_data()
{
    QTest::addColumn<TimeNs>("t");
    QTest::addColumn<TimeNs>("next");
    QTest::addColumn<TimeNs>("previous");
    QTest::addColumn<long long>("index");
    QTest::newRow("before everything") << TimeNs(0) << us(10) << TimeNs(0) << -1LL;
    QTest::newRow("on the first") << us(10) << us(12) << us(10) << 0LL;
    // 10 task 1 created, 12 / 14 select, 15 step, 20 task 2 created, 25, 30, 35, 40, 45
    QTest::newRow("between") << us(500) << us(1000) << us(45) << 9LL;
    // The loop closing is the last change; the program's exit after it changes nothing shown.
    QTest::newRow("on the last") << us(4050) << us(4050) << us(4020) << -2LL;
    QTest::newRow("past the end") << us(9000) << us(9000) << us(4050) << -2LL;
}

void tst_SchedulerEvents::adjacentEvents()
{
    QFETCH(TimeNs, t);
    QFETCH(TimeNs, next);
    QFETCH(TimeNs, previous);
    QFETCH(long long, index);
    const SchedulerEvents events(schedulerModel());
    QCOMPARE(events.next(t), next);
    QCOMPARE(events.previous(t), previous);
    const long long last = (long long)events.size() - 1;
    QCOMPARE(events.indexAtOrBefore(t), index == -2 ? last : index);
}

void tst_SchedulerEvents::emptyModel()
{
    const TraceModel model;
    const SchedulerEvents events(model);
    QVERIFY(events.isEmpty());
    QCOMPARE(events.next(5), TimeNs(5));
    QCOMPARE(events.previous(5), TimeNs(5));
    QCOMPARE(events.indexAtOrBefore(5), -1LL);
}

QTEST_GUILESS_MAIN(tst_SchedulerEvents)
#include "tst_schedulerevents.moc"
