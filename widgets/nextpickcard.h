#pragma once
#include <QFrame>

class QLabel;
class QPushButton;

namespace Lessons {
class ProgressStore;
struct Lesson;
struct PredictItem;
} // namespace Lessons

namespace Ui {

//! A predict_next item of a lesson step (FORMAT.md): the question, and Step through and
//! predict, which steps through the example with Predict next on; the item is asked at its
//! pause in the strip above the loop machine (PredictNextController), and the card then shows
//! how the answer went, from the progress file.
class NextPickCard : public QFrame
{
    Q_OBJECT
public:
    //! Not owned; all outlive the card.
    NextPickCard(const Lessons::Lesson &lesson, int step, int index,
                 Lessons::ProgressStore *progress, QWidget *parent);

    const Lessons::PredictItem &item() const;
    QPushButton *stepButton() const { return m_step; }
    //! The last answer as plain text; empty before one.
    QString resultText() const;
    //! Re-reads the answer from the progress file (after the strip graded one).
    void refresh();

Q_SIGNALS:
    void stepThroughRequested(const QString &exampleId);

private:
    const Lessons::Lesson &m_lesson;
    int m_stepIndex, m_index;
    Lessons::ProgressStore *m_progress;
    QPushButton *m_step;
    QLabel *m_result;
};

} // namespace Ui
