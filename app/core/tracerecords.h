#pragma once
// The records of the trace protocol (docs/PROTOCOL.md), as decoded plain structs.
// Strings arrive as ids into the decoder's string table; the decoder resolves them to
// QString before handing a record to a sink, so sinks never see raw ids for text.

#include <QString>
#include <QVector>
#include <cstdint>

namespace Core {

using TimeNs = std::uint64_t;
using Id = std::uint32_t;

enum class WaitKind : std::uint8_t {
    Sleep, Task, Gather, Future, Lock, Semaphore, Condition, Event, Queue, Io, Executor,
    Timeout, Yield, Other
};
enum class WakerKind : std::uint8_t { Unknown, Timer, Io, Thread, Task, Callback };
enum class TaskEndState : std::uint8_t { Done, Cancelled, Failed };
enum class OutputStream : std::uint8_t { Stdout = 1, Stderr = 2 };
enum class WarningKind : std::uint8_t {
    NeverAwaited, TaskDestroyedPending, ExceptionNeverRetrieved, LoopBlocked, SlowCallback, Other
};
enum class CallbackHow : std::uint8_t { CallSoon, CallLater, CallAt, CallSoonThreadsafe };
enum class RunStatus : std::uint8_t { Ok, Error, Timeout, Crashed, Stopped };
enum class TimerEvent : std::uint8_t { Added, Cancelled, Fired };
enum class TimerWhat : std::uint8_t { Other, Sleep, Callback }; //!< what a timer wakes

struct HelloRecord {
    std::uint16_t protoVersion = 0;
    bool virtualClock = false;
    bool stepMode = false;
    std::uint32_t pid = 0;
    std::uint64_t monoT0Ns = 0;
    QString pythonVersion, executable, program;
    std::uint32_t blockThresholdMs = 0;
    std::uint64_t wallT0Ns = 0;
};
struct TaskNewRecord {
    TimeNs t = 0;
    Id task = 0, loop = 0, parent = 0;
    QString name, coro, file; //!< file:line where it was created
    std::uint32_t line = 0;
    QString coroFile; //!< the coroutine's code file (empty in older traces)
    QString call; //!< "download('a.zip')" (empty in older traces, or when unknown)
};
struct StepRecord {
    TimeNs start = 0, end = 0;
    Id task = 0;
    bool finished = false;
    WaitKind kind = WaitKind::Other;
    QString detail;
    Id target = 0;
    Id chain = 0; //!< await chain id, see FrameRecord / ChainRecord
    Id waitObject = 0; //!< the Lock/Queue/... it waits on (WaitObjectRecord), 0 none
};
struct WakeRecord {
    TimeNs t = 0;
    Id task = 0;
    WakerKind waker = WakerKind::Unknown;
    Id wakerTask = 0;
    QString wakerName;
};
struct TaskEndRecord {
    TimeNs t = 0;
    Id task = 0;
    TaskEndState state = TaskEndState::Done;
    QString exception, finalName;
};
struct LoopIterRecord {
    TimeNs selectStart = 0, selectEnd = 0;
    std::int64_t timeoutNs = -1;
    std::uint32_t ready = 0, timers = 0;
    Id loop = 0;
};
struct LoopCloseRecord {
    TimeNs t = 0;
    Id loop = 0;
};
struct CallbackScheduledRecord {
    TimeNs t = 0;
    Id callback = 0;
    QString name;
    CallbackHow how = CallbackHow::CallSoon;
};
struct CallbackRunRecord {
    TimeNs start = 0, end = 0;
    Id callback = 0;
};
struct JobStartRecord {
    TimeNs t = 0;
    Id job = 0, thread = 0;
    QString threadName, function;
    Id submittedBy = 0;
};
struct JobEndRecord {
    TimeNs t = 0;
    Id job = 0;
    bool failed = false;
};
struct OutputRecord {
    TimeNs t = 0;
    Id task = 0;          //!< 0: no task (or raw pipe output)
    OutputStream stream = OutputStream::Stdout;
    bool truncated = false; //!< the text is not the whole line
    bool fromPipe = false; //!< PIPE_OUTPUT: raw fd output seen by the host
    QString text;
    bool continues = false; //!< OUTPUT: the line goes on in the next OUTPUT of its stream
    bool continuation = false; //!< OUTPUT: more of the line before, not a new line
    bool noNewline = false; //!< OUTPUT: the program's last write, no newline after it
    std::uint32_t textBytes = 0; //!< UTF-8 bytes of text as received
    std::uint64_t cutBytes = 0; //!< PIPE_OUTPUT: bytes of the line the host did not keep
};
struct WarningRecord {
    TimeNs t = 0;
    WarningKind kind = WarningKind::Other;
    QString message, file;
    std::uint32_t line = 0;
};
struct BlockedRecord {
    TimeNs stepStart = 0;
    Id task = 0;
    QString file, function;
    std::uint32_t line = 0;
    Id loop = 0;
};
//! The watchdog saw a task step or callback still running; repeated while it runs.
struct StepRunningRecord {
    TimeNs t = 0; //!< when the watchdog looked
    TimeNs stepStart = 0;
    Id task = 0; //!< 0: not a task step
    Id callback = 0; //!< the program callback (CallbackScheduledRecord), 0 none
    Id loop = 0;
    QString file, function; //!< innermost frame of the program's own code at that moment
    std::uint32_t line = 0;
};
struct ErrorRecord {
    TimeNs t = 0;
    QString type, message, file;
    std::uint32_t line = 0;
};
struct ExitRecord {
    TimeNs t = 0;
    std::int32_t status = 0;
};
struct FrameRecord {
    Id frame = 0;
    QString file, function;
    std::uint32_t line = 0;
};
struct ChainRecord {
    Id chain = 0;
    QVector<Id> frames; //!< outermost first
};
struct DroppedRecord {
    //! What was left out: output lines past the tracer's flood limit (the tracer wrote them to
    //! the real stream, so the host saw them as raw lines), raw lines the host did not keep.
    enum What : std::uint32_t { TracerOutputLines = 1, HostRawLines = 2 };
    TimeNs t = 0;
    std::uint32_t what = 0;
    std::uint64_t count = 0;
};
//! A timer was scheduled (with deadline and what it wakes), cancelled or fired.
struct TimerRecord {
    TimeNs t = 0;
    Id timer = 0;
    TimerEvent event = TimerEvent::Added;
    TimerWhat what = TimerWhat::Other;
    TimeNs deadline = 0; //!< Added only
    Id task = 0; //!< Sleep: the sleeping task; Other: the task that scheduled it
    Id callback = 0; //!< Callback: the program callback (CallbackScheduledRecord)
    QString name; //!< "sleep(0.5)", the callback's qualname, asyncio's helper
};
//! A synchronisation object tasks wait on, defined once before the first STEP naming it.
struct WaitObjectRecord {
    Id object = 0;
    WaitKind kind = WaitKind::Other;
    QString label; //!< "lock (Lock@main.py:12)"
};
//! Step mode: one entry of a paused scheduler's ready queue (a task step or a callback).
struct ReadyEntry {
    Id task = 0; //!< 0 for a callback
    Id callback = 0;
    QString name;
    bool operator==(const ReadyEntry &) const = default;
};
//! Step mode: one pending timer of a paused scheduler.
struct TimerEntry {
    TimeNs deadline = 0;
    Id timer = 0;
    TimerWhat what = TimerWhat::Other;
    Id task = 0, callback = 0;
    QString name;
};
struct SnapshotReadyRecord {
    std::uint32_t seq = 0;
    QVector<ReadyEntry> entries; //!< in run order
};
struct SnapshotTimersRecord {
    std::uint32_t seq = 0;
    QVector<TimerEntry> entries; //!< by deadline
};
struct SnapshotWaitersRecord {
    std::uint32_t seq = 0;
    Id object = 0;
    QVector<Id> tasks; //!< in queue order
};
//! Step mode: the tracer paused before a task step or callback; the SNAP_* records with
//! the same seq came just before.
struct PausedRecord {
    TimeNs t = 0;
    std::uint32_t seq = 0;
    bool callback = false;
    Id task = 0, callbackId = 0;
    QString name, function, file;
    std::uint32_t line = 0;
    Id loop = 0;
};

struct RunEndRecord {
    TimeNs wallNs = 0;
    RunStatus status = RunStatus::Ok;
    bool hasExitCode = false, hasSignal = false;
    std::int32_t exitCode = 0, signal = 0;
};

} // namespace Core
