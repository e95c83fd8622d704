#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Lessons {

//! Spaced review, Leitner style: every quiz question and predict item a learner has answered
//! sits in one of five boxes. A wrong answer puts it in box 1, due again in ten minutes; a right
//! answer moves it up one box, and each box waits longer before the item comes back (1 day,
//! 3 days, 7 days, 21 days). The schedule is plain data — the clock is always passed in, so
//! tests drive it with a fake one — and is stored inside the progress file.
class ReviewSchedule
{
public:
    static constexpr int boxes = 5;

    //! One answered question. `key` names it: "quiz:<lesson>#<question>" or
    //! "predict:<lesson>#<step>.<item>" (ReviewKey makes and reads them).
    struct Item {
        QString key;
        QString lessonId;
        int box = 1;          //!< 1 .. boxes
        QDateTime due;        //!< comes back at this moment
        QDateTime last;       //!< last answered
        bool lastRight = false;
        int wrongCount = 0;   //!< wrong answers so far
    };

    static QString quizKey(const QString &lessonId, int question);
    static QString predictKey(const QString &lessonId, int step, int item);
    //! "parsons:<lesson>#<step>.<item>"
    static QString parsonsKey(const QString &lessonId, int step, int item);
    //! How long an item waits in `box` before it is due again.
    static qint64 intervalSeconds(int box);

    //! Records an answer given at `now` and reschedules the item.
    void record(const QString &key, const QString &lessonId, bool right, const QDateTime &now);
    //! Items due at `now` (due time reached), the longest-waiting first.
    QList<Item> due(const QDateTime &now) const;
    //! How many are due at `now`, of one lesson, or of every lesson whose id starts with
    //! `lessonPrefix` (a module id followed by '/'); empty: all.
    int dueCount(const QDateTime &now, const QString &lessonPrefix = {}) const;
    const Item *item(const QString &key) const;
    int size() const { return int(m_items.size()); }

    //! Why the item is due, in words: "answered wrong 2 hours ago" or "answered right 3 days
    //! ago (box 3 of 5)".
    static QString why(const Item &item, const QDateTime &now);

    QJsonObject toJson() const;
    //! Reads what toJson wrote; entries that make no sense (no key, bad box, no due time) are
    //! skipped, never trusted.
    static ReviewSchedule fromJson(const QJsonObject &json);

private:
    QList<Item> m_items;
};

} // namespace Lessons
