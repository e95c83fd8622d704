// Predict next through the window, with the real interpreter: a lesson example stepped through
// asks its predict_next item at its pause; at every pause with a choice, what runs next is held
// back (scheduler dock, loop machine, editor, state line) and the strip offers what is on
// screen; stepping grades the pick (one wrong, two right here), explains the wrong one from the
// pause and the lesson, keeps the score, and records the item's answer for review. The strip
// wraps its choices to the dock's width.
#include "codeeditor.h"
#include "coursecontroller.h"
#include "courseoutline.h"
#include "lessonview.h"
#include "loopmachineview.h"
#include "mainwindow.h"
#include "nextpickcard.h"
#include "predictnextcontroller.h"
#include "predictnextstrip.h"
#include "progressstore.h"
#include "reviewschedule.h"
#include "runcontroller.h"
#include "schedulerpanel.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

class TstPredictNext : public QObject
{
    Q_OBJECT
    QTemporaryDir m_config;
    const QString lesson = QStringLiteral("tasks/cooperative-yielding");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_predictnext"));
    }

    void steppingThroughALessonExampleGradesPicks()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PredictNextController *predict = window.predictNext();
        PredictNextStrip *strip = window.predictNextStrip();
        QVERIFY(!predict->isOn()); // off until a step asks it, or the learner turns it on
        const int step = 2; // "Who runs after sleep(0)?"
        window.course()->showLessonStep(lesson, step);
        QCOMPARE(window.lessonView()->nextPickCards().size(), 1);

        struct Seen {
            QString question, picked, verdictBefore;
            bool item = false, concealed = false, wraps = true;
        };
        QList<Seen> seen;
        int rightPicks = 0;
        connect(&window, &MainWindow::paused, this, [&](const Core::PausedInfo &) {
            // After the window's own handlers (connected first): the controller has asked.
            Seen s;
            s.verdictBefore = strip->verdict();
            if (const Core::NextPick *q = predict->question()) {
                s.question = strip->question();
                s.item = predict->asksLessonItem();
                s.concealed = window.scheduler()->nextName().isEmpty()
                        && window.editor()->nextLine() == 0
                        && window.loopMachine()->scene().stage.empty()
                        && !window.runs()->stateText().contains(q->next().name);
                const QRect inside = strip->contentsRect();
                for (QPushButton *b : strip->choiceButtons())
                    s.wraps = s.wraps && inside.contains(b->geometry().translated(
                                                 b->parentWidget()->pos()));
                // One wrong pick (the lesson's own), then two right ones.
                if (s.item) {
                    s.picked = QStringLiteral("ping");
                } else if (rightPicks < 2) {
                    s.picked = q->next().label;
                    ++rightPicks;
                }
                if (!s.picked.isEmpty())
                    QVERIFY(predict->pick(s.picked));
            }
            seen << s;
            QTimer::singleShot(0, window.stepAction(), &QAction::trigger);
        });
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.lessonView()->nextPickCards().front()->stepButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
        QVERIFY(predict->isOn());
        QVERIFY(strip->isVisible());

        // The first pause (main alone) asks nothing; every other one asks.
        QVERIFY(seen.size() > 5);
        QVERIFY(seen.front().question.isEmpty());
        int asked = 0, items = 0;
        for (int i = 1; i < seen.size(); ++i) {
            const Seen &s = seen[i];
            if (s.question.isEmpty())
                continue;
            ++asked;
            items += s.item;
            QVERIFY2(s.concealed, qPrintable(QStringLiteral("pause %1 gives the answer away").arg(i)));
            QVERIFY2(s.wraps, qPrintable(QStringLiteral("pause %1: a choice is cut off").arg(i)));
        }
        QVERIFY(asked >= 4);
        QCOMPARE(items, 1);
        // The verdict on each pick shows at the next pause.
        for (int i = 0; i + 1 < seen.size(); ++i) {
            if (seen[i].picked.isEmpty())
                continue;
            const QString v = seen[i + 1].verdictBefore;
            if (seen[i].item) {
                QVERIFY2(v.startsWith(QStringLiteral("✗ sleep(0) gives the loop back: ping goes "
                                                     "to the back of the ready queue")),
                         qPrintable(v));
                QVERIFY2(v.contains(QStringLiteral("Not ping player('ping'): it was ready too, "
                                                   "but behind pong player('pong') in the ready "
                                                   "queue")),
                         qPrintable(v));
                QVERIFY2(seen[i].question.startsWith(QStringLiteral("sleeper has gone to sleep")),
                         qPrintable(seen[i].question));
            } else {
                QVERIFY2(v.startsWith(QStringLiteral("✓ Right: ")), qPrintable(v));
            }
        }
        QCOMPARE(predict->askedCount(), 3);
        QCOMPARE(predict->rightCount(), 2);
        QCOMPARE(strip->score(), QStringLiteral("2 of 3 right"));
        QVERIFY2(strip->question().contains(QStringLiteral("2 of 3 picks right")),
                 qPrintable(strip->question()));

        // The item's answer is in the progress file, on the review schedule, and on its card.
        const auto r = window.progress()->predictResult(lesson, step, 0);
        QCOMPARE(r.tries, 1);
        QVERIFY(!r.passed);
        QCOMPARE(r.answer.toString(), QStringLiteral("ping"));
        QVERIFY(window.progress()->review().item(Lessons::ReviewSchedule::predictKey(lesson, step, 0)));
        QVERIFY2(window.lessonView()->nextPickCards().front()->resultText().startsWith(
                         QStringLiteral("✗ You picked ping")),
                 qPrintable(window.lessonView()->nextPickCards().front()->resultText()));
        // Wrong just now: on the schedule, due in ten minutes.
        QVERIFY(window.outline()->reviewButton()->isVisible());
        QCOMPARE(window.outline()->reviewButton()->text(), QStringLiteral("Review — nothing due now"));
    }

    void turningItOffShowsWhatRunsNext()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.predictNext()->setOn(true);
        window.setProgramText(QStringLiteral("import asyncio\n\nasync def one():\n    await asyncio.sleep(0)\n\n"
                                             "async def main():\n    await asyncio.gather(one(), one())\n\n"
                                             "asyncio.run(main())\n"),
                              QStringLiteral("two.py"));
        window.setVirtualClock(true);
        window.setStepMode(true);
        int pauses = 0;
        connect(&window, &MainWindow::paused, this, [&] {
            if (++pauses < 2)
                QTimer::singleShot(0, window.stepAction(), &QAction::trigger);
        });
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(pauses, 2, 30000);
        QVERIFY(window.predictNext()->question());
        QVERIFY(window.scheduler()->nextName().isEmpty());
        window.predictNext()->toggleAction()->trigger(); // off
        QVERIFY(!window.predictNext()->question());
        QVERIFY(!window.predictNextStrip()->isVisible());
        QVERIFY(!window.scheduler()->nextName().isEmpty());
        QVERIFY(!window.loopMachine()->scene().stage.empty());
        window.continueRun();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    }
};

QTEST_MAIN(TstPredictNext)
#include "tst_predictnext.moc"
