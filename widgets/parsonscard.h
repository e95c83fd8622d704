#pragma once
#include <QFrame>
#include <QList>
#include <QStringList>

class QGridLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace Lessons {
class ProgressStore;
struct Lesson;
struct ParsonsItem;
namespace ParsonsGrading {
struct Verdict;
}
} // namespace Lessons

namespace Ui {

//! A Parsons problem of a lesson step (FORMAT.md, "Parsons problems"): the learner adds lines
//! from the pool to the program (+), puts them in order (▲ ▼), indents them (◂ ▸) or sends them
//! back (✕) — every button keyboard reachable (Tab, Space) — then presses Run and check, which
//! assembles the program and runs it like an exercise (ParsonsGrading): the checks of the real
//! run, failed ones first. A first wrong program gets the lesson's explanation and a second
//! try; a second wrong one, or Show the answer, reveals the right program and the explanation.
//! Each graded program goes to the progress store and the review schedule.
class ParsonsCard : public QFrame
{
    Q_OBJECT
public:
    //! Not owned; all outlive the card. A saved result is shown as it was left.
    ParsonsCard(const Lessons::Lesson &lesson, int step, int index,
                Lessons::ProgressStore *progress, QWidget *parent);
    ~ParsonsCard() override;

    const Lessons::ParsonsItem &item() const;
    //! The pool lines not in the program, in the order shown.
    QStringList pool() const { return m_pool; }
    //! The learner's program: each line indented by 4 spaces per level.
    QStringList program() const;
    //! Adds pool line `poolIndex` at the end of the program, as + does.
    void addLine(int poolIndex);
    //! Sends program line `line` back to the pool, as ✕ does.
    void removeLine(int line);
    //! Moves program line `from` to place `to`, as ▲ ▼ do.
    void moveLine(int from, int to);
    //! Changes the indentation of program line `line` by `delta` levels, as ◂ ▸ do.
    void indentLine(int line, int delta);
    //! The buttons of a program line: 0 ▲, 1 ▼, 2 ◂, 3 ▸, 4 ✕; null out of range.
    QToolButton *lineButton(int line, int which) const;
    //! The + of a pool line; null out of range.
    QToolButton *addButton(int poolIndex) const;
    QPushButton *checkButton() const { return m_check; }
    QPushButton *revealButton() const { return m_reveal; }
    QLabel *verdictLabel() const { return m_verdict; }
    //! The verdict as plain text; empty before one.
    QString verdictText() const;
    bool isRunning() const { return m_running; }

    //! Presses Run and check: assembles the program and grades it with a real run.
    void check();
    void revealAnswer();

Q_SIGNALS:
    //! A program was graded or the answer revealed (the progress store changed).
    void attempted();
    //! The learner changed the program (a line added, moved, indented or sent back).
    void edited();

private:
    struct Line {
        QString code;
        int level = 0;
    };
    void rebuild();
    //! Which buttons may be pressed now (nothing while the program runs or once it is done).
    void refreshEnabled();
    void graded(const Lessons::ParsonsGrading::Verdict &v);
    void showVerdict(const QString &html);
    void lock();
    void restore();

    const Lessons::Lesson &m_lesson;
    int m_step, m_index;
    Lessons::ProgressStore *m_progress;
    QStringList m_pool;
    QList<Line> m_program;
    QGridLayout *m_poolGrid = nullptr, *m_programGrid = nullptr;
    QLabel *m_emptyProgram = nullptr;
    QList<QToolButton *> m_addButtons;
    QList<QList<QToolButton *>> m_lineButtons;
    QPushButton *m_check = nullptr, *m_reveal = nullptr;
    QLabel *m_verdict = nullptr;
    int m_wrongTries = 0;
    bool m_done = false;    //!< passed or revealed: the program is locked
    bool m_running = false;
};

} // namespace Ui
