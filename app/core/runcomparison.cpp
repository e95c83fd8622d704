#include "runcomparison.h"
#include "summaryquery.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace Core {

using SummaryQuery::mostOpenAtOnce;

RunFigures runFigures(const QJsonObject &summary)
{
    RunFigures f;
    f.wallS = summary.value(QLatin1String("wall_s")).toDouble();
    const QJsonArray tasks = summary.value(QLatin1String("tasks")).toArray();
    f.tasks = int(tasks.size());
    std::vector<std::pair<double, int>> alive;
    QMap<QString, std::vector<std::pair<double, int>>> waits;
    for (const QJsonValue &tv : tasks) {
        const QJsonObject task = tv.toObject();
        f.steps += task.value(QLatin1String("steps")).toInt();
        const double created = task.value(QLatin1String("created_s")).toDouble();
        const QJsonValue end = task.value(QLatin1String("end_s"));
        alive.push_back({ created, +1 });
        alive.push_back({ end.isDouble() ? end.toDouble() : f.wallS, -1 });
        for (const QJsonValue &wv : task.value(QLatin1String("waits")).toArray()) {
            const QJsonObject wait = wv.toObject();
            auto &events = waits[wait.value(QLatin1String("kind")).toString()];
            const QJsonValue wend = wait.value(QLatin1String("end_s"));
            events.push_back({ wait.value(QLatin1String("start_s")).toDouble(), +1 });
            events.push_back({ wend.isDouble() ? wend.toDouble() : f.wallS, -1 });
        }
    }
    f.maxConcurrentTasks = mostOpenAtOnce(std::move(alive));
    for (auto it = waits.begin(); it != waits.end(); ++it)
        f.maxConcurrentWaits.insert(it.key(), mostOpenAtOnce(std::move(it.value())));

    const QJsonObject loop = summary.value(QLatin1String("loop")).toObject();
    f.busyS = loop.value(QLatin1String("busy_s")).toDouble();
    f.idleS = loop.value(QLatin1String("idle_s")).toDouble();
    f.busyFraction = f.busyS + f.idleS > 0 ? f.busyS / (f.busyS + f.idleS) : 0;
    for (const QJsonValue &bv : loop.value(QLatin1String("blocked")).toArray()) {
        f.blockedS += bv.toObject().value(QLatin1String("duration_ms")).toDouble() / 1000.0;
        ++f.blockedCount;
    }
    return f;
}

RunComparison compareRuns(const QJsonObject &summaryA, const QJsonObject &summaryB)
{
    RunComparison c;
    c.a = runFigures(summaryA);
    c.b = runFigures(summaryB);
    const auto row = [&c](const char *key, const char *label, double a, double b) {
        c.rows.append({ QString::fromLatin1(key), QString::fromLatin1(label), a, b });
    };
    row("wall_s", "Wall time (s)", c.a.wallS, c.b.wallS);
    row("tasks", "Tasks", c.a.tasks, c.b.tasks);
    row("steps", "Task steps", c.a.steps, c.b.steps);
    row("max_concurrent_tasks", "Max tasks alive at once", c.a.maxConcurrentTasks,
        c.b.maxConcurrentTasks);
    row("busy_s", "Loop busy (s)", c.a.busyS, c.b.busyS);
    row("idle_s", "Loop idle (s)", c.a.idleS, c.b.idleS);
    row("busy_fraction", "Loop busy fraction", c.a.busyFraction, c.b.busyFraction);
    row("blocked_s", "Loop blocked (s)", c.a.blockedS, c.b.blockedS);
    row("blocked_count", "Blocking steps", c.a.blockedCount, c.b.blockedCount);
    QStringList kinds = c.a.maxConcurrentWaits.keys();
    for (const QString &k : c.b.maxConcurrentWaits.keys())
        if (!kinds.contains(k))
            kinds.append(k);
    // Schema order of the kinds, so the table reads the same for every pair of runs.
    static const QStringList order{
        QStringLiteral("sleep"), QStringLiteral("task"), QStringLiteral("gather"),
        QStringLiteral("future"), QStringLiteral("lock"), QStringLiteral("semaphore"),
        QStringLiteral("condition"), QStringLiteral("event"), QStringLiteral("queue"),
        QStringLiteral("io"), QStringLiteral("executor"), QStringLiteral("timeout"),
        QStringLiteral("yield"), QStringLiteral("other")};
    std::sort(kinds.begin(), kinds.end(), [](const QString &x, const QString &y) {
        return order.indexOf(x) < order.indexOf(y);
    });
    for (const QString &k : kinds)
        c.rows.append({ QStringLiteral("waits.") + k,
                        QStringLiteral("Max concurrent waits: ") + k,
                        double(c.a.maxConcurrentWaits.value(k)),
                        double(c.b.maxConcurrentWaits.value(k)) });
    return c;
}

} // namespace Core
