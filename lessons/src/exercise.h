#pragma once
#include "checkplan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! A plausible wrong solution shipped with an exercise, and how it must fail.
struct WrongSolution {
    QString file;            //!< as written in exercise.json, relative to the exercise folder
    QString path;            //!< absolute path or ":/lessons/..." resource
    QString fails;           //!< the name of the check that must fail
    QString messageContains; //!< text that check's message must contain
};

//! One exercise (lessons/EXERCISES.md) as read from its exercise.json: what the learner reads
//! and starts from, and the plan CheckEngine checks a learner's file with.
struct Exercise {
    QString id;
    QString title;
    QString lessonId;        //!< full id of the lesson it practises, "<module>/<lesson>"
    QString folder;          //!< the exercise folder: absolute path or ":/lessons/..."
    QString statementPath, starterPath, solutionPath; //!< absolute or ":/lessons/..."
    QStringList hints;       //!< unlocked one at a time after failed attempts
    QList<WrongSolution> wrong;
    Core::CheckPlan plan;    //!< harness paths as stored (resource paths for built-ins)
};

} // namespace Lessons
