#include "loopmachinescene.h"

#include "readyreason.h"
#include "timescale.h"
#include "tracemodel.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cmath>

namespace Ui
{
namespace
{

// Tool tips cost a look-up each; chips past this many per place are behind "+N more" anyway.
constexpr int kDetailedChips = 60;

// The free functions below translate in the context named here; lupdate reads it from the macro.
struct SceneText {
    Q_DECLARE_TR_FUNCTIONS(Ui::LoopMachineScene)
};

// A duration to three significant digits first, so 999.96 ms reads "1.00 s", not "1000 ms".
QString durationText(Core::TimeNs ns)
{
    if (ns == 0)
        return formatDuration(0);
    const double digits = std::floor(std::log10(double(ns))) + 1;
    const double scale = std::pow(10.0, digits - 3);
    return formatDuration(std::round(double(ns) / scale) * scale);
}

QString atText(Core::TimeNs t)
{
    return QStringLiteral("%1 s").arg(double(t) / 1e9, 0, 'f', 6);
}

QString sinceText(Core::TimeNs since, Core::TimeNs now)
{
    return now > since ? SceneText::tr("%1 (%2 ago)").arg(atText(since), durationText(now - since))
                       : atText(since);
}

QString shortSource(const Core::SourcePos &pos)
{
    // A no-break space: a wrapping chip keeps "line 10" together.
    return pos.isValid() ? SceneText::tr("line\u00A0%1").arg(pos.line) : QString();
}

QString withSource(const QString &title, const Core::SourcePos &pos)
{
    const QString where = shortSource(pos);
    return where.isEmpty() ? title : QStringLiteral("%1 · %2").arg(title, where);
}

const Core::TaskAt *taskAt(const Core::SchedulerState &state, Core::Id id)
{
    for (const Core::TaskAt &t : state.tasks)
        if (t.task == id)
            return &t;
    return nullptr;
}

QString waitToolTip(const Core::TraceModel &model, const Core::TaskAt &t, Core::TimeNs now)
{
    QString tip = Core::taskTitle(model, t.task);
    tip += QLatin1Char('\n')
        + SceneText::tr("Waiting since %1 on %2").arg(sinceText(t.since, now), t.detail);
    if (t.at.isValid())
        tip += QLatin1Char('\n') + SceneText::tr("Resumes at %1").arg(sourceText(t.at));
    return tip;
}

// The n-th (from 1) in the ready queue: numbered, because chips wrap and the order is the point.
LoopChip readyChip(const Core::TraceModel &model, Core::Id task, Core::Id callback,
    const QString &name, const Core::SchedulerState &state, int n)
{
    LoopChip chip;
    chip.kind = ChipKind::Ready;
    chip.task = task;
    const QString title
        = task ? Core::taskTitle(model, task) : SceneText::tr("callback %1").arg(name);
    chip.text = QStringLiteral("%1. %2").arg(n).arg(title);
    if (n > kDetailedChips)
        return chip;
    const Core::ReadyReason reason = Core::readyReason(model, task, callback, state.t);
    chip.toolTip = title + QLatin1Char('\n')
        + SceneText::tr("Ready since %1: %2")
              .arg(sinceText(reason.readyAt, state.t), Core::causeText(reason));
    if (const Core::TaskAt *at = task ? taskAt(state, task) : nullptr; at && at->at.isValid())
        chip.toolTip += QLatin1Char('\n') + SceneText::tr("Resumes at %1").arg(sourceText(at->at));
    return chip;
}

LoopChip timerChip(const Core::TraceModel &model, Core::TimeNs deadline, Core::TimerWhat what,
    Core::Id task, const QString &name, Core::TimeNs added, Core::TimeNs now)
{
    LoopChip chip;
    chip.kind = ChipKind::Timer;
    chip.wait = Core::WaitKind::Sleep;
    QString wakes;
    switch (what) {
    case Core::TimerWhat::Sleep:
        chip.task = task;
        wakes = task ? Core::taskTitle(model, task) : name;
        break;
    case Core::TimerWhat::Callback:
        wakes = SceneText::tr("callback %1").arg(name);
        break;
    case Core::TimerWhat::Other:
        chip.task = task;
        wakes = task ? SceneText::tr("%1 for %2").arg(name, Core::taskTitle(model, task)) : name;
        break;
    }
    const QString when = deadline > now ? SceneText::tr("in %1").arg(durationText(deadline - now))
                                        : SceneText::tr("due");
    chip.text = QStringLiteral("%1 · %2").arg(when, wakes);
    chip.toolTip = SceneText::tr("Deadline %1 (%2)").arg(atText(deadline), when);
    chip.toolTip += QLatin1Char('\n')
        + (what == Core::TimerWhat::Callback ? SceneText::tr("Calls %1").arg(name)
                                             : SceneText::tr("Wakes %1 (%2)").arg(wakes, name));
    if (added)
        chip.toolTip += QLatin1Char('\n') + SceneText::tr("Scheduled at %1").arg(atText(added));
    return chip;
}

// A sleeping task whose timer has fired but that is not in the ready queue yet: the loop is
// between the two (a recording can stop there). Shown with the timers, not lost.
void addFiredSleeps(
    const Core::TraceModel &model, const Core::SchedulerState &state, LoopGroup &timers)
{
    for (const Core::TaskAt &t : state.tasks) {
        if (t.phase != Core::TaskPhase::Suspended || t.wait != Core::WaitKind::Sleep)
            continue;
        const bool pending = std::any_of(state.timers.begin(), state.timers.end(),
            [&](const Core::PendingTimer &p) { return p.task == t.task; });
        if (pending)
            continue;
        LoopChip chip;
        chip.kind = ChipKind::Timer;
        chip.wait = Core::WaitKind::Sleep;
        chip.task = t.task;
        chip.text = SceneText::tr("fired · %1").arg(Core::taskTitle(model, t.task));
        chip.toolTip
            = SceneText::tr("%1: its timer (%2) has fired; the loop is about to make it ready")
                  .arg(Core::taskTitle(model, t.task), t.detail);
        timers.chips.push_back(std::move(chip));
    }
}

LoopBox readyBox()
{
    LoopBox box;
    box.title = SceneText::tr("Ready queue");
    box.note = SceneText::tr("run in this order, one at a time");
    box.empty = SceneText::tr("empty");
    box.ordered = true;
    box.maxRows = 3;
    return box;
}

LoopBox timersBox()
{
    LoopBox box;
    box.title = SceneText::tr("Timers");
    box.note = SceneText::tr("by deadline; each makes its task ready");
    box.empty = SceneText::tr("none pending");
    box.maxRows = 3;
    return box;
}

LoopBox waitersBox()
{
    LoopBox box;
    box.title = SceneText::tr("Waiting on locks, events, queues");
    box.empty = SceneText::tr("none");
    box.maxRows = 2;
    return box;
}

void addWaiterGroups(const Core::TraceModel &model, const QVector<Core::WaiterGroup> &groups,
    const Core::SchedulerState &state, LoopBox &box)
{
    for (const Core::WaiterGroup &g : groups) {
        LoopGroup group;
        group.label = g.label.isEmpty() ? SceneText::tr("object %1").arg(g.object) : g.label;
        group.labelToolTip = SceneText::tr("%1 waiting, first in line first").arg(g.tasks.size());
        int i = 0;
        for (Core::Id task : g.tasks) {
            LoopChip chip;
            chip.kind = ChipKind::Waiting;
            chip.wait = g.kind;
            chip.task = task;
            chip.text = Core::taskTitle(model, task);
            if (i++ < kDetailedChips)
                if (const Core::TaskAt *at = taskAt(state, task))
                    chip.toolTip = waitToolTip(model, *at, state.t);
            group.chips.push_back(std::move(chip));
        }
        box.groups.push_back(std::move(group));
    }
}

QString selectorNote(const Core::SchedulerState &state, bool paused)
{
    if (state.loops.empty())
        return SceneText::tr("the loop has not started yet");
    const Core::LoopAt &loop = state.loops.front();
    if (loop.closed)
        return SceneText::tr("the loop has closed");
    if (paused || !loop.selecting)
        return SceneText::tr("not waiting: select() comes after this round of handles");
    if (loop.timeoutNs < 0)
        return SceneText::tr(
            "select() waits with no timeout: only I/O or a worker thread can wake it");
    if (loop.timeoutNs == 0)
        return SceneText::tr("select() only polls: something is already ready");
    const Core::TimeNs end = loop.since + Core::TimeNs(loop.timeoutNs);
    return SceneText::tr(
        "select() waits until the next timer (%1 from its start, %2 left) or for I/O")
        .arg(durationText(Core::TimeNs(loop.timeoutNs)),
            durationText(end > state.t ? end - state.t : 0));
}

// The selector (I/O waits), the worker threads and the tasks waiting for other tasks: the
// places a step-mode snapshot does not list, so live and recorded views share them.
void addOtherBoxes(const Core::TraceModel &model, const Core::SchedulerState &state, bool paused,
    LoopMachineScene &scene)
{
    LoopBox selector;
    selector.title = SceneText::tr("Selector");
    selector.status = selectorNote(state, paused);
    selector.empty = SceneText::tr("no task waits for I/O");
    selector.maxRows = 2;
    LoopGroup io;
    LoopBox awaiting;
    awaiting.title = SceneText::tr("Waiting for other tasks");
    awaiting.note = SceneText::tr("gather, awaited tasks, futures, thread results");
    awaiting.empty = SceneText::tr("none");
    awaiting.maxRows = 2;
    LoopGroup others;
    int detailed = 0;
    for (const Core::TaskAt &t : state.tasks) {
        if (t.phase != Core::TaskPhase::Suspended || t.object)
            continue;
        if (t.wait == Core::WaitKind::Sleep)
            continue; // with its timer (see addFiredSleeps)
        LoopChip chip;
        chip.kind = ChipKind::Waiting;
        chip.wait = t.wait;
        chip.task = t.task;
        chip.text = t.detail.isEmpty()
            ? Core::taskTitle(model, t.task)
            : QStringLiteral("%1 · %2").arg(Core::taskTitle(model, t.task), t.detail);
        if (detailed++ < kDetailedChips)
            chip.toolTip = waitToolTip(model, t, state.t);
        (t.wait == Core::WaitKind::Io ? io : others).chips.push_back(std::move(chip));
    }
    if (!io.chips.empty())
        selector.groups.push_back(std::move(io));
    scene.boxes.push_back(std::move(selector));

    if (!model.threads().empty()) {
        LoopBox threads;
        threads.title = SceneText::tr("Worker threads");
        threads.note = SceneText::tr("run_in_executor / to_thread jobs, beside the loop");
        threads.empty = SceneText::tr("none started yet");
        threads.maxRows = 2;
        LoopGroup group;
        for (const Core::ThreadAt &th : state.threads) {
            LoopChip chip;
            chip.kind = th.job ? ChipKind::Job : ChipKind::Idle;
            chip.task = th.submittedBy;
            if (th.job) {
                chip.text = th.submittedBy
                    ? SceneText::tr("%1 for %2")
                          .arg(th.function, Core::taskTitle(model, th.submittedBy))
                    : th.function;
                chip.toolTip = SceneText::tr("%1 runs %2 since %3")
                                   .arg(th.name, th.function, sinceText(th.since, state.t));
            } else {
                chip.text = SceneText::tr("%1: idle").arg(th.name);
                chip.toolTip = SceneText::tr("%1 is idle since %2")
                                   .arg(th.name, sinceText(th.since, state.t));
            }
            group.chips.push_back(std::move(chip));
        }
        if (!group.chips.empty())
            threads.groups.push_back(std::move(group));
        scene.boxes.push_back(std::move(threads));
    }

    if (!others.chips.empty())
        awaiting.groups.push_back(std::move(others));
    scene.boxes.push_back(std::move(awaiting));
}

QString headlineTail(const Core::SchedulerState &state)
{
    int done = 0;
    for (const Core::TaskAt &t : state.tasks)
        done += t.phase == Core::TaskPhase::Done || t.phase == Core::TaskPhase::Cancelled
            || t.phase == Core::TaskPhase::Failed;
    QString tail;
    if (!state.loops.empty())
        tail += SceneText::tr(" · iteration %1").arg(state.loops.front().iteration + 1);
    if (done)
        tail += done == 1 ? SceneText::tr(" · 1 task done")
                          : SceneText::tr(" · %1 tasks done").arg(done);
    return tail;
}

QString stageEmptyText(const Core::SchedulerState &state)
{
    if (state.loops.empty())
        return SceneText::tr("Nothing runs yet: the loop has not started");
    const Core::LoopAt &loop = state.loops.front();
    if (loop.closed)
        return SceneText::tr("Nothing runs: the loop has closed");
    if (loop.selecting && loop.timeoutNs == 0)
        return SceneText::tr(
            "Nothing runs: the loop polls select() for I/O, then runs the ready queue");
    if (loop.selecting)
        return SceneText::tr("Nothing runs: the loop waits in select()");
    const bool timerDue = std::any_of(state.timers.begin(), state.timers.end(),
        [&](const Core::PendingTimer &p) { return p.deadline <= state.t; });
    if (timerDue)
        return SceneText::tr(
            "Between steps: the loop moves the tasks of due timers to the ready queue");
    return SceneText::tr("Between steps: the loop moves tasks between its queues");
}

} // namespace

int LoopBox::count() const
{
    int n = 0;
    for (const LoopGroup &g : groups)
        n += int(g.chips.size());
    return n;
}

QString sourceText(const Core::SourcePos &pos)
{
    if (!pos.isValid())
        return pos.function.isEmpty() ? QString() : pos.function + QStringLiteral("()");
    return pos.function.isEmpty()
        ? SceneText::tr("line %1").arg(pos.line)
        : SceneText::tr("line %1 in %2()").arg(pos.line).arg(pos.function);
}

LoopMachineScene sceneFromState(const Core::TraceModel &model, const Core::SchedulerState &state)
{
    LoopMachineScene scene;
    scene.headline = SceneText::tr("At %1").arg(atText(state.t)) + headlineTail(state);
    scene.stageTitle = SceneText::tr("Running now");
    for (const Core::RunningItem &r : state.now) {
        LoopChip chip;
        chip.kind = r.blocked ? ChipKind::Blocked : ChipKind::Running;
        chip.task = r.task;
        const QString so = durationText(state.t - r.since);
        if (r.task) {
            chip.text = withSource(r.name, r.at);
            chip.toolTip = r.name + QLatin1Char('\n')
                + SceneText::tr("Running since %1").arg(atText(r.since));
            if (r.blocked)
                chip.toolTip += QLatin1Char('\n')
                    + SceneText::tr("Blocked: it has held the loop for %1; nothing else can run")
                          .arg(so);
            if (r.firstStep)
                chip.toolTip += QLatin1Char('\n') + SceneText::tr("Its first step");
            else if (r.at.isValid())
                chip.toolTip += QLatin1Char('\n')
                    + (r.blocked ? SceneText::tr("The watchdog saw %1")
                                 : SceneText::tr("Resumed at %1"))
                          .arg(sourceText(r.at));
        } else {
            chip.text = SceneText::tr("callback %1").arg(r.name);
            chip.toolTip = SceneText::tr("The loop runs the callback %1 (since %2)")
                               .arg(r.name, atText(r.since));
        }
        if (r.blocked)
            chip.text += SceneText::tr(" · blocked %1").arg(so);
        scene.stage.push_back(std::move(chip));
    }
    scene.stageEmpty = stageEmptyText(state);
    scene.why = Core::whyAt(model, state);

    LoopBox ready = readyBox();
    LoopGroup queue;
    for (const Core::ReadyItem &r : state.ready)
        queue.chips.push_back(
            readyChip(model, r.task, r.callback, r.name, state, int(queue.chips.size()) + 1));
    if (!queue.chips.empty())
        ready.groups.push_back(std::move(queue));
    scene.boxes.push_back(std::move(ready));

    LoopBox timers = timersBox();
    LoopGroup pending;
    for (const Core::PendingTimer &t : state.timers)
        pending.chips.push_back(
            timerChip(model, t.deadline, t.what, t.task, t.name, t.added, state.t));
    addFiredSleeps(model, state, pending);
    if (!pending.chips.empty())
        timers.groups.push_back(std::move(pending));
    scene.boxes.push_back(std::move(timers));

    LoopBox waiters = waitersBox();
    addWaiterGroups(model, QVector<Core::WaiterGroup>(state.waiters.begin(), state.waiters.end()),
        state, waiters);
    scene.boxes.push_back(std::move(waiters));
    addOtherBoxes(model, state, false, scene);
    return scene;
}

LoopMachineScene sceneFromPause(const Core::TraceModel &model, const Core::PausedInfo &pause,
    const Core::SchedulerState &atPause)
{
    const Core::PausedRecord &n = pause.next;
    LoopMachineScene scene;
    scene.headline = SceneText::tr("Paused at %1").arg(atText(n.t)) + headlineTail(atPause);
    scene.stageTitle = SceneText::tr("Runs next (paused)");
    LoopChip next;
    next.kind = ChipKind::Next;
    next.task = n.callback ? 0 : n.task;
    const Core::SourcePos where { n.file, n.function, n.line };
    next.text = n.callback ? SceneText::tr("callback %1").arg(n.name)
                           : withSource(Core::taskTitle(model, n.task), where);
    next.toolTip = SceneText::tr("The program is paused before this %1; step (F10) to run it")
                       .arg(n.callback ? SceneText::tr("callback") : SceneText::tr("step"));
    if (where.isValid())
        next.toolTip += QLatin1Char('\n')
            + SceneText::tr("%1 in %2").arg(sourceText(where), QFileInfo(n.file).fileName());
    scene.stage.push_back(std::move(next));
    scene.why = Core::whyNext(model, pause);

    LoopBox ready = readyBox();
    ready.note = SceneText::tr("after the one above, in this order");
    LoopGroup queue;
    for (const Core::ReadyEntry &r : pause.ready)
        queue.chips.push_back(
            readyChip(model, r.task, r.callback, r.name, atPause, int(queue.chips.size()) + 1));
    if (!queue.chips.empty())
        ready.groups.push_back(std::move(queue));
    scene.boxes.push_back(std::move(ready));

    LoopBox timers = timersBox();
    LoopGroup pending;
    for (const Core::TimerEntry &t : pause.timers) {
        Core::TimeNs added = 0;
        for (const Core::PendingTimer &p : atPause.timers)
            if (p.timer == t.timer)
                added = p.added;
        pending.chips.push_back(timerChip(model, t.deadline, t.what, t.task, t.name, added, n.t));
    }
    addFiredSleeps(model, atPause, pending);
    if (!pending.chips.empty())
        timers.groups.push_back(std::move(pending));
    scene.boxes.push_back(std::move(timers));

    LoopBox waiters = waitersBox();
    addWaiterGroups(model, pause.waiters, atPause, waiters);
    scene.boxes.push_back(std::move(waiters));
    addOtherBoxes(model, atPause, true, scene);
    return scene;
}

} // namespace Ui
