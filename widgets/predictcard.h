#pragma once
#include <QFrame>
#include <QJsonObject>
#include <QList>
#include <QStringList>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Lessons {
class ProgressStore;
struct Lesson;
struct PredictItem;
} // namespace Lessons

namespace Ui {

//! A "predict, then run" item of a lesson step (FORMAT.md): the learner puts the given output
//! lines in the order they expect (▲/▼ beside each line, keyboard reachable) or types a number,
//! then presses Run and compare, which runs the step's example (runRequested; the lesson view
//! asks the course to run it) and grades the prediction against that run, line by line. A
//! wrong first answer says which lines are out of place and why (the lesson's "why" for it),
//! without the answer; a second wrong answer, or Show the answer, reveals the run's order or
//! figure, where it first differs and why (from the trace), and the lesson's explanation.
//! Each graded answer goes to the progress store.
class PredictCard : public QFrame
{
    Q_OBJECT
public:
    //! Not owned; all outlive the card. A saved result is shown as it was left.
    PredictCard(const Lessons::Lesson &lesson, int step, int index,
                Lessons::ProgressStore *progress, QWidget *parent);

    const Lessons::PredictItem &item() const;
    QString exampleId() const;
    //! The learner's order as it stands (predict_order).
    QStringList order() const { return m_order; }
    //! Moves line `from` to place `to` (both 0-based), as ▲/▼ do.
    void moveLine(int from, int to);
    //! The number box (predict_figure); null for an order item.
    QLineEdit *figureBox() const { return m_figure; }
    QPushButton *compareButton() const { return m_compare; }
    QPushButton *revealButton() const { return m_reveal; }
    //! Where the verdict is written: the lesson view scrolls it into sight after a grading.
    QLabel *verdictLabel() const { return m_verdict; }
    //! ▲ (up) or ▼ of line `line`, for tests and focus; null out of range.
    QToolButton *moveButton(int line, bool up) const;
    //! The verdict under the answer as plain text; empty before one.
    QString verdictText() const;
    //! The ✓/✗ beside each line as plain text ("" before a verdict).
    QStringList lineMarks() const;

    //! Presses Run and compare: asks for a run (the first time) or grades the run already
    //! had (a second try).
    void compare();
    //! The example runs (disables the buttons) or ended.
    void setRunning(bool running);
    //! A run of the example ended with this summary: grades the answer waiting for it.
    void runFinished(const QJsonObject &summary);
    //! The run did not happen or ended without a result: nothing graded, say why.
    void runFailed(const QString &error);
    void revealAnswer();

Q_SIGNALS:
    void runRequested(const QString &exampleId);
    //! An answer was graded or the answer revealed (the progress store changed).
    void attempted();

private:
    void buildOrderRows();
    void refreshRows();
    void grade();
    void showVerdict(bool passed, const QString &text);
    void lock();
    void restore();

    const Lessons::Lesson &m_lesson;
    int m_step, m_index;
    Lessons::ProgressStore *m_progress;
    QStringList m_order;
    struct Row {
        QLabel *mark = nullptr, *text = nullptr;
        QToolButton *up = nullptr, *down = nullptr;
    };
    QList<Row> m_rows;
    QGridLayout *m_grid = nullptr;
    QLineEdit *m_figure = nullptr;
    QPushButton *m_compare = nullptr, *m_reveal = nullptr;
    QLabel *m_verdict = nullptr;
    QJsonObject m_summary;   //!< the run this card asked for, once it ended
    bool m_waiting = false;  //!< an answer waits for the run it asked for
    int m_wrongTries = 0;
    bool m_done = false;     //!< passed or revealed: the inputs are locked
};

} // namespace Ui
