#pragma once
#include "checkplan.h"
#include "checkresult.h"

#include <QCoro/QCoroTask>
#include <QString>

namespace Core {

//! Checks a learner's file against an exercise (lessons/EXERCISES.md): runs it as __main__
//! under the tracer for output and trace checks, runs each behaviour harness on it, matches
//! its source, and says what failed in the learner's terms. A learner's syntax error, crash,
//! hang or flood is a failed check with its line; only "cannot check at all" (unreadable file,
//! no usable Python, the lab or the harness package missing) is an error.
class CheckEngine
{
public:
    struct Options {
        QString python;              //!< empty: discovery (with the exercise's requires)
        int maxOutputLines = 20000;  //!< a run printing more is stopped: a flood
        int blockThresholdMs = 0;    //!< 0: the tracer's default
    };

    //! `plan`'s harness paths must be runnable files (see Lessons::ExerciseChecker).
    static QCoro::Task<CheckResult> check(CheckPlan plan, QString learnerFile, Options options);
    static QCoro::Task<CheckResult> check(CheckPlan plan, QString learnerFile)
    {
        return check(std::move(plan), std::move(learnerFile), Options{});
    }
    //! The name of the first check, present whenever the program itself was run.
    static QString runCheckName() { return QStringLiteral("your program runs to the end"); }
    //! The failed check put first when a run was tampered with (CheckResult::tampered).
    static QString tamperCheckName() { return QStringLiteral("the run was not tampered with"); }
};

} // namespace Core
