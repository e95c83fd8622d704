// RunSession's process plumbing, with a stand-in tracer (fake_tracer/) so these tests check
// the host side only: process groups, stop/timeout, exit statuses, raw output, never blocking.
#include "runsession.h"
#include "tracemodel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace Core;

namespace {

const QString fakeTracer = QStringLiteral(LOOPSCOPE_TEST_DATA "/fake_tracer/loopscope_tracer/__main__.py");
const QString python = QStringLiteral("/usr/bin/python3");

RunRequest request(const QString &program)
{
    RunRequest r;
    r.python = python;
    r.tracerScript = fakeTracer;
    r.program = QStringLiteral(LOOPSCOPE_TEST_DATA "/programs/") + program;
    return r;
}

// Gone, or a zombie waiting for init: either way nothing of it runs any more.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.size() > paren + 2 && (s.at(paren + 2) == 'Z' || s.at(paren + 2) == 'X');
}

} // namespace

class TestRunSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopEndsTheWholeProcessGroupWithinOneSecond();
    void timeoutEndsANeverEndingProgram();
    void eventLoopKeepsTurningDuringAnOutputFlood();
    void exitCodeIsReported();
    void crashBySignalIsReported();
    void lastRawLineWithoutNewlineIsKept();
    void missingInterpreterIsAResultNotACrash();
    void runCoroutineCompletes();
};

void TestRunSession::stopEndsTheWholeProcessGroupWithinOneSecond()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    qint64 childPid = 0;
    connect(&session, &RunSession::outputLine, this,
            [&](OutputStream, quint32, const QString &text, bool) {
                if (text.startsWith(QLatin1String("child ")))
                    childPid = text.mid(6).toLongLong();
            });
    session.start(request(QStringLiteral("spawn_and_wait.py")));
    QTRY_VERIFY_WITH_TIMEOUT(childPid > 0, 10000);
    const qint64 pid = session.pid();
    QVERIFY(pid > 0);
    QVERIFY(!processGone(childPid));

    QElapsedTimer clock;
    clock.start();
    session.stop();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 1000);
    QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
    QTRY_VERIFY_WITH_TIMEOUT(processGone(childPid), 200);
    QVERIFY(processGone(pid));
    QCOMPARE(session.result().status, RunStatus::Stopped);
    QVERIFY(session.result().signal.has_value());
    QVERIFY(session.model().runEnd().has_value());
    QCOMPARE(session.model().runEnd()->status, RunStatus::Stopped);
}

void TestRunSession::timeoutEndsANeverEndingProgram()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    RunRequest r = request(QStringLiteral("spin.py"));
    r.timeoutMs = 500;
    QElapsedTimer clock;
    clock.start();
    session.start(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(session.result().status, RunStatus::Timeout);
    const qint64 elapsedMs = clock.elapsed();
    QVERIFY(elapsedMs >= 500);
    // The run's wall time counts from the traced program's start, after the interpreter has
    // started (up to a few hundred ms on a busy machine), so it is less than the timeout, but
    // it is the spin's time: more than nothing and never more than the host waited.
    const double wall = session.result().wallSeconds;
    QVERIFY2(wall > 0.0 && wall * 1000.0 <= double(elapsedMs) + 1.0,
             qPrintable(QStringLiteral("wall %1 s, waited %2 ms").arg(wall).arg(elapsedMs)));
}

void TestRunSession::eventLoopKeepsTurningDuringAnOutputFlood()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    QSignalSpy changed(&session, &RunSession::modelChanged);
    quint64 lines = 0;
    connect(&session, &RunSession::outputLine, this, [&] { ++lines; });

    // A 10 ms timer: the longest gap between its ticks is how long the loop was stuck.
    QTimer ticker;
    QElapsedTimer sinceTick;
    qint64 worstGap = 0;
    int ticks = 0;
    connect(&ticker, &QTimer::timeout, this, [&] {
        if (sinceTick.isValid())
            worstGap = qMax(worstGap, sinceTick.restart());
        else
            sinceTick.start();
        ++ticks;
    });
    ticker.start(10);
    session.start(request(QStringLiteral("flood.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    ticker.stop();

    QCOMPARE(session.result().status, RunStatus::Ok);
    QCOMPARE(lines, quint64(1000000 + 50000));
    QVERIFY2(worstGap < 250, qPrintable(QStringLiteral("event loop stuck for %1 ms").arg(worstGap)));
    QVERIFY(ticks > 5);
    // Coalesced: far fewer change notifications than records.
    QVERIFY(changed.size() > 0);
    QVERIFY(changed.size() < 5000);
    // Memory stays bounded: raw lines beyond the cap are counted, not stored.
    QVERIFY(session.pipeLinesDropped() >= quint64(1000000 - RunSession::maxStoredPipeLines));
    QVERIFY(session.model().output().size() <= 200000);
}

void TestRunSession::exitCodeIsReported()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    session.start(request(QStringLiteral("exit3.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(session.result().status, RunStatus::Error);
    QCOMPARE(session.result().exitCode, std::optional<int>(3));
    QVERIFY(!session.result().signal);
    QCOMPARE(session.model().output().size(), size_t(1));
    QCOMPARE(session.model().output().front().text, QStringLiteral("before exit"));
}

void TestRunSession::crashBySignalIsReported()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    session.start(request(QStringLiteral("segv.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(session.result().status, RunStatus::Crashed);
    QCOMPARE(session.result().signal, std::optional<int>(SIGSEGV));
    QVERIFY(!session.result().exitCode);
    // What the trace said before the crash is kept.
    QCOMPARE(session.model().output().size(), size_t(1));
    QCOMPARE(session.model().runEnd()->signal, SIGSEGV);
}

void TestRunSession::lastRawLineWithoutNewlineIsKept()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    session.start(request(QStringLiteral("late_raw.py")));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(session.result().status, RunStatus::Ok);
    QCOMPARE(session.model().output().size(), size_t(1));
    const OutputLine &line = session.model().output().front();
    QCOMPARE(line.text, QStringLiteral("late raw line"));
    QCOMPARE(line.stream, OutputStream::Stderr);
    QVERIFY(line.fromPipe);
    // Arrival time mapped onto the trace's clock: after the 0.2 s sleep, before the end.
    QVERIFY2(line.t >= 150000000u, qPrintable(QString::number(line.t)));
    QVERIFY(line.t <= session.model().runEnd()->wallNs + 50000000u);
}

void TestRunSession::missingInterpreterIsAResultNotACrash()
{
    RunSession session;
    QSignalSpy finished(&session, &RunSession::finished);
    RunRequest r = request(QStringLiteral("exit3.py"));
    r.python = QStringLiteral("/nonexistent/python3");
    session.start(r);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(!session.result().started);
    QCOMPARE(session.result().status, RunStatus::Error);
    QVERIFY2(session.result().error.contains(QLatin1String("/nonexistent/python3")),
             qPrintable(session.result().error));
}

void TestRunSession::runCoroutineCompletes()
{
    RunSession session;
    const RunResult result = QCoro::waitFor(session.run(request(QStringLiteral("exit3.py"))));
    QVERIFY(result.started);
    QCOMPARE(result.exitCode, std::optional<int>(3));
    QVERIFY(!session.isRunning());
}

QTEST_GUILESS_MAIN(TestRunSession)
#include "tst_runsession.moc"
