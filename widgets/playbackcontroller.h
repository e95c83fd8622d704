#pragma once
#include "schedulerevents.h"

#include <QElapsedTimer>
#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace Core
{
class TraceModel;
}

namespace Ui
{

//! Plays a finished or recorded run: a position in trace time that moves event by event
//! (Core::SchedulerEvents) at a number of events per second, or with the run's clock scaled
//! by a factor; Play / Pause, one event back or forward, start and end. The window follows
//! positionChanged with the timeline's time cursor, which rebuilds the scheduler there
//! (Core::reconstructAt) for the loop machine, the output and the editor. A live run cannot
//! be played (setModel(nullptr) until it has finished).
class PlaybackController : public QObject
{
    Q_OBJECT
public:
    enum class Speed { EventsPerSecond, TimeFactor };

    explicit PlaybackController(QObject *parent = nullptr);
    ~PlaybackController() override;

    //! A finished run or a recording (not owned, unchanging while set), or nullptr. Stops
    //! playing; the position is kept if it lies in the run. The event index is built on a
    //! worker thread at once (a 1M-event run takes a few hundred ms): it is usually ready
    //! before the learner's first step.
    void setModel(const Core::TraceModel *model);
    const Core::TraceModel *model() const { return m_model; }
    bool isAvailable() const { return m_model != nullptr; }

    bool isPlaying() const { return m_timer.isActive(); }
    //! Trace time (ns) shown; -1 before anything was shown.
    double position() const { return m_position; }
    //! The timeline's cursor moved by hand: playback goes on from there. No signal.
    void setPosition(double t);

    //! Steps per second (Speed::EventsPerSecond) or trace seconds per second (TimeFactor).
    void setSpeed(Speed unit, double value);
    Speed speedUnit() const { return m_unit; }
    double speed() const { return m_speed; }

    //! The events a step moves between (waits for the worker thread if it is not done).
    const Core::SchedulerEvents &events();
    //! Whether events() is ready without waiting.
    bool hasEvents() const { return m_eventsBuilt || (m_model && m_building.isFinished()); }
    //! Index of the event at or before the position, -1 before the first.
    long long eventIndex();

public Q_SLOTS:
    void play();
    void pause();
    void togglePlay();
    void stepForward();
    void stepBack();
    void toStart();
    void toEnd();
    //! Moves as playing for wallMs would (the play timer calls this; tests call it directly).
    void advance(double wallMs);

Q_SIGNALS:
    void positionChanged(double t);
    void playingChanged(bool playing);
    void availabilityChanged(bool available);
    //! The event index of the model set is built (see hasEvents()).
    void eventsReady();

private:
    void moveTo(double t);
    void tick();
    double endTime();

    const Core::TraceModel *m_model = nullptr;
    QFuture<Core::SchedulerEvents> m_building;
    QFutureWatcher<Core::SchedulerEvents> m_watcher;
    Core::SchedulerEvents m_events;
    bool m_eventsBuilt = false;
    double m_position = -1;
    Speed m_unit = Speed::EventsPerSecond;
    double m_speed = 4;
    double m_carry = 0; // fractional events not stepped yet
    QTimer m_timer;
    QElapsedTimer m_clock;
};

} // namespace Ui
