#include "predictgrading.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Lessons;

namespace {

QJsonObject wait(double start, double end, const char *detail, const char *wokenBy,
                 const char *kind = "sleep")
{
    return {{"kind", kind}, {"start_s", start}, {"end_s", end}, {"detail", detail},
            {"target", QJsonValue::Null}, {"woken_by", wokenBy}};
}

QJsonObject task(int id, const char *name, double created, double end, QJsonArray waits)
{
    return {{"id", id}, {"name", name}, {"coro", "fetch"}, {"created_s", created},
            {"end_s", end}, {"state", "done"}, {"waits", waits}};
}

QJsonObject line(double t, QJsonValue taskId, const char *text)
{
    return {{"t_s", t}, {"stream", "stdout"}, {"task", taskId}, {"text", text}};
}

// What the gather lesson's run looks like: three fetches started together, sleeping 0.3 s,
// 1 s and 0.5 s, printing as each timer comes due; main prints before and after.
QJsonObject gatherRun()
{
    QJsonArray tasks{
            task(1, "Task-1", 0, 1.0, {wait(0.001, 1.0, "gather(3)", "task:3", "gather")}),
            task(2, "fetch-1", 0.001, 0.3, {wait(0.001, 0.3, "sleep(0.3)", "timer")}),
            task(3, "fetch-2", 0.001, 1.0, {wait(0.001, 1.0, "sleep(1)", "timer")}),
            task(4, "fetch-3", 0.001, 0.5, {wait(0.001, 0.5, "sleep(0.5)", "timer")})};
    QJsonArray output{line(0.0005, 1, "start"), line(0.002, 2, "fetch-1 asks"),
                      line(0.002, 2, "fetch-1 sent"), line(0.3, 2, "fetch-1 done"),
                      line(0.5, 4, "fetch-3 done"), line(1.0, 3, "fetch-2 done"),
                      line(1.0, 1, "all done"), line(1.0, QJsonValue::Null, "bye")};
    return {{"wall_s", 1.02}, {"tasks", tasks}, {"output", output},
            {"loop", QJsonObject{{"iterations", 7}}}};
}

PredictItem orderItem()
{
    PredictItem item;
    item.kind = PredictItem::Kind::Order;
    item.example = QStringLiteral("gather");
    item.lines = {"fetch-1 done", "fetch-2 done", "fetch-3 done"};
    item.answerOrder = {"fetch-1 done", "fetch-3 done", "fetch-2 done"};
    item.wrong = {{{"fetch-1 done", "fetch-2 done", "fetch-3 done"}, 0, "Not in creation order."},
                  {{"fetch-3 done", "fetch-1 done", "fetch-2 done"}, 0, "Shortest sleep first."}};
    return item;
}

PredictItem figureItem(const QString &figure, double answer, double tolerance)
{
    PredictItem item;
    item.kind = PredictItem::Kind::Figure;
    item.figure = figure;
    item.answerFigure = answer;
    item.tolerance = tolerance;
    item.wrong = {{{}, 1.8, "One after another."}, {{}, 0.3, "Only the shortest."}};
    return item;
}

} // namespace

class TestPredictGrading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void order_data();
    void order();
    void orderNotPrintedFails();
    void figure_data();
    void figure();
    void figureValues_data();
    void figureValues();
    void lineCause_data();
    void lineCause();
    void timeText_data();
    void timeText();
};

void TestPredictGrading::order_data()
{
    QTest::addColumn<QStringList>("guess");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<int>("firstDifference");
    QTest::addColumn<QString>("declaredWhy");
    QTest::addColumn<QStringList>("whyContains");
    QTest::addColumn<QList<bool>>("rightLines");

    QTest::newRow("right") << QStringList{"fetch-1 done", "fetch-3 done", "fetch-2 done"} << true
                           << -1 << QString() << QStringList() << QList<bool>{true, true, true};
    QTest::newRow("creation order, declared")
            << QStringList{"fetch-1 done", "fetch-2 done", "fetch-3 done"} << false << 1
            << "Not in creation order."
            << QStringList{"Line 2: the run printed “fetch-3 done” here, not “fetch-2 done”",
                           "fetch-3's timer (sleep(0.5)) was due at 500 ms",
                           "fetch-2's timer (sleep(1)) was due at 1.00 s"}
            << QList<bool>{true, false, false};
    QTest::newRow("shortest first, declared")
            << QStringList{"fetch-3 done", "fetch-1 done", "fetch-2 done"} << false << 0
            << "Shortest sleep first."
            << QStringList{"Line 1: the run printed “fetch-1 done” here, not “fetch-3 done”",
                           "fetch-1's timer (sleep(0.3)) was due at 300 ms"}
            << QList<bool>{false, false, true};
    QTest::newRow("reversed, not declared")
            << QStringList{"fetch-2 done", "fetch-3 done", "fetch-1 done"} << false << 0
            << QString() << QStringList{"Line 1", "came later: fetch-2's timer"}
            << QList<bool>{false, true, false};
}

void TestPredictGrading::order()
{
    QFETCH(QStringList, guess);
    QFETCH(bool, passed);
    QFETCH(int, firstDifference);
    QFETCH(QString, declaredWhy);
    QFETCH(QStringList, whyContains);
    QFETCH(QList<bool>, rightLines);
    const PredictGrading::OrderVerdict v = PredictGrading::gradeOrder(orderItem(), guess, gatherRun());
    QCOMPARE(v.passed, passed);
    QCOMPARE(v.realOrder, orderItem().answerOrder);
    QCOMPARE(v.firstDifference, firstDifference);
    QCOMPARE(v.declaredWhy, declaredWhy);
    for (const QString &part : whyContains)
        QVERIFY2(v.differenceWhy.contains(part), qPrintable(v.differenceWhy));
    QVERIFY(passed == v.differenceWhy.isEmpty());
    QCOMPARE(v.lines.size(), rightLines.size());
    for (int i = 0; i < rightLines.size(); ++i)
        QCOMPARE(v.lines[i].right, rightLines[i]);
}

void TestPredictGrading::orderNotPrintedFails()
{
    // An edited example that no longer prints a line cannot confirm any order of it.
    PredictItem item = orderItem();
    item.lines << QStringLiteral("fetch-4 done");
    const auto v = PredictGrading::gradeOrder(
            item, {"fetch-1 done", "fetch-3 done", "fetch-2 done", "fetch-4 done"}, gatherRun());
    QVERIFY(!v.passed);
    QCOMPARE(v.missing, QStringList{"fetch-4 done"});
    QCOMPARE(v.lines[3].realIndex, -1);
    QVERIFY2(v.differenceWhy.contains("never printed"), qPrintable(v.differenceWhy));

    // Two lines of one step: no scheduling between them, the code's order decides.
    PredictItem same;
    same.lines = {"fetch-1 asks", "fetch-1 sent"};
    const auto s = PredictGrading::gradeOrder(same, {"fetch-1 sent", "fetch-1 asks"}, gatherRun());
    QVERIFY(!s.passed);
    QVERIFY2(s.differenceWhy.contains("one step of one task"), qPrintable(s.differenceWhy));
}

void TestPredictGrading::figure_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("answer");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<double>("guess");
    QTest::addColumn<bool>("passed");
    QTest::addColumn<QString>("declaredWhy");

    QTest::newRow("wall right") << "wall_s" << 1.0 << 0.2 << 1.0 << true << QString();
    QTest::newRow("wall at the edge") << "wall_s" << 1.0 << 0.2 << 1.22 << true << QString();
    QTest::newRow("wall sequential") << "wall_s" << 1.0 << 0.2 << 1.8 << false
                                     << "One after another.";
    QTest::newRow("wall near sequential") << "wall_s" << 1.0 << 0.2 << 1.7 << false
                                          << "One after another.";
    QTest::newRow("wall shortest") << "wall_s" << 1.0 << 0.2 << 0.3 << false << "Only the shortest.";
    QTest::newRow("wall far off") << "wall_s" << 1.0 << 0.2 << 10.0 << false << QString();
    QTest::newRow("tasks exact") << "tasks" << 4.0 << 0.0 << 4.0 << true << QString();
    QTest::newRow("tasks forgot main") << "tasks" << 4.0 << 0.0 << 3.0 << false << QString();
    QTest::newRow("not a number") << "wall_s" << 1.0 << 0.2 << qQNaN() << false << QString();
}

void TestPredictGrading::figure()
{
    QFETCH(QString, figure);
    QFETCH(double, answer);
    QFETCH(double, tolerance);
    QFETCH(double, guess);
    QFETCH(bool, passed);
    QFETCH(QString, declaredWhy);
    const auto v = PredictGrading::gradeFigure(figureItem(figure, answer, tolerance), guess,
                                               gatherRun());
    QCOMPARE(v.passed, passed);
    QCOMPARE(v.declaredWhy, declaredWhy);
    QVERIFY(v.real);
}

void TestPredictGrading::figureValues_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("wall") << "wall_s" << 1.02 << "1.02 s";
    QTest::newRow("tasks") << "tasks" << 4.0 << "4 tasks";
    QTest::newRow("at once") << "max_tasks_at_once" << 4.0 << "4 tasks at once";
    QTest::newRow("iterations") << "loop_iterations" << 7.0 << "7 loop iterations";
}

void TestPredictGrading::figureValues()
{
    QFETCH(QString, figure);
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(PredictGrading::figureValue(gatherRun(), figure), std::optional(value));
    QCOMPARE(PredictGrading::figureText(figure, value), text);
    QVERIFY(!PredictGrading::figureValue(gatherRun(), QStringLiteral("speed")));

    // Tasks one after another are never alive at once.
    QJsonObject serial{{"wall_s", 2},
                       {"tasks", QJsonArray{task(1, "a", 0, 1, {}), task(2, "b", 1, 2, {})}}};
    QCOMPARE(PredictGrading::figureValue(serial, QStringLiteral("max_tasks_at_once")),
             std::optional(1.0));
}

void TestPredictGrading::lineCause_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("cause");
    QTest::newRow("first step") << 1 << "fetch-1 printed it in its first step, at 2.0 ms";
    QTest::newRow("timer") << 4 << "fetch-3's timer (sleep(0.5)) was due at 500 ms";
    QTest::newRow("woken by a task")
            << 6 << "Task-1 fetch was woken by fetch-2 at 1.00 s (it awaited gather(3))";
    QTest::newRow("outside tasks") << 7 << "it was printed outside any task, at 1.00 s";
    QTest::newRow("out of range") << 8 << QString();
}

void TestPredictGrading::lineCause()
{
    QFETCH(int, index);
    QFETCH(QString, cause);
    QCOMPARE(PredictGrading::lineCause(gatherRun(), index), cause);
}

void TestPredictGrading::timeText_data()
{
    QTest::addColumn<double>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << 2.5 << "2.50 s";
    QTest::newRow("just under a second") << 0.996 << "1.00 s";
    QTest::newRow("milliseconds") << 0.25 << "250 ms";
    QTest::newRow("fraction of a millisecond") << 0.0004 << "0.4 ms";
}

void TestPredictGrading::timeText()
{
    QFETCH(double, seconds);
    QFETCH(QString, text);
    QCOMPARE(PredictGrading::timeText(seconds), text);
}

QTEST_GUILESS_MAIN(TestPredictGrading)
#include "tst_predictgrading.moc"
