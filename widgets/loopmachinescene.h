#pragma once
#include "pausedinfo.h"
#include "schedulerstate.h"

#include <QString>
#include <vector>

namespace Core
{
class TraceModel;
}

namespace Ui
{

//! What a chip stands for; the view picks its colour (the timeline's) and shape from it.
enum class ChipKind : std::uint8_t {
    Running, //!< a task step or callback the loop runs now
    Next, //!< step mode: what runs when you step
    Blocked, //!< running past the block threshold
    Ready, //!< in the ready queue
    Timer, //!< a pending timer
    Waiting, //!< suspended (its wait kind gives the colour)
    Job, //!< a worker thread running a job
    Idle, //!< an idle worker thread
    More //!< "+12 more"
};

//! One thing in a place of the loop machine: a task, a callback, a timer, a thread.
struct LoopChip {
    QString text;
    QString toolTip;
    ChipKind kind = ChipKind::Ready;
    Core::WaitKind wait = Core::WaitKind::Other;
    Core::Id task = 0; //!< the task it is about (clicking selects its lane), 0 none
};

//! A row of chips under an optional label (one primitive's waiters, say).
struct LoopGroup {
    QString label;
    QString labelToolTip;
    std::vector<LoopChip> chips;
};

//! One place of the machine: the ready queue, the timers, the selector...
struct LoopBox {
    QString title; //!< "Ready queue"
    QString status; //!< what the place is doing, always shown: "select() waits 1.00 s"
    QString note; //!< how to read its chips, shown with them: "runs in order"
    QString empty; //!< shown instead of chips (and the note) when there are none
    std::vector<LoopGroup> groups;
    bool ordered = false; //!< chips are a queue: drawn with arrows between them
    int maxRows = 3; //!< rows of chips per group before "+N more"
    int count() const;
};

//! The event loop at one moment, ready to lay out and paint.
struct LoopMachineScene {
    QString headline; //!< "Paused before Task-3 worker at 1.048312 s"
    QString stageTitle; //!< "Running now" / "Runs next"
    std::vector<LoopChip> stage; //!< the running (or next) handles; empty: stageEmpty
    QString stageEmpty; //!< "Nothing runs: the loop waits in select()"
    QString why; //!< one line of why; may be empty
    std::vector<LoopBox> boxes;
    bool isEmpty() const { return headline.isEmpty() && boxes.empty(); }
};

//! A recorded (or finished) run at a moment: the scheduler rebuilt by Core::reconstructAt.
LoopMachineScene sceneFromState(const Core::TraceModel &model, const Core::SchedulerState &state);

//! Step mode: the paused program; the ready queue, timers and waiters are the tracer's live
//! snapshot, the rest (selector, threads, other waits) comes from `atPause`, the model
//! rebuilt at the pause's time.
LoopMachineScene sceneFromPause(const Core::TraceModel &model, const Core::PausedInfo &pause,
    const Core::SchedulerState &atPause);

//! "line 11 in worker()" / "worker()" / "" for a source position.
QString sourceText(const Core::SourcePos &pos);

} // namespace Ui
