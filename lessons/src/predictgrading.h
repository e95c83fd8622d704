#pragma once
#include "predictitem.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lessons {

//! Grading a prediction against the run it predicted: pure functions of the item, the
//! learner's answer and the run summary (../shared/contracts/run-summary.schema.json), so the
//! lesson view, the tests and the command line grade alike.
namespace PredictGrading {

//! One line of the learner's order, as the run judged it.
struct LineVerdict {
    QString text;
    bool right = false;    //!< the run printed it at this place
    int realIndex = -1;    //!< where the run printed it among the item's lines; -1: never
};

struct OrderVerdict {
    bool passed = false;
    QList<LineVerdict> lines; //!< in the learner's order
    QStringList realOrder; //!< the item's lines in the order the run first printed them
    QStringList missing;   //!< the item's lines the run never printed
    int firstDifference = -1; //!< the first place where the learner's order is not the run's
    //! The lesson's "why" for this wrong order, when it is one the lesson expected.
    QString declaredWhy;
    //! Where the order first differs and why, from the trace: "Line 2: the run printed …".
    QString differenceWhy;
};

struct FigureVerdict {
    bool passed = false;
    std::optional<double> real; //!< the run's figure; nullopt when the summary lacks it
    QString declaredWhy;   //!< the lesson's "why" for a wrong number it expected
};

//! Grades an order of the item's lines against the run's stdout.
OrderVerdict gradeOrder(const PredictItem &item, const QStringList &guess,
                        const QJsonObject &summary);
//! Grades a number against the run's figure, within the item's tolerance.
FigureVerdict gradeFigure(const PredictItem &item, double guess, const QJsonObject &summary);

//! The figures a predict_figure item may ask for: "wall_s", "tasks", "max_tasks_at_once",
//! "loop_iterations".
QStringList figureNames();
//! A figure of the run: wall time in seconds, tasks created, most tasks alive at one moment,
//! event-loop iterations (each one a wait in the selector); nullopt for an unknown name.
std::optional<double> figureValue(const QJsonObject &summary, const QString &figure);
//! The figure with its unit, for the learner: "1.00 s", "3 tasks", "12 loop iterations".
QString figureText(const QString &figure, double value);
//! The unit shown beside the number box: "s", "tasks", "iterations".
QString figureUnit(const QString &figure);

//! Why the run printed its `outputIndex`-th output line when it did, from the trace: the task
//! that printed it and what last woke that task ("fetch-2's timer (sleep(1)) was due at
//! 1.00 s"). Empty for an index out of range.
QString lineCause(const QJsonObject &summary, int outputIndex);
//! A time as the learner reads it: "1.00 s", "250 ms", "0.4 ms".
QString timeText(double seconds);

} // namespace PredictGrading
} // namespace Lessons
