#pragma once
#include "tracesink.h"

#include <functional>
#include <optional>

namespace Core {

//! A sink in front of another sink that forwards every record and remembers what the run
//! host needs: the HELLO, the latest trace time, whether an ERROR or EXIT came, the output.
class TraceTap : public TraceSink
{
public:
    explicit TraceTap(TraceSink *downstream = nullptr) : m_downstream(downstream) {}
    void setDownstream(TraceSink *downstream) { m_downstream = downstream; }
    //! Called for every OUTPUT record, after the downstream sink saw it.
    std::function<void(const OutputRecord &)> onOutputLine;
    //! Called for every PAUSED record (step mode), after the downstream sink saw it.
    std::function<void(const PausedRecord &)> onPausedRecord;

    const std::optional<HelloRecord> &hello() const { return m_hello; }
    TimeNs latestTime() const { return m_latest; }
    bool sawError() const { return m_sawError; }
    const std::optional<ExitRecord> &exit() const { return m_exit; }
    std::uint64_t records() const { return m_records; }

    void onHello(const HelloRecord &r) override;
    void onTaskNew(const TaskNewRecord &r) override;
    void onStep(const StepRecord &r) override;
    void onWake(const WakeRecord &r) override;
    void onTaskEnd(const TaskEndRecord &r) override;
    void onLoopIter(const LoopIterRecord &r) override;
    void onLoopClose(const LoopCloseRecord &r) override;
    void onCallbackScheduled(const CallbackScheduledRecord &r) override;
    void onCallbackRun(const CallbackRunRecord &r) override;
    void onJobStart(const JobStartRecord &r) override;
    void onJobEnd(const JobEndRecord &r) override;
    void onOutput(const OutputRecord &r) override;
    void onWarning(const WarningRecord &r) override;
    void onBlocked(const BlockedRecord &r) override;
    void onStepRunning(const StepRunningRecord &r) override;
    void onError(const ErrorRecord &r) override;
    void onExit(const ExitRecord &r) override;
    void onFrame(const FrameRecord &r) override;
    void onChain(const ChainRecord &r) override;
    void onDropped(const DroppedRecord &r) override;
    void onRunEnd(const RunEndRecord &r) override;
    void onTimer(const TimerRecord &r) override;
    void onWaitObject(const WaitObjectRecord &r) override;
    void onSnapshotReady(const SnapshotReadyRecord &r) override;
    void onSnapshotTimers(const SnapshotTimersRecord &r) override;
    void onSnapshotWaiters(const SnapshotWaitersRecord &r) override;
    void onPaused(const PausedRecord &r) override;

private:
    void seen(TimeNs t)
    {
        ++m_records;
        if (t > m_latest)
            m_latest = t;
    }

    TraceSink *m_downstream = nullptr;
    std::optional<HelloRecord> m_hello;
    std::optional<ExitRecord> m_exit;
    TimeNs m_latest = 0;
    bool m_sawError = false;
    std::uint64_t m_records = 0;
};

} // namespace Core
