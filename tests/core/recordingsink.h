#pragma once
// Test-only sink that turns every record into one readable line, so tests compare streams
// of records as string lists (and failures print what differed).

#include "tracesink.h"

#include <QStringList>

namespace Core::Test
{

class RecordingSink : public TraceSink
{
public:
    QStringList lines;

    void onHello(const HelloRecord &r) override
    {
        add(QStringLiteral("HELLO v%1 clock=%2 step=%3 pid=%4 mono=%5 py=%6 exe=%7 prog=%8 "
                           "block=%9 wall=%10")
                .arg(r.protoVersion)
                .arg(r.virtualClock)
                .arg(r.stepMode)
                .arg(r.pid)
                .arg(r.monoT0Ns)
                .arg(r.pythonVersion, r.executable, r.program)
                .arg(r.blockThresholdMs)
                .arg(r.wallT0Ns));
    }
    void onTaskNew(const TaskNewRecord &r) override
    {
        add(QStringLiteral("TASK_NEW t=%1 task=%2 loop=%3 parent=%4 name=%5 coro=%6 at=%7:%8")
                .arg(r.t)
                .arg(r.task)
                .arg(r.loop)
                .arg(r.parent)
                .arg(r.name, r.coro, r.file)
                .arg(r.line)
            + (r.coroFile.isEmpty() ? QString() : QStringLiteral(" coro_file=") + r.coroFile)
            + (r.call.isEmpty() ? QString() : QStringLiteral(" call=") + r.call));
    }
    void onStep(const StepRecord &r) override
    {
        add(QStringLiteral("STEP %1-%2 task=%3 fin=%4 kind=%5 detail=%6 target=%7 chain=%8")
                .arg(r.start)
                .arg(r.end)
                .arg(r.task)
                .arg(r.finished)
                .arg(int(r.kind))
                .arg(r.detail)
                .arg(r.target)
                .arg(r.chain)
            + (r.waitObject ? QStringLiteral(" obj=%1").arg(r.waitObject) : QString()));
    }
    void onTimer(const TimerRecord &r) override
    {
        add(QStringLiteral("TIMER t=%1 timer=%2 event=%3 what=%4 deadline=%5 task=%6 cb=%7 name=%8")
                .arg(r.t)
                .arg(r.timer)
                .arg(int(r.event))
                .arg(int(r.what))
                .arg(r.deadline)
                .arg(r.task)
                .arg(r.callback)
                .arg(r.name));
    }
    void onWaitObject(const WaitObjectRecord &r) override
    {
        add(QStringLiteral("WAIT_OBJ %1 kind=%2 label=%3").arg(r.object).arg(int(r.kind)).arg(r.label));
    }
    void onSnapshotReady(const SnapshotReadyRecord &r) override
    {
        QStringList entries;
        for (const ReadyEntry &e : r.entries)
            entries << QStringLiteral("%1/%2/%3").arg(e.task).arg(e.callback).arg(e.name);
        add(QStringLiteral("SNAP_READY %1 [%2]").arg(r.seq).arg(entries.join(QLatin1Char(','))));
    }
    void onSnapshotTimers(const SnapshotTimersRecord &r) override
    {
        QStringList entries;
        for (const TimerEntry &e : r.entries)
            entries << QStringLiteral("%1@%2/%3/%4/%5/%6")
                               .arg(e.timer)
                               .arg(e.deadline)
                               .arg(int(e.what))
                               .arg(e.task)
                               .arg(e.callback)
                               .arg(e.name);
        add(QStringLiteral("SNAP_TIMERS %1 [%2]").arg(r.seq).arg(entries.join(QLatin1Char(','))));
    }
    void onSnapshotWaiters(const SnapshotWaitersRecord &r) override
    {
        QStringList tasks;
        for (Id t : r.tasks)
            tasks << QString::number(t);
        add(QStringLiteral("SNAP_WAITERS %1 obj=%2 [%3]")
                    .arg(r.seq)
                    .arg(r.object)
                    .arg(tasks.join(QLatin1Char(','))));
    }
    void onPaused(const PausedRecord &r) override
    {
        add(QStringLiteral("PAUSED t=%1 seq=%2 cb=%3 task=%4 cbid=%5 name=%6 fn=%7 at=%8:%9 loop=%10")
                    .arg(r.t)
                    .arg(r.seq)
                    .arg(r.callback)
                    .arg(r.task)
                    .arg(r.callbackId)
                    .arg(r.name, r.function, r.file)
                    .arg(r.line)
                    .arg(r.loop));
    }
    void onWake(const WakeRecord &r) override
    {
        add(QStringLiteral("WAKE t=%1 task=%2 waker=%3 wtask=%4 wname=%5")
                .arg(r.t)
                .arg(r.task)
                .arg(int(r.waker))
                .arg(r.wakerTask)
                .arg(r.wakerName));
    }
    void onTaskEnd(const TaskEndRecord &r) override
    {
        add(QStringLiteral("TASK_END t=%1 task=%2 state=%3 exc=%4 name=%5")
                .arg(r.t)
                .arg(r.task)
                .arg(int(r.state))
                .arg(r.exception, r.finalName));
    }
    void onLoopClose(const LoopCloseRecord &r) override
    {
        add(QStringLiteral("LOOP_CLOSE t=%1 loop=%2").arg(r.t).arg(r.loop));
    }
    void onLoopIter(const LoopIterRecord &r) override
    {
        add(QStringLiteral("LOOP_ITER %1-%2 timeout=%3 ready=%4 timers=%5 loop=%6")
                .arg(r.selectStart)
                .arg(r.selectEnd)
                .arg(r.timeoutNs)
                .arg(r.ready)
                .arg(r.timers)
                .arg(r.loop));
    }
    void onCallbackScheduled(const CallbackScheduledRecord &r) override
    {
        add(QStringLiteral("CB_SCHED t=%1 cb=%2 name=%3 how=%4")
                .arg(r.t)
                .arg(r.callback)
                .arg(r.name)
                .arg(int(r.how)));
    }
    void onCallbackRun(const CallbackRunRecord &r) override
    {
        add(QStringLiteral("CB_RUN %1-%2 cb=%3").arg(r.start).arg(r.end).arg(r.callback));
    }
    void onJobStart(const JobStartRecord &r) override
    {
        add(QStringLiteral("JOB_START t=%1 job=%2 thread=%3 tname=%4 fn=%5 by=%6")
                .arg(r.t)
                .arg(r.job)
                .arg(r.thread)
                .arg(r.threadName, r.function)
                .arg(r.submittedBy));
    }
    void onJobEnd(const JobEndRecord &r) override
    {
        add(QStringLiteral("JOB_END t=%1 job=%2 failed=%3").arg(r.t).arg(r.job).arg(r.failed));
    }
    void onOutput(const OutputRecord &r) override
    {
        // The long-line flags only when set, so older expectations read as before.
        QString pieces;
        if (r.continues || r.continuation || r.noNewline || r.cutBytes)
            pieces = QStringLiteral(" continues=%1 continuation=%2 nonl=%3 cut=%4")
                             .arg(r.continues)
                             .arg(r.continuation)
                             .arg(r.noNewline)
                             .arg(r.cutBytes);
        add(QStringLiteral("OUTPUT t=%1 task=%2 stream=%3 trunc=%4 pipe=%5%6 text=%7")
                .arg(r.t)
                .arg(r.task)
                .arg(int(r.stream))
                .arg(r.truncated)
                .arg(r.fromPipe)
                .arg(pieces, r.text));
    }
    void onWarning(const WarningRecord &r) override
    {
        add(QStringLiteral("WARNING t=%1 kind=%2 msg=%3 at=%4:%5")
                .arg(r.t)
                .arg(int(r.kind))
                .arg(r.message, r.file)
                .arg(r.line));
    }
    void onBlocked(const BlockedRecord &r) override
    {
        add(QStringLiteral("BLOCKED start=%1 task=%2 at=%3:%4 fn=%5 loop=%6")
                .arg(r.stepStart)
                .arg(r.task)
                .arg(r.file)
                .arg(r.line)
                .arg(r.function)
                .arg(r.loop));
    }
    void onStepRunning(const StepRunningRecord &r) override
    {
        add(QStringLiteral("STEP_RUNNING t=%1 start=%2 task=%3 cb=%4 loop=%5 at=%6:%7 fn=%8")
                .arg(r.t)
                .arg(r.stepStart)
                .arg(r.task)
                .arg(r.callback)
                .arg(r.loop)
                .arg(r.file)
                .arg(r.line)
                .arg(r.function));
    }
    void onError(const ErrorRecord &r) override
    {
        add(QStringLiteral("ERROR t=%1 %2: %3 at=%4:%5")
                .arg(r.t)
                .arg(r.type, r.message, r.file)
                .arg(r.line));
    }
    void onExit(const ExitRecord &r) override
    {
        add(QStringLiteral("EXIT t=%1 status=%2").arg(r.t).arg(r.status));
    }
    void onFrame(const FrameRecord &r) override
    {
        add(QStringLiteral("FRAME %1 %2:%3 fn=%4")
                .arg(r.frame)
                .arg(r.file)
                .arg(r.line)
                .arg(r.function));
    }
    void onChain(const ChainRecord &r) override
    {
        QStringList ids;
        for (Id f : r.frames)
            ids << QString::number(f);
        add(QStringLiteral("CHAIN %1 [%2]").arg(r.chain).arg(ids.join(QLatin1Char(','))));
    }
    void onDropped(const DroppedRecord &r) override
    {
        add(QStringLiteral("DROPPED t=%1 what=%2 count=%3").arg(r.t).arg(r.what).arg(r.count));
    }
    void onRunEnd(const RunEndRecord &r) override
    {
        add(QStringLiteral("RUN_END wall=%1 status=%2 hasExit=%3 hasSig=%4 exit=%5 sig=%6")
                .arg(r.wallNs)
                .arg(int(r.status))
                .arg(r.hasExitCode)
                .arg(r.hasSignal)
                .arg(r.exitCode)
                .arg(r.signal));
    }

private:
    void add(const QString &line) { lines << line; }
};

} // namespace Core::Test
