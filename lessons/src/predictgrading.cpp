#include "predictgrading.h"

#include "summaryquery.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace Lessons::PredictGrading {
namespace {

using Core::SummaryQuery::num;

// Item lines are looked for without the spaces around them: a trailing space or "\r" in
// lesson.json must not make a line impossible to find.
QString normalised(const QString &line)
{
    return line.trimmed();
}

QJsonObject taskById(const QJsonObject &summary, const QJsonValue &id)
{
    if (!id.isDouble())
        return {};
    for (const QJsonValue &t : summary.value(QLatin1String("tasks")).toArray())
        if (t.toObject().value(QLatin1String("id")).toInteger() == id.toInteger())
            return t.toObject();
    return {};
}

// A task as the loop machine names it: its own name, with its coroutine when the name is an
// automatic one ("Task-3 call_service" says more than "Task-3").
QString taskTitle(const QJsonObject &task)
{
    static const QRegularExpression automatic(QStringLiteral("^Task-\\d+$"));
    const QString name = task.value(QLatin1String("name")).toString();
    const QString coro = task.value(QLatin1String("coro")).toString();
    if (name.isEmpty())
        return coro;
    return automatic.match(name).hasMatch() && !coro.isEmpty() ? name + QLatin1Char(' ') + coro
                                                                : name;
}

// The index of the task's last wait that ended by time t (what let it run the step that
// printed at t); -1: it printed in its first step.
int lastWaitBefore(const QJsonObject &task, double t)
{
    const QJsonArray waits = task.value(QLatin1String("waits")).toArray();
    int found = -1;
    for (int i = 0; i < waits.size(); ++i) {
        const QJsonValue end = waits.at(i).toObject().value(QLatin1String("end_s"));
        // A microsecond of slack: the summary rounds times, a print can share its wake's instant.
        if (end.isDouble() && end.toDouble() <= t + 1e-6)
            found = i;
    }
    return found;
}

// The item's lines the run printed, each with the index of the first stdout line that holds
// it, in the order printed. An item line matches an output line that contains it, so a lesson
// can leave out what would give the order away (the times printed in front of "done").
std::vector<std::pair<QString, int>> printedLines(const PredictItem &item,
                                                  const QJsonObject &summary)
{
    std::vector<std::pair<QString, int>> out;
    const QJsonArray output = summary.value(QLatin1String("output")).toArray();
    for (const QString &line : item.lines) {
        const QString wanted = normalised(line);
        for (int i = 0; i < output.size(); ++i) {
            const QJsonObject o = output.at(i).toObject();
            if (o.value(QLatin1String("stream")).toString() == QLatin1String("stdout")
                && o.value(QLatin1String("text")).toString().contains(wanted)) {
                out.emplace_back(line, i);
                break;
            }
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.second < b.second; });
    return out;
}

// Both lines came out of one step of one task: no scheduling decided between them.
bool sameStep(const QJsonObject &summary, int a, int b)
{
    const QJsonArray output = summary.value(QLatin1String("output")).toArray();
    const QJsonObject la = output.at(a).toObject(), lb = output.at(b).toObject();
    const QJsonValue ta = la.value(QLatin1String("task")), tb = lb.value(QLatin1String("task"));
    if (!ta.isDouble() || ta != tb)
        return false;
    const QJsonObject task = taskById(summary, ta);
    return lastWaitBefore(task, num(la.value(QLatin1String("t_s"))))
            == lastWaitBefore(task, num(lb.value(QLatin1String("t_s"))));
}

QString quoted(const QString &line)
{
    return QStringLiteral("“%1”").arg(line);
}

} // namespace

QString timeText(double seconds)
{
    if (seconds >= 0.995)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', 2);
    if (seconds >= 0.00995)
        return QStringLiteral("%1 ms").arg(std::round(seconds * 1000));
    return QStringLiteral("%1 ms").arg(seconds * 1000, 0, 'f', 1);
}

QString lineCause(const QJsonObject &summary, int outputIndex)
{
    const QJsonArray output = summary.value(QLatin1String("output")).toArray();
    if (outputIndex < 0 || outputIndex >= output.size())
        return {};
    const QJsonObject line = output.at(outputIndex).toObject();
    const double t = num(line.value(QLatin1String("t_s")));
    const QJsonObject task = taskById(summary, line.value(QLatin1String("task")));
    if (task.isEmpty())
        return QStringLiteral("it was printed outside any task, at %1").arg(timeText(t));
    const QString name = taskTitle(task);
    const int w = lastWaitBefore(task, t);
    if (w < 0)
        return QStringLiteral("%1 printed it in its first step, at %2").arg(name, timeText(t));
    const QJsonObject wait = task.value(QLatin1String("waits")).toArray().at(w).toObject();
    const QString detail = wait.value(QLatin1String("detail")).toString();
    const QString at = timeText(num(wait.value(QLatin1String("end_s"))));
    const QString wokenBy = wait.value(QLatin1String("woken_by")).toString();
    if (wokenBy == QLatin1String("timer"))
        return QStringLiteral("%1's timer (%2) was due at %3").arg(name, detail, at);
    if (wokenBy == QLatin1String("io"))
        return QStringLiteral("%1's %2 was ready at %3").arg(name, detail, at);
    if (wokenBy == QLatin1String("thread"))
        return QStringLiteral("%1's worker-thread job (%2) finished at %3").arg(name, detail, at);
    if (wokenBy.startsWith(QLatin1String("task:"))) {
        const QJsonObject waker = taskById(summary, QJsonValue(wokenBy.mid(5).toLongLong()));
        return QStringLiteral("%1 was woken by %2 at %3 (it awaited %4)")
                .arg(name, waker.isEmpty() ? wokenBy : taskTitle(waker), at, detail);
    }
    if (wokenBy.startsWith(QLatin1String("callback:")))
        return QStringLiteral("%1 was woken by the callback %2 at %3")
                .arg(name, wokenBy.mid(9), at);
    return QStringLiteral("%1 ran again at %2, after awaiting %3").arg(name, at, detail);
}

OrderVerdict gradeOrder(const PredictItem &item, const QStringList &guess,
                        const QJsonObject &summary)
{
    OrderVerdict v;
    const auto printed = printedLines(item, summary);
    for (const auto &p : printed)
        v.realOrder << p.first;
    for (const QString &l : item.lines)
        if (!v.realOrder.contains(l))
            v.missing << l;
    for (int i = 0; i < guess.size(); ++i) {
        const int real = int(v.realOrder.indexOf(guess.at(i)));
        v.lines.append({guess.at(i), real == i, real});
        if (real != i && v.firstDifference < 0)
            v.firstDifference = i;
    }
    v.passed = v.firstDifference < 0 && v.missing.isEmpty() && guess.size() == item.lines.size();
    for (const PredictWrong &w : item.wrong)
        if (w.order == guess)
            v.declaredWhy = w.why;
    const int i = v.firstDifference;
    if (i >= 0 && i < v.realOrder.size()) {
        const QString realLine = v.realOrder.at(i), guessed = guess.at(i);
        const int realOut = printed[i].second;
        const int guessedAt = int(v.realOrder.indexOf(guessed));
        QString why = QStringLiteral("Line %1: the run printed %2 here, not %3")
                              .arg(i + 1).arg(quoted(realLine), quoted(guessed));
        if (guessedAt < 0) {
            why += QStringLiteral(" (which it never printed)");
        } else if (sameStep(summary, realOut, printed[guessedAt].second)) {
            why += QStringLiteral(": both come from one step of one task, which prints them in "
                                  "the order its code does");
        } else {
            why += QStringLiteral(": %1; %2 came later: %3")
                           .arg(lineCause(summary, realOut), quoted(guessed),
                                lineCause(summary, printed[guessedAt].second));
        }
        v.differenceWhy = why + QLatin1Char('.');
    } else if (!v.missing.isEmpty()) {
        v.differenceWhy = QStringLiteral("The run never printed %1.").arg(quoted(v.missing.first()));
    }
    return v;
}

QStringList figureNames()
{
    return {QStringLiteral("wall_s"), QStringLiteral("tasks"), QStringLiteral("max_tasks_at_once"),
            QStringLiteral("loop_iterations")};
}

std::optional<double> figureValue(const QJsonObject &summary, const QString &figure)
{
    const QJsonArray tasks = summary.value(QLatin1String("tasks")).toArray();
    if (figure == QLatin1String("wall_s")) {
        const QJsonValue wall = summary.value(QLatin1String("wall_s"));
        return wall.isDouble() ? std::optional(wall.toDouble()) : std::nullopt;
    }
    if (figure == QLatin1String("tasks"))
        return double(tasks.size());
    if (figure == QLatin1String("max_tasks_at_once")) {
        // A task counts from its creation to its end (a pending one to the end of the run).
        const double wall = num(summary.value(QLatin1String("wall_s")));
        std::vector<std::pair<double, int>> edges;
        for (const QJsonValue &tv : tasks) {
            const QJsonObject t = tv.toObject();
            const double start = num(t.value(QLatin1String("created_s")));
            edges.push_back({start, +1});
            edges.push_back({num(t.value(QLatin1String("end_s")), std::max(wall, start) + 1e-9), -1});
        }
        return double(Core::SummaryQuery::mostOpenAtOnce(std::move(edges)));
    }
    if (figure == QLatin1String("loop_iterations")) {
        const QJsonValue it = summary.value(QLatin1String("loop")).toObject().value(
                QLatin1String("iterations"));
        return it.isDouble() ? std::optional(it.toDouble()) : std::nullopt;
    }
    return std::nullopt;
}

QString figureUnit(const QString &figure)
{
    if (figure == QLatin1String("wall_s"))
        return QStringLiteral("s");
    if (figure == QLatin1String("loop_iterations"))
        return QStringLiteral("iterations");
    return QStringLiteral("tasks");
}

QString figureText(const QString &figure, double value)
{
    if (figure == QLatin1String("wall_s"))
        return timeText(value);
    const QString number = QString::number(value, 'g', 6);
    if (figure == QLatin1String("loop_iterations"))
        return QStringLiteral("%1 loop iterations").arg(number);
    if (figure == QLatin1String("max_tasks_at_once"))
        return QStringLiteral("%1 tasks at once").arg(number);
    return value == 1 ? QStringLiteral("1 task") : QStringLiteral("%1 tasks").arg(number);
}

FigureVerdict gradeFigure(const PredictItem &item, double guess, const QJsonObject &summary)
{
    FigureVerdict v;
    v.real = figureValue(summary, item.figure);
    // A hair of slack: 0.1 + 0.2 must be within 0.3 of 0.
    v.passed = v.real && std::isfinite(guess)
            && std::abs(guess - *v.real) <= item.tolerance + 1e-9;
    if (v.passed)
        return v;
    double nearest = HUGE_VAL;
    for (const PredictWrong &w : item.wrong) {
        const double distance = std::abs(guess - w.figure);
        if (distance <= item.tolerance + 1e-9 && distance < nearest) {
            nearest = distance;
            v.declaredWhy = w.why;
        }
    }
    return v;
}

} // namespace Lessons::PredictGrading
