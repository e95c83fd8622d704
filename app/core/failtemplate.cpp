#include "failtemplate.h"

#include <QJsonArray>
#include <algorithm>
#include <utility>

namespace Core {
namespace {

QString str(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }
double num(const QJsonValue &v, double fallback = 0) { return v.isDouble() ? v.toDouble() : fallback; }
QString count(qint64 n) { return QString::number(n); }
QString ms(double v) { return QString::number(v, 'f', v < 10 ? 1 : 0) + QLatin1String(" ms"); }
QString secs(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1) + QLatin1String(" s"); }

bool waitMatches(const QJsonObject &w, const QJsonObject &rule)
{
    const QString kind = str(rule, "kind");
    if (kind != QLatin1String("any") && str(w, "kind") != kind)
        return false;
    const QString detail = str(rule, "detail_contains");
    if (!detail.isEmpty() && !str(w, "detail").contains(detail))
        return false;
    return !rule.contains(QLatin1String("woken_by"))
            || str(w, "woken_by").startsWith(str(rule, "woken_by"));
}

template<typename F> void forEachWait(const QJsonObject &summary, F f)
{
    for (const QJsonValue &t : summary.value(QLatin1String("tasks")).toArray())
        for (const QJsonValue &w : t.toObject().value(QLatin1String("waits")).toArray())
            f(w.toObject());
}

// The same measure as SummaryRules' concurrency rule (kept in step with it): the largest
// number of matching waits open at one moment, ends sorting before starts.
int maxOverlap(const QJsonObject &summary, const QJsonObject &rule)
{
    const double wall = num(summary.value(QLatin1String("wall_s")));
    QList<std::pair<double, int>> edges;
    forEachWait(summary, [&](const QJsonObject &w) {
        if (!waitMatches(w, rule))
            return;
        const double start = num(w.value(QLatin1String("start_s")));
        const double end = num(w.value(QLatin1String("end_s")), std::max(wall, start) + 1e-9);
        if (end > start) {
            edges.append({start, +1});
            edges.append({end, -1});
        }
    });
    std::sort(edges.begin(), edges.end());
    int open = 0, best = 0;
    for (const auto &e : edges)
        best = std::max(best, open += e.second);
    return best;
}

QList<QJsonObject> tasksMatching(const QJsonObject &summary, const QJsonObject &rule)
{
    QList<QJsonObject> out;
    for (const QJsonValue &v : summary.value(QLatin1String("tasks")).toArray()) {
        const QJsonObject t = v.toObject();
        if (rule.contains(QLatin1String("coro")) && str(t, "coro") != str(rule, "coro"))
            continue;
        if (rule.contains(QLatin1String("name")) && str(t, "name") != str(rule, "name"))
            continue;
        out << t;
    }
    return out;
}

QStringList lines(const QJsonObject &summary, const QJsonObject &rule)
{
    const QString stream = rule.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    QStringList out;
    for (const QJsonValue &v : summary.value(QLatin1String("output")).toArray())
        if (str(v.toObject(), "stream") == stream)
            out << str(v.toObject(), "text");
    return out;
}

QString bounds(const QJsonObject &rule, const char *lo, const char *hi, QString (*fmt)(double),
               bool defaultMinOne = false)
{
    const bool hasLo = rule.contains(QLatin1String(lo)) || (defaultMinOne && !rule.contains(QLatin1String(hi)));
    const bool hasHi = rule.contains(QLatin1String(hi));
    const double l = rule.value(QLatin1String(lo)).toDouble(1), h = rule.value(QLatin1String(hi)).toDouble();
    if (hasLo && hasHi)
        return l == h ? fmt(l) : QStringLiteral("%1 to %2").arg(fmt(l), fmt(h));
    if (hasLo)
        return QStringLiteral("at least %1").arg(fmt(l));
    if (hasHi)
        return QStringLiteral("at most %1").arg(fmt(h));
    return {};
}

QString countText(double v) { return count(qint64(v)); }

} // namespace

QString FailTemplate::observed(const QJsonObject &rule, const QJsonObject &s)
{
    const QString name = str(rule, "rule");
    const QJsonObject loop = s.value(QLatin1String("loop")).toObject();
    if (name == QLatin1String("status"))
        return str(s, "status");
    if (name == QLatin1String("exit_code"))
        return s.value(QLatin1String("exit_code")).isDouble()
                ? count(s.value(QLatin1String("exit_code")).toInt()) : QStringLiteral("none");
    if (name == QLatin1String("error")) {
        const QJsonObject e = s.value(QLatin1String("error")).toObject();
        return e.isEmpty() ? QStringLiteral("no exception") : str(e, "type");
    }
    if (name == QLatin1String("wall_time"))
        return secs(num(s.value(QLatin1String("wall_s"))));
    if (name == QLatin1String("concurrency"))
        return count(maxOverlap(s, rule));
    if (name == QLatin1String("tasks"))
        return count(tasksMatching(s, rule).size());
    if (name == QLatin1String("task_state")) {
        const QString state = str(rule, "state");
        const QList<QJsonObject> tasks = tasksMatching(s, rule);
        return count(std::count_if(tasks.begin(), tasks.end(),
                                   [&](const QJsonObject &t) { return str(t, "state") == state; }));
    }
    if (name == QLatin1String("waits")) {
        qint64 n = 0;
        forEachWait(s, [&](const QJsonObject &w) { n += waitMatches(w, rule); });
        return count(n);
    }
    if (name == QLatin1String("blocked")) {
        double longest = 0;
        for (const QJsonValue &v : loop.value(QLatin1String("blocked")).toArray())
            if (!rule.contains(QLatin1String("line"))
                || v.toObject().value(QLatin1String("line")).toInt() == rule.value(QLatin1String("line")).toInt())
                longest = std::max(longest, num(v.toObject().value(QLatin1String("duration_ms"))));
        return ms(longest);
    }
    if (name == QLatin1String("not_blocked"))
        return ms(num(loop.value(QLatin1String("max_step_ms"))));
    if (name == QLatin1String("output") || name == QLatin1String("output_order")
        || name == QLatin1String("output_contains")) {
        const QStringList got = lines(s, rule);
        return got.isEmpty() ? QStringLiteral("nothing")
                             : QStringLiteral("%1 line%2").arg(got.size()).arg(got.size() == 1 ? "" : "s");
    }
    if (name == QLatin1String("warning")) {
        const QString kind = str(rule, "kind");
        const QJsonArray all = s.value(QLatin1String("warnings")).toArray();
        return count(std::count_if(all.begin(), all.end(), [&](const QJsonValue &w) {
            return kind == QLatin1String("any") || str(w.toObject(), "kind") == kind;
        }));
    }
    if (name == QLatin1String("threads")) {
        qint64 n = 0;
        for (const QJsonValue &t : s.value(QLatin1String("threads")).toArray())
            for (const QJsonValue &j : t.toObject().value(QLatin1String("jobs")).toArray())
                n += !rule.contains(QLatin1String("function"))
                        || str(j.toObject(), "function") == str(rule, "function");
        return count(n);
    }
    if (name == QLatin1String("callbacks")) {
        const QJsonArray all = loop.value(QLatin1String("callbacks")).toArray();
        return count(std::count_if(all.begin(), all.end(), [&](const QJsonValue &c) {
            return !rule.contains(QLatin1String("name")) || str(c.toObject(), "name") == str(rule, "name");
        }));
    }
    return {};
}

QString FailTemplate::expected(const QJsonObject &rule)
{
    const QString name = str(rule, "rule");
    if (name == QLatin1String("status") || name == QLatin1String("exit_code"))
        return rule.value(QLatin1String("is")).toVariant().toString();
    if (name == QLatin1String("error"))
        return str(rule, "type");
    if (name == QLatin1String("wall_time"))
        return bounds(rule, "min_s", "max_s", secs);
    if (name == QLatin1String("blocked"))
        return bounds(rule, "min_ms", "max_ms", ms);
    if (name == QLatin1String("not_blocked"))
        return QStringLiteral("under %1").arg(ms(rule.value(QLatin1String("ms")).toDouble()));
    if (name == QLatin1String("output_contains"))
        return QLatin1Char('"') + str(rule, "text") + QLatin1Char('"');
    if (name == QLatin1String("output") || name == QLatin1String("output_order")) {
        const QJsonArray l = rule.value(QLatin1String("lines")).toArray();
        return QStringLiteral("%1 line%2").arg(l.size()).arg(l.size() == 1 ? "" : "s");
    }
    if (name == QLatin1String("threads"))
        return bounds(rule, "jobs_min", "jobs_max", countText);
    const bool minOne = name == QLatin1String("task_state") || name == QLatin1String("warning");
    return bounds(rule, "min", "max", countText, minOne);
}

QString FailTemplate::fill(const QString &text, const QJsonObject &rule, const QJsonObject &summary)
{
    QString out = text;
    if (out.contains(QLatin1String("{observed}")))
        out.replace(QLatin1String("{observed}"), observed(rule, summary));
    if (out.contains(QLatin1String("{expected}")))
        out.replace(QLatin1String("{expected}"), expected(rule));
    return out;
}

} // namespace Core
