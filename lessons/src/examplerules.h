#pragma once
#include "example.h"
#include "summaryrules.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Lessons {

//! An example's rules checked on one run: the verdicts of those that apply to the versions it
//! ran with, the ones left out (and for which versions they are), and those versions.
struct CheckedRules {
    QList<Core::RuleResult> results;
    QStringList skipped;                //!< "for Python before 3.12: <its why, else its label>"
    QHash<QString, QString> versions;   //!< "python" -> "3.13.0", "fastapi" -> "0.92.0"
};

//! Picks and checks the rules of an example that apply to a run: a rule with a "when" counts
//! only on runs whose Python (and library) versions it names.
class ExampleRules
{
public:
    struct Selection {
        QJsonArray rules;
        QStringList skipped;
    };
    //! The rules whose "when" holds for these versions; a condition naming a version that is not
    //! known (the library is not installed) does not hold.
    static Selection select(const Example &example, const QHash<QString, QString> &versions);
    //! The libraries (not "python") the example's conditions name, each once.
    static QStringList librariesNamed(const Example &example);
    //! The versions a run had: its Python from the summary, and the named libraries as the
    //! run's interpreter reports them.
    static QCoro::Task<QHash<QString, QString>> versionsOf(QJsonObject summary, QStringList libraries);
    //! versionsOf() then select() then Core::SummaryRules on the summary.
    static QCoro::Task<CheckedRules> check(Example example, QJsonObject summary);
};

} // namespace Lessons
