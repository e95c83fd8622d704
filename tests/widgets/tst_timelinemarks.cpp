// What the timeline draws besides spans, as a learner meets it: events sharing a pixel are
// counted (never silently merged) and a click spreads them; a blocked step is called out on
// the loop's lane, growing while it runs, and a click selects it; wake-up arrows give way to
// the selection when there are many; ruler badges never cover tick labels; every mark has a
// tooltip; wait labels sit beside their bars.
#include "modelfixtures.h"
#include "timelineview.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <ctime>

using namespace Ui;

namespace {

std::unique_ptr<Core::TraceModel> fixture(const char *name)
{
    QFile f(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return Test::decode(f.readAll());
}

std::vector<TimelineMark> marksOf(const TimelineView &view, MarkKind kind)
{
    std::vector<TimelineMark> out;
    for (const TimelineMark &m : view.marks())
        if (m.kind == kind)
            out.push_back(m);
    return out;
}

// "blocked 1.20 s so far" -> 1.2e9
double durationIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("([0-9.]+) (ns|µs|ms|s)\\b"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const double v = m.captured(1).toDouble();
    const QString unit = m.captured(2);
    return v * (unit == QLatin1String("s") ? 1e9 : unit == QLatin1String("ms") ? 1e6
                : unit == QStringLiteral("µs")                               ? 1e3
                                                                               : 1);
}

Core::TimeNs monotonicNow()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return Core::TimeNs(ts.tv_sec) * 1000000000u + Core::TimeNs(ts.tv_nsec);
}

// A run whose worker task holds the loop for 600 ms from 1.8 ms: the tracer's BLOCKED record
// arrives while the step still runs, the STEP after it (split at `tail`).
struct BlockedRun {
    QByteArray head, tail;
};
BlockedRun blockedRun(Core::TimeNs monoT0)
{
    using namespace Core;
    Core::Test::TraceEncoder e;
    e.magic();
    e.hello({1, false, false, 42, monoT0, QStringLiteral("3.11.2"),
             QStringLiteral("/usr/bin/python3"), QStringLiteral("blocks.py"), 100, 0});
    e.taskNew({1000000, 1, 1, 0, QStringLiteral("Task-1"), QStringLiteral("main"),
               QStringLiteral("blocks.py"), 12});
    e.loopIter({1000000, 1100000, 0, 1, 0, 1});
    e.taskNew({1300000, 2, 1, 1, QStringLiteral("Task-2"), QStringLiteral("worker"),
               QStringLiteral("blocks.py"), 5});
    e.step({1200000, 1500000, 1, false, WaitKind::Task, QStringLiteral("Task-2"), 2, 0, 0});
    e.loopIter({1600000, 1700000, 0, 1, 0, 1});
    e.blocked({1800000, 2, QStringLiteral("blocks.py"), QStringLiteral("worker"), 7, 1});
    BlockedRun run;
    run.head = e.bytes;
    const qsizetype split = e.bytes.size();
    e.step({1800000, 601800000, 2, true, WaitKind::Other, {}, 0, 0, 0});
    e.taskEnd({601800000, 2, TaskEndState::Done, {}, {}});
    e.wake({601810000, 1, WakerKind::Task, 2, {}});
    e.loopIter({601820000, 601830000, 0, 1, 0, 1});
    e.step({601840000, 601900000, 1, true, WaitKind::Other, {}, 0, 0, 0});
    e.taskEnd({601900000, 1, TaskEndState::Done, {}, {}});
    e.exit({602000000, 0});
    run.tail = e.bytes.mid(split);
    return run;
}

} // namespace

class TstTimelineMarks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void clusterInstants_data()
    {
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<QList<int>>("counts"); // of the clusters found, left to right
        QTest::newRow("all apart") << QList<double>{0, 10, 20} << QList<int>{};
        QTest::newRow("three on one pixel") << QList<double>{100, 100.3, 100.6} << QList<int>{3};
        QTest::newRow("two spots") << QList<double>{10, 10.5, 300, 300, 300, 301}
                                   << QList<int>{2, 4};
        QTest::newRow("a long dense run is spread out enough")
                << QList<double>{0, 1.5, 3, 4.5, 6, 7.5, 9, 10.5, 12, 13.5, 15} << QList<int>{};
        QTest::newRow("markers that would overlap join, counting what lies between")
                << QList<double>{50, 50.5, 60, 70, 70.2} << QList<int>{5};
    }
    void clusterInstants()
    {
        QFETCH(QList<double>, xs);
        QFETCH(QList<int>, counts);
        const std::vector<double> v(xs.begin(), xs.end());
        const auto clusters = Ui::clusterInstants(v, 2.0, 12.0, 30.0);
        QCOMPARE(int(clusters.size()), counts.size());
        for (int i = 0; i < counts.size(); ++i)
            QCOMPARE(clusters[std::size_t(i)].count(), counts[i]);
    }

    void eventsSharingAPixelAreCountedAndSpreadOnClick()
    {
        // "Three downloads, all at once", recorded: at 1 s the timer wakes the three
        // downloads one by one within half a millisecond, far less than a pixel at Fit.
        const auto model = fixture("three_downloads.lstrace");
        QVERIFY(model);
        TimelineView view;
        view.resize(1400, 500);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->repaint();
        const auto &clusters = view.instantClusters();
        QVERIFY(!clusters.empty());
        // Nothing merged silently: every step, wake-up and print in view is either apart
        // from its neighbours or counted in a marker.
        const auto &steps = view.stepAxis().steps();
        std::vector<double> xs;
        for (const AxisStep &s : steps)
            xs.push_back(timeToX(view.timeScale(), s.start));
        for (const Core::Wakeup &w : model->wakeups())
            xs.push_back(timeToX(view.timeScale(), double(w.t)));
        for (const Core::OutputLine &o : model->output())
            xs.push_back(timeToX(view.timeScale(), double(o.t)));
        std::sort(xs.begin(), xs.end());
        int counted = 0;
        for (const InstantCluster &c : clusters)
            counted += c.count();
        int alone = 0;
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const bool nearPrev = i > 0 && xs[i] - xs[i - 1] < 2;
            const bool nearNext = i + 1 < xs.size() && xs[i + 1] - xs[i] < 2;
            alone += !nearPrev && !nearNext;
        }
        QCOMPARE(counted + alone, int(xs.size()));
        // The one at 1 s holds the three wake-ups; its marker says how many events it holds.
        const InstantCluster *atOne = nullptr;
        for (const InstantCluster &c : clusters)
            if (c.t0 > 0.9e9 && c.wakeups >= 3)
                atOne = &c;
        QVERIFY(atOne);
        const int count = atOne->count();
        const double span = atOne->t1 - atOne->t0;
        QVERIFY(span > 0 && span < 5e6);
        TimelineMark badge;
        for (const TimelineMark &m : marksOf(view, MarkKind::Instants))
            if (&clusters[std::size_t(m.index)] == atOne)
                badge = m;
        QCOMPARE(badge.text, QString::number(count));
        QVERIFY(view.toolTipForMark(badge).contains(QStringLiteral("wake-up")));
        // Every count whole in the plot, also the one at the run's first moment (left edge).
        for (const TimelineMark &m : marksOf(view, MarkKind::Instants))
            QVERIFY2(m.rect.left() >= view.metrics().labelWidth
                             && m.rect.right() <= view.viewport()->width(),
                     qPrintable(QStringLiteral("%1 at %2").arg(m.text).arg(m.rect.left())));

        // A click zooms in until they stand apart: the same events now span most of the view.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, badge.rect.center().toPoint());
        view.viewport()->repaint();
        const TimeScale zoomed = view.timeScale();
        QVERIFY(span / zoomed.nsPerPixel > view.plotWidth() * 0.4);
        for (const InstantCluster &c : view.instantClusters())
            QVERIFY2(c.count() < count, "the events are still drawn on one spot");
    }

    void theStepAxisSpreadsTheWakeUps()
    {
        // On the step axis the wake-ups at 1 s and the steps they lead to stand apart at Fit.
        const auto model = fixture("three_downloads.lstrace");
        QVERIFY(model);
        TimelineView view;
        view.resize(1400, 500);
        view.setModel(model.get());
        view.setAxis(TimelineAxis::Steps);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->repaint();
        QVERIFY(view.instantClusters().empty());
        std::vector<double> xs;
        for (const Core::Wakeup &w : model->wakeups())
            if (w.kind == Core::WakerKind::Timer)
                xs.push_back(timeToX(view.timeScale(), double(w.t)));
        QVERIFY(xs.size() >= 3);
        for (std::size_t i = 1; i < xs.size(); ++i)
            QVERIFY2(xs[i] - xs[i - 1] >= 4, qPrintable(QString::number(xs[i] - xs[i - 1])));
    }

    void blockedLabelGrowsWhileTheStepRunsAndSelectsIt()
    {
        // The run started 700 ms ago and its worker has held the loop since 1.8 ms.
        const BlockedRun run = blockedRun(monotonicNow() - 700000000);
        Core::TraceModel model;
        Core::TraceDecoder decoder;
        decoder.feed(run.head, model);
        QCOMPARE(int(model.blocked().size()), 1);
        TimelineView view;
        view.resize(1200, 400);
        view.setModel(&model);
        view.setLive(true);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto label = [&view] {
            view.viewport()->repaint();
            for (const TimelineMark &m : marksOf(view, MarkKind::Blocked))
                if (!m.text.isEmpty())
                    return m;
            return TimelineMark{};
        };
        // The live clock says 700 ms; the label catches up at the next frame.
        QTRY_VERIFY(durationIn(label().text) >= 0.6e9);
        const TimelineMark first = label();
        QVERIFY(first.text.contains(QStringLiteral("so far")));
        QVERIFY(first.text.startsWith(QStringLiteral("blocked ")));
        const double before = durationIn(first.text);
        QVERIFY2(before >= 0.6e9, qPrintable(first.text));
        // On the loop's lane, where a learner looks first.
        const int loopLane = model.loops().front().lane;
        QCOMPARE(first.lane, loopLane);
        QTest::qWait(300);
        const TimelineMark later = label();
        QVERIFY2(durationIn(later.text) >= before + 0.2e9,
                 qPrintable(first.text + QStringLiteral(" then ") + later.text));

        // A click selects the step that holds the loop and asks for the inspector.
        QSignalSpy inspect(&view, &TimelineView::inspectRequested);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, later.rect.center().toPoint());
        const int worker = Test::laneOfTask(model, QStringLiteral("worker"));
        QCOMPARE(view.selectedLane(), worker);
        QVERIFY(view.selectedSpan() >= 0);
        QVERIFY(model.span(worker, view.selectedSpan()).start <= 1800000);
        QCOMPARE(inspect.count(), 1);

        // The step ends: the label says how long it held the loop, and selects that step.
        decoder.feed(run.tail, model);
        view.modelUpdated();
        view.setLive(false);
        QTRY_VERIFY(!label().text.contains(QStringLiteral("so far")));
        const TimelineMark done = label();
        QCOMPARE(done.text, QStringLiteral("blocked 600 ms"));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, done.rect.center().toPoint());
        QCOMPARE(view.selectedLane(), worker);
        const Core::Span &step = model.span(worker, view.selectedSpan());
        QCOMPARE(step.start, Core::TimeNs(1800000));
        QCOMPARE(model.spanType(step.typeId).kind, Core::SpanKind::Running);
    }

    void aStepStillRunningWhenTheTraceStoppedIsAtLeastThatLong()
    {
        // The program was stopped (or killed) while its worker held the loop: nothing grows
        // any more, so not "so far" but "at least".
        const BlockedRun run = blockedRun(monotonicNow() - 700000000);
        Core::TraceModel model;
        Core::TraceDecoder decoder;
        decoder.feed(run.head, model);
        TimelineView view;
        view.resize(1200, 400);
        view.setModel(&model);
        view.setLive(false);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->repaint();
        QString text;
        for (const TimelineMark &m : marksOf(view, MarkKind::Blocked))
            text += m.text;
        QVERIFY2(text.startsWith(QStringLiteral("blocked ≥ ")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("so far")), qPrintable(text));
    }

    void manyArrowsOnlyForTheSelection()
    {
        const auto model = Test::syntheticModel(4000);
        TimelineView view;
        view.resize(1200, 600);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.viewport()->repaint();
        QVERIFY(view.arrowsInView() > 100);
        QVERIFY(view.drawnArrows().empty()); // a thicket of arrows hides the lanes
        int lane = -1;
        for (int row = 0; row < int(view.rows().lanes.size()) && lane < 0; ++row)
            if (view.rows().isLaneRow(row)
                && model->lane(view.rows().lanes[std::size_t(row)]).kind == Core::LaneKind::Task
                && row > 8)
                lane = view.rows().lanes[std::size_t(row)];
        QVERIFY(lane >= 0);
        view.selectSpan(lane, -1);
        view.viewport()->repaint();
        QVERIFY(!view.drawnArrows().empty());
        const Core::Id task = model->lane(lane).id;
        for (int index : view.drawnArrows()) {
            const Core::Wakeup &w = model->wakeups()[std::size_t(index)];
            QVERIFY(w.task == task || w.wakerTask == task);
        }
        // A few arrows are all drawn.
        const auto gather = Test::gatherModel();
        view.setModel(gather.get());
        view.viewport()->repaint();
        QVERIFY(view.arrowsInView() > 0);
        QCOMPARE(int(view.drawnArrows().size()), view.arrowsInView());
    }

    void rulerBadgesNeverCoverTickLabels()
    {
        const auto model = fixture("three_downloads.lstrace");
        QVERIFY(model);
        TimelineView view;
        view.resize(1400, 400);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (TimelineAxis axis : {TimelineAxis::Time, TimelineAxis::Steps}) {
            view.setAxis(axis);
            view.viewport()->repaint();
            const auto ticks = marksOf(view, MarkKind::TickLabel);
            QVERIFY2(ticks.size() >= 3, qPrintable(QString::number(int(axis))));
            // The pointer right on a label, and the time cursor on another.
            view.setTimeCursor(xToTime(view.timeScale(),
                                       ticks[2].rect.left() + 2 - view.metrics().labelWidth));
            QTest::mouseMove(view.viewport(), ticks[1].rect.center().toPoint());
            view.viewport()->repaint();
            const auto badges = marksOf(view, MarkKind::HoverBadge);
            const auto tags = marksOf(view, MarkKind::CursorTag);
            QCOMPARE(int(badges.size()), 1);
            QCOMPARE(int(tags.size()), 1);
            auto others = marksOf(view, MarkKind::Instants);
            others.push_back(badges.front());
            others.push_back(tags.front());
            for (const TimelineMark &tick : marksOf(view, MarkKind::TickLabel))
                for (const TimelineMark &badge : others)
                    QVERIFY2(!tick.rect.intersects(badge.rect),
                             qPrintable(tick.text + QStringLiteral(" under ") + badge.text));
            if (axis == TimelineAxis::Time) {
                // One unit on the ruler: the badge's is the ticks'.
                const QString unit = ticks.front().text.section(QLatin1Char(' '), -1);
                QCOMPARE(badges.front().text.section(QLatin1Char(' '), -1), unit);
            }
            view.setTimeCursor(-1);
        }
    }

    void everyMarkHasATooltip()
    {
        const auto model = fixture("three_downloads.lstrace");
        QVERIFY(model);
        TimelineView view;
        view.resize(1400, 500);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFramesExpanded(Test::laneOfTask(*model, QStringLiteral("main")), true);
        QSet<int> seen;
        for (TimelineAxis axis : {TimelineAxis::Time, TimelineAxis::Steps}) {
            view.setAxis(axis);
            view.setTimeCursor(0.5e9);
            QTest::mouseMove(view.viewport(), QPoint(view.metrics().labelWidth + 300, 5));
            view.viewport()->repaint();
            for (const TimelineMark &m : view.marks()) {
                seen.insert(int(m.kind));
                QVERIFY2(!view.toolTipForMark(m).isEmpty(),
                         qPrintable(QStringLiteral("mark kind %1").arg(int(m.kind))));
            }
        }
        for (MarkKind kind : {MarkKind::TickLabel,
                              MarkKind::HoverBadge, MarkKind::CursorTag, MarkKind::Iteration,
                              MarkKind::Print, MarkKind::Wake, MarkKind::Instants,
                              MarkKind::FrameBar})
            QVERIFY2(seen.contains(int(kind)), qPrintable(QString::number(int(kind))));
    }

    void waitLabelsSitBesideTheirBars()
    {
        TimelinePainter painter;
        const TimelineMetrics &mt = painter.metrics;
        const auto model = Test::gatherModel();
        for (int lane = 0; lane < model->laneCount(); ++lane)
            for (int i = 0; i < model->spanCount(lane); ++i) {
                DrawItem item;
                item.typeId = model->span(lane, i).typeId;
                item.x0 = 10;
                item.x1 = 300;
                const QRectF bar = painter.barRect(*model, item, 100);
                const Core::SpanKind kind = model->spanType(item.typeId).kind;
                if (kind != Core::SpanKind::Suspended && kind != Core::SpanKind::LoopIdle)
                    continue;
                const QRectF label = painter.thinLabelRect(bar, 100);
                QVERIFY(label.bottom() <= bar.top());
                QVERIFY(label.top() >= 100 && bar.bottom() <= 100 + mt.rowHeight);
                // Room for a line of text above the bar.
                QVERIFY(label.height() >= QFontMetricsF(QFont()).height());
            }
    }
};

QTEST_MAIN(TstTimelineMarks)
#include "tst_timelinemarks.moc"
