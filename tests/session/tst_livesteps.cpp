// A step that blocks the loop, seen through RunSession with the real tracer while it runs:
// the task's lane is Running from the step's start (not Ready), the loop is busy, the blocked
// record is there with the line, all before the step ends; its end then closes it as usual.
#include "runsession.h"
#include "schedulerstate.h"
#include "tracemodel.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Core;

namespace {

const QString program = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/block_one_second.py");

int lineOf(const QString &marker)
{
    QFile f(program);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (int i = 0; i < lines.size(); ++i)
        if (lines[i].contains(marker.toUtf8()))
            return i + 1;
    return -1;
}

SpanKind lastKind(const TraceModel &m, int lane, bool *open)
{
    const auto spans = m.spans(lane);
    *open = !spans.empty() && spans.back().isOpen();
    return spans.empty() ? SpanKind::Done : m.spanType(spans.back().typeId).kind;
}

} // namespace

class tst_LiveSteps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void blockingStepIsRunningBeforeItEnds_data();
    void blockingStepIsRunningBeforeItEnds();
};

void tst_LiveSteps::blockingStepIsRunningBeforeItEnds_data()
{
    QTest::addColumn<QString>("python");
    for (const char *py : { "/usr/bin/python3", "/root/.pyenv/versions/3.13.0/bin/python3" })
        if (QFile::exists(QString::fromLatin1(py)))
            QTest::newRow(py) << QString::fromLatin1(py);
}

void tst_LiveSteps::blockingStepIsRunningBeforeItEnds()
{
    QFETCH(QString, python);
    RunRequest r;
    r.python = python;
    r.tracerScript = QStringLiteral(LOOPSCOPE_SOURCE_TRACER_DIR "/loopscope_tracer/__main__.py");
    r.program = program;
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    bool done = false;
    connect(&session, &RunSession::outputLine, this,
            [&](OutputStream, quint32, const QString &text, bool) { done |= text == "done"; });
    session.start(r);
    const TraceModel &m = session.model();
    const int sleepLine = lineOf(QStringLiteral("time.sleep(1.0)"));

    // While time.sleep(1.0) runs: the watchdog's records arrive and the model shows them.
    const auto mainTask = [&]() -> const TaskInfo * {
        for (const TaskInfo &t : m.tasks())
            if (t.coro == QLatin1String("main"))
                return &t;
        return nullptr;
    };
    QTRY_VERIFY_WITH_TIMEOUT(mainTask() && m.runningTask(mainTask()->id) && !m.blocked().empty(),
                             10000);
    QVERIFY2(!done && finished.isEmpty(), "the step ended before the model showed it running");
    const TaskInfo &task = *mainTask();
    const RunningInfo &running = *m.runningTask(task.id);
    QCOMPARE(int(running.line), sleepLine);
    QCOMPARE(running.function, QStringLiteral("main"));
    QCOMPARE(task.steps, 1u); // the first step (up to sleep(0)) is over; this one is not
    bool open = false;
    QCOMPARE(lastKind(m, task.lane, &open), SpanKind::Running);
    QVERIFY(open);
    QCOMPARE(m.spans(task.lane).back().start, running.start);
    QCOMPARE(lastKind(m, m.loops().front().lane, &open), SpanKind::LoopBusy);
    QVERIFY(open);
    QCOMPARE(m.blocked().front().start, running.start);
    QCOMPARE(int(m.blocked().front().line), sleepLine);
    QCOMPARE(m.blocked().front().duration, -1);
    const SchedulerState now = reconstructAt(m, m.endTime());
    QCOMPARE(now.running, std::vector<Id> { task.id });

    // Then it ends, and the step is closed the way it always was.
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(session.result().status, RunStatus::Ok);
    QVERIFY(m.running().empty());
    const auto spans = m.spans(task.lane);
    const Span *step = nullptr;
    for (const Span &s : spans)
        if (s.start == running.start)
            step = &s;
    QVERIFY(step);
    QVERIFY(!step->isOpen());
    QVERIFY(step->duration >= 900000000);
    QCOMPARE(m.blocked().size(), 1u);
    QCOMPARE(m.blocked().front().duration, step->duration);
    QCOMPARE(m.task(task.id)->steps, 2u);
}

QTEST_GUILESS_MAIN(tst_LiveSteps)
#include "tst_livesteps.moc"
