#include "runsummary.h"

#include "elapsed.h"
#include "tracemodel.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace Core
{

namespace
{

// Status when the host has not (yet) written RUN_END, i.e. while the run is live or for a
// tracer-only recording: an uncaught exception or a non-zero EXIT means "error", anything
// else "ok". The program may still fail later; the summary describes what is known now.
const char *const kStatusNames[] = { "ok", "error", "timeout", "crashed", "stopped" };
const char *const kWaitNames[] = { "sleep", "task", "gather", "future", "lock", "semaphore",
    "condition", "event", "queue", "io", "executor", "timeout", "yield", "other" };
const char *const kWarningNames[] = { "never_awaited", "task_destroyed_pending",
    "exception_never_retrieved", "loop_blocked", "slow_callback", "other" };

double seconds(TimeNs t)
{
    return double(t) / 1e9;
}

double milliseconds(std::int64_t ns)
{
    return double(ns) / 1e6;
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue lineOrNull(std::uint32_t line)
{
    return line ? QJsonValue(qint64(line)) : QJsonValue();
}

QJsonValue idOrNull(Id id)
{
    return id ? QJsonValue(qint64(id)) : QJsonValue();
}

QString taskStateName(TaskState state)
{
    switch (state) {
    case TaskState::Done:
        return QStringLiteral("done");
    case TaskState::Cancelled:
        return QStringLiteral("cancelled");
    case TaskState::Failed:
        return QStringLiteral("failed");
    case TaskState::Pending:
        break;
    }
    return QStringLiteral("pending");
}

QJsonValue wokenBy(const TraceModel &model, const std::optional<Wakeup> &w)
{
    if (!w)
        return QJsonValue();
    switch (w->kind) {
    case WakerKind::Timer:
        return QStringLiteral("timer");
    case WakerKind::Io:
        return QStringLiteral("io");
    case WakerKind::Thread:
        return QStringLiteral("thread");
    case WakerKind::Task:
        return QStringLiteral("task:%1").arg(w->wakerTask);
    case WakerKind::Callback:
        return QStringLiteral("callback:%1").arg(model.string(w->wakerName));
    case WakerKind::Unknown:
        break;
    }
    return QJsonValue();
}

// The program's end on the trace clock: EXIT if we have it, else the latest record.
TimeNs programEnd(const TraceModel &model)
{
    return model.exit() ? std::max(model.exit()->t, model.endTime()) : model.endTime();
}

// Where the task's coroutine lives when it is not the program's: "asyncio", "uvicorn".
QJsonValue libraryOf(const SourceOrigin &origin)
{
    const bool library = origin.kind == SourceKind::Library || origin.kind == SourceKind::Stdlib;
    return library ? stringOrNull(origin.name) : QJsonValue();
}

// What the summary left out to stay bounded: per list, how many there were and how many it has.
class Cuts
{
public:
    void note(const char *list, std::size_t total, std::size_t listed)
    {
        if (listed < total)
            m_cuts.insert(QLatin1String(list),
                QJsonObject { { QStringLiteral("total"), qint64(total) },
                    { QStringLiteral("listed"), qint64(listed) } });
    }
    bool contains(const char *list) const { return m_cuts.contains(QLatin1String(list)); }
    bool isEmpty() const { return m_cuts.isEmpty(); }
    const QJsonObject &json() const { return m_cuts; }

private:
    QJsonObject m_cuts;
};

QJsonArray tasksJson(const TraceModel &model, const SummaryLimits &limits, Cuts &cuts)
{
    QJsonArray tasks;
    const auto &all = model.tasks();
    const std::size_t listed = std::min(all.size(), limits.tasks);
    std::size_t waitsTotal = 0, waitsListed = 0;
    for (std::size_t t = 0; t < all.size(); ++t) {
        const TaskInfo &task = all[t];
        waitsTotal += task.waits.size();
        if (t >= listed)
            continue;
        QJsonArray waits;
        const std::size_t keep
            = std::min(task.waits.size(), limits.waits - std::min(limits.waits, waitsListed));
        waitsListed += keep;
        for (int i = 0; i < int(keep); ++i) {
            const WaitView w = model.wait(task, i);
            waits.append(QJsonObject {
                { QStringLiteral("kind"), QString::fromLatin1(kWaitNames[int(w.kind)]) },
                { QStringLiteral("start_s"), seconds(w.start) },
                { QStringLiteral("end_s"), w.end ? QJsonValue(seconds(*w.end)) : QJsonValue() },
                { QStringLiteral("detail"), w.detail },
                { QStringLiteral("target"),
                    w.kind == WaitKind::Task ? idOrNull(w.target) : QJsonValue() },
                { QStringLiteral("woken_by"), wokenBy(model, w.wakeup) },
            });
        }
        QJsonObject entry {
            { QStringLiteral("id"), qint64(task.id) },
            { QStringLiteral("name"), task.name },
            { QStringLiteral("coro"), task.coro },
            // Extensions beyond the shared schema (docs/SUMMARY.md): null in old recordings.
            { QStringLiteral("call"), stringOrNull(task.call) },
            { QStringLiteral("library"), libraryOf(task.origin) },
            { QStringLiteral("parent"), idOrNull(task.parent) },
            { QStringLiteral("created_s"), seconds(task.created) },
            { QStringLiteral("first_step_s"),
                task.firstStep ? QJsonValue(seconds(*task.firstStep)) : QJsonValue() },
            { QStringLiteral("end_s"), task.end ? QJsonValue(seconds(*task.end)) : QJsonValue() },
            { QStringLiteral("state"), taskStateName(task.state) },
            { QStringLiteral("exception"),
                task.state == TaskState::Failed ? stringOrNull(task.exception) : QJsonValue() },
            { QStringLiteral("steps"), qint64(task.steps) },
            { QStringLiteral("running_s"), seconds(task.running) },
            { QStringLiteral("waits"), waits },
        };
        // Optional (docs/SUMMARY.md): only a task whose waits were cut says how many.
        if (keep < task.waits.size())
            entry.insert(QStringLiteral("waits_not_listed"), qint64(task.waits.size() - keep));
        tasks.append(entry);
    }
    cuts.note("tasks", all.size() + model.untrackedTasks(), listed);
    cuts.note("waits", waitsTotal, waitsListed);
    return tasks;
}

// Every task of the run, listed or not, counted per coroutine: what a cut summary still says
// about all of them. Tasks the model did not keep (past its task limit) are counted here too.
QJsonArray taskGroupsJson(const TraceModel &model, const SummaryLimits &limits)
{
    std::vector<TaskGroup> groups;
    QHash<QString, std::size_t> byCoro;
    std::optional<std::size_t> other; // coroutines past limits.groups share one group
    const auto groupOf = [&](const QString &coro, const SourceOrigin &origin) -> TaskGroup & {
        const auto it = byCoro.constFind(coro);
        if (it != byCoro.cend())
            return groups[*it];
        if (groups.size() >= limits.groups || coro.isEmpty()) {
            if (!other) {
                other = groups.size();
                groups.emplace_back();
            }
            return groups[*other];
        }
        byCoro.insert(coro, groups.size());
        TaskGroup g;
        g.coro = coro;
        g.origin = origin;
        groups.push_back(std::move(g));
        return groups.back();
    };
    for (const TaskInfo &task : model.tasks()) {
        TaskGroup &g = groupOf(task.coro, task.origin);
        ++g.tasks;
        g.steps += task.steps;
        g.running += task.running;
        g.done += task.state == TaskState::Done;
        g.cancelled += task.state == TaskState::Cancelled;
        g.failed += task.state == TaskState::Failed;
    }
    for (const TaskGroup &u : model.untrackedTaskGroups()) {
        TaskGroup &g = groupOf(u.coro, u.origin);
        g.tasks += u.tasks;
        g.steps += u.steps;
        g.running += u.running;
        g.done += u.done;
        g.cancelled += u.cancelled;
        g.failed += u.failed;
    }
    QJsonArray json;
    for (const TaskGroup &g : groups) {
        json.append(QJsonObject {
            { QStringLiteral("coro"), stringOrNull(g.coro) },
            { QStringLiteral("library"), g.coro.isEmpty() ? QJsonValue() : libraryOf(g.origin) },
            { QStringLiteral("tasks"), qint64(g.tasks) },
            { QStringLiteral("steps"), qint64(g.steps) },
            { QStringLiteral("running_s"), seconds(g.running) },
            { QStringLiteral("done"), qint64(g.done) },
            { QStringLiteral("cancelled"), qint64(g.cancelled) },
            { QStringLiteral("failed"), qint64(g.failed) },
            { QStringLiteral("pending"),
                qint64(g.tasks - std::min(g.tasks, g.done + g.cancelled + g.failed)) },
        });
    }
    return json;
}

QJsonObject loopJson(
    const TraceModel &model, TimeNs end, const SummaryLimits &limits, Cuts &cuts)
{
    std::uint64_t iterations = 0;
    TimeNs busy = 0, idle = 0;
    for (const LoopInfo &loop : model.loops()) {
        iterations += loop.iterations;
        idle += loop.idle;
        busy += loop.busy;
        // The loop is busy after its last select until the program ends.
        const auto spans = model.spans(loop.lane);
        if (!spans.empty() && spans.back().isOpen() && end > spans.back().start)
            busy += end - spans.back().start;
    }
    QJsonArray blocked;
    const auto &allBlocked = model.blocked();
    cuts.note("blocked", allBlocked.size(), std::min(allBlocked.size(), limits.blocked));
    for (const BlockedInfo &b : allBlocked) {
        if (std::size_t(blocked.size()) >= limits.blocked)
            break;
        const std::int64_t duration
            = b.duration >= 0 ? b.duration : elapsedNs(b.start, end);
        blocked.append(QJsonObject {
            { QStringLiteral("start_s"), seconds(b.start) },
            { QStringLiteral("duration_ms"), milliseconds(duration) },
            { QStringLiteral("task"), idOrNull(b.task) },
            { QStringLiteral("file"), stringOrNull(b.file) },
            { QStringLiteral("line"), lineOrNull(b.line) },
            { QStringLiteral("function"), stringOrNull(b.function) },
        });
    }
    QJsonArray callbacks;
    const auto &allCallbacks = model.callbacks();
    cuts.note("callbacks", allCallbacks.size(), std::min(allCallbacks.size(), limits.callbacks));
    for (const CallbackInfo &cb : allCallbacks) {
        if (std::size_t(callbacks.size()) >= limits.callbacks)
            break;
        callbacks.append(QJsonObject {
            { QStringLiteral("name"), cb.name },
            { QStringLiteral("scheduled_s"), seconds(cb.scheduled) },
            { QStringLiteral("run_s"), cb.run ? QJsonValue(seconds(*cb.run)) : QJsonValue() },
            { QStringLiteral("duration_ms"),
                cb.duration >= 0 ? QJsonValue(milliseconds(cb.duration)) : QJsonValue() },
        });
    }
    return QJsonObject {
        { QStringLiteral("iterations"), qint64(iterations) },
        { QStringLiteral("busy_s"), seconds(busy) },
        { QStringLiteral("idle_s"), seconds(idle) },
        { QStringLiteral("max_step_ms"), milliseconds(std::int64_t(model.maxStep())) },
        { QStringLiteral("blocked"), blocked },
        { QStringLiteral("callbacks"), callbacks },
    };
}

QJsonArray threadsJson(const TraceModel &model, const SummaryLimits &limits, Cuts &cuts)
{
    QJsonArray threads;
    std::size_t listed = 0;
    for (const ThreadInfo &thread : model.threads()) {
        QJsonArray jobs;
        for (std::uint32_t index : thread.jobs) {
            if (listed >= limits.jobs)
                break;
            ++listed;
            const JobInfo &job = model.jobs()[index];
            jobs.append(QJsonObject {
                { QStringLiteral("function"), model.string(job.function) },
                { QStringLiteral("start_s"), seconds(job.start) },
                { QStringLiteral("end_s"),
                    job.duration >= 0 ? QJsonValue(seconds(job.start + job.duration))
                                      : QJsonValue() },
                { QStringLiteral("submitted_by"), idOrNull(job.submittedBy) },
            });
        }
        threads.append(QJsonObject {
            { QStringLiteral("name"), thread.name }, { QStringLiteral("jobs"), jobs } });
    }
    cuts.note("jobs", model.jobs().size(), listed);
    return threads;
}

QJsonArray outputJson(const TraceModel &model)
{
    QJsonArray output;
    for (const OutputLine &line : model.output()) {
        QJsonObject entry {
            { QStringLiteral("t_s"), seconds(line.t) },
            { QStringLiteral("stream"),
                line.stream == OutputStream::Stderr ? QStringLiteral("stderr")
                                                    : QStringLiteral("stdout") },
            { QStringLiteral("task"), idOrNull(line.task) },
            { QStringLiteral("text"), line.text },
        };
        // Optional (docs/SUMMARY.md): only a line kept in part says so, and how much is left
        // out (null when an older recording did not say).
        if (line.truncated) {
            entry.insert(QStringLiteral("truncated"), true);
            entry.insert(QStringLiteral("cut_bytes"),
                line.cutBytes ? QJsonValue(qint64(line.cutBytes)) : QJsonValue());
        }
        output.append(entry);
    }
    return output;
}

QJsonObject warning(
    const QString &kind, const QString &message, const QString &file, std::uint32_t line)
{
    return QJsonObject { { QStringLiteral("kind"), kind }, { QStringLiteral("message"), message },
        { QStringLiteral("file"), stringOrNull(file) },
        { QStringLiteral("line"), lineOrNull(line) } };
}

// 100000 -> "100,000", whatever the user's locale: the summary's text is English.
QString thousands(std::uint64_t n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qulonglong(n));
}

// "5,000 of 100,000 tasks, 20,000 of 400,000 waits"
QString cutText(const QJsonObject &cuts)
{
    QStringList parts;
    for (auto it = cuts.begin(); it != cuts.end(); ++it) {
        const QJsonObject cut = it.value().toObject();
        parts << QStringLiteral("%1 of %2 %3")
                     .arg(thousands(cut[QLatin1String("listed")].toInteger()))
                     .arg(thousands(cut[QLatin1String("total")].toInteger()))
                     .arg(it.key());
    }
    return parts.join(QLatin1String(", "));
}

QJsonArray warningsJson(
    const TraceModel &model, TimeNs end, const SummaryLimits &limits, Cuts &cuts)
{
    QJsonArray warnings;
    const auto &allBlocked = model.blocked();
    const std::span<const BlockedInfo> blocked(
        allBlocked.data(), std::min(allBlocked.size(), limits.blocked));
    const auto &tracerWarnings = model.warnings();
    cuts.note("warnings", tracerWarnings.size(), std::min(tracerWarnings.size(), limits.warnings));
    for (const WarningRecord &w : tracerWarnings) {
        if (std::size_t(warnings.size()) >= limits.warnings)
            break;
        // A BLOCKED record already yields a loop_blocked warning below; the tracer's own
        // warning for the same place would say it twice.
        if (w.kind == WarningKind::LoopBlocked
            && std::any_of(blocked.begin(), blocked.end(),
                [&w](const BlockedInfo &b) { return b.file == w.file && b.line == w.line; }))
            continue;
        warnings.append(
            warning(QString::fromLatin1(kWarningNames[int(w.kind)]), w.message, w.file, w.line));
    }
    for (const BlockedInfo &b : blocked) {
        const std::int64_t duration
            = b.duration >= 0 ? b.duration : elapsedNs(b.start, end);
        const QString where
            = b.function.isEmpty() ? QString() : QStringLiteral(" in %1()").arg(b.function);
        warnings.append(warning(QStringLiteral("loop_blocked"),
            QStringLiteral("the event loop was blocked for %1 ms%2")
                .arg(qRound64(milliseconds(duration)))
                .arg(where),
            b.file, b.line));
    }
    if (const std::uint64_t dropped = model.droppedOutputLines())
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("%1 output lines were not recorded (too much output)").arg(dropped), {},
            0));
    if (const std::uint64_t raw = model.tracerDroppedOutputLines())
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("%1 output lines past the tracer's limit reached the host as raw "
                           "output, without the task that printed them")
                .arg(raw),
            {}, 0));
    const auto &lines = model.output();
    if (const auto cut = std::count_if(lines.begin(), lines.end(),
            [](const OutputLine &l) { return l.truncated; }))
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("%1 output lines were longer than a summary keeps (60,000 bytes): it "
                           "has their beginning (see cut_bytes); the terminal got them whole")
                .arg(cut),
            {}, 0));
    if (model.tracerDroppedOther())
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the tracer left out %1 events").arg(model.tracerDroppedOther()), {},
            0));
    // The tracer writes EXIT at every normal end (from atexit): without it after status 0,
    // the program left through os._exit() or broke its own trace channel.
    if (model.hello() && !model.exit() && model.runEnd() && model.runEnd()->status == RunStatus::Ok)
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the trace ended without the tracer's exit record although the program "
                           "exited with status 0: it left through os._exit() or closed its trace "
                           "channel, so the end of the timeline may be missing"),
            {}, 0));
    if (const std::uint64_t untracked = model.untrackedTasks())
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the run created more tasks than Loopscope keeps (%1): %2 later tasks "
                           "were counted (task_groups) but not drawn or listed")
                .arg(thousands(model.taskLimit()))
                .arg(thousands(untracked)),
            {}, 0));
    if (!cuts.isEmpty())
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the summary was cut to stay small: it lists the first %1 (see "
                           "truncated%2)")
                .arg(cutText(cuts.json()))
                .arg(cuts.contains("tasks") ? QStringLiteral(" and task_groups") : QString()),
            {}, 0));
    const DecoderStats &stats = model.decoderStats();
    if (stats.tampered)
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the trace channel was tampered with: %1 bytes did not come from the "
                           "tracer (the program wrote into Loopscope's trace channel); this run's "
                           "timeline and summary cannot be trusted")
                .arg(std::max<std::uint64_t>(stats.tamperedBytes, 1)),
            {}, 0));
    if (stats.garbageBytes || stats.truncatedBytes || stats.unknownStrings)
        warnings.append(warning(QStringLiteral("other"),
            QStringLiteral("the trace was damaged: %1 unreadable bytes, %2 bytes cut off at the "
                           "end, %3 unknown strings; the timeline may be incomplete")
                .arg(stats.garbageBytes)
                .arg(stats.truncatedBytes)
                .arg(stats.unknownStrings),
            {}, 0));
    return warnings;
}

} // namespace

QJsonObject buildRunSummary(
    const TraceModel &model, const RunContext &context, const SummaryLimits &limits)
{
    const auto &hello = model.hello();
    const auto &runEnd = model.runEnd();
    const auto &exit = model.exit();
    const TimeNs end = programEnd(model);

    QString status;
    QJsonValue exitCode, signal;
    if (runEnd) {
        status = QString::fromLatin1(kStatusNames[int(runEnd->status)]);
        if (runEnd->hasExitCode)
            exitCode = runEnd->exitCode;
        if (runEnd->hasSignal)
            signal = runEnd->signal;
    } else {
        const bool failed = model.error() || (exit && exit->status != 0);
        status = failed ? QStringLiteral("error") : QStringLiteral("ok");
        if (exit)
            exitCode = exit->status;
    }

    QJsonValue error;
    if (const auto &e = model.error()) {
        error = QJsonObject { { QStringLiteral("type"), e->type },
            { QStringLiteral("message"), e->message },
            { QStringLiteral("file"), stringOrNull(e->file) },
            { QStringLiteral("line"), lineOrNull(e->line) } };
    }

    const bool virtualClock = hello ? hello->virtualClock : context.virtualClock;
    const auto pick = [](const QString &preferred, const QString &fallback) {
        return preferred.isEmpty() ? fallback : preferred;
    };
    Cuts cuts;
    QJsonObject summary {
        { QStringLiteral("schema"), QStringLiteral("loopscope.run-summary/1") },
        { QStringLiteral("program"), pick(context.program, hello ? hello->program : QString()) },
        { QStringLiteral("python"),
            QJsonObject {
                { QStringLiteral("executable"),
                    pick(context.pythonExecutable, hello ? hello->executable : QString()) },
                { QStringLiteral("version"),
                    pick(context.pythonVersion, hello ? hello->pythonVersion : QString()) },
            } },
        { QStringLiteral("status"), status },
        { QStringLiteral("exit_code"), exitCode },
        { QStringLiteral("signal"), signal },
        { QStringLiteral("error"), error },
        // The host's wall measurement covers the whole process; without it, the trace's end.
        { QStringLiteral("wall_s"), runEnd ? seconds(runEnd->wallNs) : seconds(end) },
        { QStringLiteral("clock"),
            virtualClock ? QStringLiteral("virtual") : QStringLiteral("real") },
        { QStringLiteral("tasks"), tasksJson(model, limits, cuts) },
        { QStringLiteral("loop"), loopJson(model, end, limits, cuts) },
        { QStringLiteral("threads"), threadsJson(model, limits, cuts) },
        { QStringLiteral("output"), outputJson(model) },
        { QStringLiteral("events"), qint64(model.recordCount()) },
    };
    summary.insert(QStringLiteral("warnings"), warningsJson(model, end, limits, cuts));
    // Optional (docs/SUMMARY.md, "Size"): only a summary that left something out has them.
    if (!cuts.isEmpty())
        summary.insert(QStringLiteral("truncated"), cuts.json());
    if (cuts.contains("tasks") || model.untrackedTasks())
        summary.insert(QStringLiteral("task_groups"), taskGroupsJson(model, limits));
    return summary;
}

} // namespace Core
