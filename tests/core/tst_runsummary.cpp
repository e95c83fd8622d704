#include "elapsed.h"
#include "fixtures.h"
#include "runsummary.h"
#include "schemacheck.h"
#include "tracedecoder.h"
#include "tracemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace Core;
using namespace Core::Test;

namespace
{

QJsonObject summarize(
    const QByteArray &bytes, const RunContext &context = {}, TraceModel *out = nullptr)
{
    TraceModel local;
    TraceModel &model = out ? *out : local;
    TraceDecoder decoder;
    decoder.feed(bytes, model);
    decoder.finish();
    model.setDecoderStats(decoder.stats());
    return buildRunSummary(model, context);
}

// Every number in the summary below zero, by its path.
QStringList negatives(const QJsonValue &v, const QString &path = {})
{
    QStringList found;
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            found << negatives(it.value(), path + QLatin1Char('.') + it.key());
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            found << negatives(a[i], path + QStringLiteral("[%1]").arg(i));
    } else if (v.isDouble() && v.toDouble() < 0) {
        found << path + QLatin1Char('=') + QString::number(v.toDouble());
    }
    return found;
}

QStringList messages(const QJsonObject &summary)
{
    QStringList out;
    for (const QJsonValue &w : summary[QStringLiteral("warnings")].toArray())
        out << w[QStringLiteral("message")].toString();
    return out;
}

QJsonObject findWarning(const QJsonArray &warnings, const QString &kind)
{
    for (const QJsonValue &w : warnings)
        if (w[QStringLiteral("kind")].toString() == kind)
            return w.toObject();
    return {};
}

} // namespace

class tst_RunSummary : public QObject
{
    Q_OBJECT

private slots:
    void topLevelFieldsFromTheTrace();
    void tasksAndWaits();
    void tasksSayTheirCallAndLibrary();
    void loopThreadsAndOutput();
    void warningsIncludeBlockedAndDropped();
    void errorRunEndsWithError();
    void stepKilledMidwayBlocksUntilRunEnd();
    void liveStatusWithoutRunEnd_data();
    void liveStatusWithoutRunEnd();
    void damagedStreamIsReported();
    void validatesAgainstSchema_data();
    void validatesAgainstSchema();
    void validatorRejectsBrokenSummary();
    void corruptTimestampsNeverGiveNegativeDurations();
    void elapsedIsNeverNegative_data();
    void elapsedIsNeverNegative();
    void droppedLinesAreCountedOnce();
    void cutLinesSayHowMuchIsLeftOut();
    void missingExitAfterCleanExitIsWarned_data();
    void missingExitAfterCleanExitIsWarned();
};

void tst_RunSummary::topLevelFieldsFromTheTrace()
{
    TraceModel model;
    const TraceEncoder e = gatherTrace();
    const QJsonObject s = summarize(e.bytes, {}, &model);
    QCOMPARE(s[QStringLiteral("schema")].toString(), QStringLiteral("loopscope.run-summary/1"));
    QCOMPARE(s[QStringLiteral("program")].toString(), QStringLiteral("demo.py"));
    QCOMPARE(s[QStringLiteral("python")][QStringLiteral("version")].toString(),
        QStringLiteral("3.11.2"));
    QCOMPARE(s[QStringLiteral("python")][QStringLiteral("executable")].toString(),
        QStringLiteral("/usr/bin/python3"));
    QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("ok"));
    QCOMPARE(s[QStringLiteral("exit_code")].toInt(-1), 0);
    QVERIFY(s[QStringLiteral("signal")].isNull());
    QVERIFY(s[QStringLiteral("error")].isNull());
    QCOMPARE(s[QStringLiteral("wall_s")].toDouble(), 0.2);
    QCOMPARE(s[QStringLiteral("clock")].toString(), QStringLiteral("real"));
    QCOMPARE(s[QStringLiteral("events")].toInt(), e.events);

    // What the host knows wins over what the tracer said.
    RunContext context;
    context.program = QStringLiteral("-m demo");
    context.pythonVersion = QStringLiteral("3.12.0");
    const QJsonObject s2 = summarize(e.bytes, context);
    QCOMPARE(s2[QStringLiteral("program")].toString(), QStringLiteral("-m demo"));
    QCOMPARE(s2[QStringLiteral("python")][QStringLiteral("version")].toString(),
        QStringLiteral("3.12.0"));
}

void tst_RunSummary::tasksAndWaits()
{
    const QJsonObject s = summarize(gatherTrace().bytes);
    const QJsonArray tasks = s[QStringLiteral("tasks")].toArray();
    QCOMPARE(tasks.size(), 3);
    const QJsonObject main = tasks[0].toObject();
    QCOMPARE(main[QStringLiteral("id")].toInt(), 1);
    QCOMPARE(main[QStringLiteral("name")].toString(), QStringLiteral("Task-1"));
    QCOMPARE(main[QStringLiteral("coro")].toString(), QStringLiteral("main"));
    QVERIFY(main[QStringLiteral("parent")].isNull());
    QCOMPARE(main[QStringLiteral("created_s")].toDouble(), 1e-6);
    QCOMPARE(main[QStringLiteral("first_step_s")].toDouble(), 2e-6);
    QCOMPARE(main[QStringLiteral("end_s")].toDouble(), 0.170015);
    QCOMPARE(main[QStringLiteral("state")].toString(), QStringLiteral("done"));
    QVERIFY(main[QStringLiteral("exception")].isNull());
    QCOMPARE(main[QStringLiteral("steps")].toInt(), 2);
    QCOMPARE(main[QStringLiteral("running_s")].toDouble(), 5e-6);
    const QJsonArray mainWaits = main[QStringLiteral("waits")].toArray();
    QCOMPARE(mainWaits.size(), 1);
    QCOMPARE(mainWaits[0][QStringLiteral("kind")].toString(), QStringLiteral("gather"));
    QCOMPARE(mainWaits[0][QStringLiteral("start_s")].toDouble(), 5e-6);
    QCOMPARE(mainWaits[0][QStringLiteral("end_s")].toDouble(), 0.170013);
    QCOMPARE(mainWaits[0][QStringLiteral("detail")].toString(), QStringLiteral("gather(2)"));
    QVERIFY(mainWaits[0][QStringLiteral("target")].isNull());
    QCOMPARE(mainWaits[0][QStringLiteral("woken_by")].toString(), QStringLiteral("task:3"));

    const QJsonObject fetch = tasks[1].toObject();
    QCOMPARE(fetch[QStringLiteral("parent")].toInt(), 1);
    const QJsonObject wait = fetch[QStringLiteral("waits")][0].toObject();
    QCOMPARE(wait[QStringLiteral("kind")].toString(), QStringLiteral("sleep"));
    QCOMPARE(wait[QStringLiteral("detail")].toString(), QStringLiteral("sleep(0.01)"));
    QCOMPARE(wait[QStringLiteral("woken_by")].toString(), QStringLiteral("timer"));
    QCOMPARE(wait[QStringLiteral("end_s")].toDouble(), 0.010009);

    const QJsonObject failed = tasks[2].toObject();
    QCOMPARE(failed[QStringLiteral("state")].toString(), QStringLiteral("failed"));
    QCOMPARE(failed[QStringLiteral("exception")].toString(), QStringLiteral("ValueError: bad"));
}

void tst_RunSummary::tasksSayTheirCallAndLibrary()
{
    TraceEncoder e;
    e.magic();
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", "/srv/app.py", 9, "/srv/app.py", "main()" });
    e.taskNew({ 20, 2, 1, 1, "Task-2", "Server.serve", "/srv/app.py", 5,
                "/usr/lib/python3/dist-packages/uvicorn/server.py", "Server.serve(<socket>)" });
    e.taskNew({ 30, 3, 1, 1, "Task-3", "_wait_for", {}, 0,
                "/root/.pyenv/versions/3.12.1/lib/python3.12/asyncio/tasks.py", {} });
    e.taskNewLegacy({ 40, 4, 1, 1, "Task-4", "old", "/srv/app.py", 7 }); // an old recording
    const QJsonObject s = summarize(e.bytes);
    const QJsonArray tasks = s[QStringLiteral("tasks")].toArray();
    QCOMPARE(tasks[0][QStringLiteral("call")].toString(), QStringLiteral("main()"));
    QVERIFY(tasks[0][QStringLiteral("library")].isNull());
    QCOMPARE(tasks[1][QStringLiteral("call")].toString(), QStringLiteral("Server.serve(<socket>)"));
    QCOMPARE(tasks[1][QStringLiteral("library")].toString(), QStringLiteral("uvicorn"));
    QVERIFY(tasks[2][QStringLiteral("call")].isNull());
    QCOMPARE(tasks[2][QStringLiteral("library")].toString(), QStringLiteral("asyncio"));
    QVERIFY(tasks[3][QStringLiteral("call")].isNull());
    QVERIFY(tasks[3][QStringLiteral("library")].isNull());
    QCOMPARE(tasks[3][QStringLiteral("coro")].toString(), QStringLiteral("old"));
    const QString violations = schemaViolations(s);
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
}

void tst_RunSummary::loopThreadsAndOutput()
{
    const QJsonObject s = summarize(gatherTrace().bytes);
    const QJsonObject loop = s[QStringLiteral("loop")].toObject();
    QCOMPARE(loop[QStringLiteral("iterations")].toInt(), 4);
    QCOMPARE(loop[QStringLiteral("idle_s")].toDouble(), 0.019998e0);
    // busy + idle covers the program from the loop's first sight to EXIT.
    QVERIFY(qFuzzyCompare(
        loop[QStringLiteral("busy_s")].toDouble() + loop[QStringLiteral("idle_s")].toDouble(),
        0.170020 - 0.000001));
    QCOMPARE(loop[QStringLiteral("max_step_ms")].toDouble(), 150.0);
    const QJsonArray blocked = loop[QStringLiteral("blocked")].toArray();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked[0][QStringLiteral("duration_ms")].toDouble(), 150.0);
    QCOMPARE(blocked[0][QStringLiteral("task")].toInt(), 3);
    QCOMPARE(blocked[0][QStringLiteral("file")].toString(), QStringLiteral("demo.py"));
    QCOMPARE(blocked[0][QStringLiteral("line")].toInt(), 8);
    QCOMPARE(blocked[0][QStringLiteral("function")].toString(), QStringLiteral("fetch"));
    const QJsonArray callbacks = loop[QStringLiteral("callbacks")].toArray();
    QCOMPARE(callbacks.size(), 1);
    QCOMPARE(callbacks[0][QStringLiteral("name")].toString(), QStringLiteral("on_timer"));
    QCOMPARE(callbacks[0][QStringLiteral("run_s")].toDouble(), 0.0100086);
    QVERIFY(qFuzzyCompare(callbacks[0][QStringLiteral("duration_ms")].toDouble(), 0.0001));

    const QJsonArray threads = s[QStringLiteral("threads")].toArray();
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0][QStringLiteral("name")].toString(), QStringLiteral("asyncio_0"));
    const QJsonObject job = threads[0][QStringLiteral("jobs")][0].toObject();
    QCOMPARE(job[QStringLiteral("function")].toString(), QStringLiteral("blocking_io"));
    QCOMPARE(job[QStringLiteral("end_s")].toDouble(), 0.009);
    QCOMPARE(job[QStringLiteral("submitted_by")].toInt(), 3);

    const QJsonArray output = s[QStringLiteral("output")].toArray();
    QCOMPARE(output.size(), 3);
    QCOMPARE(output[0][QStringLiteral("text")].toString(), QStringLiteral("fetching a"));
    QCOMPARE(output[0][QStringLiteral("task")].toInt(), 2);
    QCOMPARE(output[1][QStringLiteral("stream")].toString(), QStringLiteral("stderr"));
    QVERIFY(output[2][QStringLiteral("task")].isNull());
    QCOMPARE(output[2][QStringLiteral("text")].toString(), QStringLiteral("raw"));
}

void tst_RunSummary::warningsIncludeBlockedAndDropped()
{
    const QJsonObject s = summarize(gatherTrace().bytes);
    const QJsonArray warnings = s[QStringLiteral("warnings")].toArray();
    QCOMPARE(warnings.size(), 3);
    QCOMPARE(warnings[0][QStringLiteral("kind")].toString(), QStringLiteral("never_awaited"));
    QCOMPARE(warnings[0][QStringLiteral("line")].toInt(), 30);
    const QJsonObject blocked = findWarning(warnings, QStringLiteral("loop_blocked"));
    QCOMPARE(blocked[QStringLiteral("file")].toString(), QStringLiteral("demo.py"));
    QCOMPARE(blocked[QStringLiteral("line")].toInt(), 8);
    QVERIFY(blocked[QStringLiteral("message")].toString().contains(QStringLiteral("150 ms")));
    const QJsonObject other = findWarning(warnings, QStringLiteral("other"));
    QVERIFY(other[QStringLiteral("message")].toString().startsWith(QStringLiteral("3 output")));
    QVERIFY(other[QStringLiteral("file")].isNull());
}

void tst_RunSummary::errorRunEndsWithError()
{
    TraceEncoder e = gatherTrace(false);
    e.error({ us(170019), "RuntimeError", "boom", "demo.py", 40 });
    e.runEnd({ us(300000), RunStatus::Error, true, false, 1, 0 });
    const QJsonObject s = summarize(e.bytes);
    QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("error"));
    QCOMPARE(s[QStringLiteral("exit_code")].toInt(), 1);
    const QJsonObject error = s[QStringLiteral("error")].toObject();
    QCOMPARE(error[QStringLiteral("type")].toString(), QStringLiteral("RuntimeError"));
    QCOMPARE(error[QStringLiteral("message")].toString(), QStringLiteral("boom"));
    QCOMPARE(error[QStringLiteral("line")].toInt(), 40);
    QCOMPARE(s[QStringLiteral("wall_s")].toDouble(), 0.3);
    QVERIFY(schemaViolations(s).isEmpty());
}

void tst_RunSummary::stepKilledMidwayBlocksUntilRunEnd()
{
    // A program spinning in one step is killed by --timeout: no STEP end and no EXIT ever
    // arrive, only the watchdog's BLOCKED record and the host's RUN_END.
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 42, 123456789, QStringLiteral("3.11.2"),
        QStringLiteral("/usr/bin/python3"), QStringLiteral("spin.py"), 100, 987654321 });
    e.taskNew({ us(1), 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"),
        QStringLiteral("spin.py"), 5 });
    e.loopIter({ us(2), us(3), 0, 1, 0, 1 });
    e.blocked({ us(200000), 1, QStringLiteral("spin.py"), QStringLiteral("main"), 3, 1 });
    e.runEnd({ us(1700000), RunStatus::Timeout, false, true, 0, 9 });
    const QJsonObject s = summarize(e.bytes);
    QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("timeout"));
    QCOMPARE(s[QStringLiteral("wall_s")].toDouble(), 1.7);
    const QJsonArray blocked = s[QStringLiteral("loop")][QStringLiteral("blocked")].toArray();
    QVERIFY(!blocked.isEmpty());
    const QJsonObject last = blocked.last().toObject();
    QCOMPARE(last[QStringLiteral("line")].toInt(), 3);
    QCOMPARE(last[QStringLiteral("duration_ms")].toDouble(), 1500.0);
    QVERIFY(schemaViolations(s).isEmpty());
}

void tst_RunSummary::liveStatusWithoutRunEnd_data()
{
    QTest::addColumn<int>("exitStatus"); // -1: no EXIT yet
    QTest::addColumn<bool>("withError");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QJsonValue>("exitCode");
    QTest::newRow("still running") << -1 << false << "ok" << QJsonValue();
    QTest::newRow("exited 0") << 0 << false << "ok" << QJsonValue(0);
    QTest::newRow("exited 3") << 3 << false << "error" << QJsonValue(3);
    QTest::newRow("uncaught, still unwinding") << -1 << true << "error" << QJsonValue();
}

void tst_RunSummary::liveStatusWithoutRunEnd()
{
    QFETCH(int, exitStatus);
    QFETCH(bool, withError);
    QFETCH(QString, status);
    QFETCH(QJsonValue, exitCode);
    TraceEncoder e;
    e.magic();
    e.taskNew({ 10, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 20, 30, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    if (withError)
        e.error({ 40, "KeyError", "'k'", {}, 0 });
    if (exitStatus >= 0)
        e.exit({ 50, exitStatus });
    const QJsonObject s = summarize(e.bytes);
    QCOMPARE(s[QStringLiteral("status")].toString(), status);
    QCOMPARE(s[QStringLiteral("exit_code")], exitCode);
    QVERIFY(s[QStringLiteral("signal")].isNull());
    const QJsonObject task = s[QStringLiteral("tasks")][0].toObject();
    QCOMPARE(task[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    QVERIFY(task[QStringLiteral("end_s")].isNull());
    QVERIFY(task[QStringLiteral("waits")][0][QStringLiteral("end_s")].isNull());
    QVERIFY(task[QStringLiteral("waits")][0][QStringLiteral("woken_by")].isNull());
    QVERIFY(schemaViolations(s).isEmpty());
}

void tst_RunSummary::damagedStreamIsReported()
{
    QByteArray bytes = gatherTrace().bytes;
    bytes.insert(200, "garbage");
    bytes.chop(5);
    const QJsonObject s = summarize(bytes);
    const QJsonArray warnings = s[QStringLiteral("warnings")].toArray();
    bool found = false;
    for (const QJsonValue &w : warnings)
        found |= w[QStringLiteral("message")].toString().contains(QStringLiteral("damaged"));
    QVERIFY(found);
    QCOMPARE(s[QStringLiteral("status")].toString(), QStringLiteral("ok")); // from EXIT 0
}

void tst_RunSummary::validatesAgainstSchema_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("gather") << gatherTrace().bytes;
    QTest::newRow("gather, no run end") << gatherTrace(false).bytes;
    QTest::newRow("empty trace") << QByteArray();
    TraceEncoder crashed;
    crashed.magic();
    crashed.callbackRun({ 5, 10, 77 }); // a callback we never saw scheduled
    crashed.blocked({ 900, 0, {}, {}, 0, 1 });
    crashed.jobStart({ 7, 1, 2, {}, "f", 0 });
    crashed.runEnd({ 1000, RunStatus::Crashed, false, true, 0, 11 });
    QTest::newRow("crashed, odd records") << crashed.bytes;
}

void tst_RunSummary::validatesAgainstSchema()
{
    QFETCH(QByteArray, bytes);
    const QJsonObject s = summarize(bytes);
    const QString violations = schemaViolations(s);
    QVERIFY2(violations.isEmpty(), qPrintable(violations));
}

void tst_RunSummary::validatorRejectsBrokenSummary()
{
    // Guards the guard: a summary missing a required field must not pass.
    QJsonObject s = summarize(gatherTrace().bytes);
    s.remove(QStringLiteral("clock"));
    QVERIFY(schemaViolations(s).contains(QStringLiteral("clock")));
}

void tst_RunSummary::corruptTimestampsNeverGiveNegativeDurations()
{
    // Ends just below 2^64: their distance from a small start does not fit a signed 64-bit
    // number, and once read as a negative duration.
    const TimeNs huge = ~TimeNs(0) - 4;
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 42, 0, "3.11.2", "python3", "x.py", 100, 0 });
    e.taskNew({ 0, 1, 1, 0, "Task-1", "main", {}, 0 });
    e.step({ 5, huge, 1, false, WaitKind::Sleep, "sleep(1)", 0, 0 });
    e.step({ 10, 20, 1, true, WaitKind::Sleep, {}, 0, 0 });
    e.callbackScheduled({ 0, 1, "cb", CallbackHow::CallSoon });
    e.callbackRun({ 3, huge, 1 });
    e.jobStart({ 2, 1, 1, {}, "f", 0 });
    e.jobEnd({ huge, 1, false });
    e.blocked({ 7, 0, {}, {}, 0, 1 });
    e.loopIter({ 4, huge, -1, 0, 0, 1 });
    e.exit({ 3, 0 });
    const QJsonObject s = summarize(e.bytes);
    const QStringList found = negatives(s);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1String(", "))));
    QVERIFY(schemaViolations(s).isEmpty());
}

void tst_RunSummary::elapsedIsNeverNegative_data()
{
    QTest::addColumn<TimeNs>("start");
    QTest::addColumn<TimeNs>("end");
    QTest::addColumn<qint64>("elapsed");
    const TimeNs top = ~TimeNs(0);
    const qint64 most = std::numeric_limits<qint64>::max();
    QTest::newRow("ordinary") << TimeNs(10) << TimeNs(25) << qint64(15);
    QTest::newRow("same time") << TimeNs(7) << TimeNs(7) << qint64(0);
    QTest::newRow("end before start") << TimeNs(25) << TimeNs(10) << qint64(0);
    QTest::newRow("past the signed range") << TimeNs(0) << top << most;
    QTest::newRow("just past it") << TimeNs(0) << TimeNs(most) + 1 << most;
    QTest::newRow("just inside it") << TimeNs(1) << TimeNs(most) << most - 1;
    QTest::newRow("near the top") << top - 3 << top << qint64(3);
}

void tst_RunSummary::elapsedIsNeverNegative()
{
    QFETCH(TimeNs, start);
    QFETCH(TimeNs, end);
    QFETCH(qint64, elapsed);
    QCOMPARE(elapsedNs(start, end), elapsed);
}

void tst_RunSummary::droppedLinesAreCountedOnce()
{
    // 110,000 lines past the tracer's limit reached the host raw; it kept 100,000 of them.
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 42, 0, "3.11.2", "python3", "x.py", 100, 0 });
    e.dropped({ 50, DroppedRecord::TracerOutputLines, 110000 });
    e.exit({ 60, 0 });
    e.dropped({ 70, DroppedRecord::HostRawLines, 10000 });
    const QStringList said = messages(summarize(e.bytes));
    QVERIFY2(said.contains(QStringLiteral("10000 output lines were not recorded (too much output)")),
             qPrintable(said.join(QLatin1Char('\n'))));
    QVERIFY(said.filter(QStringLiteral("not recorded")).size() == 1);
    QVERIFY(said.filter(QStringLiteral("110000 output lines past the tracer's limit")).size() == 1);
}

void tst_RunSummary::cutLinesSayHowMuchIsLeftOut()
{
    TraceEncoder e;
    e.magic();
    OutputRecord first;
    first.t = 1;
    first.text = QStringLiteral("start of a long line");
    first.continues = true;
    e.output(first);
    OutputRecord rest;
    rest.t = 1;
    rest.text = QString(1000, QLatin1Char('x'));
    rest.continuation = true;
    e.output(rest);
    OutputRecord raw;
    raw.t = 2;
    raw.fromPipe = true;
    raw.text = QStringLiteral("raw start");
    raw.cutBytes = 140000;
    e.output(raw);
    OutputRecord whole;
    whole.t = 3;
    whole.text = QStringLiteral("whole");
    e.output(whole);
    const QJsonObject s = summarize(e.bytes);
    const QJsonArray output = s[QStringLiteral("output")].toArray();
    QCOMPARE(output.size(), 3);
    QCOMPARE(output[0][QStringLiteral("text")].toString(), QStringLiteral("start of a long line"));
    QCOMPARE(output[0][QStringLiteral("truncated")].toBool(), true);
    QCOMPARE(output[0][QStringLiteral("cut_bytes")].toInteger(), 1000);
    QCOMPARE(output[1][QStringLiteral("cut_bytes")].toInteger(), 140000);
    QVERIFY(!output[2].toObject().contains(QStringLiteral("truncated")));
    QVERIFY(!output[2].toObject().contains(QStringLiteral("cut_bytes")));
    QVERIFY(messages(s).filter(QStringLiteral("2 output lines were longer")).size() == 1);
    QVERIFY(schemaViolations(s).isEmpty());
}

void tst_RunSummary::missingExitAfterCleanExitIsWarned_data()
{
    QTest::addColumn<bool>("withExit");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("warned");
    QTest::newRow("exit record, status ok") << true << int(RunStatus::Ok) << false;
    QTest::newRow("no exit record, status ok") << false << int(RunStatus::Ok) << true;
    QTest::newRow("no exit record, crashed") << false << int(RunStatus::Crashed) << false;
    QTest::newRow("no exit record, timeout") << false << int(RunStatus::Timeout) << false;
}

void tst_RunSummary::missingExitAfterCleanExitIsWarned()
{
    QFETCH(bool, withExit);
    QFETCH(int, status);
    QFETCH(bool, warned);
    TraceEncoder e;
    e.magic();
    e.hello({ 1, false, false, 42, 0, "3.11.2", "python3", "x.py", 100, 0 });
    if (withExit)
        e.exit({ 60, 0 });
    e.runEnd({ 100, RunStatus(status), status == int(RunStatus::Ok), false, 0, 0 });
    const QStringList said = messages(summarize(e.bytes));
    QCOMPARE(said.filter(QStringLiteral("without the tracer's exit record")).size(), warned ? 1 : 0);
}

QTEST_GUILESS_MAIN(tst_RunSummary)
#include "tst_runsummary.moc"
