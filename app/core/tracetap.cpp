#include "tracetap.h"

namespace Core {

// Every override: note the time, then forward. Kept flat on purpose; this is the hot path.
#define LOOPSCOPE_FORWARD(method, type)                                                            \
    if (m_downstream)                                                                              \
    m_downstream->method(r)

void TraceTap::onHello(const HelloRecord &r)
{
    // The tracer writes one HELLO; a later one was forged by the program's own code.
    if (m_hello)
        return;
    m_hello = r;
    seen(0);
    LOOPSCOPE_FORWARD(onHello, HelloRecord);
}
void TraceTap::onTaskNew(const TaskNewRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onTaskNew, TaskNewRecord);
}
void TraceTap::onStep(const StepRecord &r)
{
    seen(r.end);
    LOOPSCOPE_FORWARD(onStep, StepRecord);
}
void TraceTap::onWake(const WakeRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onWake, WakeRecord);
}
void TraceTap::onTaskEnd(const TaskEndRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onTaskEnd, TaskEndRecord);
}
void TraceTap::onLoopIter(const LoopIterRecord &r)
{
    seen(r.selectEnd);
    LOOPSCOPE_FORWARD(onLoopIter, LoopIterRecord);
}
void TraceTap::onLoopClose(const LoopCloseRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onLoopClose, LoopCloseRecord);
}
void TraceTap::onCallbackScheduled(const CallbackScheduledRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onCallbackScheduled, CallbackScheduledRecord);
}
void TraceTap::onCallbackRun(const CallbackRunRecord &r)
{
    seen(r.end);
    LOOPSCOPE_FORWARD(onCallbackRun, CallbackRunRecord);
}
void TraceTap::onJobStart(const JobStartRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onJobStart, JobStartRecord);
}
void TraceTap::onJobEnd(const JobEndRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onJobEnd, JobEndRecord);
}
void TraceTap::onOutput(const OutputRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onOutput, OutputRecord);
    if (onOutputLine)
        onOutputLine(r);
}
void TraceTap::onWarning(const WarningRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onWarning, WarningRecord);
}
void TraceTap::onBlocked(const BlockedRecord &r)
{
    seen(r.stepStart);
    LOOPSCOPE_FORWARD(onBlocked, BlockedRecord);
}
void TraceTap::onStepRunning(const StepRunningRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onStepRunning, StepRunningRecord);
}
void TraceTap::onError(const ErrorRecord &r)
{
    m_sawError = true;
    seen(r.t);
    LOOPSCOPE_FORWARD(onError, ErrorRecord);
}
void TraceTap::onExit(const ExitRecord &r)
{
    m_exit = r;
    seen(r.t);
    LOOPSCOPE_FORWARD(onExit, ExitRecord);
}
void TraceTap::onFrame(const FrameRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onFrame, FrameRecord);
}
void TraceTap::onChain(const ChainRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onChain, ChainRecord);
}
void TraceTap::onDropped(const DroppedRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onDropped, DroppedRecord);
}
void TraceTap::onRunEnd(const RunEndRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onRunEnd, RunEndRecord);
}
void TraceTap::onTimer(const TimerRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onTimer, TimerRecord);
}
void TraceTap::onWaitObject(const WaitObjectRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onWaitObject, WaitObjectRecord);
}
void TraceTap::onSnapshotReady(const SnapshotReadyRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onSnapshotReady, SnapshotReadyRecord);
}
void TraceTap::onSnapshotTimers(const SnapshotTimersRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onSnapshotTimers, SnapshotTimersRecord);
}
void TraceTap::onSnapshotWaiters(const SnapshotWaitersRecord &r)
{
    seen(0);
    LOOPSCOPE_FORWARD(onSnapshotWaiters, SnapshotWaitersRecord);
}
void TraceTap::onPaused(const PausedRecord &r)
{
    seen(r.t);
    LOOPSCOPE_FORWARD(onPaused, PausedRecord);
    if (onPausedRecord)
        onPausedRecord(r);
}

#undef LOOPSCOPE_FORWARD

} // namespace Core
