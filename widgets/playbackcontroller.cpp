#include "playbackcontroller.h"

#include "tracemodel.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace Ui
{

namespace
{
constexpr int kTickMs = 33; // ~30 frames a second: smooth, and views coalesce repaints anyway
}

PlaybackController::PlaybackController(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(kTickMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &PlaybackController::tick);
    connect(&m_watcher, &QFutureWatcher<Core::SchedulerEvents>::finished, this,
        &PlaybackController::eventsReady);
}

PlaybackController::~PlaybackController()
{
    m_building.waitForFinished(); // it reads the model, which may go right after us
}

void PlaybackController::setModel(const Core::TraceModel *model)
{
    pause();
    m_building.waitForFinished();
    const bool was = isAvailable();
    m_model = model;
    m_events = {};
    m_eventsBuilt = false;
    if (m_model) {
        m_building = QtConcurrent::run([model] { return Core::SchedulerEvents(*model); });
        m_watcher.setFuture(m_building);
    }
    m_carry = 0;
    if (!m_model || m_position > endTime())
        m_position = -1;
    if (was != isAvailable())
        Q_EMIT availabilityChanged(isAvailable());
}

const Core::SchedulerEvents &PlaybackController::events()
{
    if (!m_eventsBuilt && m_model) {
        m_events = m_building.result();
        m_eventsBuilt = true;
    }
    return m_events;
}

long long PlaybackController::eventIndex()
{
    if (m_position < 0)
        return -1;
    return events().indexAtOrBefore(Core::TimeNs(std::llround(m_position)));
}

double PlaybackController::endTime()
{
    const Core::SchedulerEvents &e = events();
    return e.isEmpty() ? 0 : double(e.at(e.size() - 1));
}

void PlaybackController::setPosition(double t)
{
    m_position = m_model ? t : -1;
    m_carry = 0;
}

void PlaybackController::setSpeed(Speed unit, double value)
{
    m_unit = unit;
    m_speed = std::max(value, 1e-6);
    m_carry = 0;
}

void PlaybackController::moveTo(double t)
{
    if (t == m_position)
        return;
    m_position = t;
    Q_EMIT positionChanged(t);
}

void PlaybackController::play()
{
    if (!m_model || isPlaying() || events().isEmpty())
        return;
    if (m_position < 0 || m_position >= endTime())
        toStart(); // from the beginning again
    m_carry = 0;
    m_clock.start();
    m_timer.start();
    Q_EMIT playingChanged(true);
}

void PlaybackController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    Q_EMIT playingChanged(false);
}

void PlaybackController::togglePlay()
{
    if (isPlaying())
        pause();
    else
        play();
}

void PlaybackController::stepForward()
{
    if (!m_model || events().isEmpty())
        return;
    const Core::SchedulerEvents &e = events();
    moveTo(
        m_position < 0 ? double(e.at(0)) : double(e.next(Core::TimeNs(std::llround(m_position)))));
}

void PlaybackController::stepBack()
{
    if (!m_model || events().isEmpty() || m_position < 0)
        return;
    moveTo(double(events().previous(Core::TimeNs(std::llround(m_position)))));
}

void PlaybackController::toStart()
{
    if (m_model && !events().isEmpty())
        moveTo(double(events().at(0)));
}

void PlaybackController::toEnd()
{
    if (m_model && !events().isEmpty())
        moveTo(endTime());
}

void PlaybackController::tick()
{
    const double ms = double(m_clock.restart());
    advance(ms);
}

void PlaybackController::advance(double wallMs)
{
    if (!m_model || events().isEmpty())
        return;
    const double end = endTime();
    if (m_unit == Speed::TimeFactor) {
        const double from = std::max(m_position, double(events().at(0)));
        moveTo(std::min(end, from + wallMs * 1e6 * m_speed));
    } else {
        m_carry += wallMs / 1000.0 * m_speed;
        const auto steps = (long long)std::floor(m_carry);
        m_carry -= double(steps);
        if (steps > 0) {
            const Core::SchedulerEvents &e = events();
            const long long last = (long long)e.size() - 1;
            const long long target = std::min(last, eventIndex() + steps);
            moveTo(double(e.at(std::size_t(std::max(0LL, target)))));
        }
    }
    if (m_position >= end)
        pause();
}

} // namespace Ui
