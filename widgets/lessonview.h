#pragma once
#include "summaryrules.h"

#include <QHash>
#include <QPointer>
#include <QJsonObject>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;
class QVBoxLayout;

namespace Lessons {
class Catalog;
class ProgressStore;
struct Example;
struct Lesson;
} // namespace Lessons

namespace Ui {

class ParsonsCard;
class ExampleCard;
class NextPickCard;
class PredictCard;
class QuizCard;

//! One step of a lesson: its Markdown, its examples (Run / Open in editor, Step through for an
//! example best watched in step mode, Compare with … for an example paired with another, what
//! to look for, and after a run what it must show as ✓/✗ lines), its "predict, then run" items
//! (PredictCard, graded by a run of their example), its Parsons problems (ParsonsCard, graded
//! by running the learner's program), the lesson's quiz on its last
//! step, and Back / Next (Alt+Left / Alt+Right; PgUp / PgDown while the view has focus).
//! Visits, the last step and quiz answers go to the progress store as they happen.
class LessonView : public QWidget
{
    Q_OBJECT
public:
    explicit LessonView(QWidget *parent = nullptr);

    //! Not owned; both must outlive the view.
    void setCatalog(const Lessons::Catalog *catalog, Lessons::ProgressStore *progress);
    //! Opens a step (-1: where the learner left this lesson, else its first step).
    bool showStep(const QString &lessonId, int step);
    const Lessons::Lesson *lesson() const { return m_lesson; }
    QString lessonId() const;
    int step() const { return m_step; }
    //! Where a learner starts: the step they were on last, or the very first lesson.
    static std::pair<QString, int> startingPoint(const Lessons::Catalog &catalog,
                                                 const Lessons::ProgressStore &progress,
                                                 const QString &lastLesson);

    //! A run of this example started / ended; rules empty when it could not be checked.
    void setExampleRunning(const QString &exampleId, bool running);
    void setExampleResult(const QString &exampleId, const QList<Core::RuleResult> &rules,
                          const QString &error);
    //! A run of this example ended with this run summary: the step's predict items waiting
    //! for it grade their predictions.
    void setExampleSummary(const QString &exampleId, const QJsonObject &summary);
    //! The interpreter (and library versions) an example of this lesson ran with: the line
    //! "Ran on Python …" under it, with the rules that are for other versions, and the step's
    //! version-specific text for those versions (VersionedText; until a run, every variant
    //! shows with its label). Opening another lesson forgets them: it may run elsewhere.
    void setExampleRanOn(const QString &exampleId, const QHash<QString, QString> &versions,
                         const QString &executable, const QStringList &skippedRules);
    QHash<QString, QString> runVersions() const { return m_versions; }
    //! A warning above the step (e.g. a missing library with its Debian package); empty hides.
    void setBanner(const QString &text);
    QString bannerText() const;
    QTextBrowser *textView() const { return m_text; }
    QPushButton *nextButton() const { return m_next; }
    QPushButton *backButton() const { return m_back; }
    //! The ✓/✗ lines shown under an example, for tests.
    QString exampleResultText(const QString &exampleId) const;
    //! The "Ran on Python …" lines under an example, for tests; empty before a run.
    QString exampleRanOnText(const QString &exampleId) const;
    QPushButton *runButton(const QString &exampleId) const;
    //! "Step through" (examples with "step": true) / "Compare with …" (with "compare"); null
    //! when the example on this step has none.
    QPushButton *stepButton(const QString &exampleId) const;
    QPushButton *compareButton(const QString &exampleId) const;
    //! Answers quiz question `question` as if the learner clicked choice `choice`.
    void answerQuiz(int question, int choice);
    QString quizFeedback(int question) const;
    //! The quiz on this step (the lesson's last), null elsewhere.
    QuizCard *quiz() const { return m_quiz; }
    //! The step's "predict, then run" items, in order.
    QList<PredictCard *> predictCards() const { return m_predicts; }
    //! The step's Parsons problems, in order.
    QList<ParsonsCard *> parsonsCards() const { return m_parsons; }
    //! The step's predict_next items, answered at a pause of their example (Step through).
    QList<NextPickCard *> nextPickCards() const { return m_nextPicks; }
    //! The step's text and what-to-look-for lines wait until each of its predict items has
    //! an answer (they tell what the run shows); Read the step shows them at once.
    bool isPredictFirst() const;
    QPushButton *readAnywayButton() const { return m_readAnyway; }
    //! Every step seen, every example run with what it must show holding, every quiz answer
    //! right: what makes a lesson done.
    static bool isLessonDone(const Lessons::Lesson &lesson, const Lessons::ProgressStore &progress);

public Q_SLOTS:
    //! A predict_next item was answered in the strip: its card and the held-back text follow.
    void refreshPredictions();
    bool next();
    bool back();

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void stepShown(const QString &lessonId, int step);
    void runExampleRequested(const QString &lessonId, const QString &exampleId);
    //! Run it paused before its first step, in step mode.
    void stepThroughRequested(const QString &lessonId, const QString &exampleId);
    //! Run otherExampleId (shown as A) and exampleId (B), then compare them on one time axis.
    void compareRequested(const QString &lessonId, const QString &exampleId,
                          const QString &otherExampleId);
    void openExampleRequested(const QString &lessonId, const QString &exampleId);
    void progressChanged();

private:
    void rebuildExtras();
    void addExample(const Lessons::Example &example);
    void updateCompletion();
    //! Next says where it goes, and stands out once this step's examples showed what they
    //! must (on the last step: once the lesson is done).
    void updateNext();
    void fitExtras();

    const Lessons::Catalog *m_catalog = nullptr;
    Lessons::ProgressStore *m_progress = nullptr;
    const Lessons::Lesson *m_lesson = nullptr;
    int m_step = 0;

    QLabel *m_title, *m_banner;
    QTextBrowser *m_text;
    QWidget *m_extras;
    QVBoxLayout *m_extrasLayout;
    QPushButton *m_back, *m_next;
    QLabel *m_position;
    void showStepText(bool keepScroll);
    QHash<QString, QString> m_versions;
    QHash<QString, ExampleCard *> m_examples;
    QuizCard *m_quiz = nullptr;
    QList<PredictCard *> m_predicts;
    QList<ParsonsCard *> m_parsons;
    bool m_parsonsActive = false; //!< the learner is building a Parsons program: cards first
    QList<NextPickCard *> m_nextPicks;
    QList<QLabel *> m_lookFor;
    QPushButton *m_readAnyway;
    bool m_readChosen = false; //!< Read the step was pressed on this step
    void updatePredictFirst();
    void keepVerdictInSight();
    //! Scrolls the cards to the first predict card while the step waits for a prediction.
    void showQuestion();
    //! The step's first predict or predict-next card; null without one.
    QWidget *firstQuestion() const;
    bool m_openOnQuestion = false; //!< until the learner scrolls the cards or answers
    QPointer<PredictCard> m_inSight; //!< the card graded last: its verdict stays in sight
};

} // namespace Ui
