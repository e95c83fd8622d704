#include "schedulerevents.h"

#include "tracemodel.h"

#include <algorithm>

namespace Core
{

SchedulerEvents::SchedulerEvents(const TraceModel &model)
{
    std::size_t reserve = model.timers().size() * 2 + model.callbacks().size() * 3
        + model.output().size() + model.blocked().size() + model.pauses().size();
    for (int lane = 0; lane < model.laneCount(); ++lane)
        reserve += std::size_t(model.spanCount(lane)) * 2;
    m_times.reserve(reserve);
    // Span starts are every state change of tasks, loops and threads; a closed span's end
    // matters where nothing follows it (a job, the loop's last busy stretch).
    for (int lane = 0; lane < model.laneCount(); ++lane) {
        for (const Span &s : model.spans(lane)) {
            m_times.push_back(s.start);
            if (!s.isOpen())
                m_times.push_back(s.start + TimeNs(s.duration));
        }
    }
    for (const TimerInfo &timer : model.timers()) {
        m_times.push_back(timer.added);
        if (timer.end)
            m_times.push_back(*timer.end);
    }
    for (const CallbackInfo &cb : model.callbacks()) {
        m_times.push_back(cb.scheduled);
        if (cb.run) {
            m_times.push_back(*cb.run);
            if (cb.duration >= 0)
                m_times.push_back(*cb.run + TimeNs(cb.duration));
        }
    }
    for (const OutputLine &line : model.output())
        m_times.push_back(line.t);
    // A step past the block threshold turns "blocked" while it runs.
    const TimeNs threshold
        = TimeNs(model.hello() && model.hello()->blockThresholdMs ? model.hello()->blockThresholdMs
                                                                  : 100)
        * 1000000;
    for (const BlockedInfo &b : model.blocked())
        m_times.push_back(b.start + threshold);
    // A step-mode run: the moments the learner was shown, paused before each handle.
    for (const PausedInfo &p : model.pauses())
        m_times.push_back(p.next.t);
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
    m_times.shrink_to_fit();
}

long long SchedulerEvents::indexAtOrBefore(TimeNs t) const
{
    return (long long)(std::upper_bound(m_times.begin(), m_times.end(), t) - m_times.begin()) - 1;
}

TimeNs SchedulerEvents::next(TimeNs t) const
{
    const auto it = std::upper_bound(m_times.begin(), m_times.end(), t);
    return it == m_times.end() ? t : *it;
}

TimeNs SchedulerEvents::previous(TimeNs t) const
{
    const auto it = std::lower_bound(m_times.begin(), m_times.end(), t);
    return it == m_times.begin() ? t : *(it - 1);
}

} // namespace Core
