#include "exercisechecker.h"

#include "exercisecatalog.h"

namespace Lessons {

QCoro::Task<Core::CheckResult> ExerciseChecker::check(const Exercise &exercise, QString learnerFile,
                                                      Core::CheckEngine::Options options)
{
    // Copied before the first co_await: the caller's Exercise need not outlive the check.
    Core::CheckPlan plan = exercise.plan;
    const QString title = exercise.title;
    for (Core::CheckSpec &c : plan.checks) {
        if (c.kind != Core::CheckSpec::Kind::Behaviour)
            continue;
        QString error;
        c.harness = ExerciseCatalog::runnablePath(c.harness, &error);
        if (c.harness.isEmpty()) {
            Core::CheckResult failed;
            failed.error = QStringLiteral("cannot unpack the harness of %1: %2").arg(plan.exerciseId, error);
            co_return failed;
        }
    }
    Core::CheckResult result
            = co_await Core::CheckEngine::check(std::move(plan), std::move(learnerFile), options);
    // A check that names no task of its own checks the exercise as a whole.
    for (Core::CheckItem &c : result.checks)
        if (c.task.isEmpty())
            c.task = title;
    co_return result;
}

} // namespace Lessons
