#pragma once
#include "lesson.h"

#include <QList>
#include <QString>

namespace Lessons {

//! A group of lessons (a module folder with its module.json), in outline order.
struct Module {
    QString id;
    QString title;
    QString summary;
    QString folder;
    QList<Lesson> lessons;
};

} // namespace Lessons
