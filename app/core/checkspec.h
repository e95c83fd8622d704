#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Core {

//! One check of an exercise (lessons/EXERCISES.md), already validated by whoever loaded it.
struct CheckSpec {
    enum class Kind { Output, Trace, Behaviour, Source };
    Kind kind = Kind::Trace;
    QString name;          //!< shown to the learner; unique within the exercise
    QString failTemplate;  //!< replaces the default failure message; {observed}, {expected}
    QJsonObject rule;      //!< output / trace: the FORMAT.md rule alone ({"rule": ...})
    QString harness;       //!< behaviour: the harness file (absolute, or a ":/" resource)
    QJsonArray harnessTraceRules; //!< behaviour: FORMAT.md rules for the harness run
    QString pattern;       //!< source: a regular expression (Perl syntax, like Python's re)
    bool absent = false;   //!< source: the pattern must NOT match
    QString task;          //!< which task of the exercise it checks; empty: the exercise
};

} // namespace Core
