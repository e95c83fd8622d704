#include "exercisechecker.h"

#include "exercisecatalog.h"

namespace Lessons {

QCoro::Task<Core::CheckResult> ExerciseChecker::check(const Exercise &exercise, QString learnerFile,
                                                      Core::CheckEngine::Options options)
{
    // Copied before the first co_await: the caller's Exercise need not outlive the check.
    Core::CheckPlan plan = exercise.plan;
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
    co_return co_await Core::CheckEngine::check(std::move(plan), std::move(learnerFile), options);
}

} // namespace Lessons
