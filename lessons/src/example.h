#pragma once
#include "versioncondition.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! One runnable example of a lesson, with how to run it and what its run must show.
struct Example {
    QString id;
    QString title;
    QString file;          //!< as written in lesson.json, relative to the lesson folder
    QString path;          //!< where to read it: an absolute path or a ":/lessons/..." resource
    bool virtualClock = false;
    bool lab = false;
    int timeoutSeconds = 30;
    QStringList arguments;
    QString lookFor;       //!< what to watch on the timeline, shown next to Run
    bool stepMode = false; //!< best run paused in step mode ("step": true): Step through
    //! The timeline opens on the step axis ("axis": "steps", implied by "step": true) rather
    //! than the time axis ("axis": "time", the default).
    bool stepAxis = false;
    //! The timeline opens with the tasks' coroutine frames shown ("frames": true).
    bool showFrames = false;
    //! "compare": another example of the same lesson to run with this one and show as run A
    //! above this one (B) on one time axis; empty: none.
    QString compareWith;
    QJsonArray expect;     //!< the rules of FORMAT.md, checked by Core::SummaryRules
    //! Per rule of `expect`, its "when" (taken out of the rule): the versions it holds for;
    //! nullopt: always. ExampleRules picks the rules that apply to a run.
    QList<std::optional<VersionCondition>> expectWhen;
};

} // namespace Lessons
