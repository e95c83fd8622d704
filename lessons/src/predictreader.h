#pragma once
#include "predictitem.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Lessons {

//! Reads one entry of a step's "predict" list (FORMAT.md, "Predict, then run") and says what
//! is wrong with it; LessonReader turns the problems into the lesson's issues.
class PredictReader
{
public:
    struct Problem {
        QString message;   //!< starts with `where`
        QString hint;      //!< a key or value to find the line by
        bool fatal = true; //!< false: a warning (an unknown key)
    };
    //! The item as written; any fatal problem means it must not be used.
    static PredictItem read(const QJsonValue &value, const QString &where,
                            QList<Problem> *problems);
};

} // namespace Lessons
