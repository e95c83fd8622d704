#include "summaryrules.h"

#include "rulevalidator.h"
#include "ruletext.h"
#include "summaryquery.h"

#include <QHash>
#include <QJsonValue>
#include <algorithm>
#include <optional>

namespace Core {
namespace {

using namespace SummaryQuery;
using namespace RuleText;

// ---- the rules ----

struct Verdict {
    bool passed;
    QString message;
    QString observed; //!< see RuleResult::observed
};

QString linesObserved(qsizetype lines)
{
    return lines == 0 ? QStringLiteral("nothing")
                      : QStringLiteral("%1 line%2").arg(lines).arg(lines == 1 ? "" : "s");
}

Verdict checkStatus(const QJsonObject &r, const QJsonObject &s)
{
    const QString want = r.value(QLatin1String("is")).toString();
    const QString got = s.value(QLatin1String("status")).toString();
    const QString observed = got;
    QString msg = QStringLiteral("the program ended with status %1").arg(got);
    const QJsonObject err = s.value(QLatin1String("error")).toObject();
    if (!err.isEmpty())
        msg += QStringLiteral(" (%1: %2)").arg(err.value(QLatin1String("type")).toString(),
                                              err.value(QLatin1String("message")).toString());
    else if (s.value(QLatin1String("exit_code")).isDouble() && got != QLatin1String("ok"))
        msg += QStringLiteral(" (exit code %1)").arg(s.value(QLatin1String("exit_code")).toInt());
    if (got == want)
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(want), observed};
}

Verdict checkExitCode(const QJsonObject &r, const QJsonObject &s)
{
    const int want = r.value(QLatin1String("is")).toInt();
    const QJsonValue got = s.value(QLatin1String("exit_code"));
    const QString observed = got.isDouble() ? count(got.toInt()) : QStringLiteral("none");
    if (!got.isDouble())
        return {false, QStringLiteral("the program did not exit by itself (status %1); expected "
                                      "exit code %2")
                               .arg(s.value(QLatin1String("status")).toString())
                               .arg(want), observed};
    const QString msg = QStringLiteral("the program exited with code %1").arg(got.toInt());
    if (got.toInt() == want)
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(want), observed};
}

Verdict checkError(const QJsonObject &r, const QJsonObject &s)
{
    const QString want = r.value(QLatin1String("type")).toString();
    const QJsonObject err = s.value(QLatin1String("error")).toObject();
    const QString observed = err.isEmpty() ? QStringLiteral("no exception")
                                           : err.value(QLatin1String("type")).toString();
    if (err.isEmpty())
        return {false, QStringLiteral("no exception escaped the program; expected %1").arg(want), observed};
    const QString got = err.value(QLatin1String("type")).toString();
    const QString msg = QStringLiteral("the program ended with %1: %2")
                                .arg(got, err.value(QLatin1String("message")).toString());
    if (got == want)
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(want), observed};
}

Verdict checkWallTime(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min_s", "max_s");
    const double wall = num(s.value(QLatin1String("wall_s")));
    const QString observed = secs(wall);
    const QString clock = s.value(QLatin1String("clock")).toString() == QLatin1String("virtual")
            ? QStringLiteral(" on the virtual clock")
            : QString();
    const QString msg = QStringLiteral("the program took %1%2").arg(secs(wall), clock);
    if (b.contains(wall))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(secs)), observed};
}
Verdict checkConcurrency(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const QString kind = r.value(QLatin1String("kind")).toString();
    const int got = maxOverlap(s, r);
    const QString observed = count(got);
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
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1 at once").arg(b.expected(count)), observed};
}

// Every task of the run with the rule's coroutine, when the summary lists only the first ones:
// "task_groups" is there exactly then and counts all tasks per coroutine (docs/SUMMARY.md,
// "Size"). A rule that picks tasks by name can only look at the listed tasks.
struct GroupCounts {
    qint64 tasks = 0, done = 0, cancelled = 0, failed = 0, pending = 0;
    qint64 of(const QString &state) const
    {
        return state == QLatin1String("done") ? done
                : state == QLatin1String("cancelled") ? cancelled
                : state == QLatin1String("failed") ? failed
                : state == QLatin1String("pending") ? pending
                : 0;
    }
};

std::optional<GroupCounts> allTasks(const QJsonObject &s, const QJsonObject &r)
{
    if (!s.contains(QLatin1String("task_groups")) || r.contains(QLatin1String("name")))
        return std::nullopt;
    const QString coro = r.value(QLatin1String("coro")).toString();
    GroupCounts c;
    for (const QJsonValue &v : s.value(QLatin1String("task_groups")).toArray()) {
        const QJsonObject g = v.toObject();
        if (!coro.isEmpty() && g.value(QLatin1String("coro")).toString() != coro)
            continue;
        c.tasks += g.value(QLatin1String("tasks")).toInteger();
        c.done += g.value(QLatin1String("done")).toInteger();
        c.cancelled += g.value(QLatin1String("cancelled")).toInteger();
        c.failed += g.value(QLatin1String("failed")).toInteger();
        c.pending += g.value(QLatin1String("pending")).toInteger();
    }
    return c;
}

Verdict checkTasks(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const std::optional<GroupCounts> all = allTasks(s, r);
    const qsizetype got = all ? qsizetype(all->tasks) : tasksMatching(s, r).size();
    const QString observed = count(double(got));
    const QString msg = QStringLiteral("the program created %1%2")
                                .arg(plural(got, QStringLiteral("task"), QStringLiteral("tasks")),
                                     taskFilterText(r));
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count)), observed};
}

Verdict checkTaskState(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max", 1.0);
    const QString state = r.value(QLatin1String("state")).toString();
    const QList<QJsonObject> tasks = tasksMatching(s, r);
    const std::optional<GroupCounts> all = allTasks(s, r);
    qsizetype got = 0, of = tasks.size();
    if (all) {
        got = qsizetype(all->of(state));
        of = qsizetype(all->tasks);
    } else {
        for (const QJsonObject &t : tasks)
            got += t.value(QLatin1String("state")).toString() == state;
    }
    const QString observed = count(double(got));
    const QString msg = QStringLiteral("%1 of %2%3 ended %4")
                                .arg(got)
                                .arg(plural(of, QStringLiteral("task"),
                                            QStringLiteral("tasks")),
                                     taskFilterText(r), state);
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1 %2").arg(b.expected(count), state), observed};
}

Verdict checkWaits(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    qsizetype got = 0;
    for (const QJsonValue &tv : s.value(QLatin1String("tasks")).toArray())
        for (const QJsonValue &wv : tv.toObject().value(QLatin1String("waits")).toArray())
            got += waitMatches(wv.toObject(), r);
    const QString observed = count(double(got));
    QString what = waitingPhrase(r.value(QLatin1String("kind")).toString());
    if (r.contains(QLatin1String("detail_contains")))
        what += QStringLiteral(" on %1").arg(quoted(r.value(QLatin1String("detail_contains")).toString()));
    if (r.contains(QLatin1String("woken_by")))
        what += QStringLiteral(" woken by %1").arg(r.value(QLatin1String("woken_by")).toString());
    const QString msg = QStringLiteral("tasks spent %1 %2")
                                .arg(plural(got, QStringLiteral("wait"), QStringLiteral("waits")),
                                     what);
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count)), observed};
}

Verdict checkBlocked(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min_ms", "max_ms");
    const bool wantLine = r.contains(QLatin1String("line"));
    const int line = r.value(QLatin1String("line")).toInt();
    const QJsonObject loop = s.value(QLatin1String("loop")).toObject();
    const QJsonArray blocked = loop.value(QLatin1String("blocked")).toArray();
    // The longest matching block, even when an earlier one already fits the rule.
    double longestMs = 0;
    for (const QJsonValue &v : blocked)
        if (!wantLine || v.toObject().value(QLatin1String("line")).toInt() == line)
            longestMs = std::max(longestMs, num(v.toObject().value(QLatin1String("duration_ms"))));
    const QString observed = ms(longestMs);
    QJsonObject longest;
    for (const QJsonValue &v : blocked) {
        const QJsonObject o = v.toObject();
        if (wantLine && o.value(QLatin1String("line")).toInt() != line)
            continue;
        const double d = num(o.value(QLatin1String("duration_ms")));
        if (b.contains(d))
            return {true, QStringLiteral("the loop was blocked for %1%2").arg(ms(d), whereText(o)), observed};
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
    return {false, msg + QStringLiteral("; expected a block of %1").arg(b.expected(ms)), observed};
}

Verdict checkNotBlocked(const QJsonObject &r, const QJsonObject &s)
{
    const double limit = r.value(QLatin1String("ms")).toDouble();
    const QJsonObject loop = s.value(QLatin1String("loop")).toObject();
    const double longest = num(loop.value(QLatin1String("max_step_ms")));
    const QString observed = ms(longest);
    if (longest < limit)
        return {true, QStringLiteral("the longest step held the loop for %1").arg(ms(longest)), observed};
    QJsonObject worst;
    for (const QJsonValue &v : loop.value(QLatin1String("blocked")).toArray())
        if (worst.isEmpty() || num(v.toObject().value(QLatin1String("duration_ms")))
                                       > num(worst.value(QLatin1String("duration_ms"))))
            worst = v.toObject();
    return {false, QStringLiteral("a step held the loop for %1%2; expected every step under %3")
                           .arg(ms(longest), whereText(worst), ms(limit)), observed};
}

Verdict checkOutput(const QJsonObject &r, const QJsonObject &s)
{
    const QStringList want = stringList(r.value(QLatin1String("lines")));
    const QStringList got = streamLines(s, r);
    const QString observed = linesObserved(got.size());
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
        if (want[i] != got[i])
            return {false, QStringLiteral("line %1 of %2 was %3; expected %4")
                                   .arg(i + 1)
                                   .arg(stream, shortText(got[i]), shortText(want[i])), observed};
    if (want.size() != got.size())
        return {false, QStringLiteral("%1 had %2; expected %3")
                               .arg(stream,
                                    plural(got.size(), QStringLiteral("line"), QStringLiteral("lines")))
                               .arg(want.size()), observed};
    return {true, QStringLiteral("%1 had the expected %2")
                          .arg(stream, plural(got.size(), QStringLiteral("line"),
                                              QStringLiteral("lines"))), observed};
}

Verdict checkOutputContains(const QJsonObject &r, const QJsonObject &s)
{
    const QString text = r.value(QLatin1String("text")).toString();
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    const QStringList got = streamLines(s, r);
    const QString observed = linesObserved(got.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        if (got[i].contains(text))
            return {true, QStringLiteral("line %1 of %2 contains %3").arg(i + 1).arg(stream, quoted(text)), observed};
    return {false, QStringLiteral("no line of %1 contains %2 (%3 printed)")
                           .arg(stream, quoted(text),
                                plural(got.size(), QStringLiteral("line"), QStringLiteral("lines"))), observed};
}

Verdict checkOutputOrder(const QJsonObject &r, const QJsonObject &s)
{
    const QStringList want = stringList(r.value(QLatin1String("lines")));
    const QStringList got = streamLines(s, r);
    const QString observed = linesObserved(got.size());
    const QString stream = r.value(QLatin1String("stream")).toString(QStringLiteral("stdout"));
    qsizetype at = 0;
    for (qsizetype i = 0; i < want.size(); ++i) {
        const qsizetype found = got.indexOf(want[i], at);
        if (found < 0) {
            if (i > 0 && got.indexOf(want[i]) >= 0)
                return {false, QStringLiteral("%1 was printed before %2, not after it")
                                       .arg(shortText(want[i]), shortText(want[i - 1])), observed};
            return {false, QStringLiteral("%1 never printed the line %2")
                                   .arg(stream, shortText(want[i])), observed};
        }
        at = found + 1;
    }
    return {true, QStringLiteral("the %1 lines appeared in the expected order").arg(want.size()), observed};
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
    const QString observed = count(double(got));
    QString msg = QStringLiteral("the run gave %1 %2")
                          .arg(plural(got, QStringLiteral("warning"), QStringLiteral("warnings")),
                               kind == QLatin1String("any") ? QString() : QStringLiteral("of kind ") + kind);
    if (!first.isEmpty())
        msg += QStringLiteral(" (%1)").arg(shortText(first));
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count)), observed};
}

Verdict checkThreads(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "jobs_min", "jobs_max");
    const QString function = r.value(QLatin1String("function")).toString();
    // Each entry of "threads" is one thread (one lane of the timeline): count entries, not
    // names, since two threads can share a name (two pools both naming theirs "worker_0").
    qsizetype got = 0, threads = 0;
    for (const QJsonValue &tv : s.value(QLatin1String("threads")).toArray()) {
        qsizetype jobs = 0;
        for (const QJsonValue &jv : tv.toObject().value(QLatin1String("jobs")).toArray())
            jobs += function.isEmpty() || jv.toObject().value(QLatin1String("function")).toString() == function;
        got += jobs;
        threads += jobs > 0;
    }
    const QString observed = count(double(got));
    const QString of = function.isEmpty() ? QString() : QStringLiteral(" running %1()").arg(function);
    const QString msg = QStringLiteral("worker threads ran %1%2 (on %3)")
                                .arg(plural(got, QStringLiteral("job"), QStringLiteral("jobs")), of,
                                     plural(threads, QStringLiteral("thread"),
                                            QStringLiteral("threads")));
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count)), observed};
}

Verdict checkCallbacks(const QJsonObject &r, const QJsonObject &s)
{
    const Bounds b = bounds(r, "min", "max");
    const QString name = r.value(QLatin1String("name")).toString();
    qsizetype got = 0;
    const QJsonArray all = s.value(QLatin1String("loop")).toObject().value(QLatin1String("callbacks")).toArray();
    for (const QJsonValue &v : all)
        got += name.isEmpty() || v.toObject().value(QLatin1String("name")).toString() == name;
    const QString observed = count(double(got));
    const QString of = name.isEmpty() ? QString() : QStringLiteral(" of %1()").arg(name);
    const QString msg = QStringLiteral("the loop ran %1%2")
                                .arg(plural(got, QStringLiteral("callback"), QStringLiteral("callbacks")), of);
    if (b.contains(double(got)))
        return {true, msg, observed};
    return {false, msg + QStringLiteral("; expected %1").arg(b.expected(count)), observed};
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
    return RuleValidator::ruleNames();
}

QString SummaryRules::validate(const QJsonObject &rule)
{
    return RuleValidator::validate(rule);
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
    result.observed = v.observed;
    result.expected = expectedText(rule);
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
