#pragma once
#include "tracerecords.h"

#include <cstddef>
#include <vector>

namespace Core
{

class TraceModel;

//! The moments of a finished run at which anything the scheduler view shows changed: a task
//! created, woken, started or suspended a step, a loop entered or left select(), a timer was
//! added or ended, a callback was scheduled or ran, a worker-thread job started or ended, a
//! line was printed, a step passed the block threshold; and a step-mode run's pauses. Sorted
//! and distinct, so playback steps "one event" forward or back with a binary search, and
//! reconstructAt() at each gives the state after that event.
class SchedulerEvents
{
public:
    SchedulerEvents() = default;
    explicit SchedulerEvents(const TraceModel &model);

    std::size_t size() const { return m_times.size(); }
    bool isEmpty() const { return m_times.empty(); }
    TimeNs at(std::size_t index) const { return m_times[index]; }
    const std::vector<TimeNs> &times() const { return m_times; }

    //! Index of the last event at or before t; -1 if t is before the first.
    long long indexAtOrBefore(TimeNs t) const;
    //! The first event strictly after t, or t if there is none.
    TimeNs next(TimeNs t) const;
    //! The last event strictly before t, or t if there is none.
    TimeNs previous(TimeNs t) const;

private:
    std::vector<TimeNs> m_times;
};

} // namespace Core
