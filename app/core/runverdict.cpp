#include "runverdict.h"

#include "tracemodel.h"

#include <QFileInfo>
#include <QJsonObject>

namespace Core {
namespace {

QString where(const QString &file, std::uint32_t line, const QString &function,
              const QString &learnerFile)
{
    if (line == 0)
        return {};
    QString out = QStringLiteral("line %1").arg(line);
    // A line in a file other than the learner's (a harness, a helper module) says which.
    if (!file.isEmpty() && QFileInfo(file).absoluteFilePath() != learnerFile)
        out += QStringLiteral(" of %1").arg(QFileInfo(file).fileName());
    if (!function.isEmpty() && function != QLatin1String("<module>"))
        out += QStringLiteral(" in %1()").arg(function);
    return out;
}

QString waitWord(WaitKind kind)
{
    switch (kind) {
    case WaitKind::Sleep: return QStringLiteral("sleeping");
    case WaitKind::Lock: return QStringLiteral("waiting for a lock");
    case WaitKind::Semaphore: return QStringLiteral("waiting for a semaphore");
    case WaitKind::Queue: return QStringLiteral("waiting on a queue");
    case WaitKind::Event: return QStringLiteral("waiting for an event");
    case WaitKind::Io: return QStringLiteral("waiting for I/O");
    default: return QStringLiteral("waiting");
    }
}

// A limit the run met (processlimits.h): the host ended it, a signal ended it, or the
// program failed on it (MemoryError, a write refused as too large) and did not catch that.
std::optional<QString> limitFailure(const CheckedRun &run, const RunVerdict::Facts &facts)
{
    const RunResult &r = run.result;
    const QJsonObject error = run.summary.value(QLatin1String("error")).toObject();
    const QString type = error.value(QLatin1String("type")).toString();
    LimitHit hit = r.limitHit;
    if (hit == LimitHit::None && r.limits.memoryBytes > 0 && type == QLatin1String("MemoryError"))
        hit = LimitHit::Memory;
    if (hit == LimitHit::None && r.limits.fileBytes > 0
        && error.value(QLatin1String("message")).toString().contains(QLatin1String("File too large")))
        hit = LimitHit::FileSize;
    if (hit == LimitHit::None)
        return std::nullopt;
    QString msg = QStringLiteral("%1 %2").arg(facts.subject, describeLimit(hit, r.limits));
    if (r.limitHit != LimitHit::None) {
        msg += QStringLiteral(", so it was stopped");
    } else {
        const QString at = where(error.value(QLatin1String("file")).toString(),
                                 std::uint32_t(error.value(QLatin1String("line")).toInt()), {},
                                 facts.learnerFile);
        msg += QStringLiteral(" (%1%2)").arg(type, at.isEmpty() ? QString() : QStringLiteral(" at ") + at);
    }
    return msg;
}

} // namespace

bool RunVerdict::isSyntaxError(const CheckedRun &run)
{
    const QString type = run.summary.value(QLatin1String("error")).toObject()
                                 .value(QLatin1String("type")).toString();
    return type == QLatin1String("SyntaxError") || type == QLatin1String("IndentationError")
            || type == QLatin1String("TabError");
}

QString RunVerdict::lastPosition(const CheckedRun &run, const QString &learnerFile)
{
    const TraceModel *model = run.model();
    if (!model)
        return {};
    // A step that never ended (or ended only because the run did) is what was running.
    const TimeNs end = model->endTime();
    for (auto it = model->blocked().rbegin(); it != model->blocked().rend(); ++it) {
        const bool open = it->duration < 0 || it->start + it->duration >= end - 200'000'000;
        if (open && it->line)
            return QStringLiteral("it was still running %1")
                    .arg(where(it->file, it->line, it->function, learnerFile));
        break;
    }
    // Otherwise the loop was idle: name where a pending task was waiting, preferring a
    // task waiting on something other than another task (that one is the interesting end).
    QString fallback;
    for (const TaskInfo &t : model->tasks()) {
        if (t.state != TaskState::Pending || t.waits.empty())
            continue;
        const WaitView w = model->wait(t, int(t.waits.size()) - 1);
        if (w.end)
            continue;
        const QList<FrameRecord> frames = model->chainFrames(w.chain);
        const FrameRecord *best = nullptr;
        for (const FrameRecord &f : frames)
            if (f.line && (!best || QFileInfo(f.file).absoluteFilePath() == learnerFile))
                best = &f;
        if (!best)
            continue;
        const QString text = QStringLiteral("it was %1 at %2%3")
                                     .arg(waitWord(w.kind),
                                          where(best->file, best->line, best->function, learnerFile),
                                          w.detail.isEmpty() ? QString()
                                                             : QStringLiteral(" (%1)").arg(w.detail));
        if (w.kind != WaitKind::Task && w.kind != WaitKind::Gather)
            return text;
        if (fallback.isEmpty())
            fallback = text;
    }
    return fallback;
}

std::optional<QString> RunVerdict::failure(const CheckedRun &run, const Facts &facts)
{
    const QJsonObject &s = run.summary;
    const QString status = s.value(QLatin1String("status")).toString();
    const QJsonObject error = s.value(QLatin1String("error")).toObject();
    if (const std::optional<QString> limit = limitFailure(run, facts))
        return limit;
    if (run.flooded)
        return QStringLiteral("%1 printed more than %2 lines, so it was stopped; is a print "
                              "inside a loop that never ends?")
                .arg(facts.subject)
                .arg(facts.maxOutputLines);
    if (status == QLatin1String("ok"))
        return std::nullopt;
    if (status == QLatin1String("timeout")) {
        QString msg = QStringLiteral("%1 did not finish within %2 s")
                              .arg(facts.subject)
                              .arg(facts.timeoutSeconds);
        const QString position = lastPosition(run, facts.learnerFile);
        if (!position.isEmpty())
            msg += QStringLiteral("; ") + position;
        return msg;
    }
    if (isSyntaxError(run)) {
        const int line = error.value(QLatin1String("line")).toInt();
        return QStringLiteral("%1 has a syntax error%2: %3")
                .arg(facts.subject, line ? QStringLiteral(" on line %1").arg(line) : QString(),
                     error.value(QLatin1String("message")).toString());
    }
    if (!error.isEmpty()) {
        const QString type = error.value(QLatin1String("type")).toString();
        const QString message = error.value(QLatin1String("message")).toString();
        const QString at = where(error.value(QLatin1String("file")).toString(),
                                 std::uint32_t(error.value(QLatin1String("line")).toInt()), {},
                                 facts.learnerFile);
        return QStringLiteral("%1 stopped with %2%3%4")
                .arg(facts.subject, type, message.isEmpty() ? QString() : QStringLiteral(": ") + message,
                     at.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(at));
    }
    if (status == QLatin1String("crashed"))
        return QStringLiteral("%1 was ended by signal %2")
                .arg(facts.subject)
                .arg(s.value(QLatin1String("signal")).toInt());
    if (status == QLatin1String("stopped"))
        return QStringLiteral("%1 was stopped before it finished").arg(facts.subject);
    return QStringLiteral("%1 exited with code %2")
            .arg(facts.subject)
            .arg(s.value(QLatin1String("exit_code")).toInt());
}

} // namespace Core
