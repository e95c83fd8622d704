#include "ruletext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

namespace Core::RuleText {
namespace {

// A fail template's {expected}: "2 to 3", not the verdict's "between 2 and 3".
QString expectedBounds(const QJsonObject &rule, const char *lo, const char *hi, QString (*fmt)(double),
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

} // namespace

QString plural(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString ms(double v) { return QString::number(v, 'f', v < 10 ? 1 : 0) + QLatin1String(" ms"); }
QString secs(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1) + QLatin1String(" s"); }

Bounds bounds(const QJsonObject &rule, const char *minKey, const char *maxKey,
              std::optional<double> defaultMin)
{
    Bounds b;
    // The default minimum (1 for task_state and warning) applies only without a max, so
    // {"rule": "warning", "kind": "never_awaited", "max": 0} means "none".
    if (rule.contains(QLatin1String(minKey)))
        b.min = rule.value(QLatin1String(minKey)).toDouble();
    else if (!rule.contains(QLatin1String(maxKey)))
        b.min = defaultMin;
    if (rule.contains(QLatin1String(maxKey)))
        b.max = rule.value(QLatin1String(maxKey)).toDouble();
    return b;
}

QString count(double v) { return QString::number(qint64(v)); }

QString waitingPhrase(const QString &kind)
{
    static const QHash<QString, QString> phrases{
        {"sleep", "sleeping"}, {"task", "waiting for another task"},
        {"gather", "waiting in gather()"}, {"future", "waiting for a future"},
        {"lock", "waiting for a lock"}, {"semaphore", "waiting for a semaphore"},
        {"condition", "waiting on a condition"}, {"event", "waiting for an event"},
        {"queue", "waiting on a queue"}, {"io", "waiting for I/O"},
        {"executor", "waiting for a worker thread"}, {"timeout", "waiting under a timeout"},
        {"yield", "yielding to the loop"}, {"other", "waiting"}, {"any", "waiting"}};
    return phrases.value(kind, QStringLiteral("waiting (%1)").arg(kind));
}

QString quoted(const QString &s) { return QLatin1Char('"') + s + QLatin1Char('"'); }

QString taskFilterText(const QJsonObject &rule)
{
    QStringList parts;
    if (rule.contains(QLatin1String("coro")))
        parts << QStringLiteral("running %1()").arg(rule.value(QLatin1String("coro")).toString());
    if (rule.contains(QLatin1String("name")))
        parts << QStringLiteral("named %1").arg(quoted(rule.value(QLatin1String("name")).toString()));
    return parts.isEmpty() ? QString() : QLatin1Char(' ') + parts.join(QLatin1String(" and "));
}

QString shortText(const QString &s)
{
    return s.size() > 60 ? quoted(s.left(57) + QLatin1String("...")) : quoted(s);
}

QString whereText(const QJsonObject &blocked)
{
    QString out;
    if (blocked.value(QLatin1String("line")).isDouble())
        out += QStringLiteral(" at line %1").arg(blocked.value(QLatin1String("line")).toInt());
    if (blocked.value(QLatin1String("function")).isString())
        out += QStringLiteral(" in %1()").arg(blocked.value(QLatin1String("function")).toString());
    return out;
}

QString expectedText(const QJsonObject &rule)
{
    const QString name = rule.value(QLatin1String("rule")).toString();
    if (name == QLatin1String("status") || name == QLatin1String("exit_code"))
        return rule.value(QLatin1String("is")).toVariant().toString();
    if (name == QLatin1String("error"))
        return rule.value(QLatin1String("type")).toString();
    if (name == QLatin1String("wall_time"))
        return expectedBounds(rule, "min_s", "max_s", secs);
    if (name == QLatin1String("blocked"))
        return expectedBounds(rule, "min_ms", "max_ms", ms);
    if (name == QLatin1String("not_blocked"))
        return QStringLiteral("under %1").arg(ms(rule.value(QLatin1String("ms")).toDouble()));
    if (name == QLatin1String("output_contains"))
        return QLatin1Char('"') + rule.value(QLatin1String("text")).toString() + QLatin1Char('"');
    if (name == QLatin1String("output") || name == QLatin1String("output_order")) {
        const QJsonArray l = rule.value(QLatin1String("lines")).toArray();
        return QStringLiteral("%1 line%2").arg(l.size()).arg(l.size() == 1 ? "" : "s");
    }
    if (name == QLatin1String("threads"))
        return expectedBounds(rule, "jobs_min", "jobs_max", count);
    const bool minOne = name == QLatin1String("task_state") || name == QLatin1String("warning");
    return expectedBounds(rule, "min", "max", count, minOne);
}

} // namespace Core::RuleText
