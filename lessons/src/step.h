#pragma once
#include "parsonsitem.h"
#include "predictitem.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! One page of a lesson: Markdown prose and the examples it shows.
struct Step {
    QString title;
    QString textFile;      //!< as written in lesson.json
    QString textPath;      //!< absolute path or ":/lessons/..." resource
    QString markdown;      //!< the text, read when the catalog was loaded: the translation
                           //!< for the locale's language if the lesson has one (FORMAT.md)
    QString language = QStringLiteral("en"); //!< of `markdown`: "en", or the translation's
    QStringList examples;  //!< example ids of the same lesson
    QList<PredictItem> predict; //!< "predict": predict-then-run items, in order
    QList<ParsonsItem> parsons; //!< "parsons": Parsons problems, in order
};

} // namespace Lessons
