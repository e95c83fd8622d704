#pragma once
#include "tracerecords.h"

#include <QMetaType>
#include <QVector>

namespace Core {

//! The tasks waiting on one synchronisation object, in queue order.
struct WaiterGroup {
    Id object = 0;
    WaitKind kind = WaitKind::Other;
    QString label; //!< "lock (Lock@main.py:12)"
    QVector<Id> tasks;
};

//! Step mode: the program is paused before `next` runs; the scheduler as the tracer saw it.
//! ready excludes what runs next; timers are sorted by deadline.
struct PausedInfo {
    PausedRecord next;
    QVector<ReadyEntry> ready;
    QVector<TimerEntry> timers;
    QVector<WaiterGroup> waiters;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::PausedInfo)
