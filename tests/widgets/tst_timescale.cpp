// Time <-> pixel maths of the timeline: mapping, zoom around the cursor, ruler ticks, labels.
#include "timescale.h"

#include <QTest>

using namespace Ui;

class TstTimeScale : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeToX_data()
    {
        QTest::addColumn<double>("origin");
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("x");
        QTest::newRow("origin maps to 0") << 500.0 << 10.0 << 500.0 << 0.0;
        QTest::newRow("one pixel") << 0.0 << 1e6 << 1e6 << 1.0;
        QTest::newRow("left of the view") << 1e9 << 1e6 << 0.0 << -1000.0;
        QTest::newRow("sub-ns zoom") << 100.0 << 0.25 << 101.0 << 4.0;
        QTest::newRow("an hour at 1 s/px") << 0.0 << 1e9 << 3600e9 << 3600.0;
    }
    void timeToX()
    {
        QFETCH(double, origin);
        QFETCH(double, nsPerPixel);
        QFETCH(double, t);
        QFETCH(double, x);
        const TimeScale scale{origin, nsPerPixel};
        QCOMPARE(Ui::timeToX(scale, t), x);
        QCOMPARE(Ui::xToTime(scale, x), t); // and back
    }

    void zoomKeepsTimeUnderCursor_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::newRow("zoom in at left edge") << 0.0 << 2.0;
        QTest::newRow("zoom in mid") << 400.0 << 4.0;
        QTest::newRow("zoom out right") << 799.0 << 0.5;
    }
    void zoomKeepsTimeUnderCursor()
    {
        QFETCH(double, x);
        QFETCH(double, factor);
        const TimeScale before{2e6, 1e4};
        const TimeScale after = zoomAround(before, x, factor, 0.01, 1e12);
        QVERIFY(qAbs(xToTime(after, x) - xToTime(before, x)) < 1e-6);
        QCOMPARE(after.nsPerPixel, before.nsPerPixel / factor);
    }

    void zoomIsClamped()
    {
        const TimeScale s{0, 1.0};
        QCOMPARE(zoomAround(s, 10, 1000, 0.01, 1e9).nsPerPixel, 0.01);
        QCOMPARE(zoomAround(s, 10, 1e-12, 0.01, 1e9).nsPerPixel, 1e9);
        QCOMPARE(zoomAround(s, 10, 0, 0.01, 1e9), s); // nonsense factor: unchanged
    }

    void fitShowsEverything_data()
    {
        QTest::addColumn<double>("end");
        QTest::addColumn<double>("width");
        QTest::newRow("3 s in 1000 px") << 3e9 << 1000.0;
        QTest::newRow("50 µs in 1600 px") << 5e4 << 1600.0;
        QTest::newRow("empty run") << 0.0 << 800.0;
    }
    void fitShowsEverything()
    {
        QFETCH(double, end);
        QFETCH(double, width);
        const TimeScale s = fitRange(0, end, width);
        QCOMPARE(Ui::timeToX(s, 0), 0.0);
        if (end == 0)
            end = 1e9; // nothing ran yet: one second is shown
        QVERIFY(Ui::timeToX(s, end) <= width);
        QVERIFY(Ui::timeToX(s, end) >= width * 0.9); // and uses the space
    }

    void tickStep_data()
    {
        QTest::addColumn<double>("nsPerPixel");
        QTest::addColumn<double>("minSpacing");
        QTest::addColumn<double>("step");
        QTest::newRow("1 ms/px, 100 px") << 1e6 << 100.0 << 1e8;
        QTest::newRow("rounds up to 2") << 1.3e6 << 100.0 << 2e8;
        QTest::newRow("rounds up to 5") << 3e3 << 100.0 << 5e5;
        QTest::newRow("ns zoom") << 0.05 << 100.0 << 5.0;
        QTest::newRow("minutes") << 1e9 << 100.0 << 1e11;
    }
    void tickStep()
    {
        QFETCH(double, nsPerPixel);
        QFETCH(double, minSpacing);
        QFETCH(double, step);
        QCOMPARE(Ui::tickStep(nsPerPixel, minSpacing), step);
        QVERIFY(step / nsPerPixel >= minSpacing);
    }

    void formatTick_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("step");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << 1e9 << QStringLiteral("0 s");
        QTest::newRow("seconds") << 2e9 << 1e9 << QStringLiteral("2 s");
        QTest::newRow("half seconds") << 1.5e9 << 5e8 << QStringLiteral("1.5 s");
        QTest::newRow("0.2 ms steps") << 1.4e6 << 2e5 << QStringLiteral("1.4 ms");
        QTest::newRow("fraction of µs") << 1500.0 << 500.0 << QStringLiteral("1.5 µs");
        QTest::newRow("2 s steps") << 4e9 << 2e9 << QStringLiteral("4 s");
        QTest::newRow("10 ms steps") << 1.23e9 << 1e7 << QStringLiteral("1230 ms");
        QTest::newRow("100 ms steps") << 1.2e9 << 1e8 << QStringLiteral("1.2 s");
        QTest::newRow("minutes") << 90e9 << 60e9 << QStringLiteral("1m30s");
        QTest::newRow("ns") << 7.0 << 1.0 << QStringLiteral("7 ns");
        QTest::newRow("sub-ns step") << 3.5 << 0.5 << QStringLiteral("3.5 ns");
    }
    void formatTick()
    {
        QFETCH(double, t);
        QFETCH(double, step);
        QFETCH(QString, text);
        QCOMPARE(Ui::formatTick(t, step), text);
    }

    void formatTickPrecise_data()
    {
        // The hover badge and the time cursor on a ruler: its unit, finer decimals.
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("step");
        QTest::addColumn<double>("precision");
        QTest::addColumn<QString>("text");
        QTest::newRow("the ruler's ms, more decimals")
                << 1022506000.0 << 1e6 << 1e4 << QStringLiteral("1022.51 ms");
        QTest::newRow("never µs on a ms ruler")
                << 1022506000.0 << 1e6 << 10.0 << QStringLiteral("1022.50600 ms");
        QTest::newRow("a seconds ruler to the µs")
                << 1000231000.0 << 2e8 << 1e3 << QStringLiteral("1.000231 s");
        QTest::newRow("a minutes ruler") << 90.5e9 << 60e9 << 1e8 << QStringLiteral("1m30.5s");
        QTest::newRow("no coarser than the ticks")
                << 1.5e9 << 5e8 << 1e9 << QStringLiteral("1.5 s");
    }
    void formatTickPrecise()
    {
        QFETCH(double, t);
        QFETCH(double, step);
        QFETCH(double, precision);
        QFETCH(QString, text);
        QCOMPARE(Ui::formatTickPrecise(t, step, precision), text);
    }

    void formatDuration_data()
    {
        QTest::addColumn<double>("ns");
        QTest::addColumn<QString>("text");
        QTest::newRow("ns") << 12.0 << QStringLiteral("12 ns");
        QTest::newRow("µs") << 850e3 << QStringLiteral("850 µs");
        QTest::newRow("ms") << 1.25e6 << QStringLiteral("1.25 ms");
        QTest::newRow("tens of ms") << 12.5e6 << QStringLiteral("12.5 ms");
        QTest::newRow("s") << 2.5e9 << QStringLiteral("2.50 s");
        QTest::newRow("minutes") << 65e9 << QStringLiteral("1 min 5.0 s");
        QTest::newRow("open") << -1.0 << QStringLiteral("open");
    }
    void formatDuration()
    {
        QFETCH(double, ns);
        QFETCH(QString, text);
        QCOMPARE(Ui::formatDuration(ns), text);
    }
};

QTEST_GUILESS_MAIN(TstTimeScale)
#include "tst_timescale.moc"
