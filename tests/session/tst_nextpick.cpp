// Predict what runs next, graded on the real pauses of a real step-mode run: the choices on
// screen at each pause, a right pick, and a wrong pick explained from that pause's scheduler
// state (behind in the ready queue, a timer not yet due, a lock's waiter, a gather).
#include "nextpick.h"
#include "runsession.h"
#include "tracemodel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Core;

class tst_NextPick : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theFirstPauseHasNothingToAsk();
    void choicesAreEverythingOnScreenInANeutralOrder();
    void theHandleThatRunsNextIsRight();
    void aCallbackQueuedLaterIsBehindInFifoOrder();
    void aTaskThatYieldedIsBehindWhatWasQueuedBeforeIt();
    void notReadyPicksSayWhatTheyWaitFor();

private:
    const PausedInfo &pauseBefore(const QString &name, int nth = 1);
    std::unique_ptr<RunSession> m_session;
};

void tst_NextPick::initTestCase()
{
    m_session = std::make_unique<RunSession>();
    QSignalSpy finished(m_session.get(), &RunSession::finished);
    connect(m_session.get(), &RunSession::paused, this, [this] { QVERIFY(m_session->step()); });
    RunRequest r;
    r.python = QStringLiteral("/usr/bin/python3");
    r.tracerScript = QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR "/loopscope_tracer/__main__.py");
    r.program = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/predict_next.py");
    r.stepMode = true;
    r.virtualClock = true;
    m_session->start(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(m_session->result().status, RunStatus::Ok);
}

const PausedInfo &tst_NextPick::pauseBefore(const QString &name, int nth)
{
    for (const PausedInfo &p : m_session->model().pauses())
        if (p.next.name == name && --nth == 0)
            return p;
    qFatal("no pause before %s", qPrintable(name));
}

void tst_NextPick::theFirstPauseHasNothingToAsk()
{
    const NextPick pick(m_session->model(), m_session->model().pauses().front());
    QCOMPARE(pick.choices().size(), 1);
    QVERIFY(!pick.worthAsking());
    QCOMPARE(pick.next().label, QStringLiteral("Task-1")); // main, named by asyncio
}

void tst_NextPick::choicesAreEverythingOnScreenInANeutralOrder()
{
    // Before wave: yielder is behind it, holder sleeps, blocked waits on the lock, late's
    // call_later timer is pending and main waits on the gather.
    const NextPick pick(m_session->model(), pauseBefore(QStringLiteral("wave")));
    QStringList labels;
    for (const NextChoice &c : pick.choices())
        labels << c.label;
    QCOMPARE(labels, (QStringList{"Task-1", "holder", "blocked", "yielder", "late", "wave"}));
    QVERIFY(pick.worthAsking());
    using Place = NextChoice::Place;
    QCOMPARE(pick.find(QStringLiteral("wave"))->place, Place::Next);
    QCOMPARE(pick.find(QStringLiteral("yielder"))->place, Place::Ready);
    QCOMPARE(pick.find(QStringLiteral("holder"))->place, Place::Timer);
    QCOMPARE(pick.find(QStringLiteral("late"))->place, Place::Timer);
    QCOMPARE(pick.find(QStringLiteral("blocked"))->place, Place::Waiter);
    QCOMPARE(pick.find(QStringLiteral("Task-1"))->place, Place::Waiting);
    // The name as the loop machine shows it finds the same choice.
    QCOMPARE(pick.find(pick.find(QStringLiteral("holder"))->name)->label, QStringLiteral("holder"));
}

void tst_NextPick::theHandleThatRunsNextIsRight()
{
    for (const QString &name : {QStringLiteral("greet"), QStringLiteral("wave")}) {
        const NextPick pick(m_session->model(), pauseBefore(name));
        const NextPick::Verdict v = pick.grade(*pick.find(name));
        QVERIFY(v.right);
        QVERIFY2(v.text.startsWith(QStringLiteral("Right: %1 is next: ").arg(name)),
                 qPrintable(v.text));
    }
}

void tst_NextPick::aCallbackQueuedLaterIsBehindInFifoOrder()
{
    // greet was queued with call_soon before the three tasks were created and wave queued.
    const NextPick pick(m_session->model(), pauseBefore(QStringLiteral("greet")));
    const NextPick::Verdict wave = pick.grade(*pick.find(QStringLiteral("wave")));
    QVERIFY(!wave.right);
    QVERIFY2(wave.text.startsWith(QStringLiteral("Not wave: it was ready too, but behind greet "
                                                 "(and 3 more) in the ready queue, and the loop "
                                                 "runs the queue first in, first out.")),
             qPrintable(wave.text));
    const NextPick::Verdict holder = pick.grade(*pick.find(QStringLiteral("holder")));
    QVERIFY2(holder.text.contains(QStringLiteral("behind greet in the ready queue")),
             qPrintable(holder.text));
    QVERIFY2(holder.text.contains(QStringLiteral("it is new: Task-1 main() created it")),
             qPrintable(holder.text));
}

void tst_NextPick::aTaskThatYieldedIsBehindWhatWasQueuedBeforeIt()
{
    const NextPick pick(m_session->model(), pauseBefore(QStringLiteral("wave")));
    const NextPick::Verdict v = pick.grade(*pick.find(QStringLiteral("yielder")));
    QVERIFY(!v.right);
    QVERIFY2(v.text.contains(QStringLiteral("behind wave in the ready queue")), qPrintable(v.text));
    QVERIFY2(v.text.contains(QStringLiteral("it yielded (sleep(0)) and went to the back of the "
                                            "ready queue")),
             qPrintable(v.text));
}

void tst_NextPick::notReadyPicksSayWhatTheyWaitFor()
{
    const NextPick pick(m_session->model(), pauseBefore(QStringLiteral("wave")));
    const QString holder = pick.grade(*pick.find(QStringLiteral("holder"))).text;
    // Due in about 0.05 s: the virtual clock still moves a little between the handles.
    QVERIFY2(holder.startsWith(QStringLiteral("Not holder holder(<Lock>): it was not ready yet — "
                                              "its timer (sleep(0.05)) is due in 0.0")),
             qPrintable(holder));
    QVERIFY2(holder.endsWith(QStringLiteral("wave is next: a callback scheduled with "
                                            "call_soon(); it was first in the ready queue, "
                                            "ahead of yielder yielder()")),
             qPrintable(holder));
    const QString late = pick.grade(*pick.find(QStringLiteral("late"))).text;
    QVERIFY2(late.startsWith(QStringLiteral("Not late: it was not ready yet — its call_later() "
                                            "timer is due in 0.")),
             qPrintable(late));
    const QString blocked = pick.grade(*pick.find(QStringLiteral("blocked"))).text;
    QVERIFY2(blocked.startsWith(QStringLiteral("Not blocked blocked(<Lock>): it was waiting on lock "
                                               "(Lock@predict_next.py:25) — it becomes ready only "
                                               "when the task holding the lock releases it.")),
             qPrintable(blocked));
    const QString main = pick.grade(*pick.find(QStringLiteral("Task-1"))).text;
    QVERIFY2(main.startsWith(QStringLiteral("Not Task-1 main(): it was waiting for the tasks it "
                                            "gathered to finish")),
             qPrintable(main));
}

QTEST_GUILESS_MAIN(tst_NextPick)
#include "tst_nextpick.moc"
