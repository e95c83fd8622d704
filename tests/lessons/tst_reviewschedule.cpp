#include "progressstore.h"
#include "reviewkey.h"
#include "reviewschedule.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lessons;

//! The spaced-review schedule on a fake clock: what a learner got wrong comes back soon, what
//! they got right comes back later and later, and the schedule survives a restart (it is
//! written with the progress, atomically).
class TestReviewSchedule : public QObject
{
    Q_OBJECT
    const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    static constexpr qint64 day = 86400;

private Q_SLOTS:
    void wrongAnswerComesBackInTenMinutes()
    {
        ReviewSchedule s;
        const QString key = ReviewSchedule::quizKey(QStringLiteral("tasks/create-task"), 1);
        s.record(key, QStringLiteral("tasks/create-task"), false, t0);
        QCOMPARE(s.dueCount(t0), 0);                       // not echoed back at once
        QCOMPARE(s.dueCount(t0.addSecs(9 * 60)), 0);
        QCOMPARE(s.dueCount(t0.addSecs(10 * 60)), 1);
        const auto due = s.due(t0.addSecs(2 * 3600));
        QCOMPARE(due.size(), 1);
        QCOMPARE(ReviewSchedule::why(due.first(), t0.addSecs(2 * 3600)),
                 QStringLiteral("answered wrong 2 hours ago"));
    }

    void rightAnswersClimbTheBoxesAndWaitLonger()
    {
        ReviewSchedule s;
        const QString key = ReviewSchedule::predictKey(QStringLiteral("running-many/gather"), 0, 0);
        QDateTime now = t0;
        const qint64 expectedWait[] = {day, 3 * day, 7 * day, 21 * day, 21 * day};
        for (int answer = 0; answer < 5; ++answer) {
            s.record(key, QStringLiteral("running-many/gather"), true, now);
            const ReviewSchedule::Item *i = s.item(key);
            QVERIFY(i);
            QCOMPARE(i->box, std::min(answer + 2, ReviewSchedule::boxes));
            QCOMPARE(now.secsTo(i->due), expectedWait[answer]);
            QCOMPARE(s.dueCount(now.addSecs(expectedWait[answer] - 1)), 0);
            now = now.addSecs(expectedWait[answer]);
            QCOMPARE(s.dueCount(now), 1);
        }
        QCOMPARE(ReviewSchedule::why(*s.item(key), now.addSecs(3 * day)),
                 QStringLiteral("answered right 24 days ago (box 5 of 5)"));
    }

    void aWrongAnswerSendsAnItemBackToBoxOne()
    {
        ReviewSchedule s;
        const QString key = ReviewSchedule::quizKey(QStringLiteral("event-loop/callbacks"), 0);
        s.record(key, QStringLiteral("event-loop/callbacks"), true, t0);
        s.record(key, QStringLiteral("event-loop/callbacks"), true, t0.addSecs(day));
        QCOMPARE(s.item(key)->box, 3);
        s.record(key, QStringLiteral("event-loop/callbacks"), false, t0.addSecs(4 * day));
        QCOMPARE(s.item(key)->box, 1);
        QCOMPARE(s.item(key)->wrongCount, 1);
        QCOMPARE(t0.addSecs(4 * day).secsTo(s.item(key)->due), 10 * 60);
    }

    void rightOnTheSecondTryStaysInBoxOne()
    {
        ReviewSchedule s;
        const QString key = ReviewSchedule::quizKey(QStringLiteral("tasks/create-task"), 2);
        s.record(key, QStringLiteral("tasks/create-task"), false, t0);
        s.record(key, QStringLiteral("tasks/create-task"), true, t0.addSecs(30));
        QCOMPARE(s.item(key)->box, 1);
        QCOMPARE(s.dueCount(t0.addSecs(10 * 60)), 1);     // still comes back as the wrong one asked
        s.record(key, QStringLiteral("tasks/create-task"), true, t0.addSecs(20 * 60));
        QCOMPARE(s.item(key)->box, 2);                    // recalled later: now it climbs
    }

    void dueItemsComeLongestWaitingFirstAndCountPerModule()
    {
        ReviewSchedule s;
        s.record(QStringLiteral("quiz:tasks/create-task#0"), QStringLiteral("tasks/create-task"), false, t0);
        s.record(QStringLiteral("quiz:tasks/fire-and-forget#0"), QStringLiteral("tasks/fire-and-forget"),
                 false, t0.addSecs(-3600));
        s.record(QStringLiteral("quiz:event-loop/callbacks#0"), QStringLiteral("event-loop/callbacks"),
                 true, t0);
        const QDateTime later = t0.addSecs(3600);
        const auto due = s.due(later);
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(0).lessonId, QStringLiteral("tasks/fire-and-forget"));
        QCOMPARE(s.dueCount(later, QStringLiteral("tasks/")), 2);
        QCOMPARE(s.dueCount(later, QStringLiteral("event-loop/")), 0);
        QCOMPARE(s.dueCount(t0.addSecs(2 * day), QStringLiteral("event-loop/")), 1);
    }

    void scheduleSurvivesARestartWithTheProgress()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("progress.json"));
        {
            ProgressStore store(path);
            QVERIFY(store.setQuizAnswer(QStringLiteral("tasks/create-task"), 0, 2));
            QVERIFY(store.recordReview(ReviewSchedule::quizKey(QStringLiteral("tasks/create-task"), 0),
                                       QStringLiteral("tasks/create-task"), false, t0));
        }
        ProgressStore reopened(path);
        QVERIFY2(reopened.message().isEmpty(), qPrintable(reopened.message()));
        QCOMPARE(reopened.quizAnswer(QStringLiteral("tasks/create-task"), 0), std::optional<int>(2));
        QCOMPARE(reopened.review().size(), 1);
        QCOMPARE(reopened.review().dueCount(t0.addSecs(600)), 1);
    }

    void damagedEntriesAreSkippedNotTrusted()
    {
        const QJsonObject json{
                {QStringLiteral("quiz:a/b#0"), QJsonObject{{"lesson", "a/b"}, {"box", 9}, {"due", 1.0}}},
                {QStringLiteral("quiz:a/b#1"), QJsonObject{{"lesson", "a/b"}, {"box", 2}}},
                {QStringLiteral("quiz:a/b#2"), QJsonObject{{"box", 2}, {"due", 1.0}}},
                {QStringLiteral("quiz:a/b#3"), QJsonObject{{"lesson", "a/b"}, {"box", 2}, {"due", 1.0}}},
                {QStringLiteral("quiz:a/b#4"), QStringLiteral("not an object")}};
        const ReviewSchedule s = ReviewSchedule::fromJson(json);
        QCOMPARE(s.size(), 1);
        QVERIFY(s.item(QStringLiteral("quiz:a/b#3")));
    }

    void keysAreMadeAndReadInOnePlace()
    {
        using Lessons::ReviewKey;
        const QString quiz = ReviewSchedule::quizKey(QStringLiteral("tasks/create-task"), 2);
        QCOMPARE(quiz, QStringLiteral("quiz:tasks/create-task#2"));
        const auto q = ReviewKey::parse(quiz);
        QVERIFY(q);
        QCOMPARE(q->kind, ReviewKey::Kind::Quiz);
        QCOMPARE(q->lessonId, QStringLiteral("tasks/create-task"));
        QCOMPARE(q->question, 2);
        QCOMPARE(q->toString(), quiz);
        const QString predict = ReviewSchedule::predictKey(QStringLiteral("event-loop/callbacks"), 1, 0);
        const auto p = ReviewKey::parse(predict);
        QVERIFY(p);
        QCOMPARE(p->kind, ReviewKey::Kind::Predict);
        QCOMPARE(p->lessonId, QStringLiteral("event-loop/callbacks"));
        QCOMPARE(p->step, 1);
        QCOMPARE(p->item, 0);
        QCOMPARE(p->toString(), predict);
        const QString parsons = ReviewSchedule::parsonsKey(QStringLiteral("running-many/gather"), 1, 0);
        QCOMPARE(parsons, QStringLiteral("parsons:running-many/gather#1.0"));
        const auto pa = ReviewKey::parse(parsons);
        QVERIFY(pa);
        QCOMPARE(pa->kind, ReviewKey::Kind::Parsons);
        QCOMPARE(pa->step, 1);
        QCOMPARE(pa->item, 0);
        QCOMPARE(pa->toString(), parsons);
        // Whatever a damaged progress file holds is no key.
        for (const char *bad : {"", "quiz", "quiz:#1", "quiz:a/b#", "quiz:a/b#x", "quiz:a/b#-1",
                                "quiz:a/b#+1", "predict:a/b#1", "predict:a/b#1.2.3", "predict:a/b#1.",
                                "other:a/b#1", ":a/b#1", "parsons:a/b#1", "parsons:a/b#x.0"})
            QVERIFY2(!ReviewKey::parse(QString::fromLatin1(bad)), bad);
    }
};

QTEST_GUILESS_MAIN(TestReviewSchedule)
#include "tst_reviewschedule.moc"
