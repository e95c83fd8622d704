#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

//! The verdict of one expectation rule on one run summary.
struct RuleResult {
    QString name;     //!< the rule's name, e.g. "concurrency"
    QString label;    //!< the rule in short, e.g. "concurrency sleep min 3"
    bool passed = false;
    bool invalid = false; //!< the rule itself is wrong (unknown name, missing field): a lesson bug
    QString message;  //!< what the run did, in the learner's terms, and what was expected
    QString why;      //!< the rule's own "why" sentence, if it has one
    //! What the run showed for the rule and what the rule asks for, as short text that reads
    //! well inside an exercise's fail sentence ("ran {observed} at a time, {expected}"):
    //! "3", "250 ms", "ok", "2 lines"; "at least 3", "under 50 ms". Empty for invalid rules.
    QString observed;
    QString expected;
};

//! Checks lessons/FORMAT.md's expectation rules ({"rule": "status", "is": "ok"}, ...) against a
//! run summary (loopscope.run-summary/1). Pure functions of JSON: no run, no I/O.
class SummaryRules
{
public:
    static RuleResult check(const QJsonObject &rule, const QJsonObject &summary);
    static QList<RuleResult> checkAll(const QJsonArray &rules, const QJsonObject &summary);
    //! Empty when the rule is well formed, else why not (for loading lessons before any run).
    static QString validate(const QJsonObject &rule);
    static QStringList ruleNames();
    static bool allPassed(const QList<RuleResult> &results);
};

} // namespace Core
