#include "summaryquery.h"

#include <QJsonArray>
#include <QJsonValue>
#include <algorithm>
#include <utility>

namespace Core::SummaryQuery {

double num(const QJsonValue &v, double fallback) { return v.isDouble() ? v.toDouble() : fallback; }

QList<QJsonObject> tasksMatching(const QJsonObject &summary, const QJsonObject &rule)
{
    QList<QJsonObject> out;
    const QString coro = rule.value(QLatin1String("coro")).toString();
    const QString name = rule.value(QLatin1String("name")).toString();
    for (const QJsonValue &v : summary.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        if (!coro.isEmpty() && t.value(QLatin1String("coro")).toString() != coro)
            continue;
        if (!name.isEmpty() && t.value(QLatin1String("name")).toString() != name)
            continue;
        out << t;
    }
    return out;
}

bool waitMatches(const QJsonObject &w, const QJsonObject &rule)
{
    const QString kind = rule.value(QLatin1String("kind")).toString();
    if (kind != QLatin1String("any") && w.value(QLatin1String("kind")).toString() != kind)
        return false;
    const QString detail = rule.value(QLatin1String("detail_contains")).toString();
    if (!detail.isEmpty() && !w.value(QLatin1String("detail")).toString().contains(detail))
        return false;
    if (rule.contains(QLatin1String("woken_by"))
        && !w.value(QLatin1String("woken_by")).toString().startsWith(
                rule.value(QLatin1String("woken_by")).toString()))
        return false;
    return true;
}

QStringList streamLines(const QJsonObject &summary, const QJsonObject &rule)
{
    const QString stream = rule.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    QStringList lines;
    for (const QJsonValue &v : summary.value(QLatin1String("output")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("stream")).toString() == stream)
            lines << o.value(QLatin1String("text")).toString();
    }
    return lines;
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

// The largest number of matching waits open at one moment. Waits of one task never overlap,
// so this is a number of tasks. Ends sort before starts at the same instant: a sleep that
// ends exactly when the next one starts ran one after the other, not at once.
int maxOverlap(const QJsonObject &s, const QJsonObject &r)
{
    const double wall = num(s.value(QLatin1String("wall_s")));
    std::vector<std::pair<double, int>> edges;
    for (const QJsonValue &tv : s.value(QLatin1String("tasks")).toArray()) {
        for (const QJsonValue &wv : tv.toObject().value(QLatin1String("waits")).toArray()) {
            const QJsonObject w = wv.toObject();
            if (!waitMatches(w, r))
                continue;
            const double start = num(w.value(QLatin1String("start_s")));
            const double end = num(w.value(QLatin1String("end_s")),
                                   std::max(wall, start) + 1e-9);
            if (end <= start)
                continue;
            edges.push_back({start, +1});
            edges.push_back({end, -1});
        }
    }
    return mostOpenAtOnce(std::move(edges));
}

int mostOpenAtOnce(std::vector<std::pair<double, int>> edges)
{
    std::sort(edges.begin(), edges.end());
    int open = 0, most = 0;
    for (const auto &e : edges) {
        open += e.second;
        most = std::max(most, open);
    }
    return most;
}

} // namespace Core::SummaryQuery
