#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace Lessons {

//! A plausible wrong prediction the lesson expects, with what to tell a learner who makes it.
struct PredictWrong {
    QStringList order;     //!< predict_order: the wrong order of the item's lines
    double figure = 0;     //!< predict_figure: the wrong number
    QString why;           //!< what the run showed instead
    //! predict_next: the task or callback wrongly picked (last, so {order, figure, why}
    //! initialisers keep their meaning)
    QString name;
};

//! A "predict, then run" item of a step (FORMAT.md): the learner predicts something about an
//! example's run before it runs, and the real run grades it (PredictGrading); a predict_next
//! item is answered at a pause of the example run in step mode (Core::NextPick grades it).
struct PredictItem {
    enum class Kind { Order, Figure, Next };
    Kind kind = Kind::Order;
    QString example;       //!< the id of the example of the same lesson whose run grades it
    QString question;
    //! predict_order: the output lines in the order they are first shown to the learner.
    QStringList lines;
    //! predict_order: the right order as the lesson declares it (a test checks a real run).
    QStringList answerOrder;
    //! predict_figure: which run-summary figure (PredictGrading::figureNames()).
    QString figure;
    double answerFigure = 0; //!< predict_figure: the right number as the lesson declares it
    double tolerance = 0;  //!< predict_figure: |guess - real| <= tolerance passes
    //! predict_next: the task (its name) or callback that runs next at the item's pause — the
    //! first step-mode pause where it runs next and each wrong answer is on screen too.
    QString answerName;
    QList<PredictWrong> wrong;
    QString explain;       //!< shown after a right answer, or with the answer once revealed
};

} // namespace Lessons
