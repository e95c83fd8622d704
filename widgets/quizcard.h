#pragma once
#include <QFrame>
#include <QList>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace Lessons {
class ProgressStore;
struct Lesson;
} // namespace Lessons

namespace Ui {

//! A lesson's quiz at the end of its last step. A right answer says so with why; a wrong one
//! first says why it is wrong (the lesson's per-choice "why", else a nudge back to the run) and
//! lets the learner try again; a second wrong answer, or Show the answer, reveals the right one.
//! Answers go to the progress store as they are given; a quiz counts as done when every
//! answer is right.
class QuizCard : public QFrame
{
    Q_OBJECT
public:
    //! Not owned; both outlive the card. Saved answers are shown as given.
    QuizCard(const Lessons::Lesson &lesson, Lessons::ProgressStore *progress, QWidget *parent);

    void answer(int question, int choice);
    void revealAnswer(int question);
    //! The feedback under a question as plain text; empty before an answer.
    QString feedback(int question) const;
    QPushButton *revealButton(int question) const;
    bool isChoiceEnabled(int question, int choice) const;
    //! Every question answered right (the stored answers).
    static bool allRight(const Lessons::Lesson &lesson, const Lessons::ProgressStore &progress);

Q_SIGNALS:
    void answered();

private:
    struct Question {
        QButtonGroup *group = nullptr;
        QLabel *feedback = nullptr;
        QPushButton *reveal = nullptr;
        int wrongTries = 0;
        bool revealed = false;
    };
    void showFeedback(int question, int choice);

    const Lessons::Lesson &m_lesson;
    Lessons::ProgressStore *m_progress;
    QList<Question> m_questions;
};

} // namespace Ui
