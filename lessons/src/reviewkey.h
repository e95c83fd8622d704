#pragma once
#include <QString>
#include <optional>

namespace Lessons {

class Catalog;
struct Lesson;

//! The one place that knows how a review-schedule key names a question: made when an answer
//! is recorded (quiz cards, predict cards, Predict next), read back when the Review dialog
//! lists what is due and opens the step that asks it.
//!   "quiz:<lesson id>#<question>"        a question of the lesson's quiz (under its last step)
//!   "predict:<lesson id>#<step>.<item>"  an item of a step's "predict" list
//!   "parsons:<lesson id>#<step>.<item>"  a Parsons problem of a step's "parsons" list
struct ReviewKey {
    enum class Kind { Quiz, Predict, Parsons };
    Kind kind = Kind::Quiz;
    QString lessonId;
    int question = -1; //!< Quiz
    int step = -1, item = -1; //!< Predict, Parsons

    static QString quiz(const QString &lessonId, int question);
    static QString predict(const QString &lessonId, int step, int item);
    static QString parsons(const QString &lessonId, int step, int item);
    QString toString() const;
    //! The key's parts; nullopt for anything that is not a key these functions make.
    static std::optional<ReviewKey> parse(const QString &key);
};

//! A key found in a catalog: its lesson, the step that asks it and its question (Markdown).
struct ReviewTarget {
    const Lesson *lesson = nullptr;
    int step = -1;
    QString question;
};
//! Nothing when the key is malformed, or its lesson or question is gone (a lessons folder
//! closed, a course update).
std::optional<ReviewTarget> locateReview(const Catalog &catalog, const QString &key);

} // namespace Lessons
