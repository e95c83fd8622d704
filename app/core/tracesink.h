#pragma once
#include "tracerecords.h"

namespace Core {

//! Receives decoded trace records in stream order. Default implementations ignore a record,
//! so a sink overrides only what it needs.
class TraceSink
{
public:
    virtual ~TraceSink() = default;
    virtual void onHello(const HelloRecord &) {}
    virtual void onTaskNew(const TaskNewRecord &) {}
    virtual void onStep(const StepRecord &) {}
    virtual void onWake(const WakeRecord &) {}
    virtual void onTaskEnd(const TaskEndRecord &) {}
    virtual void onLoopIter(const LoopIterRecord &) {}
    virtual void onLoopClose(const LoopCloseRecord &) {}
    virtual void onCallbackScheduled(const CallbackScheduledRecord &) {}
    virtual void onCallbackRun(const CallbackRunRecord &) {}
    virtual void onJobStart(const JobStartRecord &) {}
    virtual void onJobEnd(const JobEndRecord &) {}
    virtual void onOutput(const OutputRecord &) {}
    virtual void onWarning(const WarningRecord &) {}
    virtual void onBlocked(const BlockedRecord &) {}
    virtual void onStepRunning(const StepRunningRecord &) {}
    virtual void onError(const ErrorRecord &) {}
    virtual void onExit(const ExitRecord &) {}
    virtual void onFrame(const FrameRecord &) {}
    virtual void onChain(const ChainRecord &) {}
    virtual void onDropped(const DroppedRecord &) {}
    virtual void onRunEnd(const RunEndRecord &) {}
    virtual void onTimer(const TimerRecord &) {}
    virtual void onWaitObject(const WaitObjectRecord &) {}
    virtual void onSnapshotReady(const SnapshotReadyRecord &) {}
    virtual void onSnapshotTimers(const SnapshotTimersRecord &) {}
    virtual void onSnapshotWaiters(const SnapshotWaitersRecord &) {}
    virtual void onPaused(const PausedRecord &) {}
};

} // namespace Core
