#pragma once
#include "runresult.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

namespace Core {

class RunSession;
class TraceModel;

enum class CheckStatus { Pass, Fail, Skipped };

//! The verdict of one check, in the learner's terms.
struct CheckItem {
    QString name;
    CheckStatus status = CheckStatus::Fail;
    QString message;
    QString kind; //!< "run", "output", "trace", "behaviour" or "source"
    QString task; //!< which task of the exercise it belongs to (CheckSpec::task); may be empty

    bool passed() const { return status == CheckStatus::Pass; }
    static QString statusName(CheckStatus status);
};

//! One traced run made while checking: the learner's program or a harness. Keeps its session
//! (and so its TraceModel) alive so the timeline of the checked run can be shown.
struct CheckedRun {
    enum class Role { Program, Harness };
    Role role = Role::Program;
    QString harness;            //!< the harness file, for Role::Harness
    RunResult result;
    QJsonObject summary;        //!< loopscope.run-summary/1
    bool flooded = false;       //!< stopped because it printed too much
    std::shared_ptr<RunSession> session;

    const TraceModel *model() const;
};

//! The outcome of checking one learner file against one exercise.
struct CheckResult {
    enum class Status { Pass, Fail, Error };
    Status status = Status::Error;
    QString error;              //!< Error: why Loopscope could not check at all
    QList<CheckItem> checks;    //!< in order: the run check (when the program ran), then the
                                //!< exercise's checks (a behaviour check may give several)
    QList<CheckedRun> runs;     //!< the program's run first, then one per harness
    //! Non-empty when a run was tampered with (its trace channel written by the program, the
    //! checks' results forged): the result is then a failure whatever the checks said.
    QString tampered;

    bool passed() const { return status == Status::Pass; }
    const CheckItem *item(const QString &name) const;
    const CheckedRun *programRun() const;
    //! {"status": "pass"|"fail"|"error", "checks": [{"name", "status", "message", "kind",
    //! "task" (when known)}]} (+ "error",
    //! + "tampered": the reason, when a run was tampered with)
    QJsonObject toJson() const;
    static QString statusName(Status status);
};

} // namespace Core
