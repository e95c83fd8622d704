#include "catalogloader.h"
#include "progressstore.h"
#include "reviewdialog.h"
#include "reviewschedule.h"

#include <QLabel>
#include <QPushButton>
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
};

QTEST_MAIN(TestReviewDialog)
#include "tst_reviewdialog.moc"
