// The "predict, then run" card on its own, offscreen, with a run summary shaped like the
// gather lesson's: it asks for a run before grading the first answer, grades line by line
// without giving the answer away, allows a second try, reveals the run's order with where it
// first differs and why, keeps every graded answer in the progress store, and fits a narrow
// dock. A real run through the window is in tst_lessonview.
#include "lesson.h"
#include "predictcard.h"
#include "progressstore.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Ui;

namespace {

QJsonObject task(int id, const char *name, double end, const char *detail, double due,
                 const char *wokenBy)
{
    const QJsonObject wait{{"kind", "sleep"}, {"start_s", 0.001}, {"end_s", due},
                           {"detail", detail}, {"woken_by", wokenBy}};
    return {{"id", id}, {"name", name}, {"coro", "call_service"}, {"created_s", 0.001},
            {"end_s", end}, {"waits", QJsonArray{wait}}};
}

QJsonObject line(double t, int taskId, const char *text)
{
    return {{"t_s", t}, {"stream", "stdout"}, {"task", taskId}, {"text", text}};
}

QJsonObject gatherRun(const char *status = "ok")
{
    return {{"status", status}, {"wall_s", 3.01},
            {"tasks", QJsonArray{task(1, "Task-1", 3.0, "gather(3)", 3.0, "task:2"),
                                 task(2, "users", 3.0, "sleep(3)", 3.0, "timer"),
                                 task(3, "orders", 1.0, "sleep(1)", 1.0, "timer"),
                                 task(4, "prices", 2.0, "sleep(2)", 2.0, "timer")}},
            {"output", QJsonArray{line(1.0, 3, "1.0s  orders finished"),
                                  line(2.0, 4, "2.0s  prices finished"),
                                  line(3.0, 2, "3.0s  users finished"),
                                  line(3.0, 1, "3.0s  results: [...]")}},
            {"loop", QJsonObject{{"iterations", 9}}}};
}

Lessons::Lesson lesson()
{
    Lessons::Lesson l;
    l.id = QStringLiteral("m/gather");
    Lessons::Example e;
    e.id = QStringLiteral("gather_order");
    e.file = QStringLiteral("examples/gather_order.py");
    l.examples << e;
    Lessons::PredictItem order;
    order.example = e.id;
    order.question = QStringLiteral("In what order do these lines print?");
    order.lines = {"users finished", "orders finished", "prices finished", "results:"};
    order.answerOrder = {"orders finished", "prices finished", "users finished", "results:"};
    order.wrong = {{order.lines, 0, "That is the order they were passed to gather."},
                   {{"results:", "orders finished", "prices finished", "users finished"}, 0,
                    "gather returns when all are done."}};
    order.explain = QStringLiteral("Each prints when its timer is due.");
    Lessons::PredictItem figure;
    figure.kind = Lessons::PredictItem::Kind::Figure;
    figure.example = e.id;
    figure.question = QStringLiteral("How many seconds?");
    figure.figure = QStringLiteral("wall_s");
    figure.answerFigure = 3;
    figure.tolerance = 0.3;
    figure.wrong = {{{}, 6, "One after another would be 6 s."}, {{}, 1, "Not the first, all."}};
    figure.explain = QStringLiteral("As long as the slowest.");
    Lessons::Step step;
    step.examples = {e.id};
    step.predict = {order, figure};
    l.steps << step;
    return l;
}

} // namespace

class TstPredictCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firstAnswerWaitsForItsRunAndIsGradedLineByLine()
    {
        QTemporaryDir dir;
        Lessons::ProgressStore progress(dir.filePath(QStringLiteral("p.json")));
        const Lessons::Lesson l = lesson();
        PredictCard card(l, 0, 0, &progress, nullptr);
        QSignalSpy runs(&card, &PredictCard::runRequested);
        QVERIFY(card.verdictText().isEmpty());
        QVERIFY(card.revealButton()->isHidden());

        // The lines as first shown are the order they were passed: a declared wrong answer.
        QTest::mouseClick(card.compareButton(), Qt::LeftButton);
        QCOMPARE(runs.count(), 1);
        QCOMPARE(runs.at(0).at(0).toString(), QStringLiteral("gather_order"));
        QVERIFY(card.lineMarks().join(QString()).isEmpty()); // nothing graded before the run
        card.setRunning(true);
        QVERIFY(!card.compareButton()->isEnabled());
        QVERIFY(card.verdictText().contains(QStringLiteral("Running")));
        card.runFinished(gatherRun());
        card.setRunning(false);
        QCOMPARE(card.lineMarks(), (QStringList{"✗", "✗", "✗", "✓"}));
        QString verdict = card.verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("1 of 4 lines")), qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("passed to gather")), qPrintable(verdict));
        // One try does not give the answer away.
        QVERIFY2(!verdict.contains(QStringLiteral("The run printed")), qPrintable(verdict));
        QVERIFY(!card.revealButton()->isHidden());
        QCOMPARE(card.compareButton()->text(), QStringLiteral("Check again"));
        QCOMPARE(progress.predictResult(l.id, 0, 0).tries, 1);
        QVERIFY(!progress.predictResult(l.id, 0, 0).passed);

        // ▼ on the first line twice: orders, prices, users, results. Moving clears the marks.
        QTest::mouseClick(card.moveButton(0, false), Qt::LeftButton);
        QCOMPARE(card.lineMarks(), (QStringList{"", "", "", ""}));
        QTest::mouseClick(card.moveButton(1, false), Qt::LeftButton);
        QCOMPARE(card.order(), l.steps[0].predict[0].answerOrder);
        // The second try is graded on the same run: no second run.
        QTest::mouseClick(card.compareButton(), Qt::LeftButton);
        QCOMPARE(runs.count(), 1);
        QCOMPARE(card.lineMarks(), (QStringList{"✓", "✓", "✓", "✓"}));
        verdict = card.verdictText();
        QVERIFY2(verdict.startsWith(QStringLiteral("✓ Right")), qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("Each prints when its timer is due.")));
        QVERIFY(!card.compareButton()->isEnabled());
        QVERIFY(!card.moveButton(1, true)->isEnabled());
        QVERIFY(progress.predictResult(l.id, 0, 0).passed);
        QCOMPARE(progress.predictResult(l.id, 0, 0).tries, 2);

        // After a restart the card says it was right, with the learner's order.
        Lessons::ProgressStore again(progress.filePath());
        PredictCard restored(l, 0, 0, &again, nullptr);
        QCOMPARE(restored.order(), l.steps[0].predict[0].answerOrder);
        QVERIFY(restored.verdictText().contains(QStringLiteral("You predicted this right")));
        QVERIFY(!restored.compareButton()->isEnabled());
    }

    void twoWrongAnswersRevealTheRunsOrderAndWhy()
    {
        const Lessons::Lesson l = lesson();
        PredictCard card(l, 0, 0, nullptr, nullptr);
        card.compare();
        card.runFinished(gatherRun());
        card.moveLine(3, 0); // results first: the other declared wrong answer
        card.moveLine(1, 3);
        QCOMPARE(card.order(), l.steps[0].predict[0].wrong[1].order);
        card.compare();
        const QString verdict = card.verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("gather returns when all are done.")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("The run printed:\n1. orders finished\n2. prices "
                                                 "finished\n3. users finished\n4. results:")),
                 qPrintable(verdict));
        // Where it first differs, and why, from the trace.
        QVERIFY2(verdict.contains(QStringLiteral("Line 1: the run printed “orders finished” here, "
                                                 "not “results:”")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("orders's timer (sleep(1)) was due at 1.00 s")),
                 qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("Each prints when its timer is due.")));
        QVERIFY(card.revealButton()->isHidden());
        QVERIFY(!card.compareButton()->isEnabled());
    }

    void aFigureIsTypedAndRevealedOnRequest()
    {
        QTemporaryDir dir;
        Lessons::ProgressStore progress(dir.filePath(QStringLiteral("p.json")));
        const Lessons::Lesson l = lesson();
        PredictCard card(l, 0, 1, &progress, nullptr);
        QVERIFY(card.figureBox());
        QVERIFY(!card.moveButton(0, true));
        QVERIFY(!card.compareButton()->isEnabled()); // nothing to compare yet
        QTest::keyClicks(card.figureBox(), QStringLiteral("6"));
        QVERIFY(card.compareButton()->isEnabled());
        QSignalSpy runs(&card, &PredictCard::runRequested);
        QTest::keyClick(card.figureBox(), Qt::Key_Return);
        QCOMPARE(runs.count(), 1);
        card.runFinished(gatherRun());
        QString verdict = card.verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("6.00 s is too high")), qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("One after another would be 6 s.")));
        QVERIFY(!verdict.contains(QStringLiteral("3.01")));
        QTest::mouseClick(card.revealButton(), Qt::LeftButton);
        verdict = card.verdictText();
        QVERIFY2(verdict.contains(QStringLiteral("The run showed 3.01 s (right within ± 0.3)")),
                 qPrintable(verdict));
        QVERIFY(verdict.contains(QStringLiteral("As long as the slowest.")));
        QVERIFY(progress.predictResult(l.id, 0, 1).revealed);
        QCOMPARE(progress.predictResult(l.id, 0, 1).answer.toDouble(), 6.0);
    }

    void aRunThatEndedEarlyGradesNothing()
    {
        QTemporaryDir dir;
        Lessons::ProgressStore progress(dir.filePath(QStringLiteral("p.json")));
        const Lessons::Lesson l = lesson();
        PredictCard card(l, 0, 0, &progress, nullptr);
        QSignalSpy runs(&card, &PredictCard::runRequested);
        card.runFinished(gatherRun()); // a run the learner started with Run: not a prediction
        QVERIFY(card.verdictText().isEmpty());
        card.compare();
        card.runFinished(gatherRun("stopped"));
        QVERIFY2(card.verdictText().contains(QStringLiteral("Nothing was graded")),
                 qPrintable(card.verdictText()));
        QCOMPARE(progress.predictResult(l.id, 0, 0).tries, 0);
        card.compare(); // asks for a run again
        QCOMPARE(runs.count(), 2);
        card.runFailed(QStringLiteral("No Python 3.11 found."));
        QVERIFY(card.verdictText().contains(QStringLiteral("No Python 3.11 found.")));
    }

    void keyboardMovesALineAndKeepsItsFocus()
    {
        const Lessons::Lesson l = lesson();
        PredictCard card(l, 0, 0, nullptr, nullptr);
        card.show();
        QVERIFY(QTest::qWaitForWindowExposed(&card));
        QToolButton *up = card.moveButton(2, true);
        QCOMPARE(up->focusPolicy(), Qt::StrongFocus);
        QVERIFY(up->accessibleName().contains(QStringLiteral("prices finished")));
        up->setFocus();
        QTest::keyClick(up, Qt::Key_Space);
        QCOMPARE(card.order().at(1), QStringLiteral("prices finished"));
        QTRY_VERIFY(card.moveButton(1, true)->hasFocus()); // follows the line it moved
        QTest::keyClick(card.moveButton(1, true), Qt::Key_Space);
        QCOMPARE(card.order().at(0), QStringLiteral("prices finished"));
        // At the top its ▲ is disabled: the keyboard stays with the line on its ▼.
        QTRY_VERIFY(card.moveButton(0, false)->hasFocus());
        QVERIFY(!card.moveButton(0, true)->isEnabled()); // the top line cannot go higher
        QVERIFY(!card.moveButton(3, false)->isEnabled());
    }

    void fitsANarrowDockWithoutScrollingSideways()
    {
        Lessons::Lesson l = lesson();
        l.steps[0].predict[0].lines[3] = QStringLiteral(
                "results: ['users-data', 'orders-data', 'prices-data'] and a long tail of text");
        l.steps[0].predict[0].answerOrder[3] = l.steps[0].predict[0].lines[3];
        QScrollArea scroll;
        auto *inner = new QWidget;
        auto *layout = new QVBoxLayout(inner);
        auto *card = new PredictCard(l, 0, 0, nullptr, inner);
        layout->addWidget(card);
        scroll.setWidget(inner);
        scroll.setWidgetResizable(true);
        scroll.resize(320, 600);
        scroll.show();
        QVERIFY(QTest::qWaitForWindowExposed(&scroll));
        QVERIFY2(card->minimumSizeHint().width() <= 300,
                 qPrintable(QString::number(card->minimumSizeHint().width())));
        QTRY_VERIFY(!scroll.horizontalScrollBar()->isVisible());
    }
};

QTEST_MAIN(TstPredictCard)
#include "tst_predictcard.moc"
