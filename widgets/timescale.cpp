#include "timescale.h"

#include "stepaxis.h"

#include <algorithm>
#include <cmath>

namespace Ui {

double axisPosition(const TimeScale &scale, double t)
{
    return scale.steps ? scale.steps->position(t) : t;
}

double axisTime(const TimeScale &scale, double position)
{
    return scale.steps ? scale.steps->time(position) : position;
}

double timeToX(const TimeScale &scale, double t)
{
    return (axisPosition(scale, t) - scale.origin) / scale.nsPerPixel;
}

double xToTime(const TimeScale &scale, double x)
{
    return axisTime(scale, scale.origin + x * scale.nsPerPixel);
}

TimeScale zoomAround(const TimeScale &scale, double x, double factor, double minNsPerPixel,
                     double maxNsPerPixel)
{
    if (!(factor > 0))
        return scale;
    const double anchor = scale.origin + x * scale.nsPerPixel;
    const double nsPerPixel = std::clamp(scale.nsPerPixel / factor, minNsPerPixel, maxNsPerPixel);
    return {anchor - x * nsPerPixel, nsPerPixel, scale.steps};
}

TimeScale fitRange(double start, double end, double width)
{
    width = std::max(width, 1.0);
    double span = end - start;
    if (!(span > 0))
        span = 1e9;
    // 3 % on the right: room for the end markers.
    return {start, span / (width * 0.97)};
}

TimeScale clampPan(const TimeScale &scale, double end, double width)
{
    const double visible = width * scale.nsPerPixel;
    const double lowest = -0.5 * visible;
    const double highest = std::max(lowest, end - 0.5 * visible);
    return {std::clamp(scale.origin, lowest, highest), scale.nsPerPixel, scale.steps};
}

double tickStep(double nsPerPixel, double minSpacingPx)
{
    const double wanted = std::max(nsPerPixel * minSpacingPx, 1e-3);
    double decade = std::pow(10.0, std::floor(std::log10(wanted)));
    for (;;) {
        for (double m : {1.0, 2.0, 5.0}) {
            if (m * decade >= wanted * (1 - 1e-9))
                return m * decade;
        }
        decade *= 10;
    }
}

namespace {

// Decimals needed to write multiples of step in unit without two ticks looking the same.
int decimalsFor(double step, double unit)
{
    // The first number of decimals that writes step as a whole, non-zero number of digits.
    const double inUnit = step / unit;
    for (int decimals = 0; decimals < 9; ++decimals) {
        const double scaled = inUnit * std::pow(10.0, decimals);
        if (std::round(scaled) >= 1 && std::abs(scaled - std::round(scaled)) <= 1e-6 * scaled)
            return decimals;
    }
    return 9;
}

} // namespace

namespace {

struct Unit {
    double ns;
    const char *name;
};

// A unit as soon as the step is a tenth of it: "1.5 s" reads better than "1500 ms".
const Unit &unitForStep(double step)
{
    static const Unit units[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
    for (const Unit &u : units)
        if (step >= u.ns / 10 * (1 - 1e-9))
            return u;
    return units[3];
}

QString format(double t, double step, double precision)
{
    const QString sign = t < 0 ? QStringLiteral("-") : QString();
    t = std::abs(t);
    if (t < precision * 1e-6)
        t = 0;
    if (step >= 60e9) {
        if (precision >= 1e9) {
            const qint64 totalSeconds = qint64(std::llround(t / 1e9));
            return sign + QStringLiteral("%1m%2s")
                                  .arg(totalSeconds / 60)
                                  .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
        }
        const int decimals = decimalsFor(precision, 1e9);
        const double scale = std::pow(10.0, decimals);
        const double seconds = std::round(t / 1e9 * scale) / scale;
        const qint64 minutes = qint64(seconds / 60);
        return sign + QStringLiteral("%1m%2s")
                              .arg(minutes)
                              .arg(seconds - double(minutes) * 60, 3 + decimals, 'f', decimals,
                                   QLatin1Char('0'));
    }
    const Unit &unit = unitForStep(step);
    return sign + QString::number(t / unit.ns, 'f', decimalsFor(precision, unit.ns))
           + QLatin1Char(' ') + QString::fromUtf8(unit.name);
}

} // namespace

QString formatTick(double t, double step)
{
    return format(t, step, step);
}

QString formatTickPrecise(double t, double step, double precision)
{
    // To a power of ten: 12.3 µs apart needs µs digits, not digits down to the nanosecond.
    precision = std::pow(10.0, std::floor(std::log10(std::max(precision, 1.0))));
    return format(t, step, std::min(step, precision));
}

QString formatDuration(double ns)
{
    if (ns < 0)
        return QStringLiteral("open");
    if (ns >= 60e9) {
        const double seconds = ns / 1e9;
        const qint64 minutes = qint64(seconds / 60);
        return QStringLiteral("%1 min %2 s").arg(minutes).arg(seconds - minutes * 60.0, 0, 'f', 1);
    }
    struct Unit {
        double ns;
        const char *name;
    };
    static const Unit units[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
    for (const Unit &u : units) {
        if (ns >= u.ns || u.ns == 1) {
            const double v = ns / u.ns;
            // Three significant digits, but never "1.00e+03": 999.5 rounds within the unit.
            const int decimals = u.ns == 1 ? 0 : v < 10 ? 2 : v < 100 ? 1 : 0;
            return QString::number(v, 'f', decimals) + QLatin1Char(' ')
                   + QString::fromUtf8(u.name);
        }
    }
    return {};
}

} // namespace Ui
