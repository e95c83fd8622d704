#pragma once
#include "catalog.h"
#include "runrequest.h"
#include "runresult.h"
#include "summaryrules.h"

#include <QCoro/QCoroTask>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <memory>
#include <optional>

namespace Core {
class TraceModel;
}

namespace Lessons {

//! How a lesson example went: the run, its summary, and each expectation's verdict.
struct ExampleOutcome {
    QString lessonId, exampleId;
    QString python;   //!< the interpreter it was asked to run on; empty: discovery
    Core::RunResult run;
    QJsonObject summary;
    QList<Core::RuleResult> rules;
    //! Rules left out because their "when" names other versions than the run had.
    QStringList skippedRules;
    QHash<QString, QString> versions; //!< what the rules were chosen by: "python" -> "3.13.0"
    QString error;  //!< could not run at all (no Python, lab failed...); empty otherwise
    //! The finished run's model, when Options::keepModel asked for it (e.g. to compare runs).
    std::shared_ptr<const Core::TraceModel> model;
    bool passed() const { return error.isEmpty() && Core::SummaryRules::allPassed(rules); }
};

//! Runs lesson examples the way the app does: the file (unpacked when built in) with its own
//! folder as working directory and sys.path[0], its clock, timeout, arguments and required
//! modules, and the lab server when it asks for one.
class ExampleRunner
{
public:
    struct Options {
        QString python;            //!< empty: discovery
        int blockThresholdMs = 0;  //!< 0: the tracer's default
        bool keepModel = false;    //!< ExampleOutcome::model: the run's timeline stays available
        //! Runs it in step mode, stepping at every pause (its pauses stay in the model): what
        //! a learner stepping through it sees, for predict_next items.
        bool stepThrough = false;
    };

    //! The request for one example, without the lab URL (the caller starts the lab);
    //! nullopt with *error set when the file cannot be made runnable.
    static std::optional<Core::RunRequest> request(const Catalog &catalog, const Lesson &lesson,
                                                   const Example &example, const Options &options,
                                                   QString *error);
    //! Runs it to the end (starting and stopping the lab if needed) and checks its rules.
    static QCoro::Task<ExampleOutcome> run(const Catalog &catalog, const Lesson &lesson,
                                           const Example &example, Options options);
};

} // namespace Lessons
