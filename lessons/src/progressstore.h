#pragma once
#include "reviewschedule.h"

#include <QJsonObject>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace Lessons {

//! What the learner has done: steps visited, examples and lessons completed, quiz answers and
//! where they left each lesson. Kept as JSON in the app data folder and written atomically on
//! every change; a damaged file is moved aside and progress starts fresh, never a crash.
class ProgressStore
{
public:
    //! Uses `filePath`, or `<AppDataLocation>/progress.json` when empty. Reads it at once.
    explicit ProgressStore(QString filePath = {});

    static QString defaultPath();
    QString filePath() const { return m_path; }
    //! Non-empty when loading had to recover (e.g. the file was damaged and moved aside), or
    //! when the last write failed: a message for the learner.
    QString message() const { return m_message; }
    //! Where a damaged file was moved to, if it was.
    QString movedAsideTo() const { return m_movedAside; }

    bool isStepVisited(const QString &lessonId, int step) const;
    bool markStepVisited(const QString &lessonId, int step);
    bool isExampleCompleted(const QString &lessonId, const QString &exampleId) const;
    bool markExampleCompleted(const QString &lessonId, const QString &exampleId);
    bool isLessonCompleted(const QString &lessonId) const;
    bool markLessonCompleted(const QString &lessonId, bool completed = true);
    std::optional<int> quizAnswer(const QString &lessonId, int question) const;
    bool setQuizAnswer(const QString &lessonId, int question, int choice);
    //! A predict item's attempts (step `step`, item `item` of its "predict" list).
    struct PredictResult {
        QJsonValue answer;     //!< the last answer: a list of lines or a number; undefined: none
        bool passed = false;   //!< some attempt matched the run (stays true)
        int tries = 0;         //!< answers graded so far
        bool revealed = false; //!< the run's answer and the explanation were shown
    };
    PredictResult predictResult(const QString &lessonId, int step, int item) const;
    //! Records one graded answer.
    bool recordPredictAttempt(const QString &lessonId, int step, int item,
                              const QJsonValue &answer, bool passed);
    bool setPredictRevealed(const QString &lessonId, int step, int item);
    //! A Parsons problem's attempts (item `item` of the step's "parsons" list); the answer is
    //! the learner's program lines, indented.
    PredictResult parsonsResult(const QString &lessonId, int step, int item) const;
    bool recordParsonsAttempt(const QString &lessonId, int step, int item,
                              const QJsonValue &answer, bool passed);
    bool setParsonsRevealed(const QString &lessonId, int step, int item);
    std::optional<int> lastStep(const QString &lessonId) const;
    bool setLastStep(const QString &lessonId, int step);
    //! An exercise's state: "" (never checked), "failed" or "passed" (passed stays passed).
    QString exerciseStatus(const QString &exerciseId) const;
    //! Failed checks so far: hints and the solution unlock with them.
    int exerciseFailedAttempts(const QString &exerciseId) const;
    //! Records one check of the learner's code.
    bool recordExerciseCheck(const QString &exerciseId, bool passed);
    //! The spaced-review schedule of answered quiz questions and predict items; stored in the
    //! same file, so an answer and its schedule are written together.
    const ReviewSchedule &review() const { return m_review; }
    //! Records a graded answer (right or wrong, at `now`) in the review schedule, and tells the
    //! review listeners.
    bool recordReview(const QString &key, const QString &lessonId, bool right, const QDateTime &now);
    //! Calls `listener` after every answer recorded in the review schedule (the outline's due
    //! count, an open Review dialog) for as long as the returned handle lives; the handle may
    //! outlive the store.
    [[nodiscard]] std::shared_ptr<void> watchReview(std::function<void()> listener) const;
    //! Forgets everything about one lesson (e.g. "start over").
    bool resetLesson(const QString &lessonId);

    //! Writes now; the mutators above already do. False with message() set on failure.
    bool save();

    static constexpr const char *schema = "loopscope.progress/1";
    static constexpr qint64 maxFileBytes = 16 << 20; //!< far above any real progress file

private:
    void load();
    void moveAside(const QString &why);
    QJsonObject lessonObject(const QString &lessonId) const;
    bool updateLesson(const QString &lessonId, const QJsonObject &value);
    // One item of a step's "predict" or "parsons" list (`group`), by "<step>.<item>".
    PredictResult itemResult(const QString &group, const QString &lessonId, int step, int item) const;
    bool updateItem(const QString &group, const QString &lessonId, int step, int item,
                    const QJsonObject &value);
    bool recordItemAttempt(const QString &group, const QString &lessonId, int step, int item,
                           const QJsonValue &answer, bool passed);
    bool setItemRevealed(const QString &group, const QString &lessonId, int step, int item);

    QString m_path;
    QString m_message;
    QString m_movedAside;
    QJsonObject m_lessons; // lesson id -> {visited, examples, completed, quiz, predict, parsons, last_step}
    QJsonObject m_exercises; // exercise id -> {status, failed}
    ReviewSchedule m_review;
    // Watching is not changing the progress: listeners may be added through a const store.
    using Listeners = std::map<int, std::function<void()>>;
    std::shared_ptr<Listeners> m_reviewListeners = std::make_shared<Listeners>();
    mutable int m_nextListener = 0;
};

} // namespace Lessons
