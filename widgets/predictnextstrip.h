#pragma once
#include <QFrame>
#include <QList>
#include <QStringList>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace Ui {

class FlowLayout;

//! Predict next, above the loop machine: at a step-mode pause, the question and one button per
//! task or callback on screen (wrapping to the dock's width), the verdict on the last pick
//! (right, or why not, from the pause) and the running score. What to show comes from
//! PredictNextController; the strip only shows it and reports picks.
class PredictNextStrip : public QFrame
{
    Q_OBJECT
public:
    explicit PredictNextStrip(QWidget *parent = nullptr);

    //! Asks `question` with these choices (names as the loop machine shows them).
    void ask(const QString &question, const QStringList &names, const QStringList &toolTips);
    //! No question at this pause (one choice only, or the run is not paused): says why.
    void noQuestion(const QString &note);
    //! Marks the learner's pick (-1: none) and says what happens next.
    void setPicked(int index);
    int pickedIndex() const;
    //! The verdict on the last pick; empty text hides it.
    void showVerdict(bool right, const QString &text);
    void setScore(int right, int asked);

    // What is shown, for tests.
    QString question() const;
    QString verdict() const; //!< plain text, with its ✓ / ✗
    QString score() const;
    QString hint() const;
    QList<QPushButton *> choiceButtons() const { return m_buttons; }

Q_SIGNALS:
    void picked(int index);

private:
    QLabel *m_title, *m_score, *m_verdict, *m_question, *m_hint;
    QWidget *m_choices;
    FlowLayout *m_flow;
    QButtonGroup *m_group;
    QList<QPushButton *> m_buttons;
    QString m_verdictPlain;
};

} // namespace Ui
