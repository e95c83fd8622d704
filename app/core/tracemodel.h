#pragma once
#include "idindex.h"
#include "pausedinfo.h"
#include "sourceorigin.h"
#include "stringtable.h"
#include "tracedecoder.h"
#include "tracesink.h"

#include <QList>
#include <QString>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace Core
{

enum class LaneKind : std::uint8_t { Loop, Task, Thread };
enum class SpanKind : std::uint8_t {
    Running, //!< a task step; extra = step ordinal
    Suspended, //!< waiting; SpanType::wait and label say on what, extra = wait index
    Ready, //!< woken, in the ready queue; extra = wakeup index + 1 (0: first schedule)
    Done, //!< zero-length end markers of a task lane
    Cancelled,
    Failed,
    LoopBusy, //!< the loop runs callbacks and steps; extra = iteration index
    LoopIdle, //!< the loop waits in the selector; extra = iteration index
    Job //!< a worker-thread job; label = function, extra = job index
};
enum class TaskState : std::uint8_t { Pending, Done, Cancelled, Failed };

//! One range on a lane. Kept at 24 bytes: a long run stores millions of them.
struct Span {
    TimeNs start = 0;
    std::int64_t duration = -1; //!< -1: still open (ends at TraceModel::endTime() for drawing)
    std::uint32_t typeId = 0; //!< index for TraceModel::spanType()
    std::uint32_t extra = 0; //!< meaning depends on SpanKind, see there
    bool isOpen() const { return duration < 0; }
};
static_assert(sizeof(Span) == 24);

//! What a span is, interned once per distinct (kind, wait kind, label).
struct SpanType {
    SpanKind kind = SpanKind::Running;
    WaitKind wait = WaitKind::Other;
    std::uint32_t label = 0; //!< string id: wait detail, job function
};

//! One timeline row: an event loop, a task (nested under its parent) or a worker thread.
struct LaneInfo {
    LaneKind kind = LaneKind::Loop;
    Id id = 0; //!< loop, task or thread id
    int parent = -1; //!< parent lane: the parent task's lane, or the loop lane for root tasks
    int depth = 0;
    QString name; //!< "Event loop 1", "Task-1 main", the thread's name
};

//! One suspension of a task; times and kind live in its Suspended span.
struct WaitInfo {
    std::uint32_t span = 0; //!< index of the Suspended span in the task's lane
    Id target = 0; //!< awaited task (kind Task)
    Id chain = 0; //!< await chain, see TraceModel::chainFrames()
    std::uint32_t wakeup = 0; //!< index + 1 into TraceModel::wakeups(), 0: not woken
    Id object = 0; //!< the Lock/Queue/... waited on (TraceModel::waitObject()), 0 none
};

//! A waiter put into the ready queue, for arrows from the waker to the woken task.
struct Wakeup {
    TimeNs t = 0;
    Id task = 0;
    Id wakerTask = 0; //!< kind Task
    std::uint32_t wakerName = 0; //!< string id, kind Callback
    WakerKind kind = WakerKind::Unknown;
};

//! A wait with everything resolved, for inspectors and the summary.
struct WaitView {
    WaitKind kind = WaitKind::Other;
    TimeNs start = 0;
    std::optional<TimeNs> end; //!< the next step's start; empty if the task never ran again
    QString detail;
    Id target = 0;
    Id chain = 0;
    std::optional<Wakeup> wakeup;
};

//! One asyncio Task: identity, life cycle and its waits (the run summary's task entry).
struct TaskInfo {
    Id id = 0, loop = 0, parent = 0;
    int lane = -1;
    QString name, coro, file; //!< file:line where it was created
    std::uint32_t line = 0;
    QString call; //!< "download('a.zip')"; empty when the tracer could not tell
    QString coroFile; //!< the coroutine's code file
    SourceOrigin origin; //!< coroFile's: the program's own, the stdlib's or a library's
    //! "Task-2 download('a.zip')": its name and the call it runs (the coroutine if unknown).
    QString title() const;
    TimeNs created = 0;
    std::optional<TimeNs> firstStep, end;
    TaskState state = TaskState::Pending;
    QString exception;
    std::uint32_t steps = 0;
    TimeNs running = 0;
    std::vector<WaitInfo> waits;
};

//! Tasks of one coroutine counted together: the tasks past TraceModel::taskLimit(), which get
//! no lane or TaskInfo, and (in the summary) every task of a run too large to list.
struct TaskGroup {
    QString coro; //!< empty: the coroutines past the group limit, together
    SourceOrigin origin;
    std::uint64_t tasks = 0, steps = 0, done = 0, cancelled = 0, failed = 0;
    TimeNs running = 0;
};

//! One event loop and its lane; busy/idle totals come from LOOP_ITER.
struct LoopInfo {
    Id id = 0;
    int lane = -1;
    std::uint64_t iterations = 0;
    TimeNs idle = 0;
    TimeNs busy = 0; //!< closed busy spans only; the open one ends at the run's end
    //! Per iteration (the LoopIdle span's extra): select()'s timeout in ns, -1 for none.
    std::vector<std::int64_t> selectTimeouts;
};

//! A step or callback the watchdog saw run past the block threshold.
struct BlockedInfo {
    TimeNs start = 0;
    std::int64_t duration = -1; //!< -1: the step had not ended when the trace stopped
    Id task = 0, loop = 0;
    QString file, function;
    std::uint32_t line = 0;
};

//! A task step or callback the watchdog saw still running (STEP_RUNNING) whose STEP / CB_RUN
//! has not arrived yet: what the loop runs now, and the line of the program it is on.
struct RunningInfo {
    TimeNs start = 0;
    TimeNs seen = 0; //!< the latest look
    Id task = 0; //!< 0: a callback or one of asyncio's internal handles
    Id callback = 0; //!< a program callback (CallbackInfo), 0 none
    Id loop = 0;
    QString file, function;
    std::uint32_t line = 0;
};

//! A plain callback the program scheduled, and when it ran.
struct CallbackInfo {
    Id id = 0;
    QString name;
    CallbackHow how = CallbackHow::CallSoon;
    TimeNs scheduled = 0;
    std::optional<TimeNs> run;
    std::int64_t duration = -1;
};

//! A run_in_executor / to_thread job on a worker thread.
struct JobInfo {
    Id id = 0, thread = 0, submittedBy = 0;
    std::uint32_t function = 0; //!< string id
    TimeNs start = 0;
    std::int64_t duration = -1;
    bool failed = false;
};

//! A worker thread and the jobs it ran, in order.
struct ThreadInfo {
    Id id = 0;
    int lane = -1;
    QString name;
    std::vector<std::uint32_t> jobs; //!< indices into TraceModel::jobs()
};

//! A timer the loop held: when it was scheduled, its deadline, what it wakes, how it ended.
struct TimerInfo {
    Id id = 0;
    TimerWhat what = TimerWhat::Other;
    Id task = 0, callback = 0;
    std::uint32_t name = 0; //!< string id
    TimeNs added = 0, deadline = 0;
    std::optional<TimeNs> end; //!< fired or cancelled at
    bool cancelled = false;
};

//! A synchronisation object tasks waited on (Lock, Semaphore, Condition, Event, Queue).
struct WaitObjectInfo {
    Id id = 0;
    WaitKind kind = WaitKind::Other;
    QString label;
};

//! One line the program wrote (through sys.stdout/err, or raw to the pipe).
struct OutputLine {
    TimeNs t = 0;
    Id task = 0;
    OutputStream stream = OutputStream::Stdout;
    bool truncated = false; //!< text is the beginning of a longer line
    bool fromPipe = false;
    QString text;
    std::uint64_t cutBytes = 0; //!< UTF-8 bytes of the line not in text (when known)
};

//! Everything one run did, built incrementally from trace records (a TraceSink) and readable
//! at any time while records still arrive: lanes of non-overlapping spans indexed by time,
//! wakeups, output (bounded), and the per-task facts the run summary needs.
class TraceModel : public TraceSink
{
public:
    TraceModel();

    // --- lanes and spans (timeline) ---
    int laneCount() const { return int(m_lanes.size()); }
    const LaneInfo &lane(int lane) const { return m_lanes[lane].info; }
    std::span<const Span> spans(int lane) const { return m_lanes[lane].spans; }
    int spanCount(int lane) const { return int(m_lanes[lane].spans.size()); }
    const Span &span(int lane, int index) const { return m_lanes[lane].spans[index]; }
    //! End of a span; open spans end at endTime().
    TimeNs spanEnd(const Span &span) const;
    //! First span of the lane that ends after t (open spans never end); spanCount() if none.
    int firstIndex(int lane, TimeNs t) const;
    //! Last span of the lane that starts at or before t; -1 if none.
    int lastIndex(int lane, TimeNs t) const;
    const SpanType &spanType(std::uint32_t typeId) const { return m_spanTypes[typeId]; }
    const QString &string(std::uint32_t id) const { return m_strings.at(id); }
    TimeNs startTime() const { return 0; }
    //! When the first event loop appeared: interpreter start-up and imports come before it.
    TimeNs activeStart() const { return m_loops.empty() ? 0 : m_activeStart; }
    //! Latest time any record mentioned (the program's end once EXIT arrived).
    TimeNs endTime() const { return m_endTime; }
    const std::vector<Wakeup> &wakeups() const { return m_wakeups; }

    // --- tasks, loops, threads ---
    const std::vector<TaskInfo> &tasks() const { return m_tasks; } //!< creation order
    //! At most this many tasks get a lane, spans, waits and a TaskInfo; later ones are only
    //! counted per coroutine (untrackedTaskGroups()), so memory stays bounded however many
    //! tasks a program creates (docs/SUMMARY.md, "Memory").
    static constexpr std::size_t kDefaultTaskLimit = 100000;
    void setTaskLimit(std::size_t maxTasks); //!< before the first TASK_NEW
    std::size_t taskLimit() const { return m_maxTasks; }
    std::uint64_t untrackedTasks() const; //!< tasks past the limit, counted only
    const std::vector<TaskGroup> &untrackedTaskGroups() const { return m_untrackedGroups; }
    const TaskInfo *task(Id id) const;
    WaitView wait(const TaskInfo &task, int index) const;
    const std::vector<LoopInfo> &loops() const { return m_loops; }
    const std::vector<ThreadInfo> &threads() const { return m_threads; }
    const std::vector<JobInfo> &jobs() const { return m_jobs; }
    const std::vector<CallbackInfo> &callbacks() const { return m_callbacks; }
    const CallbackInfo *callback(Id id) const;
    const std::vector<BlockedInfo> &blocked() const { return m_blocked; }
    TimeNs maxStep() const { return m_maxStep; } //!< longest task step or callback
    //! Long steps and callbacks running now (at most one per loop), as the watchdog reports
    //! them before they end; their task lanes end in an open Running span.
    const std::vector<RunningInfo> &running() const { return m_running; }
    const RunningInfo *runningTask(Id task) const;
    const RunningInfo *runningOnLoop(Id loop) const;

    // --- timers, wait objects, pauses (replay and step mode) ---
    const std::vector<TimerInfo> &timers() const { return m_timers; } //!< in scheduling order
    const WaitObjectInfo *waitObject(Id id) const;
    const std::vector<WaitObjectInfo> &waitObjects() const { return m_waitObjects; }
    //! Step mode: every pause with its live snapshot, in order.
    const std::vector<PausedInfo> &pauses() const { return m_pauses; }

    // --- source positions ---
    const FrameRecord *frame(Id id) const;
    //! The frames of an await chain, outermost (the task's coroutine) first.
    QList<FrameRecord> chainFrames(Id chain) const;

    // --- output ---
    const std::vector<OutputLine> &output() const { return m_output; }
    void setOutputLimits(std::size_t maxLines, std::size_t maxTextBytes);
    //! Lines not recorded at all: over the model's limits or the host's raw-line limit.
    std::uint64_t droppedOutputLines() const { return m_droppedLines; }
    //! Lines past the tracer's flood limit: recorded as raw lines (without their task) instead.
    std::uint64_t tracerDroppedOutputLines() const { return m_tracerDroppedLines; }
    std::uint64_t tracerDroppedOther() const { return m_tracerDroppedOther; }

    // --- run facts ---
    const std::optional<HelloRecord> &hello() const { return m_hello; }
    const std::vector<WarningRecord> &warnings() const { return m_warnings; }
    const std::optional<ErrorRecord> &error() const { return m_error; }
    const std::optional<ExitRecord> &exit() const { return m_exit; }
    const std::optional<RunEndRecord> &runEnd() const { return m_runEnd; }
    std::uint64_t recordCount() const { return m_records; } //!< records received (not STR)
    //! The host copies the decoder's counters here so the summary can report stream damage.
    void setDecoderStats(const DecoderStats &stats) { m_decoderStats = stats; }
    const DecoderStats &decoderStats() const { return m_decoderStats; }
    //! Bumped by every record: a cheap "did anything change" check for live views.
    std::uint64_t revision() const { return m_records; }

    // --- memory accounting ---
    std::size_t spanTotal() const;
    std::size_t spanBytes() const; //!< capacity of the span arrays
    std::size_t approximateBytes() const; //!< spans, waits, wakeups, tasks, strings, output

    // TraceSink
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
    struct Lane {
        LaneInfo info;
        std::vector<Span> spans;
    };

    std::uint32_t typeId(SpanKind kind, WaitKind wait = WaitKind::Other, std::uint32_t label = 0);
    int addLane(LaneKind kind, Id id, int parent, QString name);
    std::uint32_t loopIndex(Id loop, TimeNs t);
    // Creates a placeholder for unknown ids; an untracked task's value has the top bit set.
    std::uint32_t taskIndex(Id task, TimeNs t);
    std::uint32_t trackedTask(Id task) const; // index into m_tasks, or npos (also untracked)
    //! A task renamed since it was created (create_task(name=…) names it just after): its
    //! name and lane title follow.
    void renameTask(Id task, const QString &name);
    void addUntrackedTask(const TaskNewRecord &r);
    std::uint32_t threadIndex(Id thread, const QString &name);
    // Closes the lane's open span at t; returns the index of the span it closed, or -1.
    int closeOpen(Lane &lane, TimeNs t);
    // Appends keeping spans sorted and non-overlapping (times from other threads may lag).
    std::uint32_t append(
        Lane &lane, TimeNs start, std::int64_t duration, std::uint32_t type, std::uint32_t extra);
    void seen(TimeNs t)
    {
        if (t > m_endTime)
            m_endTime = t;
    }
    // Closes what the task was doing at `start` and opens its Running span there.
    void beginStep(TaskInfo &task, Lane &lane, TimeNs start);
    // The lane's open Running span drawn since a STEP_RUNNING for the step starting at `start`.
    Span *liveStep(Lane &lane, TimeNs start);
    bool staleRunning(const StepRunningRecord &r);
    void forgetRunning(Id loop, TimeNs before);
    bool inStepMode() const;
    bool resolveBlocked(Id task, TimeNs start, TimeNs end, bool callback);
    // A step or callback over the block threshold that the watchdog had no time to sample.
    void noteUnsampledBlock(Id task, Id loop, TimeNs start, TimeNs end);
    bool fillUnsampledBlock(const BlockedRecord &r);

    std::vector<Lane> m_lanes;
    std::vector<SpanType> m_spanTypes;
    QHash<std::uint64_t, std::uint32_t> m_spanTypeIds;
    StringTable m_strings;
    std::vector<Wakeup> m_wakeups;

    std::vector<TaskInfo> m_tasks;
    IdIndex m_taskIndex;
    QHash<QString, SourceOrigin> m_origins; // by coroutine file: classified once
    std::size_t m_maxTasks = kDefaultTaskLimit;
    std::vector<TaskGroup> m_untrackedGroups;
    QHash<QString, std::uint32_t> m_untrackedGroupIds; // by coroutine
    std::vector<LoopInfo> m_loops;
    IdIndex m_loopIndex;
    std::vector<ThreadInfo> m_threads;
    IdIndex m_threadIndex;
    std::vector<JobInfo> m_jobs;
    IdIndex m_jobIndex;
    std::vector<CallbackInfo> m_callbacks;
    IdIndex m_callbackIndex;
    std::vector<BlockedInfo> m_blocked;
    std::vector<std::uint32_t> m_openBlocked;
    std::vector<RunningInfo> m_running;

    std::vector<FrameRecord> m_frames;
    IdIndex m_frameIndex;
    std::vector<Id> m_chainFrames; // all chains, flattened
    std::vector<std::pair<std::uint32_t, std::uint32_t>> m_chains; // offset, count
    IdIndex m_chainIndex;

    std::vector<TimerInfo> m_timers;
    IdIndex m_timerIndex;
    std::vector<WaitObjectInfo> m_waitObjects;
    IdIndex m_waitObjectIndex;
    std::vector<PausedInfo> m_pauses;
    PausedInfo m_pendingPause; // snapshot parts until their PAUSED arrives
    std::uint32_t m_pendingSeq = 0;

    std::vector<OutputLine> m_output;
    // Per stream (stdout, stderr): the stored line that a long traced line's next piece
    // continues, or npos.
    std::uint32_t m_continuing[2] = { IdIndex::npos, IdIndex::npos };
    bool m_inLongLine[2] = { false, false };
    std::size_t m_maxLines = 200000;
    std::size_t m_maxTextBytes = 64u << 20;
    std::size_t m_textBytes = 0;
    std::uint64_t m_droppedLines = 0;
    std::uint64_t m_tracerDroppedLines = 0;
    std::uint64_t m_tracerDroppedOther = 0;

    std::optional<HelloRecord> m_hello;
    std::vector<WarningRecord> m_warnings;
    std::optional<ErrorRecord> m_error;
    std::optional<ExitRecord> m_exit;
    std::optional<RunEndRecord> m_runEnd;
    DecoderStats m_decoderStats;
    std::uint64_t m_records = 0;
    TimeNs m_endTime = 0;
    TimeNs m_maxStep = 0;
    TimeNs m_activeStart = 0;
    std::uint32_t m_readyType = 0, m_runningType = 0, m_idleType = 0, m_busyType = 0;
};

} // namespace Core
