#pragma once
#include <QString>
#include <QStringList>

namespace Lessons {

//! A multiple-choice question at the end of a lesson.
struct QuizQuestion {
    QString question;
    QStringList choices;
    int answer = 0;        //!< index into choices
    QString explain;       //!< shown after answering right, or with the answer revealed
    //! Per choice: why it is wrong, shown after a wrong answer before a second try (empty:
    //! none given, a general nudge is shown).
    QStringList whyWrong;
};

} // namespace Lessons
