// The step axis's maths: each task step and callback one unit wide in the order the loop ran
// them, the waits between them compressed, time <-> position both ways, and which step sits
// under a position.
#include "modelfixtures.h"
#include "stepaxis.h"
#include "timescale.h"

#include <QTest>

using namespace Ui;

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

std::vector<AxisStep> stepsFrom(const std::vector<double> &edges)
{
    std::vector<AxisStep> steps;
    for (std::size_t i = 0; i + 1 < edges.size(); i += 2)
        steps.push_back({edges[i], edges[i + 1], 0, -1});
    return steps;
}

} // namespace

class TstStepAxis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gapWidth_data()
    {
        QTest::addColumn<double>("ns");
        QTest::addColumn<double>("width");
        QTest::newRow("no wait, no width") << 0.0 << 0.0;
        QTest::newRow("10 ns: the narrowest seam") << 10.0 << 0.06;
        QTest::newRow("1 µs") << 1e3 << 0.12;
        QTest::newRow("1 ms") << 1e6 << 0.45;
        QTest::newRow("1 s") << 1e9 << 0.78;
        QTest::newRow("an hour: never wider than a step") << 3.6e12 << 1.0;
    }
    void gapWidth()
    {
        QFETCH(double, ns);
        QFETCH(double, width);
        QVERIFY2(qAbs(stepGapWidth(ns) - width) < 1e-9,
                 qPrintable(QString::number(stepGapWidth(ns))));
    }

    void layout_data()
    {
        QTest::addColumn<std::vector<double>>("edges"); // start, end of each step
        QTest::addColumn<std::vector<double>>("instants");
        QTest::addColumn<std::vector<double>>("positions"); // of each step's start
        const double g10 = stepGapWidth(10), g100 = stepGapWidth(100);
        QTest::newRow("two short steps, a long wait")
                << std::vector<double>{10, 20, 1e9 + 10, 1e9 + 30} << std::vector<double>{}
                << std::vector<double>{g10, g10 + 1 + stepGapWidth(1e9 - 10)};
        QTest::newRow("a long step is as wide as a short one")
                << std::vector<double>{100, 2e9, 2e9 + 100, 2e9 + 101} << std::vector<double>{}
                << std::vector<double>{g100, g100 + 1 + g100};
        QTest::newRow("wake-ups in a wait are corners of their own")
                << std::vector<double>{0, 10, 1000, 1010}
                << std::vector<double>{500, 600, 700}
                << std::vector<double>{0, 1 + stepGapWidth(490) + 2 * g100 + stepGapWidth(300)};
        QTest::newRow("an instant inside a step adds nothing")
                << std::vector<double>{0, 100, 200, 300} << std::vector<double>{50}
                << std::vector<double>{0, 1 + g100};
        QTest::newRow("a zero-length step still gets its unit")
                << std::vector<double>{100, 100, 200, 250} << std::vector<double>{}
                << std::vector<double>{g100, g100 + 1 + stepGapWidth(99)};
        QTest::newRow("overlapping steps (another thread's loop) share a unit")
                << std::vector<double>{100, 300, 200, 400, 500, 600} << std::vector<double>{}
                << std::vector<double>{g100, g100, g100 + 1 + g100};
    }
    void layout()
    {
        QFETCH(std::vector<double>, edges);
        QFETCH(std::vector<double>, instants);
        QFETCH(std::vector<double>, positions);
        std::vector<AxisStep> steps = stepsFrom(edges);
        const std::vector<StepBreak> breaks = layoutStepAxis(steps, instants);
        QCOMPARE(steps.size(), positions.size());
        for (std::size_t i = 0; i < steps.size(); ++i)
            QVERIFY2(qAbs(steps[i].pos - positions[i]) < 1e-9,
                     qPrintable(QStringLiteral("step %1 at %2, want %3")
                                        .arg(i).arg(steps[i].pos).arg(positions[i])));
        // Corners strictly increase in both time and position, from the trace's start.
        QCOMPARE(breaks.front().t, 0.0);
        QCOMPARE(breaks.front().pos, 0.0);
        for (std::size_t i = 1; i < breaks.size(); ++i) {
            QVERIFY(breaks[i].t > breaks[i - 1].t);
            QVERIFY(breaks[i].pos > breaks[i - 1].pos);
        }
        // Each step that does not share its unit is exactly one wide, wherever it is.
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const bool shared = (i > 0 && steps[i - 1].pos == steps[i].pos)
                                || (i + 1 < steps.size() && steps[i + 1].pos == steps[i].pos);
            if (shared || steps[i].end <= steps[i].start)
                continue;
            const double w = stepPosition(breaks, steps[i].end) - stepPosition(breaks, steps[i].start);
            QVERIFY2(qAbs(w - 1) < 1e-9, qPrintable(QString::number(w)));
        }
    }

    void timeAndPosition_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("pos");
        // Corners: {0, 0} {100, 1} {300, 2} {1300, 2.5}
        QTest::newRow("at a corner") << 100.0 << 1.0;
        QTest::newRow("inside the first unit") << 50.0 << 0.5;
        QTest::newRow("a quarter into the second") << 150.0 << 1.25;
        QTest::newRow("inside a compressed wait") << 800.0 << 2.25;
        QTest::newRow("before the start: 1 step per ms") << -2e6 << -2.0;
        QTest::newRow("after the end: 1 step per ms") << 1300.0 + 3e6 << 5.5;
    }
    void timeAndPosition()
    {
        QFETCH(double, t);
        QFETCH(double, pos);
        const std::vector<StepBreak> breaks{{0, 0}, {100, 1}, {300, 2}, {1300, 2.5}};
        QCOMPARE(stepPosition(breaks, t), pos);
        QCOMPARE(stepTime(breaks, pos), t);
        // The hinted look-up answers the same, from any hint.
        for (std::size_t hint : {std::size_t(0), std::size_t(1), std::size_t(2), std::size_t(3)}) {
            std::size_t h = hint;
            QCOMPARE(stepPosition(breaks, t, &h), pos);
            h = hint;
            QCOMPARE(stepTime(breaks, pos, &h), t);
        }
    }

    void stepUnderPosition_data()
    {
        QTest::addColumn<double>("pos");
        QTest::addColumn<int>("step");
        // Steps at 0.5 and 1.7, one wide each: a wait from 1.5 to 1.7.
        QTest::newRow("before the first") << 0.4 << -1;
        QTest::newRow("the first's start") << 0.5 << 0;
        QTest::newRow("inside the first") << 1.49 << 0;
        QTest::newRow("the wait between") << 1.6 << -1;
        QTest::newRow("the second") << 2.0 << 1;
        QTest::newRow("after the last") << 2.75 << -1;
    }
    void stepUnderPosition()
    {
        QFETCH(double, pos);
        QFETCH(int, step);
        const std::vector<AxisStep> steps{{0, 1, 0.5, -1}, {2, 3, 1.7, -1}};
        QCOMPARE(stepAt(steps, pos), step);
    }

    void tickStride_data()
    {
        QTest::addColumn<double>("pxPerStep");
        QTest::addColumn<int>("stride");
        QTest::newRow("wide steps: every one") << 200.0 << 1;
        QTest::newRow("100 px: every 2nd") << 100.0 << 2;
        QTest::newRow("30 px: every 5th") << 30.0 << 5;
        QTest::newRow("1 px: every 200th") << 1.0 << 200;
        QTest::newRow("a million steps in 1700 px") << 0.0017 << 100000;
        QTest::newRow("nothing laid out") << 0.0 << 1;
    }
    void tickStride()
    {
        QFETCH(double, pxPerStep);
        QFETCH(int, stride);
        QCOMPARE(stepTickStride(pxPerStep, 110), stride);
    }

    void stepIndexToX_data()
    {
        QTest::addColumn<double>("origin");
        QTest::addColumn<double>("stepsPerPixel");
        QTest::addColumn<int>("index");
        QTest::addColumn<double>("x");
        // Steps of the model below sit at 0.12 + 1.06 k (gaps of 60 ns each).
        QTest::newRow("the first, fitted from 0") << 0.0 << 0.01 << 0 << 12.0;
        QTest::newRow("the tenth") << 0.0 << 0.01 << 9 << 12.0 + 9 * 106;
        QTest::newRow("scrolled so the fifth is at 0") << 4.36 << 0.01 << 4 << 0.0;
        QTest::newRow("zoomed out") << 0.0 << 1.06 << 100 << 100.0 + 0.12 / 1.06;
    }
    void stepIndexToX()
    {
        QFETCH(double, origin);
        QFETCH(double, stepsPerPixel);
        QFETCH(int, index);
        QFETCH(double, x);
        // 200 steps of 1 µs, 60 ns apart, the first after 1 µs: the gaps are 0.06 wide, the
        // first 0.12.
        std::vector<AxisStep> steps;
        for (int i = 0; i < 200; ++i)
            steps.push_back({1000.0 + i * 1060.0, 2000.0 + i * 1060.0, 0, -1});
        const std::vector<StepBreak> breaks = layoutStepAxis(steps, {});
        const double pos = stepPosition(breaks, steps[std::size_t(index)].start);
        const double gotX = (pos - origin) / stepsPerPixel;
        QVERIFY2(qAbs(gotX - x) < 1e-6, qPrintable(QString::number(gotX)));
        // And back: the x of a step's middle finds that step.
        const double middle = origin + (gotX + 0.5 / stepsPerPixel) * stepsPerPixel;
        QCOMPARE(stepAt(steps, middle), index);
    }

    void gatherModelStepsAreEqualAndInOrder()
    {
        // The recorded gather fixture: every step of every task, one unit each, in the order
        // they started, and the time axis maps back.
        const auto model = Test::gatherModel();
        QVERIFY(model);
        StepAxis axis;
        axis.build(*model);
        const TimeScale scale{0, axis.endPosition() / 1000, &axis};
        int running = 0;
        for (int lane = 0; lane < model->laneCount(); ++lane)
            for (const Core::Span &s : model->spans(lane))
                if (model->spanType(s.typeId).kind == Core::SpanKind::Running) {
                    ++running;
                    const double w = timeToX(scale, double(model->spanEnd(s)))
                                     - timeToX(scale, double(s.start));
                    QVERIFY2(qAbs(w - 1000 / axis.endPosition()) < 1e-6,
                             qPrintable(QStringLiteral("step at %1 is %2 px").arg(s.start).arg(w)));
                    QVERIFY(qAbs(xToTime(scale, timeToX(scale, double(s.start)))
                                 - double(s.start)) < 1);
                }
        QVERIFY(running >= 5);
        const auto ran = std::count_if(model->callbacks().begin(), model->callbacks().end(),
                                       [](const Core::CallbackInfo &c) { return bool(c.run); });
        QCOMPARE(int(axis.steps().size()), running + int(ran));
        for (std::size_t i = 1; i < axis.steps().size(); ++i) {
            QVERIFY(axis.steps()[i].start >= axis.steps()[i - 1].start);
            QVERIFY(axis.steps()[i].pos >= axis.steps()[i - 1].pos + 1);
        }
    }
};

QTEST_MAIN(TstStepAxis)
#include "tst_stepaxis.moc"
