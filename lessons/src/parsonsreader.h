#pragma once
#include "parsonsitem.h"
#include "predictreader.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Lessons {

//! Reads one entry of a step's "parsons" list (FORMAT.md, "Parsons problems") and says what is
//! wrong with it; LessonReader turns the problems into the lesson's issues at the item's line.
class ParsonsReader
{
public:
    using Problem = PredictReader::Problem;
    //! The item as written; any fatal problem means it must not be used.
    static ParsonsItem read(const QJsonValue &value, const QString &where, QList<Problem> *problems);
    //! The indentation level of a program line (4 spaces each); -1 when it is not a multiple
    //! of 4 spaces or uses tabs.
    static int indentLevel(const QString &line);
};

} // namespace Lessons
