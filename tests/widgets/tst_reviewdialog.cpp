#include "catalogloader.h"
#include "courseoutline.h"
#include "progressstore.h"
#include "reviewdialog.h"
#include "reviewschedule.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace Ui;

//! The Review dialog over the built-in course, on a fake clock: what is due is listed with its
//! lesson, its question and why; Open goes to the step that asks it; what is not due, or no
//! longer exists, is not listed.
class TestReviewDialog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    Lessons::Catalog m_catalog;
    const QDateTime t0 = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const QString gather = QStringLiteral("running-many/gather");

private Q_SLOTS:
    void initTestCase() { m_catalog = Lessons::CatalogLoader::loadBuiltIn(); }

    void listsWhatIsDueWithWhyAndOpensItsStep()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("due.json")));
        const Lessons::Lesson *lesson = m_catalog.lesson(gather);
        QVERIFY(lesson && !lesson->quiz.isEmpty());
        // A quiz answer given wrong, a prediction given right, and one from a lesson that is gone.
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 0), gather, false, t0);
        progress.recordReview(Lessons::ReviewSchedule::predictKey(gather, 0, 0), gather, true, t0);
        progress.recordReview(QStringLiteral("quiz:gone/lesson#0"), QStringLiteral("gone/lesson"), false, t0);

        QDateTime now = t0.addSecs(3600);
        ReviewDialog dialog(&m_catalog, &progress, nullptr, [&] { return now; });
        dialog.show();
        QCOMPARE(dialog.list()->topLevelItemCount(), 1); // the prediction is due tomorrow
        const QTreeWidgetItem *row = dialog.list()->topLevelItem(0);
        QCOMPARE(row->text(0), lesson->title);
        QVERIFY2(row->text(1).contains(QStringLiteral("fast() finishes first")), qPrintable(row->text(1)));
        QVERIFY(!row->text(1).contains(QLatin1Char('`'))); // Markdown shown as plain text
        QCOMPARE(row->text(2), QStringLiteral("answered wrong 1 hour ago"));
        QVERIFY(dialog.summary()->text().startsWith(QStringLiteral("One answer to recall now.")));

        QSignalSpy open(&dialog, &ReviewDialog::openRequested);
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).toString(), gather);
        QCOMPARE(open.at(0).at(1).toInt(), int(lesson->steps.size()) - 1); // the quiz's step

        // A day later the prediction is due too, and opens at its own step.
        now = t0.addSecs(86400 + 60);
        dialog.refresh();
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(open.at(1).at(1).toInt(), 0);
    }

    // A Parsons program graded wrong comes back like a prediction, and opens at its step.
    void parsonsProblemsComeBackToo()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("parsons.json")));
        const QString lessonId = QStringLiteral("running-many/gather");
        const Lessons::Lesson *lesson = m_catalog.lesson(lessonId);
        QVERIFY(lesson && !lesson->steps[0].parsons.isEmpty());
        progress.recordReview(Lessons::ReviewSchedule::parsonsKey(lessonId, 0, 0), lessonId, false, t0);
        const QDateTime now = t0.addSecs(3600);
        ReviewDialog dialog(&m_catalog, &progress, nullptr, [&] { return now; });
        dialog.show();
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY2(dialog.list()->topLevelItem(0)->text(1).startsWith(QStringLiteral("Put together")),
                 qPrintable(dialog.list()->topLevelItem(0)->text(1)));
        QSignalSpy open(&dialog, &ReviewDialog::openRequested);
        QTest::mouseClick(dialog.openButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(1).toInt(), 0);
    }

    void saysSoWhenNothingIsDue()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("empty.json")));
        ReviewDialog fresh(&m_catalog, &progress, nullptr, [&] { return t0; });
        QCOMPARE(fresh.list()->topLevelItemCount(), 0);
        QVERIFY(fresh.summary()->text().contains(QStringLiteral("Nothing to review yet")));
        QVERIFY(!fresh.openButton()->isEnabled());
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 0), gather, true, t0);
        ReviewDialog later(&m_catalog, &progress, nullptr, [&] { return t0.addSecs(60); });
        QVERIFY(later.summary()->text().contains(QStringLiteral("Nothing is due now")));
    }

    void refreshesWhenAnAnswerIsRecordedWhileOpen()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("open.json")));
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 0), gather, false, t0);
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 1), gather, false, t0);
        QDateTime now = t0.addSecs(15 * 60);
        ReviewDialog dialog(&m_catalog, &progress, nullptr, [&] { return now; });
        dialog.show();
        QCOMPARE(dialog.list()->topLevelItemCount(), 2);
        dialog.list()->setCurrentItem(dialog.list()->topLevelItem(1));
        // The learner opened the first question and answered it right: it leaves the list at
        // once, and the row they were on stays current.
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 0), gather, true, now);
        QCOMPARE(dialog.list()->topLevelItemCount(), 1);
        QVERIFY(dialog.list()->currentItem());
        QVERIFY(dialog.summary()->text().startsWith(QStringLiteral("One answer to recall now.")));
    }

    void longQuestionsWrapInsteadOfBeingCut()
    {
        // The longest question the course asks, in a narrow dialog.
        QString longest;
        QString key, lessonId;
        for (const Lessons::Lesson *l : m_catalog.lessons())
            for (int s = 0; s < l->steps.size(); ++s)
                for (int i = 0; i < l->steps[s].predict.size(); ++i)
                    if (l->steps[s].predict[i].question.size() > longest.size()) {
                        longest = l->steps[s].predict[i].question;
                        key = Lessons::ReviewSchedule::predictKey(l->id, s, i);
                        lessonId = l->id;
                    }
        QVERIFY(longest.size() > 150);
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("long.json")));
        progress.recordReview(key, lessonId, false, t0);
        ReviewDialog dialog(&m_catalog, &progress, nullptr, [&] { return t0.addSecs(3600); });
        dialog.resize(640, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTreeWidget *list = dialog.list();
        QCOMPARE(list->topLevelItemCount(), 1);
        const QModelIndex question = list->model()->index(0, 1);
        const QRect cell = list->visualRect(question);
        const QString text = question.data().toString();
        const QFontMetrics fm = list->fontMetrics();
        // Every word is drawn: the cell is as tall as the wrapped text, not one line.
        const QRect needed = fm.boundingRect(QRect(0, 0, cell.width() - 8, 1 << 20), Qt::TextWordWrap, text);
        QVERIFY2(cell.height() >= needed.height(), qPrintable(QStringLiteral("cell %1 px, text %2 px")
                                                                  .arg(cell.height()).arg(needed.height())));
        QVERIFY(cell.height() > 2 * fm.height());
        // No sideways scrolling: the columns fit the list.
        QVERIFY(!list->horizontalScrollBar()->isVisible());
    }

    void theOutlineCountsWhatIsDueAndOpensReview()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("outline.json")));
        QDateTime now = t0;
        CourseOutline outline;
        outline.setReviewSource(&progress, [&] { return now; });
        outline.show();
        QVERIFY(!outline.reviewButton()->isVisible()); // nothing answered yet
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 0), gather, false, now);
        QVERIFY(outline.reviewButton()->isVisible());
        QCOMPARE(outline.reviewButton()->text(), QStringLiteral("Review — nothing due now"));
        now = t0.addSecs(11 * 60); // the minute timer's turn
        outline.refreshReviewCount();
        QCOMPARE(outline.dueCount(), 1);
        QCOMPARE(outline.reviewButton()->text(), QStringLiteral("Review — 1 answer due"));
        progress.recordReview(Lessons::ReviewSchedule::quizKey(gather, 1), gather, false, t0);
        QCOMPARE(outline.reviewButton()->text(), QStringLiteral("Review — 2 answers due"));
        QSignalSpy open(&outline, &CourseOutline::reviewRequested);
        QTest::mouseClick(outline.reviewButton(), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        // The progress may go first (the window's parts are torn down in any order).
        {
            auto gone = std::make_unique<Lessons::ProgressStore>(m_dir.filePath(QStringLiteral("gone.json")));
            CourseOutline other;
            other.setReviewSource(gone.get(), [&] { return now; });
            gone.reset();
        }
    }
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
