#include "timescale.h"

#include <algorithm>
#include <cmath>

namespace Ui {

double timeToX(const TimeScale &scale, double t)
{
    return (t - scale.origin) / scale.nsPerPixel;
}

double xToTime(const TimeScale &scale, double x)
{
    return scale.origin + x * scale.nsPerPixel;
}

TimeScale zoomAround(const TimeScale &scale, double x, double factor, double minNsPerPixel,
                     double maxNsPerPixel)
{
    if (!(factor > 0))
        return scale;
    const double anchor = xToTime(scale, x);
    const double nsPerPixel = std::clamp(scale.nsPerPixel / factor, minNsPerPixel, maxNsPerPixel);
    return {anchor - x * nsPerPixel, nsPerPixel};
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
    return {std::clamp(scale.origin, lowest, highest), scale.nsPerPixel};
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
    const double inUnit = step / unit;
    int decimals = 0;
    while (decimals < 6 && std::abs(inUnit * std::pow(10.0, decimals)
                                    - std::round(inUnit * std::pow(10.0, decimals)))
                               > 1e-6)
        ++decimals;
    return decimals;
}

} // namespace

QString formatTick(double t, double step)
{
    const QString sign = t < 0 ? QStringLiteral("-") : QString();
    t = std::abs(t);
    if (std::abs(t) < step * 1e-6)
        t = 0;
    if (step >= 60e9) {
        const qint64 totalSeconds = qint64(std::llround(t / 1e9));
        return sign + QStringLiteral("%1m%2s")
                              .arg(totalSeconds / 60)
                              .arg(totalSeconds % 60, 2, 10, QLatin1Char('0'));
    }
    struct Unit {
        double ns;
        const char *name;
    };
    static const Unit units[] = {{1e9, "s"}, {1e6, "ms"}, {1e3, "µs"}, {1, "ns"}};
    const Unit *unit = &units[3];
    // A unit as soon as the step is a tenth of it: "1.5 s" reads better than "1500 ms".
    for (const Unit &u : units) {
        if (step >= u.ns / 10 * (1 - 1e-9)) {
            unit = &u;
            break;
        }
    }
    return sign + QString::number(t / unit->ns, 'f', decimalsFor(step, unit->ns))
           + QLatin1Char(' ') + QString::fromUtf8(unit->name);
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
