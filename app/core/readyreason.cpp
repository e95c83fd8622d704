#include "readyreason.h"

#include "schedulerstate.h"
#include "tracemodel.h"

#include <QCoreApplication>

namespace Core
{
namespace
{

// The free functions below translate in the context named here; lupdate reads it from the macro.
struct ReasonText {
    Q_DECLARE_TR_FUNCTIONS(Core::ReadyReason)
};

ReadyReason callbackReason(const TraceModel &model, Id callback)
{
    ReadyReason r;
    r.callback = callback;
    const CallbackInfo *cb = model.callback(callback);
    if (!cb) {
        r.name = QStringLiteral("callback %1").arg(callback);
        return r;
    }
    r.name = cb->name;
    r.readyAt = cb->scheduled;
    switch (cb->how) {
    case CallbackHow::CallSoon:
        r.cause = ReadyReason::Cause::CallSoon;
        break;
    case CallbackHow::CallSoonThreadsafe:
        r.cause = ReadyReason::Cause::CallSoonThreadsafe;
        break;
    case CallbackHow::CallLater:
    case CallbackHow::CallAt:
        r.cause = ReadyReason::Cause::CallLater;
        for (const TimerInfo &timer : model.timers()) {
            if (timer.callback == callback && timer.end && !timer.cancelled) {
                r.readyAt = *timer.end;
                break;
            }
        }
        break;
    }
    return r;
}

// The job a task awaited on a worker thread: its latest one that ended by `by`.
QString finishedJob(const TraceModel &model, Id task, TimeNs by)
{
    QString function;
    for (const JobInfo &job : model.jobs())
        if (job.submittedBy == task && job.duration >= 0 && job.start + TimeNs(job.duration) <= by)
            function = model.string(job.function);
    return function;
}

void readWait(const TraceModel &model, const Span &suspended, ReadyReason &r)
{
    const SpanType &type = model.spanType(suspended.typeId);
    r.wait = type.wait;
    r.detail = model.string(type.label);
}

ReadyReason::Cause causeOf(WakerKind kind)
{
    switch (kind) {
    case WakerKind::Timer:
        return ReadyReason::Cause::Timer;
    case WakerKind::Io:
        return ReadyReason::Cause::Io;
    case WakerKind::Thread:
        return ReadyReason::Cause::Thread;
    case WakerKind::Task:
        return ReadyReason::Cause::Task;
    case WakerKind::Callback:
        return ReadyReason::Cause::Callback;
    case WakerKind::Unknown:
        break;
    }
    return ReadyReason::Cause::Unknown;
}

QString namesText(const QStringList &names)
{
    constexpr int kShown = 2; // a why line, not a list: the ready queue lists them all
    if (names.size() == 1)
        return names.front();
    QStringList shown = names.mid(0, kShown);
    if (names.size() > kShown)
        return ReasonText::tr("%1 and %2 more")
            .arg(shown.join(QStringLiteral(", ")))
            .arg(names.size() - kShown);
    const QString last = shown.takeLast();
    return ReasonText::tr("%1 and %2").arg(shown.join(QStringLiteral(", ")), last);
}

QString tail(const QStringList &behind)
{
    if (behind.isEmpty())
        return ReasonText::tr("; nothing else was ready");
    return ReasonText::tr("; it was first in the ready queue, ahead of %1").arg(namesText(behind));
}

QString readyName(const TraceModel &model, Id task, const QString &callbackName)
{
    return task ? taskTitle(model, task) : callbackName;
}

} // namespace

ReadyReason readyReason(const TraceModel &model, Id task, Id callback, TimeNs runAt)
{
    if (!task)
        return callbackReason(model, callback);
    ReadyReason r;
    r.task = task;
    r.name = taskTitle(model, task);
    const TaskInfo *info = model.task(task);
    if (!info || info->lane < 0)
        return r;
    const int lane = info->lane;
    int i = model.lastIndex(lane, runAt);
    if (i >= 0 && model.spanType(model.span(lane, i).typeId).kind == SpanKind::Running)
        --i; // a recorded step starting at runAt: what came before it
    if (i < 0)
        return r;
    const Span &span = model.span(lane, i);
    const SpanKind kind = model.spanType(span.typeId).kind;
    r.readyAt = span.start;
    if (kind == SpanKind::Suspended) {
        // Ready again with no WAKE: it rescheduled itself (see PROTOCOL.md).
        r.cause = ReadyReason::Cause::Yield;
        readWait(model, span, r);
        return r;
    }
    if (kind != SpanKind::Ready)
        return r;
    if (span.extra == 0) {
        r.cause = ReadyReason::Cause::FirstStep;
        r.waker = info->parent;
        if (info->parent)
            r.wakerName = taskTitle(model, info->parent);
        return r;
    }
    const Wakeup &w = model.wakeups()[span.extra - 1];
    r.readyAt = w.t;
    r.cause = causeOf(w.kind);
    if (i > 0 && model.spanType(model.span(lane, i - 1).typeId).kind == SpanKind::Suspended)
        readWait(model, model.span(lane, i - 1), r);
    switch (r.cause) {
    case ReadyReason::Cause::Task:
        if (w.wakerTask == task) {
            r.cause = ReadyReason::Cause::Yield;
        } else {
            r.waker = w.wakerTask;
            r.wakerName = taskTitle(model, w.wakerTask);
        }
        break;
    case ReadyReason::Cause::Callback:
        r.wakerName = model.string(w.wakerName);
        break;
    case ReadyReason::Cause::Thread:
        r.wakerName = finishedJob(model, task, w.t);
        break;
    default:
        break;
    }
    return r;
}

QString causeText(const ReadyReason &r)
{
    using Cause = ReadyReason::Cause;
    switch (r.cause) {
    case Cause::FirstStep:
        return r.waker ? ReasonText::tr("it is new: %1 created it").arg(r.wakerName)
                       : ReasonText::tr("it is the main task: asyncio.run() created it");
    case Cause::Timer:
        if (r.wait == WaitKind::Timeout)
            return ReasonText::tr("its timeout (%1) expired").arg(r.detail);
        return r.detail.isEmpty() ? ReasonText::tr("its timer was due")
                                  : ReasonText::tr("its timer (%1) was due").arg(r.detail);
    case Cause::Io:
        return r.detail.isEmpty() ? ReasonText::tr("its I/O was ready")
                                  : ReasonText::tr("its I/O was ready (%1)").arg(r.detail);
    case Cause::Thread:
        return r.wakerName.isEmpty()
            ? ReasonText::tr("its worker-thread job finished")
            : ReasonText::tr("its worker-thread job %1 finished").arg(r.wakerName);
    case Cause::Task:
        switch (r.wait) {
        case WaitKind::Lock:
            return ReasonText::tr("woken by the lock's release in %1").arg(r.wakerName);
        case WaitKind::Semaphore:
            return ReasonText::tr("woken by the semaphore's release in %1").arg(r.wakerName);
        case WaitKind::Event:
            return ReasonText::tr("woken when %1 set the event").arg(r.wakerName);
        case WaitKind::Condition:
            return ReasonText::tr("woken by notify() in %1").arg(r.wakerName);
        case WaitKind::Queue:
            if (r.detail == QLatin1String("Queue.put"))
                return ReasonText::tr("woken when %1 took an item from the full queue")
                    .arg(r.wakerName);
            if (r.detail == QLatin1String("Queue.join"))
                return ReasonText::tr("woken when %1 marked the queue's last item done")
                    .arg(r.wakerName);
            return ReasonText::tr("woken when %1 put an item in the queue").arg(r.wakerName);
        case WaitKind::Task:
            return ReasonText::tr("%1, the task it awaited, finished").arg(r.wakerName);
        case WaitKind::Gather:
            return ReasonText::tr("what it gathered is done (%1 finished last)").arg(r.wakerName);
        default:
            return ReasonText::tr("woken by %1").arg(r.wakerName);
        }
    case Cause::Callback:
        return ReasonText::tr("woken by the callback %1").arg(r.wakerName);
    case Cause::Yield:
        return r.detail.isEmpty()
            ? ReasonText::tr("it yielded and went to the back of the ready queue")
            : ReasonText::tr("it yielded (%1) and went to the back of the ready queue")
                  .arg(r.detail);
    case Cause::CallSoon:
        return ReasonText::tr("a callback scheduled with call_soon()");
    case Cause::CallSoonThreadsafe:
        return ReasonText::tr("a callback scheduled from another thread (call_soon_threadsafe())");
    case Cause::CallLater:
        return ReasonText::tr("its call_later() timer was due");
    case Cause::Unknown:
        break;
    }
    return ReasonText::tr("it was in the ready queue");
}

QString whyNextText(const ReadyReason &reason, const QStringList &behind)
{
    return ReasonText::tr("%1 is next: %2%3").arg(reason.name, causeText(reason), tail(behind));
}

QString whyRunningText(const ReadyReason &reason, const QStringList &behind)
{
    return ReasonText::tr("%1 runs: %2%3").arg(reason.name, causeText(reason), tail(behind));
}

QString whyNext(const TraceModel &model, const PausedInfo &pause)
{
    const PausedRecord &n = pause.next;
    const ReadyReason reason
        = readyReason(model, n.callback ? 0 : n.task, n.callback ? n.callbackId : 0, n.t);
    QStringList behind;
    for (const ReadyEntry &e : pause.ready)
        behind << readyName(model, e.task, e.name);
    return whyNextText(reason, behind);
}

QString whyAt(const TraceModel &model, const SchedulerState &state)
{
    if (!state.now.empty()) {
        const RunningItem &item = state.now.front();
        const ReadyReason reason = readyReason(model, item.task, item.callback, item.since);
        QStringList behind; // what was ready when it started, and still is
        for (const ReadyItem &r : state.ready)
            if (r.since <= item.since)
                behind << readyName(model, r.task, r.name);
        return whyRunningText(reason, behind);
    }
    if (!state.next)
        return {};
    const NextRun &next = *state.next;
    const ReadyReason reason = readyReason(model, next.task, next.callback, next.at);
    if (reason.readyAt > state.t)
        return {}; // not in the ready queue yet: the run does not know why at t
    QStringList behind;
    for (const ReadyItem &r : state.ready)
        if (r.task != next.task || r.callback != next.callback)
            behind << readyName(model, r.task, r.name);
    return whyNextText(reason, behind);
}

} // namespace Core
