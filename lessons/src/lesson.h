#pragma once
#include "example.h"
#include "quizquestion.h"
#include "step.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! One lesson: metadata, steps, examples and quiz, as read from its lesson.json.
struct Lesson {
    QString id;            //!< full id, "<module id>/<lesson id>"
    QString localId;       //!< the lesson.json id
    QString moduleId;
    QString title;
    QString summary;
    QStringList objectives;
    QStringList covers;    //!< section ids of ../shared/guides/SECTIONS.md
    QStringList requiredModules; //!< "requires": importable modules beyond the standard library
    QList<Step> steps;
    QList<Example> examples;
    QList<QuizQuestion> quiz;
    QString folder;        //!< the lesson folder: absolute path or ":/lessons/..."

    const Example *example(const QString &exampleId) const
    {
        for (const Example &e : examples)
            if (e.id == exampleId)
                return &e;
        return nullptr;
    }
};

} // namespace Lessons
