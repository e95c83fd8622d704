#include "summaryrules.h"

#include <QJsonValue>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <optional>

namespace Core {
namespace {

enum class FieldType { Number, Integer, String, StringList, Bool };

struct Field {
    const char *name;
    FieldType type;
    bool required;
};

struct RuleSpec {
    const char *name;
    QList<Field> fields;
    //! at least one of these must be present (bounds); empty: no such constraint
    QStringList oneOf;
};

const QList<RuleSpec> &specs()
{
    using T = FieldType;
    static const QList<RuleSpec> all{
        {"status", {{"is", T::String, true}}, {}},
        {"exit_code", {{"is", T::Integer, true}}, {}},
        {"error", {{"type", T::String, true}}, {}},
        {"wall_time", {{"min_s", T::Number, false}, {"max_s", T::Number, false}},
         {"min_s", "max_s"}},
        {"concurrency", {{"kind", T::String, true}, {"min", T::Integer, false},
                         {"max", T::Integer, false}, {"detail_contains", T::String, false}},
         {"min", "max"}},
        {"tasks", {{"min", T::Integer, false}, {"max", T::Integer, false},
                   {"coro", T::String, false}, {"name", T::String, false}},
         {"min", "max"}},
        {"task_state", {{"state", T::String, true}, {"coro", T::String, false},
                        {"name", T::String, false}, {"min", T::Integer, false},
                        {"max", T::Integer, false}},
         {}},
        {"waits", {{"kind", T::String, true}, {"min", T::Integer, false},
                   {"max", T::Integer, false}, {"detail_contains", T::String, false},
                   {"woken_by", T::String, false}},
         {"min", "max"}},
        {"blocked", {{"min_ms", T::Number, true}, {"max_ms", T::Number, false},
                     {"line", T::Integer, false}},
         {}},
        {"not_blocked", {{"ms", T::Number, true}}, {}},
        {"output", {{"lines", T::StringList, true}, {"stream", T::String, false}}, {}},
        {"output_contains", {{"text", T::String, true}, {"stream", T::String, false}}, {}},
        {"output_order", {{"lines", T::StringList, true}, {"stream", T::String, false}}, {}},
        {"warning", {{"kind", T::String, true}, {"min", T::Integer, false},
                     {"max", T::Integer, false}},
         {}},
        {"threads", {{"jobs_min", T::Integer, false}, {"jobs_max", T::Integer, false},
                     {"function", T::String, false}},
         {"jobs_min", "jobs_max"}},
        {"callbacks", {{"min", T::Integer, false}, {"max", T::Integer, false},
                       {"name", T::String, false}},
         {"min", "max"}},
    };
    return all;
}

const RuleSpec *findSpec(const QString &name)
{
    for (const RuleSpec &s : specs())
        if (name == QLatin1String(s.name))
            return &s;
    return nullptr;
}

const QStringList statuses{"ok", "error", "timeout", "crashed", "stopped"};
const QStringList waitKinds{"sleep", "task", "gather", "future", "lock", "semaphore",
                            "condition", "event", "queue", "io", "executor", "timeout",
                            "yield", "other"};
const QStringList taskStates{"done", "cancelled", "failed", "pending"};
const QStringList warningKinds{"never_awaited", "task_destroyed_pending",
                               "exception_never_retrieved", "loop_blocked", "slow_callback",
                               "other"};
const QStringList streams{"stdout", "stderr"};

bool hasType(const QJsonValue &v, FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return v.isDouble();
    case FieldType::Integer:
        return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
    case FieldType::String:
        return v.isString();
    case FieldType::Bool:
        return v.isBool();
    case FieldType::StringList: {
        if (!v.isArray())
            return false;
        const QJsonArray a = v.toArray();
        return std::all_of(a.begin(), a.end(), [](const QJsonValue &x) { return x.isString(); });
    }
    }
    return false;
}

const char *typeName(FieldType type)
{
    switch (type) {
    case FieldType::Number: return "a number";
    case FieldType::Integer: return "an integer";
    case FieldType::String: return "a string";
    case FieldType::Bool: return "true or false";
    case FieldType::StringList: return "a list of strings";
    }
    return "?";
}

QString enumProblem(const QJsonObject &rule, const char *field, const QStringList &allowed)
{
    if (!rule.contains(QLatin1String(field)))
        return {};
    const QString v = rule.value(QLatin1String(field)).toString();
    if (allowed.contains(v))
        return {};
    return QStringLiteral("'%1' must be one of %2, not '%3'")
            .arg(QLatin1String(field), allowed.join(QLatin1String(", ")), v);
}

// ---- reading the summary ----

double num(const QJsonValue &v, double fallback = 0) { return v.isDouble() ? v.toDouble() : fallback; }

QString plural(qint64 n, const QString &one, const QString &many)
{
    return QStringLiteral("%1 %2").arg(n).arg(n == 1 ? one : many);
}

QString ms(double v) { return QString::number(v, 'f', v < 10 ? 1 : 0) + QLatin1String(" ms"); }
QString secs(double v) { return QString::number(v, 'f', v < 10 ? 2 : 1) + QLatin1String(" s"); }

struct Bounds {
    std::optional<double> min, max;
    bool contains(double v) const { return (!min || v >= *min) && (!max || v <= *max); }
    QString expected(const std::function<QString(double)> &fmt) const
    {
        if (min && max && *min == *max)
            return QStringLiteral("exactly %1").arg(fmt(*min));
        if (min && max)
            return QStringLiteral("between %1 and %2").arg(fmt(*min), fmt(*max));
        if (min)
            return QStringLiteral("at least %1").arg(fmt(*min));
        if (max)
            return QStringLiteral("at most %1").arg(fmt(*max));
        return QStringLiteral("any number");
    }
};

Bounds bounds(const QJsonObject &rule, const char *minKey, const char *maxKey,
              std::optional<double> defaultMin = {})
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

QString taskFilterText(const QJsonObject &rule)
{
    QStringList parts;
    if (rule.contains(QLatin1String("coro")))
        parts << QStringLiteral("running %1()").arg(rule.value(QLatin1String("coro")).toString());
    if (rule.contains(QLatin1String("name")))
        parts << QStringLiteral("named %1").arg(quoted(rule.value(QLatin1String("name")).toString()));
    return parts.isEmpty() ? QString() : QLatin1Char(' ') + parts.join(QLatin1String(" and "));
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

QString shortText(const QString &s)
{
    return s.size() > 60 ? quoted(s.left(57) + QLatin1String("...")) : quoted(s);
}

// ---- the rules ----

struct Verdict {
    bool passed;
    QString message;
};

Verdict checkStatus(const QJsonObject &r, const QJsonObject &s)
{
    const QString want = r.value(QLatin1String("is")).toString();
    const QString got = s.value(QLatin1String("status")).toString();
    QString msg = QStringLiteral("the program ended with status %1").arg(got);
    const QJsonObject err = s.value(QLatin1String("error")).toObject();
    if (!err.isEmpty())
        msg += QStringLiteral(" (%1: %2)").arg(err.value(QLatin1String("type")).toString(),
                                              err.value(QLatin1String("message")).toString());
    else if (s.value(QLatin1String("exit_code")).isDouble() && got != QLatin1String("ok"))
        msg += QStringLiteral(" (exit code %1)").arg(s.value(QLatin1String("exit_code")).toInt());
    if (got == want)
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(want)};
}

Verdict checkExitCode(const QJsonObject &r, const QJsonObject &s)
{
    const int want = r.value(QLatin1String("is")).toInt();
    const QJsonValue got = s.value(QLatin1String("exit_code"));
    if (!got.isDouble())
        return {false, QStringLiteral("the program did not exit by itself (status %1); expected "
                                      "exit code %2")
                               .arg(s.value(QLatin1String("status")).toString())
                               .arg(want)};
    const QString msg = QStringLiteral("the program exited with code %1").arg(got.toInt());
    if (got.toInt() == want)
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(want)};
}

Verdict checkError(const QJsonObject &r, const QJsonObject &s)
{
    const QString want = r.value(QLatin1String("type")).toString();
    const QJsonObject err = s.value(QLatin1String("error")).toObject();
    if (err.isEmpty())
        return {false, QStringLiteral("no exception escaped the program; expected %1").arg(want)};
    const QString got = err.value(QLatin1String("type")).toString();
    const QString msg = QStringLiteral("the program ended with %1: %2")
                                .arg(got, err.value(QLatin1String("message")).toString());
    if (got == want)
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(want)};
}

Verdict checkWallTime(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min_s", "max_s");
    const double wall = num(s.value(QLatin1String("wall_s")));
    const QString clock = s.value(QLatin1String("clock")).toString() == QLatin1String("virtual")
            ? QStringLiteral(" on the virtual clock")
            : QString();
    const QString msg = QStringLiteral("the program took %1%2").arg(secs(wall), clock);
    if (b.contains(wall))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(secs))};
}

// The largest number of matching waits open at one moment. Waits of one task never overlap,
// so this is a number of tasks. Ends sort before starts at the same instant: a sleep that
// ends exactly when the next one starts ran one after the other, not at once.
int maxOverlap(const QJsonObject &s, const QJsonObject &r)
{
    const double wall = num(s.value(QLatin1String("wall_s")));
    QList<std::pair<double, int>> edges;
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
            edges.append({start, +1});
            edges.append({end, -1});
        }
    }
    std::sort(edges.begin(), edges.end());
    int open = 0, best = 0;
    for (const auto &e : edges) {
        open += e.second;
        best = std::max(best, open);
    }
    return best;
}

Verdict checkConcurrency(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const QString kind = r.value(QLatin1String("kind")).toString();
    const int got = maxOverlap(s, r);
    QString what = waitingPhrase(kind);
    if (r.contains(QLatin1String("detail_contains")))
        what += QStringLiteral(" (on %1)").arg(
                quoted(r.value(QLatin1String("detail_contains")).toString()));
    QString msg;
    if (got == 0)
        msg = QStringLiteral("no task was ever %1").arg(what);
    else if (got == 1)
        msg = QStringLiteral("the tasks took turns: at most 1 task was %1 at a time").arg(what);
    else
        msg = QStringLiteral("at most %1 tasks were %2 at the same time").arg(got).arg(what);
    if (b.contains(got))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1 at once").arg(b.expected(count))};
}

Verdict checkTasks(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const qsizetype got = tasksMatching(s, r).size();
    const QString msg = QStringLiteral("the program created %1%2")
                                .arg(plural(got, QStringLiteral("task"), QStringLiteral("tasks")),
                                     taskFilterText(r));
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count))};
}

Verdict checkTaskState(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max", 1.0);
    const QString state = r.value(QLatin1String("state")).toString();
    const QList<QJsonObject> tasks = tasksMatching(s, r);
    qsizetype got = 0;
    for (const QJsonObject &t : tasks)
        got += t.value(QLatin1String("state")).toString() == state;
    const QString msg = QStringLiteral("%1 of %2%3 ended %4")
                                .arg(got)
                                .arg(plural(tasks.size(), QStringLiteral("task"),
                                            QStringLiteral("tasks")),
                                     taskFilterText(r), state);
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1 %2").arg(b.expected(count), state)};
}

Verdict checkWaits(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    qsizetype got = 0;
    for (const QJsonValue &tv : s.value(QLatin1String("tasks")).toArray())
        for (const QJsonValue &wv : tv.toObject().value(QLatin1String("waits")).toArray())
            got += waitMatches(wv.toObject(), r);
    QString what = waitingPhrase(r.value(QLatin1String("kind")).toString());
    if (r.contains(QLatin1String("detail_contains")))
        what += QStringLiteral(" on %1").arg(quoted(r.value(QLatin1String("detail_contains")).toString()));
    if (r.contains(QLatin1String("woken_by")))
        what += QStringLiteral(" woken by %1").arg(r.value(QLatin1String("woken_by")).toString());
    const QString msg = QStringLiteral("tasks spent %1 %2")
                                .arg(plural(got, QStringLiteral("wait"), QStringLiteral("waits")),
                                     what);
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count))};
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

Verdict checkBlocked(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min_ms", "max_ms");
    const bool wantLine = r.contains(QLatin1String("line"));
    const int line = r.value(QLatin1String("line")).toInt();
    const QJsonObject loop = s.value(QLatin1String("loop")).toObject();
    const QJsonArray blocked = loop.value(QLatin1String("blocked")).toArray();
    QJsonObject longest;
    for (const QJsonValue &v : blocked) {
        const QJsonObject o = v.toObject();
        if (wantLine && o.value(QLatin1String("line")).toInt() != line)
            continue;
        const double d = num(o.value(QLatin1String("duration_ms")));
        if (b.contains(d))
            return {true, QStringLiteral("the loop was blocked for %1%2").arg(ms(d), whereText(o))};
        if (longest.isEmpty() || d > num(longest.value(QLatin1String("duration_ms"))))
            longest = o;
    }
    const QString at = wantLine ? QStringLiteral(" at line %1").arg(line) : QString();
    QString msg;
    if (longest.isEmpty())
        msg = QStringLiteral("the loop was never blocked%1 (longest step: %2)")
                      .arg(at, ms(num(loop.value(QLatin1String("max_step_ms")))));
    else
        msg = QStringLiteral("the longest block%1 held the loop for %2%3")
                      .arg(at, ms(num(longest.value(QLatin1String("duration_ms")))),
                           whereText(longest));
    return {false, msg + QStringLiteral("; expected a block of %1").arg(b.expected(ms))};
}

Verdict checkNotBlocked(const QJsonObject &r, const QJsonObject &s)
{
    const double limit = r.value(QLatin1String("ms")).toDouble();
    const QJsonObject loop = s.value(QLatin1String("loop")).toObject();
    const double longest = num(loop.value(QLatin1String("max_step_ms")));
    if (longest < limit)
        return {true, QStringLiteral("the longest step held the loop for %1").arg(ms(longest))};
    QJsonObject worst;
    for (const QJsonValue &v : loop.value(QLatin1String("blocked")).toArray())
        if (worst.isEmpty() || num(v.toObject().value(QLatin1String("duration_ms")))
                                       > num(worst.value(QLatin1String("duration_ms"))))
            worst = v.toObject();
    return {false, QStringLiteral("a step held the loop for %1%2; expected every step under %3")
                           .arg(ms(longest), whereText(worst), ms(limit))};
}

Verdict checkOutput(const QJsonObject &r, const QJsonObject &s)
{
    const QStringList want = stringList(r.value(QLatin1String("lines")));
    const QStringList got = streamLines(s, r);
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
        if (want[i] != got[i])
            return {false, QStringLiteral("line %1 of %2 was %3; expected %4")
                                   .arg(i + 1)
                                   .arg(stream, shortText(got[i]), shortText(want[i]))};
    if (want.size() != got.size())
        return {false, QStringLiteral("%1 had %2; expected %3")
                               .arg(stream,
                                    plural(got.size(), QStringLiteral("line"), QStringLiteral("lines")))
                               .arg(want.size())};
    return {true, QStringLiteral("%1 had the expected %2")
                          .arg(stream, plural(got.size(), QStringLiteral("line"),
                                              QStringLiteral("lines")))};
}

Verdict checkOutputContains(const QJsonObject &r, const QJsonObject &s)
{
    const QString text = r.value(QLatin1String("text")).toString();
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    const QStringList got = streamLines(s, r);
    for (qsizetype i = 0; i < got.size(); ++i)
        if (got[i].contains(text))
            return {true, QStringLiteral("line %1 of %2 contains %3").arg(i + 1).arg(stream, quoted(text))};
    return {false, QStringLiteral("no line of %1 contains %2 (%3 printed)")
                           .arg(stream, quoted(text),
                                plural(got.size(), QStringLiteral("line"), QStringLiteral("lines")))};
}

Verdict checkOutputOrder(const QJsonObject &r, const QJsonObject &s)
{
    const QStringList want = stringList(r.value(QLatin1String("lines")));
    const QStringList got = streamLines(s, r);
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    qsizetype at = 0;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const qsizetype found = got.indexOf(want[i], at);
        if (found < 0) {
            if (i > 0 && got.indexOf(want[i]) >= 0)
                return {false, QStringLiteral("%1 was printed before %2, not after it")
                                       .arg(shortText(want[i]), shortText(want[i - 1]))};
            return {false, QStringLiteral("%1 never printed the line %2")
                                   .arg(stream, shortText(want[i]))};
        }
        at = found + 1;
    }
    return {true, QStringLiteral("the %1 lines appeared in the expected order").arg(want.size())};
}

Verdict checkWarning(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max", 1.0);
    const QString kind = r.value(QLatin1String("kind")).toString();
    qsizetype got = 0;
    QString first;
    for (const QJsonValue &v : s.value(QLatin1String("warnings")).toArray()) {
        const QJsonObject w = v.toObject();
        if (kind == QLatin1String("any") || w.value(QLatin1String("kind")).toString() == kind) {
            if (!got)
                first = w.value(QLatin1String("message")).toString();
            ++got;
        }
    }
    QString msg = QStringLiteral("the run gave %1 %2")
                          .arg(plural(got, QStringLiteral("warning"), QStringLiteral("warnings")),
                               kind == QLatin1String("any") ? QString() : QStringLiteral("of kind ") + kind);
    if (!first.isEmpty())
        msg += QStringLiteral(" (%1)").arg(shortText(first));
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count))};
}

Verdict checkThreads(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "jobs_min", "jobs_max");
    const QString function = r.value(QLatin1String("function")).toString();
    qsizetype got = 0;
    QSet<QString> threads;
    for (const QJsonValue &tv : s.value(QLatin1String("threads")).toArray()) {
        const QJsonObject t = tv.toObject();
        for (const QJsonValue &jv : t.value(QLatin1String("jobs")).toArray()) {
            if (!function.isEmpty() && jv.toObject().value(QLatin1String("function")).toString() != function)
                continue;
            ++got;
            threads.insert(t.value(QLatin1String("name")).toString());
        }
    }
    const QString of = function.isEmpty() ? QString() : QStringLiteral(" running %1()").arg(function);
    const QString msg = QStringLiteral("worker threads ran %1%2 (on %3)")
                                .arg(plural(got, QStringLiteral("job"), QStringLiteral("jobs")), of,
                                     plural(threads.size(), QStringLiteral("thread"),
                                            QStringLiteral("threads")));
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count))};
}

Verdict checkCallbacks(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const QString name = r.value(QLatin1String("name")).toString();
    qsizetype got = 0;
    const QJsonArray all = s.value(QLatin1String("loop")).toObject().value(QLatin1String("callbacks")).toArray();
    for (const QJsonValue &v : all)
        got += name.isEmpty() || v.toObject().value(QLatin1String("name")).toString() == name;
    const QString of = name.isEmpty() ? QString() : QStringLiteral(" of %1()").arg(name);
    const QString msg = QStringLiteral("the loop ran %1%2")
                                .arg(plural(got, QStringLiteral("callback"), QStringLiteral("callbacks")), of);
    if (b.contains(double(got)))
        return {true, msg};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count))};
}

using Checker = Verdict (*)(const QJsonObject &, const QJsonObject &);

Checker checkerFor(const QString &name)
{
    static const QHash<QString, Checker> table{
        {"status", checkStatus}, {"exit_code", checkExitCode}, {"error", checkError},
        {"wall_time", checkWallTime}, {"concurrency", checkConcurrency},
        {"tasks", checkTasks}, {"task_state", checkTaskState}, {"waits", checkWaits},
        {"blocked", checkBlocked}, {"not_blocked", checkNotBlocked}, {"output", checkOutput},
        {"output_contains", checkOutputContains}, {"output_order", checkOutputOrder},
        {"warning", checkWarning}, {"threads", checkThreads}, {"callbacks", checkCallbacks}};
    return table.value(name, nullptr);
}

QString label(const QJsonObject &rule)
{
    QStringList parts{rule.value(QLatin1String("rule")).toString()};
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        if (it.key() == QLatin1String("rule") || it.key() == QLatin1String("why"))
            continue;
        QString value;
        if (it->isString())
            value = it->toString();
        else if (it->isDouble())
            value = QString::number(it->toDouble());
        else if (it->isArray())
            value = QStringLiteral("[%1 items]").arg(it->toArray().size());
        else if (it->isBool())
            value = it->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        parts << it.key() + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

QStringList SummaryRules::ruleNames()
{
    QStringList names;
    for (const RuleSpec &s : specs())
        names << QLatin1String(s.name);
    return names;
}

QString SummaryRules::validate(const QJsonObject &rule)
{
    const QJsonValue nameValue = rule.value(QLatin1String("rule"));
    if (!nameValue.isString())
        return QStringLiteral("a rule needs a \"rule\" name (one of %1)")
                .arg(ruleNames().join(QLatin1String(", ")));
    const QString name = nameValue.toString();
    const RuleSpec *spec = findSpec(name);
    if (!spec)
        return QStringLiteral("unknown rule '%1' (known rules: %2)")
                .arg(name, ruleNames().join(QLatin1String(", ")));
    if (rule.contains(QLatin1String("why")) && !rule.value(QLatin1String("why")).isString())
        return QStringLiteral("rule '%1': 'why' must be a string").arg(name);
    for (auto it = rule.begin(); it != rule.end(); ++it) {
        if (it.key() == QLatin1String("rule") || it.key() == QLatin1String("why"))
            continue;
        const auto field = std::find_if(spec->fields.begin(), spec->fields.end(),
                                        [&](const Field &f) { return it.key() == QLatin1String(f.name); });
        if (field == spec->fields.end()) {
            QStringList allowed;
            for (const Field &f : spec->fields)
                allowed << QLatin1String(f.name);
            return QStringLiteral("rule '%1' has no field '%2' (its fields: %3)")
                    .arg(name, it.key(), allowed.join(QLatin1String(", ")));
        }
        if (!hasType(*it, field->type))
            return QStringLiteral("rule '%1': '%2' must be %3")
                    .arg(name, it.key(), QLatin1String(typeName(field->type)));
    }
    for (const Field &f : spec->fields)
        if (f.required && !rule.contains(QLatin1String(f.name)))
            return QStringLiteral("rule '%1' needs '%2'").arg(name, QLatin1String(f.name));
    if (!spec->oneOf.isEmpty()
        && std::none_of(spec->oneOf.begin(), spec->oneOf.end(),
                        [&](const QString &k) { return rule.contains(k); }))
        return QStringLiteral("rule '%1' needs %2").arg(name, spec->oneOf.join(QLatin1String(" or ")));
    QString problem;
    if (name == QLatin1String("status"))
        problem = enumProblem(rule, "is", statuses);
    else if (name == QLatin1String("concurrency") || name == QLatin1String("waits"))
        problem = enumProblem(rule, "kind", waitKinds + QStringList{QStringLiteral("any")});
    else if (name == QLatin1String("task_state"))
        problem = enumProblem(rule, "state", taskStates);
    else if (name == QLatin1String("warning"))
        problem = enumProblem(rule, "kind", warningKinds + QStringList{QStringLiteral("any")});
    if (problem.isEmpty())
        problem = enumProblem(rule, "stream", streams);
    if (!problem.isEmpty())
        return QStringLiteral("rule '%1': %2").arg(name, problem);
    for (const auto &[lo, hi] : {std::pair{"min", "max"}, std::pair{"min_s", "max_s"},
                                 std::pair{"min_ms", "max_ms"}, std::pair{"jobs_min", "jobs_max"}}) {
        if (rule.contains(QLatin1String(lo)) && rule.contains(QLatin1String(hi))
            && rule.value(QLatin1String(lo)).toDouble() > rule.value(QLatin1String(hi)).toDouble())
            return QStringLiteral("rule '%1': '%2' is larger than '%3'")
                    .arg(name, QLatin1String(lo), QLatin1String(hi));
    }
    return {};
}

RuleResult SummaryRules::check(const QJsonObject &rule, const QJsonObject &summary)
{
    RuleResult result;
    result.name = rule.value(QLatin1String("rule")).toString();
    result.label = label(rule);
    result.why = rule.value(QLatin1String("why")).toString();
    const QString problem = validate(rule);
    if (!problem.isEmpty()) {
        result.invalid = true;
        result.message = problem;
        return result;
    }
    const Verdict v = checkerFor(result.name)(rule, summary);
    result.passed = v.passed;
    result.message = v.message;
    return result;
}

QList<RuleResult> SummaryRules::checkAll(const QJsonArray &rules, const QJsonObject &summary)
{
    QList<RuleResult> out;
    for (const QJsonValue &v : rules) {
        if (!v.isObject()) {
            RuleResult r;
            r.invalid = true;
            r.message = QStringLiteral("an expectation must be a JSON object like {\"rule\": \"status\", \"is\": \"ok\"}");
            out << r;
            continue;
        }
        out << check(v.toObject(), summary);
    }
    return out;
}

bool SummaryRules::allPassed(const QList<RuleResult> &results)
{
    return std::all_of(results.begin(), results.end(),
                       [](const RuleResult &r) { return r.passed && !r.invalid; });
}

} // namespace Core
