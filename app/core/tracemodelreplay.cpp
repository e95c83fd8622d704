// TraceModel: the records replay and step mode add (timers, wait objects, pauses).
#include "tracemodel.h"

namespace Core {

const WaitObjectInfo *TraceModel::waitObject(Id id) const
{
    const std::uint32_t index = m_waitObjectIndex.find(id);
    return index == IdIndex::npos ? nullptr : &m_waitObjects[index];
}

bool TraceModel::inStepMode() const
{
    // Step-mode records from a run that was not in step mode can only be forged: a program
    // must not make a viewer show a pause that never happened.
    return m_hello && m_hello->stepMode;
}

const CallbackInfo *TraceModel::callback(Id id) const
{
    const std::uint32_t index = m_callbackIndex.find(id);
    return index == IdIndex::npos ? nullptr : &m_callbacks[index];
}

void TraceModel::onTimer(const TimerRecord &r)
{
    ++m_records;
    seen(r.t);
    if (r.event == TimerEvent::Added) {
        if (m_timerIndex.find(r.timer) != IdIndex::npos)
            return;
        TimerInfo info;
        info.id = r.timer;
        info.what = r.what;
        info.task = r.task;
        info.callback = r.callback;
        info.name = m_strings.intern(r.name);
        info.added = r.t;
        info.deadline = r.deadline;
        m_timerIndex.insert(r.timer, std::uint32_t(m_timers.size()));
        m_timers.push_back(info);
        return;
    }
    const std::uint32_t index = m_timerIndex.find(r.timer);
    if (index == IdIndex::npos || m_timers[index].end)
        return;
    m_timers[index].end = r.t;
    m_timers[index].cancelled = r.event == TimerEvent::Cancelled;
}

void TraceModel::onWaitObject(const WaitObjectRecord &r)
{
    ++m_records;
    if (m_waitObjectIndex.find(r.object) != IdIndex::npos)
        return;
    m_waitObjectIndex.insert(r.object, std::uint32_t(m_waitObjects.size()));
    m_waitObjects.push_back({ r.object, r.kind, r.label });
}

void TraceModel::onSnapshotReady(const SnapshotReadyRecord &r)
{
    ++m_records;
    if (!inStepMode())
        return;
    if (r.seq != m_pendingSeq) {
        m_pendingPause = {};
        m_pendingSeq = r.seq;
    }
    m_pendingPause.ready = r.entries;
}

void TraceModel::onSnapshotTimers(const SnapshotTimersRecord &r)
{
    ++m_records;
    if (!inStepMode())
        return;
    if (r.seq != m_pendingSeq) {
        m_pendingPause = {};
        m_pendingSeq = r.seq;
    }
    m_pendingPause.timers = r.entries;
}

void TraceModel::onSnapshotWaiters(const SnapshotWaitersRecord &r)
{
    ++m_records;
    if (!inStepMode())
        return;
    if (r.seq != m_pendingSeq) {
        m_pendingPause = {};
        m_pendingSeq = r.seq;
    }
    WaiterGroup group;
    group.object = r.object;
    group.tasks = r.tasks;
    if (const WaitObjectInfo *obj = waitObject(r.object)) {
        group.kind = obj->kind;
        group.label = obj->label;
    }
    m_pendingPause.waiters.append(std::move(group));
}

void TraceModel::onPaused(const PausedRecord &r)
{
    ++m_records;
    if (!inStepMode())
        return;
    seen(r.t);
    PausedInfo info;
    if (r.seq == m_pendingSeq)
        info = std::move(m_pendingPause);
    info.next = r;
    m_pendingPause = {};
    m_pendingSeq = 0;
    // The pause names what is next and ready as the tasks are called now: create_task(name=…)
    // renames a task after its creation record, and the lanes would keep "Task-2" until it ends.
    if (!r.callback)
        renameTask(r.task, r.name);
    for (const ReadyEntry &e : info.ready)
        if (e.task)
            renameTask(e.task, e.name);
    m_pauses.push_back(std::move(info));
}

} // namespace Core
