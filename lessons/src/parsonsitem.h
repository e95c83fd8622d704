#pragma once
#include "checkspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! A line of a Parsons problem's pool that does not belong in the program, and why.
struct ParsonsDistractor {
    QString line;          //!< as in ParsonsItem::lines (no indentation)
    QString why;           //!< shown when the learner's program uses it
};

//! A plausible wrong program the lesson expects, with what to tell a learner who builds it.
struct ParsonsWrong {
    QStringList program;   //!< lines from the pool, indented with 4 spaces per level
    QString why;
};

//! A Parsons problem of a step (FORMAT.md, "Parsons problems"): the learner puts the given code
//! lines in order and indents them; ParsonsGrading runs the assembled program like an exercise
//! (Core::CheckEngine) and its checks grade the real run.
struct ParsonsItem {
    QString id;            //!< optional, [a-z0-9-]; `loopscope check --answers` may name it
    QString question;      //!< Markdown: what the program must do
    //! The pool, as first shown: each code line once, without indentation, distractors included.
    QStringList lines;
    QList<ParsonsDistractor> distractors;
    //! The right program: the pool's other lines, in order, 4 spaces per indentation level.
    QStringList answer;
    QStringList before;    //!< fixed code above the learner's lines (shown, not movable)
    QStringList after;     //!< fixed code below them (e.g. `asyncio.run(main())`)
    bool virtualClock = false;
    int timeoutSeconds = 20;
    QList<Core::CheckSpec> checks; //!< output and trace checks on the assembled program's run
    QList<ParsonsWrong> wrong;
    QString explain;       //!< shown after a right answer, or with the answer once revealed

    //! The pool lines that are not distractors.
    bool isDistractor(const QString &line) const
    {
        for (const ParsonsDistractor &d : distractors)
            if (d.line == line)
                return true;
        return false;
    }
};

} // namespace Lessons
