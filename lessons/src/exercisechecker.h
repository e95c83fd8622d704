#pragma once
#include "checkengine.h"
#include "exercise.h"

#include <QCoro/QCoroTask>

namespace Lessons {

//! Checks a learner's file against a catalog exercise: makes the exercise's harnesses runnable
//! (unpacking built-in ones) and hands the plan to Core::CheckEngine.
class ExerciseChecker
{
public:
    static QCoro::Task<Core::CheckResult> check(const Exercise &exercise, QString learnerFile,
                                                Core::CheckEngine::Options options);
    static QCoro::Task<Core::CheckResult> check(const Exercise &exercise, QString learnerFile)
    {
        return check(exercise, std::move(learnerFile), Core::CheckEngine::Options{});
    }
};

} // namespace Lessons
