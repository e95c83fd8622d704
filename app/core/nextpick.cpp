#include "nextpick.h"

#include "readyreason.h"
#include "schedulerstate.h"
#include "tracemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace Core
{
namespace
{

// The free functions below translate in the context named here; lupdate reads it from the macro.
struct PickText {
    Q_DECLARE_TR_FUNCTIONS(Core::NextPick)
};

QString ownName(const TraceModel &model, Id task)
{
    const TaskInfo *info = model.task(task);
    return info ? info->name : QString();
}

// What a task queued on a primitive waits for, as the event that will make it ready.
QString releaseText(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Lock:
        return PickText::tr("it becomes ready only when the task holding the lock releases it");
    case WaitKind::Semaphore:
        return PickText::tr("it becomes ready only when a task releases the semaphore");
    case WaitKind::Event:
        return PickText::tr("it becomes ready only when some task sets the event");
    case WaitKind::Condition:
        return PickText::tr("it becomes ready only when some task calls notify()");
    case WaitKind::Queue:
        return PickText::tr("it becomes ready only when another task puts an item in (or takes one out of) "
                  "the queue");
    default:
        return PickText::tr("it becomes ready only when that is done");
    }
}

} // namespace

NextPick::NextPick(const TraceModel &model, const PausedInfo &pause) : m_pause(pause)
{
    m_whyNext = whyNext(model, pause);
    const SchedulerState at = reconstructAt(model, pause.next.t); // what the snapshot leaves out
    addReady(model);
    addTimers(model, at);
    addWaiting(model, at);
    // Nothing in the order may give the answer away: tasks by creation, callbacks by name.
    std::stable_sort(m_choices.begin(), m_choices.end(),
                     [](const NextChoice &a, const NextChoice &b) {
                         if ((a.task == 0) != (b.task == 0))
                             return a.task != 0;
                         return a.task ? a.task < b.task : a.name < b.name;
                     });
}

bool NextPick::has(Id task, Id callback) const
{
    return find(task, callback) != nullptr;
}

void NextPick::addReady(const TraceModel &model)
{
    const PausedRecord &n = m_pause.next;
    QVector<ReadyEntry> queue{{n.callback ? 0 : n.task, n.callback ? n.callbackId : 0, n.name}};
    queue += m_pause.ready;
    for (int i = 0; i < queue.size(); ++i) {
        const ReadyEntry &e = queue[i];
        if (has(e.task, e.callback))
            continue;
        NextChoice c;
        c.place = i == 0 ? NextChoice::Place::Next : NextChoice::Place::Ready;
        c.task = e.task;
        c.callback = e.task ? 0 : e.callback;
        c.name = e.task ? taskTitle(model, e.task) : e.name;
        c.label = e.task ? ownName(model, e.task) : e.name;
        c.queuePos = i;
        const ReadyReason why = readyReason(model, c.task, c.callback, n.t);
        const bool known = why.cause != ReadyReason::Cause::Unknown || why.readyAt != 0;
        c.readyAt = known ? why.readyAt : NextChoice::unknownTime;
        c.readyCause = causeText(why);
        m_choices.append(c);
    }
}

void NextPick::addTimers(const TraceModel &model, const SchedulerState &at)
{
    for (const TimerEntry &t : m_pause.timers) {
        const Id task = t.what == TimerWhat::Callback ? 0 : t.task;
        const Id callback = t.what == TimerWhat::Callback ? t.callback : 0;
        if ((!task && !callback) || has(task, callback))
            continue;
        NextChoice c;
        c.place = NextChoice::Place::Timer;
        c.task = task;
        c.callback = callback;
        c.name = task ? taskTitle(model, task) : t.name;
        c.label = task ? ownName(model, task) : t.name;
        c.due = t.deadline;
        c.wait = task ? WaitKind::Sleep : WaitKind::Other;
        if (task) {
            c.detail = PickText::tr("sleep");
            for (const TaskAt &ta : at.tasks)
                if (ta.task == task && ta.phase == TaskPhase::Suspended) {
                    c.wait = ta.wait;
                    c.detail = ta.detail;
                }
        } else {
            c.detail = PickText::tr("call_later()");
        }
        m_choices.append(c);
    }
}

void NextPick::addWaiting(const TraceModel &model, const SchedulerState &at)
{
    for (const WaiterGroup &g : m_pause.waiters)
        for (Id task : g.tasks) {
            if (has(task, 0))
                continue;
            NextChoice c;
            c.place = NextChoice::Place::Waiter;
            c.task = task;
            c.name = taskTitle(model, task);
            c.label = ownName(model, task);
            c.wait = g.kind;
            c.detail = g.label;
            m_choices.append(c);
        }
    for (const TaskAt &ta : at.tasks) {
        if (ta.phase != TaskPhase::Suspended || has(ta.task, 0))
            continue;
        NextChoice c;
        c.place = NextChoice::Place::Waiting;
        c.task = ta.task;
        c.name = taskTitle(model, ta.task);
        c.label = ownName(model, ta.task);
        c.wait = ta.wait;
        c.detail = ta.target ? taskTitle(model, ta.target) : ta.detail;
        m_choices.append(c);
    }
}

const NextChoice &NextPick::next() const
{
    for (const NextChoice &c : m_choices)
        if (c.place == NextChoice::Place::Next)
            return c;
    Q_UNREACHABLE(); // the constructor always adds the paused handle
}

const NextChoice *NextPick::find(const QString &name) const
{
    for (const NextChoice &c : m_choices)
        if (c.label == name)
            return &c;
    for (const NextChoice &c : m_choices)
        if (c.name == name)
            return &c;
    return nullptr;
}

const NextChoice *NextPick::find(Id task, Id callback) const
{
    for (const NextChoice &c : m_choices)
        if (task ? c.task == task : (c.task == 0 && c.callback == callback))
            return &c;
    return nullptr;
}

QString NextPick::secondsText(TimeNs t)
{
    const double s = double(t) / 1e9;
    // Two decimals read well for sleeps; a step mode pause a few ms in needs more.
    const int decimals = (s == 0 || std::abs(s) >= 0.1) ? 2 : 3;
    return PickText::tr("%1 s").arg(s, 0, 'f', decimals);
}

QString NextPick::notReadyText(const NextChoice &p) const
{
    const QString at = secondsText(m_pause.next.t);
    switch (p.place) {
    case NextChoice::Place::Timer: {
        const QString what = p.task ? PickText::tr("its timer (%1)").arg(p.detail)
                                    : PickText::tr("its call_later() timer");
        if (p.due > m_pause.next.t)
            return PickText::tr("Not %1: it was not ready yet — %2 is due in %3 (at %4; the loop was "
                      "paused at %5). The loop runs only what is in the ready queue: %6")
                .arg(p.name, what, secondsText(p.due - m_pause.next.t), secondsText(p.due), at,
                     m_whyNext);
        return PickText::tr("Not %1: %2 was due at %3, but the loop moves a due timer's handle into the "
                  "ready queue only when it next goes round, behind what is queued already: %4")
            .arg(p.name, what, secondsText(p.due), m_whyNext);
    }
    case NextChoice::Place::Waiter:
        return PickText::tr("Not %1: it was waiting on %2 — %3. The loop runs only what is in the ready "
                  "queue: %4")
            .arg(p.name, p.detail, releaseText(p.wait), m_whyNext);
    case NextChoice::Place::Waiting: {
        QString on;
        switch (p.wait) {
        case WaitKind::Task:
            on = PickText::tr("waiting for %1 to finish").arg(p.detail);
            break;
        case WaitKind::Gather:
            on = PickText::tr("waiting for the tasks it gathered to finish");
            break;
        case WaitKind::Io:
            on = p.detail.isEmpty() ? PickText::tr("waiting for I/O") : PickText::tr("waiting for I/O (%1)").arg(p.detail);
            break;
        case WaitKind::Executor:
            on = PickText::tr("waiting for its worker-thread job");
            break;
        default:
            on = p.detail.isEmpty() ? PickText::tr("suspended") : PickText::tr("waiting on %1").arg(p.detail);
            break;
        }
        return PickText::tr("Not %1: it was %2, so it was not in the ready queue. The loop runs only what "
                  "is ready: %3")
            .arg(p.name, on, m_whyNext);
    }
    default:
        return {};
    }
}

QString NextPick::behindText(const NextChoice &p) const
{
    const NextChoice &n = next();
    QString ahead;
    if (p.queuePos > 1)
        ahead = PickText::tr(" (and %n more)", nullptr, p.queuePos - 1);
    QString when;
    if (n.readyAt != NextChoice::unknownTime && p.readyAt != NextChoice::unknownTime) {
        const QString nextAt = secondsText(n.readyAt), pickedAt = secondsText(p.readyAt);
        // Within one loop turn the times print alike: then only the order tells them apart.
        when = nextAt != pickedAt
            ? PickText::tr(" %1 became ready at %2 (%3); %4 at %5 (%6).")
                  .arg(n.name, nextAt, n.readyCause, p.name, pickedAt, p.readyCause)
            : PickText::tr(" %1 was queued first (%2), %3 after it (%4).")
                  .arg(n.name, n.readyCause, p.name, p.readyCause);
    }
    return PickText::tr("Not %1: it was ready too, but behind %2%3 in the ready queue, and the loop runs "
              "the queue first in, first out.%4")
        .arg(p.name, n.name, ahead, when);
}

NextPick::Verdict NextPick::grade(const NextChoice &picked) const
{
    switch (picked.place) {
    case NextChoice::Place::Next:
        return {true, PickText::tr("Right: %1").arg(m_whyNext)};
    case NextChoice::Place::Ready:
        return {false, behindText(picked)};
    default:
        return {false, notReadyText(picked)};
    }
}

} // namespace Core
