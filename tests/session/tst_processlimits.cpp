// The limits RunSession gives a program (processlimits.h), seen from the program and from the
// run's result: real Python processes, the stand-in tracer.
#include "runsession.h"

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

} // namespace

class TestProcessLimits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programSeesItsLimits();
    void cpuTimeLimitEndsABusyProgram();
    void limitsAreDescribedInTheLearnersTerms();
};

void TestProcessLimits::programSeesItsLimits()
{
    RunSession session;
    QStringList lines;
    connect(&session, &RunSession::outputLine, &session,
            [&](OutputStream, quint32, const QString &text, bool) { lines << text; });
    RunRequest r = request(QStringLiteral("print_limits.py"));
    r.limits = ProcessLimits::forCheck(10, true);
    const RunResult result = QCoro::waitFor(session.run(r));
    QCOMPARE(result.status, RunStatus::Ok);
    const QString gib = QString::number(qint64(1) << 30);
    const QString mib64 = QString::number(qint64(64) << 20);
    QVERIFY2(lines.contains(QStringLiteral("RLIMIT_DATA %1 %1").arg(gib)), qPrintable(lines.join('|')));
    QVERIFY2(lines.contains(QStringLiteral("RLIMIT_CPU 25 27")), qPrintable(lines.join('|')));
    QVERIFY2(lines.contains(QStringLiteral("RLIMIT_FSIZE %1 %1").arg(mib64)), qPrintable(lines.join('|')));
    QVERIFY2(lines.contains(QStringLiteral("RLIMIT_CORE 0 0")), qPrintable(lines.join('|')));
    QCOMPARE(result.limitHit, LimitHit::None);
}

void TestProcessLimits::cpuTimeLimitEndsABusyProgram()
{
    RunSession session;
    RunRequest r = request(QStringLiteral("cpu_forever.py"));
    r.limits.cpuSeconds = 1;
    r.timeoutMs = 60000; // far later: the CPU limit must be what ends it
    const RunResult result = QCoro::waitFor(session.run(r));
    QCOMPARE(result.status, RunStatus::Crashed);
    QCOMPARE(result.signal.value_or(0), SIGXCPU);
    QCOMPARE(result.limitHit, LimitHit::CpuTime);
    QCOMPARE(describeLimit(result.limitHit, result.limits),
             QStringLiteral("used more than 1 s of CPU time"));
}

void TestProcessLimits::limitsAreDescribedInTheLearnersTerms()
{
    const ProcessLimits l = ProcessLimits::forCheck(5, false);
    QCOMPARE(describeLimit(LimitHit::Memory, l), QStringLiteral("used more than 1 GiB of memory"));
    QCOMPARE(describeLimit(LimitHit::FileSize, l),
             QStringLiteral("tried to write a file larger than 64 MiB"));
    QCOMPARE(describeLimit(LimitHit::Processes, l),
             QStringLiteral("started more than 64 processes at once"));
    QVERIFY(l.loopbackOnly);
    QVERIFY(!ProcessLimits::forCheck(5, true).loopbackOnly);
    QVERIFY(!ProcessLimits::forInteractive().loopbackOnly);
}

QTEST_GUILESS_MAIN(TestProcessLimits)
#include "tst_processlimits.moc"
