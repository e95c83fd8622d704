// The lesson view: a new learner starts at the first lesson, Next/Back (buttons, Alt+arrows,
// page keys) walk the steps and cross lessons, the quiz answers at once and is remembered,
// and Run on a virtual-clock example draws its lanes and ticks what it must show; Step through
// starts an example paused, and Compare with … runs a pair and opens the compare view.
#include "catalogloader.h"
#include "comparisonview.h"
#include "lessonview.h"
#include "mainwindow.h"
#include "predictcard.h"
#include "progressstore.h"
#include "quizcard.h"
#include "runsession.h"
#include "timelineview.h"
#include "tracemodel.h"
#include "versioncondition.h"

#include "isolatedsettings.h"

#include <QPushButton>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QDir>
#include <QJsonArray>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace Ui;

namespace {

const QString kFirst = QStringLiteral("why-async/three-downloads");

int taskLanes(const Core::TraceModel *model)
{
    int n = 0;
    for (int lane = 0; model && lane < model->laneCount(); ++lane)
        n += model->lane(lane).kind == Core::LaneKind::Task;
    return n;
}

} // namespace

class TstLessonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(m_dir.filePath(QStringLiteral("config")), QStringLiteral("tst_lessonview"));
        m_catalog = Lessons::CatalogLoader::loadBuiltIn();
        QVERIFY(m_catalog.lesson(kFirst));
    }

    void newLearnerStartsAtTheFirstLesson()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("new.json")));
        const auto [lesson, step] = LessonView::startingPoint(m_catalog, progress, {});
        QCOMPARE(lesson, kFirst);
        QCOMPARE(step, 0);
        // Someone who left at step 2 of a lesson comes back there.
        progress.setLastStep(QStringLiteral("running-many/gather"), 1);
        const auto [again, at] = LessonView::startingPoint(m_catalog, progress,
                                                           QStringLiteral("running-many/gather"));
        QCOMPARE(again, QStringLiteral("running-many/gather"));
        QCOMPARE(at, 1);
    }

    // The example cards get the height they need and the prose the rest, also after the view
    // grew (the window sizes its docks after the first show): no empty band under the cards.
    void examplesFitTheirCardsAfterAResize()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("fit.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(440, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showStep(kFirst, 0));
        QTest::qWait(50);
        view.resize(440, 1000);
        QTest::qWait(50);
        auto *splitter = view.findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
        QVERIFY(splitter);
        auto *scroll = qobject_cast<QScrollArea *>(splitter->widget(1));
        QVERIFY(scroll && scroll->widget());
        int cardsBottom = 0;
        for (QFrame *card : scroll->widget()->findChildren<QFrame *>(Qt::FindDirectChildrenOnly))
            cardsBottom = std::max(cardsBottom, card->geometry().bottom());
        QVERIFY(cardsBottom > 0);
        const int pane = splitter->sizes().at(1);
        QVERIFY2(pane - cardsBottom <= 16 && pane >= cardsBottom,
                 qPrintable(QStringLiteral("pane %1, cards end at %2").arg(pane).arg(cardsBottom)));
    }

    // In a short lesson column (the lesson dock at 1280x800) the prose keeps a paragraph's
    // room beside a card, and after a run the card's "what it must show" comes into view.
    void shortColumnReadsAndShowsTheResult()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("short.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(460, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // A step with an example and no prediction (a prediction keeps its card in view instead).
        QVERIFY(view.showStep(kFirst, 2));
        QVERIFY(m_catalog.lesson(kFirst)->steps[2].predict.isEmpty());
        QTest::qWait(50);
        const int lines = view.textView()->height() / view.textView()->fontMetrics().lineSpacing();
        QVERIFY2(lines >= 12, qPrintable(QStringLiteral("%1 lines of text").arg(lines)));
        const QString example = m_catalog.lesson(kFirst)->steps[2].examples.first();
        QList<Core::RuleResult> rules;
        for (int i = 0; i < 6; ++i) {
            Core::RuleResult r;
            r.label = QStringLiteral("rule %1").arg(i + 1);
            r.passed = true;
            rules << r;
        }
        view.setExampleResult(example, rules, {});
        QTest::qWait(50);
        auto *scroll = view.findChild<QScrollArea *>();
        QVERIFY(scroll);
        QLabel *result = nullptr;
        for (QLabel *l : scroll->widget()->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("rule 1")))
                result = l;
        QVERIFY(result);
        const QPoint top = result->mapTo(scroll->viewport(), QPoint(0, 0));
        QVERIFY2(top.y() >= 0 && top.y() < scroll->viewport()->height(),
                 qPrintable(QStringLiteral("result at %1 in a %2 px pane")
                                    .arg(top.y())
                                    .arg(scroll->viewport()->height())));
    }

    // Long quiz choices wrap in a narrow lesson column instead of making the examples pane
    // scroll sideways (which cut off the example's buttons); a click on a choice's text answers.
    void quizChoicesWrapAndAnswerOnClick()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("narrow.json")));
        const QString lessonId = QStringLiteral("running-many/gather");
        const Lessons::Lesson *lesson = m_catalog.lesson(lessonId);
        QVERIFY(lesson && !lesson->quiz.isEmpty());
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(360, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showStep(lessonId, int(lesson->steps.size()) - 1));
        QTest::qWait(50);
        auto *splitter = view.findChild<QSplitter *>(QStringLiteral("lessonSplitter"));
        auto *scroll = qobject_cast<QScrollArea *>(splitter->widget(1));
        QVERIFY(scroll);
        QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
        QLabel *choice = nullptr;
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>())
            if (label->text() == lesson->quiz[0].choices.value(lesson->quiz[0].answer))
                choice = label;
        QVERIFY(choice);
        QTest::mouseClick(choice, Qt::LeftButton);
        QVERIFY(view.quizFeedback(0).contains(QStringLiteral("Right")));
    }

    void nextAndBackWalkTheSteps()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("nav.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(600, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.showStep(kFirst, 0));
        // The first step asks for a prediction first; read it anyway.
        QVERIFY(view.readAnywayButton()->isVisible());
        QTest::mouseClick(view.readAnywayButton(), Qt::LeftButton);
        const Lessons::Lesson *lesson = m_catalog.lesson(kFirst);
        QTextDocument step;
        step.setMarkdown(lesson->steps[0].markdown);
        QCOMPARE(view.textView()->toPlainText(), step.toPlainText());
        QVERIFY(view.runButton(QStringLiteral("one_by_one")));
        QVERIFY(!view.backButton()->isEnabled()); // the very first step of the course

        QTest::mouseClick(view.nextButton(), Qt::LeftButton);
        QCOMPARE(view.step(), 1);
        QTest::keyClick(&view, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(view.step(), 2);
        QTest::keyClick(&view, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(view.step(), 1);
        view.textView()->setFocus();
        QTest::keyClick(view.textView(), Qt::Key_PageDown);
        QCOMPARE(view.step(), 2);
        QTest::keyClick(view.textView(), Qt::Key_PageUp);
        QCOMPARE(view.step(), 1);

        // Past the last step comes the next lesson; Back returns to this one's last step.
        view.showStep(kFirst, int(lesson->steps.size()) - 1);
        QVERIFY(view.next());
        QCOMPARE(view.lessonId(), m_catalog.lessons().at(1)->id);
        QCOMPARE(view.step(), 0);
        QVERIFY(view.back());
        QCOMPARE(view.lessonId(), kFirst);
        QCOMPARE(view.step(), int(lesson->steps.size()) - 1);

        QVERIFY(progress.isStepVisited(kFirst, 0));
        QVERIFY(progress.isStepVisited(kFirst, 2));
        QCOMPARE(progress.lastStep(kFirst), std::optional<int>(int(lesson->steps.size()) - 1));
    }

    // A wrong answer says why it is wrong and leaves the answer to find; a second wrong one
    // (or Show the answer) reveals it. Questions are numbered 1, 2, 3, not 1, 1, 1.
    void quizExplainsAWrongAnswerAndAllowsARetry()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("quiz.json")));
        const Lessons::Lesson *lesson = m_catalog.lesson(kFirst);
        QVERIFY(lesson->quiz.size() >= 3);
        const int last = int(lesson->steps.size()) - 1;
        {
            LessonView view;
            view.setCatalog(&m_catalog, &progress);
            view.showStep(kFirst, last);
            QuizCard *quiz = view.quiz();
            QVERIFY(quiz);
            QStringList numbers;
            // The questions are the labels whose text (rich text from Markdown) starts "N. ".
            static const QRegularExpression numbered(QStringLiteral("^\\d+\\. "));
            for (QLabel *label : quiz->findChildren<QLabel *>()) {
                const QString plain = QTextDocumentFragment::fromHtml(label->text()).toPlainText();
                if (label->textFormat() == Qt::RichText && numbered.match(plain).hasMatch())
                    numbers << plain.section(QLatin1Char(' '), 0, 0);
            }
            QCOMPARE(numbers.mid(0, 3), (QStringList{"1.", "2.", "3."}));

            const Lessons::QuizQuestion &q0 = lesson->quiz[0];
            const int right = q0.answer;
            const int wrong = (right + 1) % int(q0.choices.size());
            view.answerQuiz(0, wrong);
            QString feedback = view.quizFeedback(0);
            QVERIFY2(feedback.contains(QStringLiteral("Not quite")), qPrintable(feedback));
            QVERIFY2(feedback.contains(q0.whyWrong.value(wrong)), qPrintable(feedback));
            QVERIFY2(feedback.contains(QStringLiteral("Try another answer")), qPrintable(feedback));
            QVERIFY(!feedback.contains(q0.choices[right])); // not given away
            QVERIFY(!quiz->isChoiceEnabled(0, wrong));
            QVERIFY(quiz->revealButton(0)->isVisibleTo(quiz));
            view.answerQuiz(0, right);
            feedback = view.quizFeedback(0);
            QVERIFY(feedback.contains(QStringLiteral("Right")) && feedback.contains(q0.explain));

            // Two wrong answers: now the answer and why.
            const Lessons::QuizQuestion &q1 = lesson->quiz[1];
            view.answerQuiz(1, (q1.answer + 1) % int(q1.choices.size()));
            view.answerQuiz(1, (q1.answer + 2) % int(q1.choices.size()));
            feedback = view.quizFeedback(1);
            QVERIFY2(feedback.contains(QStringLiteral("The answer is “%1”").arg(q1.choices[q1.answer]))
                             && feedback.contains(q1.explain),
                     qPrintable(feedback));
            // Show the answer, after one wrong try.
            const Lessons::QuizQuestion &q2 = lesson->quiz[2];
            view.answerQuiz(2, (q2.answer + 1) % int(q2.choices.size()));
            QTest::mouseClick(quiz->revealButton(2), Qt::LeftButton);
            QVERIFY(view.quizFeedback(2).contains(q2.choices[q2.answer]));
            for (int q = 1; q < lesson->quiz.size(); ++q)
                view.answerQuiz(q, lesson->quiz[q].answer);
        }
        QCOMPARE(progress.quizAnswer(kFirst, 0), std::optional<int>(lesson->quiz[0].answer));
        // Every step seen and the quiz right, but the examples never ran: not done yet.
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        for (int s = 0; s <= last; ++s)
            view.showStep(kFirst, s);
        QVERIFY(view.quizFeedback(0).contains(QStringLiteral("Right"))); // shown again
        QVERIFY(!progress.isLessonCompleted(kFirst));
        QVERIFY(!view.nextButton()->isDefault());
        for (const Lessons::Example &e : lesson->examples)
            progress.markExampleCompleted(kFirst, e.id);
        view.showStep(kFirst, last);
        QVERIFY(progress.isLessonCompleted(kFirst));
        // Done: Next leads on to the next lesson and stands out.
        QVERIFY(view.nextButton()->isDefault());
        QCOMPARE(view.nextButton()->text(), QStringLiteral("Next lesson"));
    }

    void runningAnExampleDrawsItsLanesAndChecksIt()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // A new learner sees the first lesson.
        QCOMPARE(window.lessonView()->lessonId(), kFirst);
        QVERIFY(window.lessonView()->showStep(kFirst, 1));
        QPushButton *run = window.lessonView()->runButton(QStringLiteral("all_at_once"));
        QVERIFY(run);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
        QCOMPARE(taskLanes(window.model()), 4); // main and three downloads
        QVERIFY(window.model()->hello()->virtualClock); // the example's clock, not the window's
        // A lesson about durations keeps the time axis.
        QCOMPARE(window.timeline()->axis(), TimelineAxis::Time);
        const QString lines = window.lessonView()->exampleResultText(QStringLiteral("all_at_once"));
        QVERIFY2(lines.contains(QStringLiteral("✓")) && !lines.contains(QStringLiteral("✗")),
                 qPrintable(lines));
        QVERIFY(window.progress()->isExampleCompleted(kFirst, QStringLiteral("all_at_once")));
        QVERIFY(window.lessonView()->bannerText().isEmpty());
    }

    // A step whose text tells what its prediction is about waits for the answer: the text and
    // the what-to-look-for lines come once every item has one (right or wrong), or at Read
    // the step.
    void predictFirstHoldsBackTheAnswer()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("predictfirst.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(600, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString lesson = QStringLiteral("running-many/gather");
        QVERIFY(view.showStep(lesson, 0));
        auto text = [&] { return view.textView()->toPlainText(); };
        QVERIFY2(text().contains(QStringLiteral("Predict first")), qPrintable(text()));
        QVERIFY(!text().contains(QStringLiteral("orders wakes first")));
        QVERIFY(view.readAnywayButton()->isVisible());
        for (QLabel *l : view.findChildren<QLabel *>())
            QVERIFY(!l->isVisible() || !l->text().contains(QStringLiteral("What to look for")));
        QTest::mouseClick(view.readAnywayButton(), Qt::LeftButton);
        QVERIFY2(text().contains(QStringLiteral("orders")), qPrintable(text()));
        QVERIFY(!text().contains(QStringLiteral("Predict first")));
        QVERIFY(!view.readAnywayButton()->isVisible());
        // Another step and back: it waits again, until the item has an answer.
        QVERIFY(view.showStep(lesson, 2));
        QVERIFY(!view.readAnywayButton()->isVisible()); // no prediction on that step
        QVERIFY(view.showStep(lesson, 0));
        QVERIFY(text().contains(QStringLiteral("Predict first")));
        progress.recordPredictAttempt(lesson, 0, 0, QJsonArray{}, false);
        QVERIFY(view.showStep(lesson, 0));
        QVERIFY(!text().contains(QStringLiteral("Predict first")));
        QVERIFY(!view.readAnywayButton()->isVisible());
    }

    // Predict, then run, in the window: the first answer runs the step's example for real
    // through the course (the lines as first shown are a wrong order the lesson expects), the
    // second is graded on that run, and the progress keeps both.
    void aPredictionIsGradedByARealRun()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString lesson = QStringLiteral("running-many/gather");
        QVERIFY(window.lessonView()->showStep(lesson, 0));
        const QList<PredictCard *> cards = window.lessonView()->predictCards();
        QCOMPARE(cards.size(), 1);
        PredictCard *card = cards.first();
        QTRY_VERIFY(card->isVisible()); // shown once the layout has run
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::mouseClick(card->compareButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(card->verdictText().contains(QStringLiteral("Not quite")), 20000);
        QVERIFY2(card->verdictText().contains(QStringLiteral("passed to gather")),
                 qPrintable(card->verdictText()));
        QCOMPARE(card->lineMarks(), (QStringList{"✗", "✗", "✗", "✓"}));
        // The verdict is scrolled into sight: at 1400x900 it fell below the examples' fold.
        auto *scroll = window.lessonView()->findChild<QScrollArea *>();
        QVERIFY(scroll);
        const auto verdictInSight = [&] {
            const QLabel *verdict = card->verdictLabel();
            const QRect at(verdict->mapTo(scroll->viewport(), QPoint(0, 0)), verdict->size());
            return scroll->viewport()->rect().intersects(at);
        };
        QTRY_VERIFY(verdictInSight());
        // ... also once the example's own result, above the card, has grown.
        QTRY_VERIFY_WITH_TIMEOUT(
                !window.lessonView()->exampleResultText(QStringLiteral("gather_order")).isEmpty(),
                20000);
        QTRY_VERIFY(verdictInSight());
        QTest::mouseClick(card->moveButton(0, false), Qt::LeftButton);
        QTest::mouseClick(card->moveButton(1, false), Qt::LeftButton);
        QTest::mouseClick(card->compareButton(), Qt::LeftButton);
        QVERIFY2(card->verdictText().startsWith(QStringLiteral("✓ Right")),
                 qPrintable(card->verdictText()));
        QCOMPARE(finished.count(), 1); // graded on the same run
        const auto saved = window.progress()->predictResult(lesson, 0, 0);
        QVERIFY(saved.passed);
        QCOMPARE(saved.tries, 2);
    }

    void versionedTextShowsThePartForTheRunsPython()
    {
        // The wait_for step says what changed in 3.12 in two blocks, one per side.
        const QString lesson = QStringLiteral("running-many/timeouts");
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("versions.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(700, 800);
        view.show();
        QVERIFY(view.showStep(lesson, 0));
        QTest::mouseClick(view.readAnywayButton(), Qt::LeftButton); // the step asks a prediction first
        auto text = [&] { return view.textView()->toPlainText(); };
        // Nothing ran yet: both parts, each headed by the versions it is for.
        QVERIFY2(text().contains(QStringLiteral("Python before 3.12"))
                         && text().contains(QStringLiteral("Python 3.12 and newer")),
                 qPrintable(text()));
        QVERIFY(view.exampleRanOnText(QStringLiteral("wait_for")).isEmpty());
        // A run on 3.13: only the part for 3.12 and newer, with the version it ran on.
        view.setExampleRanOn(QStringLiteral("wait_for"), {{QStringLiteral("python"), QStringLiteral("3.13.0")}},
                             QStringLiteral("/opt/py/bin/python3"),
                             {QStringLiteral("for Python before 3.12: wait_for wraps a coroutine in a task of its own")});
        QVERIFY2(text().contains(QStringLiteral("Python 3.12 and newer — your run: Python 3.13.0")),
                 qPrintable(text()));
        QVERIFY(!text().contains(QStringLiteral("Python before 3.12 —")));
        QVERIFY(!text().contains(QStringLiteral(":::"))); // the markers are never shown
        const QString ranOn = view.exampleRanOnText(QStringLiteral("wait_for"));
        QVERIFY2(ranOn.contains(QStringLiteral("Ran on Python 3.13.0"))
                         && ranOn.contains(QStringLiteral("/opt/py/bin/python3"))
                         && ranOn.contains(QStringLiteral("not checked on this version")),
                 qPrintable(ranOn));
        // A run on 3.11 turns it around.
        view.setExampleRanOn(QStringLiteral("wait_for"), {{QStringLiteral("python"), QStringLiteral("3.11.2")}},
                             {}, {});
        QVERIFY(text().contains(QStringLiteral("Python before 3.12 — your run: Python 3.11.2")));
        QVERIFY(!text().contains(QStringLiteral("Python 3.12 and newer —")));
        // Another lesson may run elsewhere: it starts with every variant again.
        QVERIFY(view.showStep(kFirst, 0));
        QVERIFY(view.runVersions().isEmpty());
    }

    void runningAnExampleSaysWhichPythonItRanOn()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QString lesson = QStringLiteral("running-many/timeouts");
        QVERIFY(window.lessonView()->showStep(lesson, 0));
        QTest::mouseClick(window.lessonView()->readAnywayButton(), Qt::LeftButton);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::mouseClick(window.lessonView()->runButton(QStringLiteral("wait_for")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const Core::RunResult result = finished.at(0).at(0).value<Core::RunResult>();
        QCOMPARE(result.status, Core::RunStatus::Ok);
        QTRY_VERIFY_WITH_TIMEOUT(!window.lessonView()->exampleRanOnText(QStringLiteral("wait_for")).isEmpty(), 20000);
        QVERIFY(window.lessonView()->exampleRanOnText(QStringLiteral("wait_for"))
                        .contains(QStringLiteral("Ran on Python ") + result.pythonVersion));
        // The rules for the other side of the 3.12 change were left out, so all shown pass.
        const QString lines = window.lessonView()->exampleResultText(QStringLiteral("wait_for"));
        QVERIFY2(lines.contains(QStringLiteral("✓")) && !lines.contains(QStringLiteral("✗")), qPrintable(lines));
        const bool before312 = Lessons::compareVersions(result.pythonVersion, QStringLiteral("3.12")) < 0;
        const QString text = window.lessonView()->textView()->toPlainText();
        QVERIFY2(text.contains(before312 ? QStringLiteral("Python before 3.12 — your run")
                                         : QStringLiteral("Python 3.12 and newer — your run")),
                 qPrintable(text));
        QVERIFY(!text.contains(before312 ? QStringLiteral("Python 3.12 and newer")
                                         : QStringLiteral("Python before 3.12")));
    }

    void stepAndCompareButtonsFollowTheLesson()
    {
        Lessons::ProgressStore progress(m_dir.filePath(QStringLiteral("buttons.json")));
        LessonView view;
        view.setCatalog(&m_catalog, &progress);
        view.resize(600, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The sequential version has neither; the gathered one is paired with it.
        QVERIFY(view.showStep(kFirst, 0));
        QVERIFY(!view.stepButton(QStringLiteral("one_by_one")));
        QVERIFY(!view.compareButton(QStringLiteral("one_by_one")));
        QVERIFY(view.showStep(kFirst, 1));
        QPushButton *compare = view.compareButton(QStringLiteral("all_at_once"));
        QVERIFY(compare && !compare->isHidden());
        QVERIFY(compare->text().contains(QStringLiteral("Three downloads, one after another")));
        QSignalSpy compared(&view, &LessonView::compareRequested);
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(compared.count(), 1);
        QCOMPARE(compared.at(0).at(1).toString(), QStringLiteral("all_at_once"));
        QCOMPARE(compared.at(0).at(2).toString(), QStringLiteral("one_by_one"));
        // gather's order is taught in step mode.
        QVERIFY(view.showStep(QStringLiteral("running-many/gather"), 0));
        QPushButton *step = view.stepButton(QStringLiteral("gather_order"));
        QVERIFY(step && !step->isHidden());
        QSignalSpy stepped(&view, &LessonView::stepThroughRequested);
        QTest::mouseClick(step, Qt::LeftButton);
        QCOMPARE(stepped.count(), 1);
        QCOMPARE(stepped.at(0).at(1).toString(), QStringLiteral("gather_order"));
        // While it runs, none of its buttons starts a second run.
        view.setExampleRunning(QStringLiteral("gather_order"), true);
        QVERIFY(!step->isEnabled() && !view.runButton(QStringLiteral("gather_order"))->isEnabled());
        view.setExampleResult(QStringLiteral("gather_order"), {}, {});
        QVERIFY(step->isEnabled());
    }

    void stepThroughStartsTheExamplePaused()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setStepMode(false); // Step through pauses whatever Run ▸ Step mode says
        QVERIFY(window.lessonView()->showStep(QStringLiteral("running-many/gather"), 0));
        QSignalSpy paused(&window, &MainWindow::paused);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        QTest::mouseClick(window.lessonView()->stepButton(QStringLiteral("gather_order")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 1, 60000);
        QVERIFY(window.isPaused());
        // Its point is order ("step": true): the timeline shows steps, equally wide, in order.
        QCOMPARE(window.timeline()->axis(), TimelineAxis::Steps);
        QCOMPARE(paused.at(0).at(0).value<Core::PausedInfo>().next.name, QStringLiteral("Task-1"));
        // main's first step: gather schedules the three services in argument order.
        window.stepOnce();
        QTRY_COMPARE_WITH_TIMEOUT(paused.count(), 2, 60000);
        const Core::PausedInfo second = paused.at(1).at(0).value<Core::PausedInfo>();
        // Next is the first call_service task; the other two wait behind it in the ready queue.
        QCOMPARE(second.next.name, QStringLiteral("Task-2"));
        QVERIFY(second.ready.size() >= 2);
        window.continueRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
        QVERIFY(window.model()->hello()->stepMode);
        const QString lines = window.lessonView()->exampleResultText(QStringLiteral("gather_order"));
        QVERIFY2(lines.contains(QStringLiteral("✓")) && !lines.contains(QStringLiteral("✗")),
                 qPrintable(lines));
        // The next plain Run is not paused.
        QTest::mouseClick(window.lessonView()->runButton(QStringLiteral("gather_order")),
                          Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QCOMPARE(paused.count(), 2);
        QVERIFY(!window.model()->hello()->stepMode);
    }

    void compareRunsBothExamplesOnOneAxis()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.lessonView()->showStep(kFirst, 1));
        QSignalSpy shown(&window, &MainWindow::comparisonShown);
        QTest::mouseClick(window.lessonView()->compareButton(QStringLiteral("all_at_once")),
                          Qt::LeftButton);
        QVERIFY(window.isComparingExamples());
        QTRY_COMPARE_WITH_TIMEOUT(shown.count(), 1, 120000);
        QVERIFY(!window.isComparingExamples());
        ComparisonView *compare = window.comparisonView();
        QVERIFY(compare && !compare->isHidden());
        // A: one by one, one lane of three sleeps; B: gather, main and three downloads.
        QCOMPARE(taskLanes(compare->timelineA()->model()), 1);
        QCOMPARE(taskLanes(compare->timelineB()->model()), 4);
        QVERIFY(compare->headingA().contains(QStringLiteral("one after another")));
        QCOMPARE(compare->timelineA()->timeScale(), compare->timelineB()->timeScale());
        const Core::RunComparison &c = compare->comparison();
        QVERIFY2(c.a.wallS > 2.8 && c.b.wallS < 1.4, qPrintable(QStringLiteral("%1 vs %2")
                                                                    .arg(c.a.wallS).arg(c.b.wallS)));
        QCOMPARE(c.a.maxConcurrentWaits.value(QStringLiteral("sleep")), 1);
        QCOMPARE(c.b.maxConcurrentWaits.value(QStringLiteral("sleep")), 3);
        QVERIFY(compare->figures()->rowCount() > 5);
        // Both examples were checked on the way.
        QVERIFY(window.progress()->isExampleCompleted(kFirst, QStringLiteral("all_at_once")));
        QVERIFY(window.progress()->isExampleCompleted(kFirst, QStringLiteral("one_by_one")));
        QVERIFY(!window.isRunning()); // the window's own timeline was left alone
    }

private:
    QTemporaryDir m_dir;
    Lessons::Catalog m_catalog;
};

QTEST_MAIN(TstLessonView)
#include "tst_lessonview.moc"
