// Real programs through the built `loopscope trace`, on every Python >= 3.11 here: what a
// learner would notice in the output and the summary. Virtual clock wherever sleeps are long.
#include "tracerun.h"

#include <QRegularExpression>

#define TRACE_ROWS(name)                                                                           \
    void name##_data() { addInterpreterRows(); }                                                   \
    void name();

class TestTraceE2E : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString tempPath(const QString &suffix) { return m_dir.filePath(QString::number(++m_counter) + suffix); }

    // loopscope trace --python PY --summary TMP OPTIONS programs/PROGRAM
    TraceRun trace(const QString &program, const QStringList &options = {}, int timeoutMs = 60000)
    {
        QFETCH(QString, python);
        TraceRun run;
        const QString summary = tempPath(QStringLiteral(".json"));
        runLoopscope(QStringList{QStringLiteral("trace"), QStringLiteral("--python"), python,
                                 QStringLiteral("--summary"), summary}
                             + options + QStringList{programPath(program)},
                     run, timeoutMs, summary);
        return run;
    }

private Q_SLOTS:
    TRACE_ROWS(gatherOfThreeSleepsTakesTheLongest)
    TRACE_ROWS(sequentialAwaitsAddUpConcurrentOnesOverlap)
    TRACE_ROWS(semaphoreLetsTwoRunAtOnce)
    TRACE_ROWS(lockSerialisesWorkers)
    TRACE_ROWS(queueHandsItemsToConsumer)
    TRACE_ROWS(cancelledTaskIsCancelled)
    TRACE_ROWS(waitForTimesOut)
    TRACE_ROWS(taskGroupChildFailureCancelsSibling)
    TRACE_ROWS(executorJobsNameTheirSubmitter)
    TRACE_ROWS(blockingSleepIsFlaggedWithItsLine)
    TRACE_ROWS(callbacksAreListed)
    TRACE_ROWS(neverAwaitedCoroutineIsWarnedWithItsLine)
    TRACE_ROWS(uncaughtExceptionIsAnError)
    TRACE_ROWS(sysExitCodeIsKept)
    TRACE_ROWS(osExitCodeIsKept)
    TRACE_ROWS(segfaultIsACrashAndKeepsTheTrace)
    TRACE_ROWS(sigkillOfItselfIsACrash)
    TRACE_ROWS(neverYieldingProgramEndsByTimeoutNamingTheLine)
    TRACE_ROWS(outputFloodFinishesWithBoundedRecording)
    TRACE_ROWS(traceLookingOutputIsJustOutput)
    TRACE_ROWS(syntaxErrorIsAnErrorWithItsLine)
    TRACE_ROWS(virtualClockSkipsAMinute)
    TRACE_ROWS(subprocessDoesNotInheritTheTraceChannel)
    TRACE_ROWS(chromeTraceIsJsonWithNamedLanes)
    TRACE_ROWS(recordingRebuildsTheSameSummary)
    void missingProgramFileIsAOneLineMessage();
    void badOptionIsAOneLineMessage();
    void missingModuleNamesTheDebianPackage();
    void helpDescribesReplay();
};

void TestTraceE2E::gatherOfThreeSleepsTakesTheLongest()
{
    const TraceRun run = trace(QStringLiteral("gather_sleeps.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QVERIFY2(run.wall() > 2.9 && run.wall() < 3.5, qPrintable(QString::number(run.wall())));
    const auto naps = run.tasksWhere("coro", QStringLiteral("nap"));
    QCOMPARE(naps.size(), 3);
    QList<QPair<double, double>> lifetimes;
    for (const QJsonObject &t : naps)
        lifetimes.append({t.value(QLatin1String("first_step_s")).toDouble(),
                          t.value(QLatin1String("end_s")).toDouble()});
    QCOMPARE(maxOverlap(lifetimes), 3);
    QVERIFY(run.out.contains("[1, 2, 3]"));
}

void TestTraceE2E::sequentialAwaitsAddUpConcurrentOnesOverlap()
{
    const TraceRun sequential = trace(QStringLiteral("sequential.py"), {QStringLiteral("--virtual-clock")});
    const TraceRun concurrent = trace(QStringLiteral("concurrent.py"), {QStringLiteral("--virtual-clock")});
    QVERIFY2(sequential.wall() > 5.9 && sequential.wall() < 6.5, qPrintable(QString::number(sequential.wall())));
    QVERIFY2(concurrent.wall() > 2.9 && concurrent.wall() < 3.5, qPrintable(QString::number(concurrent.wall())));
    // Awaiting a coroutine runs it inside the caller: one task. create_task: one each.
    QCOMPARE(sequential.tasksWhere("coro", QStringLiteral("nap")).size(), 0);
    QCOMPARE(concurrent.tasksWhere("coro", QStringLiteral("nap")).size(), 3);
}

// The sleep waits of the worker tasks, as intervals.
static QList<QPair<double, double>> sleepsOf(const TraceRun &run, QStringList *kinds)
{
    QList<QPair<double, double>> sleeps;
    for (const QJsonObject &t : run.tasksWhere("coro", QStringLiteral("worker"))) {
        for (const QJsonValue &w : t.value(QLatin1String("waits")).toArray()) {
            const QJsonObject wait = w.toObject();
            const QString kind = wait.value(QLatin1String("kind")).toString();
            *kinds << kind;
            if (kind == QLatin1String("sleep"))
                sleeps.append({wait.value(QLatin1String("start_s")).toDouble(),
                               wait.value(QLatin1String("end_s")).toDouble()});
        }
    }
    return sleeps;
}

void TestTraceE2E::semaphoreLetsTwoRunAtOnce()
{
    const TraceRun run = trace(QStringLiteral("semaphore.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QStringList kinds;
    const auto sleeps = sleepsOf(run, &kinds);
    QCOMPARE(sleeps.size(), 6);
    QCOMPARE(maxOverlap(sleeps), 2);
    QVERIFY2(kinds.contains(QLatin1String("semaphore")), qPrintable(kinds.join(',')));
    QVERIFY(run.wall() > 2.9 && run.wall() < 3.5);
}

void TestTraceE2E::lockSerialisesWorkers()
{
    const TraceRun run = trace(QStringLiteral("lock.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QStringList kinds;
    const auto sleeps = sleepsOf(run, &kinds);
    QCOMPARE(sleeps.size(), 3);
    QCOMPARE(maxOverlap(sleeps), 1);
    QVERIFY2(kinds.contains(QLatin1String("lock")), qPrintable(kinds.join(',')));
    QVERIFY(run.wall() > 2.9 && run.wall() < 3.5);
}

void TestTraceE2E::queueHandsItemsToConsumer()
{
    const TraceRun run = trace(QStringLiteral("producer_consumer.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QCOMPARE(run.outputTexts(), (QStringList{"got 0", "got 1", "got 2", "got 3", "got 4"}));
    const auto consumers = run.tasksWhere("coro", QStringLiteral("consumer"));
    QCOMPARE(consumers.size(), 1);
    int queueWaits = 0;
    for (const QJsonValue &w : consumers.first().value(QLatin1String("waits")).toArray())
        queueWaits += w.toObject().value(QLatin1String("kind")).toString() == QLatin1String("queue");
    QVERIFY2(queueWaits >= 5, qPrintable(QString::number(queueWaits)));
    // Each item is printed by the consumer task.
    const int consumerId = consumers.first().value(QLatin1String("id")).toInt();
    for (const QJsonValue &o : run.summary.value(QLatin1String("output")).toArray())
        QCOMPARE(o.toObject().value(QLatin1String("task")).toInt(), consumerId);
}

void TestTraceE2E::cancelledTaskIsCancelled()
{
    const TraceRun run = trace(QStringLiteral("cancel.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const auto victims = run.tasksWhere("name", QStringLiteral("victim"));
    QCOMPARE(victims.size(), 1);
    QCOMPARE(victims.first().value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY(run.outputTexts().contains(QStringLiteral("cancelled")));
    QVERIFY(run.wall() < 2);
}

void TestTraceE2E::waitForTimesOut()
{
    const TraceRun run = trace(QStringLiteral("wait_for_timeout.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QCOMPARE(run.outputTexts(), QStringList{QStringLiteral("timed out")});
    QVERIFY2(run.wall() > 0.9 && run.wall() < 2, qPrintable(QString::number(run.wall())));
}

void TestTraceE2E::taskGroupChildFailureCancelsSibling()
{
    const TraceRun run = trace(QStringLiteral("taskgroup_fail.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const auto boom = run.tasksWhere("name", QStringLiteral("boom"));
    const auto patient = run.tasksWhere("name", QStringLiteral("patient"));
    QCOMPARE(boom.size(), 1);
    QCOMPARE(patient.size(), 1);
    QCOMPARE(boom.first().value(QLatin1String("state")).toString(), QStringLiteral("failed"));
    QVERIFY(boom.first().value(QLatin1String("exception")).toString().contains(QLatin1String("ValueError: boom")));
    QCOMPARE(patient.first().value(QLatin1String("state")).toString(), QStringLiteral("cancelled"));
    QVERIFY(run.outputTexts().contains(QStringLiteral("caught")));
    QVERIFY(run.wall() < 2);
}

void TestTraceE2E::executorJobsNameTheirSubmitter()
{
    const TraceRun run = trace(QStringLiteral("executor.py"));
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const auto mains = run.tasksWhere("coro", QStringLiteral("main"));
    QCOMPARE(mains.size(), 1);
    const int mainId = mains.first().value(QLatin1String("id")).toInt();
    QStringList functions;
    for (const QJsonValue &th : run.summary.value(QLatin1String("threads")).toArray()) {
        for (const QJsonValue &j : th.toObject().value(QLatin1String("jobs")).toArray()) {
            const QJsonObject job = j.toObject();
            const QString fn = job.value(QLatin1String("function")).toString();
            functions << fn;
            if (fn.contains(QLatin1String("crunch")) || fn.contains(QLatin1String("tidy"))) {
                QCOMPARE(job.value(QLatin1String("submitted_by")).toInt(), mainId);
                QVERIFY(job.value(QLatin1String("end_s")).toDouble() > job.value(QLatin1String("start_s")).toDouble());
            }
        }
    }
    QVERIFY2(functions.filter(QStringLiteral("crunch")).size() == 1, qPrintable(functions.join(',')));
    QVERIFY2(functions.filter(QStringLiteral("tidy")).size() == 1, qPrintable(functions.join(',')));
}

void TestTraceE2E::blockingSleepIsFlaggedWithItsLine()
{
    const TraceRun run = trace(QStringLiteral("blocking.py"), {QStringLiteral("--block-threshold-ms"), QStringLiteral("100")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const QJsonArray blocked = run.loop().value(QLatin1String("blocked")).toArray();
    QCOMPARE(blocked.size(), 1);
    const QJsonObject b = blocked.first().toObject();
    QCOMPARE(b.value(QLatin1String("line")).toInt(), lineOf(QStringLiteral("blocking.py"), QStringLiteral("BLOCKING LINE")));
    QVERIFY(b.value(QLatin1String("file")).toString().endsWith(QLatin1String("blocking.py")));
    QVERIFY2(b.value(QLatin1String("duration_ms")).toDouble() >= 350, qPrintable(QString::number(b.value(QLatin1String("duration_ms")).toDouble())));
}

void TestTraceE2E::callbacksAreListed()
{
    const TraceRun run = trace(QStringLiteral("callbacks.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QCOMPARE(run.outputTexts(), (QStringList{"soon", "later"}));
    QStringList names;
    for (const QJsonValue &c : run.loop().value(QLatin1String("callbacks")).toArray()) {
        const QJsonObject cb = c.toObject();
        names << cb.value(QLatin1String("name")).toString();
        QVERIFY(!cb.value(QLatin1String("run_s")).isNull());
    }
    QVERIFY2(names.contains(QLatin1String("soon")) && names.contains(QLatin1String("later")), qPrintable(names.join(',')));
}

void TestTraceE2E::neverAwaitedCoroutineIsWarnedWithItsLine()
{
    const TraceRun run = trace(QStringLiteral("never_awaited.py"));
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const int line = lineOf(QStringLiteral("never_awaited.py"), QStringLiteral("NEVER AWAITED"));
    bool found = false;
    for (const QJsonValue &w : run.summary.value(QLatin1String("warnings")).toArray()) {
        const QJsonObject warning = w.toObject();
        if (warning.value(QLatin1String("kind")).toString() == QLatin1String("never_awaited")) {
            QCOMPARE(warning.value(QLatin1String("line")).toInt(), line);
            QVERIFY(warning.value(QLatin1String("message")).toString().contains(QLatin1String("forgotten")));
            found = true;
        }
    }
    QVERIFY2(found, run.summary.value(QLatin1String("warnings")).toArray().isEmpty() ? "no warnings" : "no never_awaited warning");
}

void TestTraceE2E::uncaughtExceptionIsAnError()
{
    const TraceRun run = trace(QStringLiteral("uncaught.py"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.status(), QStringLiteral("error"));
    QCOMPARE(run.summary.value(QLatin1String("exit_code")).toInt(), 1);
    const QJsonObject error = run.summary.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("ValueError"));
    QCOMPARE(error.value(QLatin1String("message")).toString(), QStringLiteral("bad value"));
    QCOMPARE(error.value(QLatin1String("line")).toInt(), lineOf(QStringLiteral("uncaught.py"), QStringLiteral("RAISE LINE")));
    // The traceback still reaches the user.
    QVERIFY(run.err.contains("ValueError: bad value"));
}

void TestTraceE2E::sysExitCodeIsKept()
{
    const TraceRun run = trace(QStringLiteral("sys_exit3.py"));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.status(), QStringLiteral("error"));
    QCOMPARE(run.summary.value(QLatin1String("exit_code")).toInt(), 3);
    QVERIFY(run.summary.value(QLatin1String("signal")).isNull());
    QCOMPARE(run.outputTexts(), QStringList{QStringLiteral("leaving")});
}

void TestTraceE2E::osExitCodeIsKept()
{
    const TraceRun run = trace(QStringLiteral("os_exit5.py"));
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(run.status(), QStringLiteral("error"));
    QCOMPARE(run.summary.value(QLatin1String("exit_code")).toInt(), 5);
    QCOMPARE(run.outputTexts(), QStringList{QStringLiteral("leaving hard")});
}

void TestTraceE2E::segfaultIsACrashAndKeepsTheTrace()
{
    const TraceRun run = trace(QStringLiteral("segfault.py"));
    QCOMPARE(run.exitCode, 128 + 11);
    QCOMPARE(run.status(), QStringLiteral("crashed"));
    QCOMPARE(run.summary.value(QLatin1String("signal")).toInt(), 11);
    QVERIFY(run.summary.value(QLatin1String("exit_code")).isNull());
    QVERIFY(run.outputTexts().contains(QStringLiteral("before the crash")));
    QCOMPARE(run.tasksWhere("coro", QStringLiteral("main")).size(), 1);
    QVERIFY(run.wall() >= 0.1);
    QVERIFY(run.err.contains("loopscope: the program was killed by signal 11"));
}

void TestTraceE2E::sigkillOfItselfIsACrash()
{
    const TraceRun run = trace(QStringLiteral("sigkill_self.py"));
    QCOMPARE(run.exitCode, 128 + 9);
    QCOMPARE(run.status(), QStringLiteral("crashed"));
    QCOMPARE(run.summary.value(QLatin1String("signal")).toInt(), 9);
    QCOMPARE(run.outputTexts(), QStringList{QStringLiteral("about to die")});
}

void TestTraceE2E::neverYieldingProgramEndsByTimeoutNamingTheLine()
{
    const TraceRun run = trace(QStringLiteral("never_yields.py"), {QStringLiteral("--timeout"), QStringLiteral("1.5")});
    QCOMPARE(run.exitCode, 124);
    QCOMPARE(run.status(), QStringLiteral("timeout"));
    QVERIFY2(run.elapsedMs < 6000, qPrintable(QString::number(run.elapsedMs)));
    const QJsonArray blocked = run.loop().value(QLatin1String("blocked")).toArray();
    QCOMPARE(blocked.size(), 1);
    const int spin = lineOf(QStringLiteral("never_yields.py"), QStringLiteral("SPIN LINE"));
    const int line = blocked.first().toObject().value(QLatin1String("line")).toInt();
    QVERIFY2(line == spin || line == spin + 1, qPrintable(QString::number(line)));
    // The step never ended: its duration runs to the end of the run (see the report: the
    // summary currently ends it at the latest record instead).
}

void TestTraceE2E::outputFloodFinishesWithBoundedRecording()
{
    const TraceRun run = trace(QStringLiteral("flood.py"), {}, 120000);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.status(), QStringLiteral("ok"));
    // Two million lines: the summary keeps a bounded part and says what it left out.
    const qsizetype kept = run.summary.value(QLatin1String("output")).toArray().size();
    QVERIFY2(kept > 1000 && kept <= 1000000, qPrintable(QString::number(kept)));
    bool said = false;
    for (const QJsonValue &w : run.summary.value(QLatin1String("warnings")).toArray())
        said = said || w.toObject().value(QLatin1String("message")).toString().contains(QLatin1String("not recorded"));
    QVERIFY(said);
    // The first lines reached the terminal live.
    QVERIFY(run.out.startsWith("line 0\nline 1\n"));
    QVERIFY(run.out.count('\n') >= 1000000);
}

void TestTraceE2E::traceLookingOutputIsJustOutput()
{
    const TraceRun run = trace(QStringLiteral("lookalike.py"));
    QCOMPARE(run.status(), QStringLiteral("ok"));
    const QStringList texts = run.outputTexts();
    QCOMPARE(texts.size(), 4);
    // Raw pipe lines and print() lines travel separate channels: check content, not order.
    QCOMPARE(texts.filter(QRegularExpression(QStringLiteral("^LSTRACE1.* not a record$"))).size(), 1);
    QCOMPARE(texts.filter(QRegularExpression(QStringLiteral("^LSTRACE1.*0123456789"))).size(), 1);
    QVERIFY(texts.contains(QStringLiteral("after")));
    QVERIFY(run.out.contains("not a record\n"));
    QCOMPARE(run.tasks().size(), 0);
    QCOMPARE(run.summary.value(QLatin1String("exit_code")).toInt(), 0);
}

void TestTraceE2E::syntaxErrorIsAnErrorWithItsLine()
{
    const TraceRun run = trace(QStringLiteral("syntax_error.py"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.status(), QStringLiteral("error"));
    const QJsonObject error = run.summary.value(QLatin1String("error")).toObject();
    QCOMPARE(error.value(QLatin1String("type")).toString(), QStringLiteral("SyntaxError"));
    QCOMPARE(error.value(QLatin1String("line")).toInt(), 2);
    QVERIFY(run.err.contains("SyntaxError"));
}

void TestTraceE2E::virtualClockSkipsAMinute()
{
    const TraceRun run = trace(QStringLiteral("virtual_sleep.py"), {QStringLiteral("--virtual-clock")});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QCOMPARE(run.summary.value(QLatin1String("clock")).toString(), QStringLiteral("virtual"));
    QVERIFY2(run.wall() > 59.9 && run.wall() < 61, qPrintable(QString::number(run.wall())));
    QVERIFY2(run.elapsedMs < 5000, qPrintable(QString::number(run.elapsedMs)));
    QCOMPARE(run.outputTexts(), QStringList{QStringLiteral("a minute later")});
}

void TestTraceE2E::subprocessDoesNotInheritTheTraceChannel()
{
    const TraceRun run = trace(QStringLiteral("subprocess_fds.py"));
    QCOMPARE(run.status(), QStringLiteral("ok"));
    // Only fds 3 and 4 matter: loopscope's own stray inherited fds may pass through.
    const QStringList texts = run.outputTexts();
    QCOMPARE(texts.size(), 1);
    const QRegularExpression channel(QStringLiteral("[\\[ ]([34])[,\\]]"));
    QVERIFY2(texts.first().startsWith(QLatin1String("inherited [")), qPrintable(texts.first()));
    QVERIFY2(!channel.match(texts.first()).hasMatch(), qPrintable(texts.first()));
}

void TestTraceE2E::chromeTraceIsJsonWithNamedLanes()
{
    const QString chrome = tempPath(QStringLiteral(".chrome.json"));
    const TraceRun run = trace(QStringLiteral("gather_sleeps.py"), {QStringLiteral("--virtual-clock"), QStringLiteral("--chrome"), chrome});
    QCOMPARE(run.status(), QStringLiteral("ok"));
    QFile f(chrome);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
    const QJsonArray events = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("traceEvents")).toArray();
    QVERIFY(!events.isEmpty());
    QStringList laneNames;
    for (const QJsonValue &e : events) {
        const QJsonObject ev = e.toObject();
        if (ev.value(QLatin1String("ph")).toString() == QLatin1String("M")
            && ev.value(QLatin1String("name")).toString() == QLatin1String("thread_name"))
            laneNames << ev.value(QLatin1String("args")).toObject().value(QLatin1String("name")).toString();
    }
    QVERIFY2(laneNames.filter(QStringLiteral("nap")).size() == 3, qPrintable(laneNames.join(',')));
    QVERIFY2(laneNames.filter(QStringLiteral("main")).size() >= 1, qPrintable(laneNames.join(',')));
}

void TestTraceE2E::recordingRebuildsTheSameSummary()
{
    const QString recording = tempPath(QStringLiteral(".lstrace"));
    const TraceRun live = trace(QStringLiteral("producer_consumer.py"), {QStringLiteral("--virtual-clock"), QStringLiteral("--record"), recording});
    QCOMPARE(live.status(), QStringLiteral("ok"));
    TraceRun replayed;
    const QString summary = tempPath(QStringLiteral(".json"));
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--replay"), recording, QStringLiteral("--summary"), summary}, replayed, 30000, summary);
    QCOMPARE(replayed.exitCode, 0);
    QCOMPARE(replayed.tasks(), live.tasks());
    QCOMPARE(replayed.summary.value(QLatin1String("output")), live.summary.value(QLatin1String("output")));
    QCOMPARE(replayed.status(), live.status());
    QCOMPARE(replayed.wall(), live.wall());
    QCOMPARE(replayed.summary.value(QLatin1String("python")), live.summary.value(QLatin1String("python")));
}

void TestTraceE2E::missingProgramFileIsAOneLineMessage()
{
    TraceRun run;
    const QString summary = tempPath(QStringLiteral(".json"));
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--summary"), summary, QStringLiteral("/no/such/program.py")}, run);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.err, QByteArray("loopscope: can't open file '/no/such/program.py': No such file or directory\n"));
    QVERIFY(!QFileInfo::exists(summary));
}

void TestTraceE2E::badOptionIsAOneLineMessage()
{
    TraceRun run;
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--frobnicate"), programPath(QStringLiteral("sys_exit3.py"))}, run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.startsWith("loopscope: unknown option '--frobnicate'"));
    QCOMPARE(run.err.count('\n'), 1);
    TraceRun timeout;
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--timeout"), QStringLiteral("soon"), programPath(QStringLiteral("sys_exit3.py"))}, timeout);
    QCOMPARE(timeout.exitCode, 2);
    QVERIFY(timeout.err.startsWith("loopscope: --timeout"));
}

void TestTraceE2E::missingModuleNamesTheDebianPackage()
{
    TraceRun run;
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--require"), QStringLiteral("no_such_module_xyz"), programPath(QStringLiteral("sys_exit3.py"))}, run);
    QCOMPARE(run.exitCode, 127);
    QVERIFY2(run.err.startsWith("loopscope: "), run.err.constData());
    QVERIFY(run.err.contains("no_such_module_xyz"));
    QVERIFY(run.err.contains("apt install python3-no-such-module-xyz"));
    QCOMPARE(run.err.count('\n'), 1);
}

void TestTraceE2E::helpDescribesReplay()
{
    TraceRun run;
    runLoopscope({QStringLiteral("trace"), QStringLiteral("--help")}, run);
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("--replay"));
    TraceRun top;
    runLoopscope({QStringLiteral("--help")}, top);
    QCOMPARE(top.exitCode, 0);
    QVERIFY(top.out.contains("trace"));
}

QTEST_GUILESS_MAIN(TestTraceE2E)
#include "tst_trace_e2e.moc"
