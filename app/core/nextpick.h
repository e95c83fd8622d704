#pragma once
#include "pausedinfo.h"
#include "tracerecords.h"

#include <QString>
#include <QVector>

namespace Core
{

class TraceModel;
struct SchedulerState;

//! A task or callback on screen at a step-mode pause that a learner may pick as the one the
//! loop runs next: the handle that is next, the others in the ready queue, what a pending timer
//! will wake, the tasks waiting on a lock / queue / event, and the tasks waiting on anything
//! else (another task, a gather, I/O).
struct NextChoice {
    enum class Place : std::uint8_t {
        Next, //!< what the loop runs when the learner steps
        Ready, //!< in the ready queue, behind Next
        Timer, //!< wakes when its timer is due (a sleep, call_later)
        Waiter, //!< queued on a lock, semaphore, event, condition or queue
        Waiting //!< suspended on something else: a task, a gather, a future, I/O
    };
    Place place = Place::Ready;
    Id task = 0, callback = 0;
    QString name; //!< as the loop machine names it: the task's title, or the callback's name
    QString label; //!< the task's own name ("ping") or the callback's: what a lesson writes
    int queuePos = 0; //!< Next 0, Ready 1..: its place in the ready queue
    //! Next / Ready: when it entered the ready queue; unknownTime when the trace does not say.
    static constexpr TimeNs unknownTime = ~TimeNs(0);
    TimeNs readyAt = unknownTime;
    QString readyCause; //!< Next / Ready: why it is ready ("its timer (sleep(1)) was due")
    TimeNs due = 0; //!< Timer: the deadline
    WaitKind wait = WaitKind::Other; //!< Timer / Waiter / Waiting: what it waits on
    QString detail; //!< "sleep(1)", "lock (Lock@main.py:4)", "Task-2 fetch()", "sock_recv fd 7"
};

//! Predict what runs next: the choices at one step-mode pause, and the verdict on a pick,
//! explained from the scheduler state at that pause — why the picked handle is not next (not
//! ready yet: its timer is due at X; waiting on Y; ready, but behind Z in first-in, first-out
//! order), or why it is. Widget-free: the window's predict-next strip, the lessons' predict_next
//! items and their tests all grade through it.
class NextPick
{
public:
    NextPick(const TraceModel &model, const PausedInfo &pause);

    //! Every choice, in an order that gives nothing away: tasks as they were created, then
    //! callbacks by name (the ready queue's order is what the learner predicts).
    const QVector<NextChoice> &choices() const { return m_choices; }
    //! The handle the loop runs next.
    const NextChoice &next() const;
    //! A pick is worth asking for when there is more than one choice.
    bool worthAsking() const { return m_choices.size() >= 2; }
    //! The choice named `name` (its label, or its name as shown); nullptr if none.
    const NextChoice *find(const QString &name) const;
    //! The choice for this task (callback 0) or callback; nullptr if none.
    const NextChoice *find(Id task, Id callback) const;
    const PausedInfo &pause() const { return m_pause; }

    struct Verdict {
        bool right = false;
        QString text; //!< "Right: …" or "Not X: it was not ready — its timer … is due at 1.00 s…"
    };
    Verdict grade(const NextChoice &picked) const;

    //! "1.50 s" for a trace time.
    static QString secondsText(TimeNs t);

private:
    void addReady(const TraceModel &model);
    void addTimers(const TraceModel &model, const SchedulerState &at);
    void addWaiting(const TraceModel &model, const SchedulerState &at);
    bool has(Id task, Id callback) const;
    QString notReadyText(const NextChoice &picked) const;
    QString behindText(const NextChoice &picked) const;

    PausedInfo m_pause;
    QVector<NextChoice> m_choices;
    QString m_whyNext;
};

} // namespace Core
