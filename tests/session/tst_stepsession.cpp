// Step mode through RunSession with the real tracer: pauses in scheduling order, live
// snapshots that match what reconstructAt() rebuilds from the same run, and no orphan
// process when a paused session goes away.
#include "readyreason.h"
#include "runsession.h"
#include "schedulerstate.h"
#include "tracemodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Core;

namespace {

RunRequest stepRequest(const QString &program)
{
    RunRequest r;
    r.python = QStringLiteral("/usr/bin/python3");
    r.tracerScript = QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR "/loopscope_tracer/__main__.py");
    r.program = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/") + program;
    r.stepMode = true;
    return r;
}

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.size() > paren + 2 && (s.at(paren + 2) == 'Z' || s.at(paren + 2) == 'X');
}

QList<QPair<Id, Id>> keys(const QVector<ReadyEntry> &entries)
{
    QList<QPair<Id, Id>> out;
    for (const ReadyEntry &e : entries)
        out.append({ e.task, e.callback });
    return out;
}

} // namespace

class tst_StepSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void stepsEveryTaskInSchedulingOrderToTheEnd();
    void reconstructionMatchesEveryLiveSnapshot();
    void whyLinesNameTheLockReleaseAndTheQueue();
    void destroyingAPausedSessionEndsTheProgram();
    void stopWhilePausedEndsTheRun();
    void pausedTimeIsNotChargedToTheTimeout();

private:
    std::unique_ptr<RunSession> m_stepped; // shared by the first two tests
    QStringList m_order;
};

void tst_StepSession::initTestCase()
{
    m_stepped = std::make_unique<RunSession>();
    QSignalSpy finished(m_stepped.get(), &RunSession::finished);
    connect(m_stepped.get(), &RunSession::paused, this, [this](const PausedInfo &info) {
        m_order << info.next.name;
        QVERIFY(m_stepped->isPaused());
        QVERIFY(m_stepped->step());
        QVERIFY(!m_stepped->isPaused());
    });
    m_stepped->start(stepRequest(QStringLiteral("gather_lock_queue.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
}

void tst_StepSession::stepsEveryTaskInSchedulingOrderToTheEnd()
{
    const RunSession &s = *m_stepped;
    QCOMPARE(s.result().status, RunStatus::Ok);
    QVERIFY(s.model().hello()->stepMode);
    QCOMPARE(m_order.mid(0, 5),
             (QStringList{ "Task-1", "Task-2", "Task-3", "Task-4", "Task-5" }));
    // One pause before every task step of the run.
    std::uint32_t steps = 0;
    for (const TaskInfo &t : s.model().tasks())
        steps += t.steps;
    QCOMPARE(qsizetype(steps), m_order.size());
    QCOMPARE(s.model().output().size(), size_t(3));
}

void tst_StepSession::reconstructionMatchesEveryLiveSnapshot()
{
    const TraceModel &model = m_stepped->model();
    QVERIFY(model.pauses().size() > 10);
    int withWaiters = 0, withTimers = 0;
    for (const PausedInfo &p : model.pauses()) {
        const SchedulerState s = reconstructAt(model, p.next.t);
        const QString at = QStringLiteral("pause %1 before %2").arg(p.next.seq).arg(p.next.name);
        QVERIFY2(s.running.empty(), qPrintable(at));
        // The reconstructed queue still holds what runs next (its step starts after t).
        QVector<ReadyEntry> expected{ { p.next.task, p.next.callbackId, {} } };
        expected += p.ready;
        QList<QPair<Id, Id>> rebuilt;
        for (const ReadyItem &r : s.ready)
            rebuilt.append({ r.task, r.callback });
        if (rebuilt != keys(expected))
            qWarning() << at << "rebuilt" << rebuilt << "live" << keys(expected);
        QCOMPARE(rebuilt, keys(expected));

        QList<Id> liveTimers, rebuiltTimers;
        for (const TimerEntry &t : p.timers)
            liveTimers << t.timer;
        for (const PendingTimer &t : s.timers)
            rebuiltTimers << t.timer;
        QVERIFY2(liveTimers == rebuiltTimers, qPrintable(at));
        withTimers += !liveTimers.isEmpty();

        QCOMPARE(qsizetype(s.waiters.size()), p.waiters.size());
        for (qsizetype i = 0; i < p.waiters.size(); ++i) {
            QCOMPARE(s.waiters[size_t(i)].object, p.waiters[i].object);
            QCOMPARE(s.waiters[size_t(i)].label, p.waiters[i].label);
            QCOMPARE(s.waiters[size_t(i)].tasks, p.waiters[i].tasks);
        }
        withWaiters += !p.waiters.isEmpty();
    }
    QVERIFY(withWaiters >= 2); // the lock and the queue both had waiters at some pause
    QVERIFY(withTimers >= 1);
}

void tst_StepSession::whyLinesNameTheLockReleaseAndTheQueue()
{
    // The loop machine's "why" for each pause of the real run, from the live snapshot.
    const TraceModel &model = m_stepped->model();
    QStringList whys;
    for (const PausedInfo &p : model.pauses())
        whys << whyNext(model, p);
    const auto has = [&](const QString &text) {
        return std::any_of(whys.begin(), whys.end(),
                           [&](const QString &w) { return w.contains(text); });
    };
    if (!has("woken by the lock's release in Task-") || !has("put an item in the queue"))
        qWarning().noquote() << whys.join('\n');
    QCOMPARE(whys.front(), QStringLiteral("Task-1 main() is next: it is the main task: "
                                          "asyncio.run() created it; nothing else was ready"));
    QVERIFY(whys[1].startsWith(QStringLiteral("Task-2 worker(0, <Lock>, <Queue>) is next: it is new: "
                                              "Task-1 main() created it; it was first in the "
                                              "ready queue, ahead of Task-3 worker(1, <Lock>, "
                                              "<Queue>), Task-4 worker(2, <Lock>, <Queue>) "
                                              "and 1 more")));
    QVERIFY(has(QStringLiteral("woken by the lock's release in Task-")));
    QVERIFY(has(QStringLiteral("its timer (sleep(0.01)) was due")));
    QVERIFY(has(QStringLiteral("put an item in the queue")));
}

void tst_StepSession::destroyingAPausedSessionEndsTheProgram()
{
    auto session = std::make_unique<RunSession>();
    bool paused = false;
    connect(session.get(), &RunSession::paused, this, [&] { paused = true; });
    session->start(stepRequest(QStringLiteral("gather_lock_queue.py")));
    QTRY_VERIFY_WITH_TIMEOUT(paused, 10000);
    const qint64 pid = session->pid();
    QVERIFY(pid > 0);
    QVERIFY(!processGone(pid));
    QElapsedTimer clock;
    clock.start();
    session.reset();
    QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 1000);
    QVERIFY(clock.elapsed() < 1000);
}

void tst_StepSession::stopWhilePausedEndsTheRun()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    int pauses = 0;
    connect(&session, &RunSession::paused, this, [&] {
        if (++pauses < 3)
            session.step();
        else
            session.stop();
    });
    session.start(stepRequest(QStringLiteral("gather_lock_queue.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(pauses, 3);
    QCOMPARE(session.result().status, RunStatus::Stopped);
    QVERIFY(processGone(session.pid()));
}

void tst_StepSession::pausedTimeIsNotChargedToTheTimeout()
{
    // A learner reading the scheduler dock for longer than the example's timeout must not see
    // it killed; once continued, a program that never ends is still stopped by the timeout.
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    int pauses = 0;
    connect(&session, &RunSession::paused, this, [&] { ++pauses; });
    RunRequest request = stepRequest(QStringLiteral("yield_forever.py"));
    request.timeoutMs = 5000;
    session.start(request);
    QTRY_VERIFY_WITH_TIMEOUT(pauses == 1, 30000);
    QElapsedTimer pausedFor;
    pausedFor.start();
    // Longer than the whole timeout: only a timer that stopped while paused lets it live.
    QTest::qWait(6000);
    QVERIFY(pausedFor.elapsed() >= 6000);
    QCOMPARE(finished.size(), 0);
    QVERIFY(session.isRunning());
    QVERIFY(session.isPaused());
    QVERIFY(!processGone(session.pid()));

    // One step, paused again (not charged either), then free running: the rest of the
    // timeout ends it.
    QVERIFY(session.step());
    QTRY_VERIFY_WITH_TIMEOUT(pauses == 2, 30000);
    QVERIFY(session.resume());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(session.result().status, RunStatus::Timeout);
    QVERIFY(processGone(session.pid()));
}

QTEST_GUILESS_MAIN(tst_StepSession)
#include "tst_stepsession.moc"
