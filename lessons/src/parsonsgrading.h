#pragma once
#include "checkengine.h"
#include "checkresult.h"
#include "parsonsitem.h"

#include <QCoro/QCoroTask>
#include <QString>
#include <QStringList>

namespace Lessons {

//! Grading a Parsons problem (FORMAT.md, "Parsons problems"): the learner's lines, with their
//! indentation, are assembled into a program that runs under the tracer like an exercise
//! (Core::CheckEngine), so the grade comes from the real run; the pool's distractors and the
//! lesson's declared wrong programs only choose the explanation.
namespace ParsonsGrading {

struct Verdict {
    bool passed = false;       //!< the run passed every check and no distractor was used
    Core::CheckResult result;  //!< the checks of the real run (status Error: nothing graded)
    QString program;           //!< the assembled program, as it ran
    QString distractorWhy;     //!< the first distractor used: its "why"
    QString declaredWhy;       //!< the lesson's "why" for this wrong program, when it is one
    //! What to tell the learner about a failure: the declared why, else the distractor's
    //! why, else the first failed check's name and message.
    QString explanation() const;
    //! The first check that failed (null when none did).
    const Core::CheckItem *firstFailure() const;
};

//! The learner's program: `answer` lines (pool lines with 4 spaces per indentation level)
//! between the item's fixed `before` and `after` lines.
QString assemble(const ParsonsItem &item, const QStringList &answer);
//! Why `answer` is not a program of this pool (a line not in the pool, used twice, a ragged
//! indentation); empty when it is one.
QString malformed(const ParsonsItem &item, const QStringList &answer);
//! The distractors `answer` uses, in its order.
QStringList distractorsUsed(const ParsonsItem &item, const QStringList &answer);
//! The lesson's "why" for this wrong program (trailing spaces ignored), or empty.
QString declaredWhy(const ParsonsItem &item, const QStringList &answer);
//! How CheckEngine runs it: the item's clock and timeout, its checks, named `id`.
Core::CheckPlan plan(const ParsonsItem &item, const QString &id);
//! Assembles, runs and checks `answer`. A malformed answer is an Error result, never run.
QCoro::Task<Verdict> grade(ParsonsItem item, QStringList answer, Core::CheckEngine::Options options);

} // namespace ParsonsGrading
} // namespace Lessons
