#pragma once
#include "nextpick.h"
#include "predictitem.h"

#include <QString>

namespace Core {
class TraceModel;
}

namespace Lessons {

//! A predict_next item (FORMAT.md) at the pauses of its example run in step mode: which pause
//! asks it, and the verdict on a pick there — the lesson's own "why" for a declared wrong
//! pick, with the explanation Core::NextPick derives from the scheduler at that pause.
class NextPickItem
{
public:
    //! Whether the item asks at this pause: its answer runs next and each of its wrong answers
    //! is on screen as a choice.
    static bool asksAt(const PredictItem &item, const Core::NextPick &pick);
    //! Index in model.pauses() of the first pause that asks the item; -1 if none does.
    static int findPause(const PredictItem &item, const Core::TraceModel &model);

    struct Verdict {
        bool right = false;
        QString declaredWhy; //!< the lesson's why for this wrong pick; empty if it has none
        QString derived; //!< Core::NextPick's explanation from the pause
        //! What the learner reads: the lesson's why first, then the pause's own explanation;
        //! after a right pick, the explanation of the run and the lesson's "explain".
        QString text;
    };
    //! Grades `picked` (a choice of `pick`) against the item.
    static Verdict grade(const PredictItem &item, const Core::NextPick &pick,
                         const Core::NextChoice &picked);
};

} // namespace Lessons
