#pragma once
#include <QString>
#include <QStringList>

namespace Lessons {

//! A multiple-choice question at the end of a lesson.
struct QuizQuestion {
    QString question;
    QStringList choices;
    int answer = 0;        //!< index into choices
    QString explain;       //!< shown after answering
};

} // namespace Lessons
