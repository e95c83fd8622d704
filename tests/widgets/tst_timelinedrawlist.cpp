// Level-of-detail draw lists, hit testing and row order of the timeline.
#include "modelfixtures.h"
#include "timelinedrawlist.h"
#include "timelinerows.h"

#include <QTest>

using namespace Ui;

class TstTimelineDrawList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_big = Test::syntheticModel(200000);
        m_gather = Test::gatherModel();
        QVERIFY(m_big && m_big->laneCount() > 10);
        QVERIFY(m_gather && m_gather->laneCount() >= 4);
    }

    void everyVisibleSpanStaysVisible_data()
    {
        QTest::addColumn<double>("zoom"); // fraction of the run shown
        QTest::addColumn<double>("width");
        QTest::newRow("whole run, 1600 px") << 1.0 << 1600.0;
        QTest::newRow("whole run, 120 px") << 1.0 << 120.0;
        QTest::newRow("1 %") << 0.01 << 1600.0;
        QTest::newRow("0.01 %") << 1e-4 << 1600.0;
        QTest::newRow("span-level zoom") << 1e-6 << 1600.0;
    }
    void everyVisibleSpanStaysVisible()
    {
        QFETCH(double, zoom);
        QFETCH(double, width);
        const Core::TraceModel &m = *m_big;
        const double end = double(m.endTime());
        const TimeScale scale{end * 0.37 * (zoom < 1 ? 1 : 0), end * zoom / width};
        std::vector<DrawItem> items;
        for (int lane = 0; lane < m.laneCount(); ++lane) {
            buildLaneItems(m, lane, scale, width, items);
            // Folding bounds the work: never more items than a few per pixel.
            QVERIFY2(items.size() <= std::size_t(width) * 3 + 8,
                     qPrintable(QStringLiteral("lane %1: %2 items").arg(lane).arg(items.size())));
            std::size_t next = 0;
            for (int i = 0; i < m.spanCount(lane); ++i) {
                const Core::Span &s = m.span(lane, i);
                const double x0 = timeToX(scale, double(s.start));
                const double x1 = timeToX(scale, double(m.spanEnd(s)));
                if (x1 < 0 || x0 > width || (x1 == 0 && s.duration > 0))
                    continue;
                while (next < items.size() && items[next].last < i)
                    ++next;
                QVERIFY2(next < items.size() && items[next].first <= i,
                         qPrintable(QStringLiteral("lane %1 span %2 at x %3 is not drawn")
                                            .arg(lane).arg(i).arg(x0)));
                const DrawItem &item = items[next];
                QVERIFY(item.x1 - item.x0 >= 1.0 - 1e-9);
                // End markers are never folded away: each keeps its own glyph.
                const Core::SpanKind kind = m.spanType(s.typeId).kind;
                if (kind == Core::SpanKind::Done || kind == Core::SpanKind::Cancelled
                    || kind == Core::SpanKind::Failed)
                    QVERIFY2(item.marker && item.first == i && item.last == i,
                             qPrintable(QStringLiteral("lane %1: end marker %2 folded").arg(lane).arg(i)));
                // The item covering it is where the span is (clamped at the view's edges).
                QVERIFY(item.x0 <= std::max(x0, -2.0) + 1e-6 || item.first < i);
                QVERIFY(item.x1 >= std::min(x1, width + 2) - 1e-6 || item.last > i);
            }
        }
    }

    void wideSpansAreNotFolded()
    {
        const Core::TraceModel &m = *m_gather;
        const int lane = Test::laneOfTask(m, QStringLiteral("fetch"));
        QVERIFY(lane >= 0);
        const TimeScale scale = fitRange(0, double(m.endTime()), 1600);
        std::vector<DrawItem> items;
        buildLaneItems(m, lane, scale, 1600, items);
        bool sawLongSleep = false;
        for (const DrawItem &item : items) {
            if (item.x1 - item.x0 > 100) {
                QVERIFY(!item.folded());
                QCOMPARE(m.spanType(item.typeId).kind, Core::SpanKind::Suspended);
                sawLongSleep = true;
            }
        }
        QVERIFY(sawLongSleep);
    }

    void hitTestFindsTheSpanUnderThePointer()
    {
        const Core::TraceModel &m = *m_gather;
        const TimeScale scale = fitRange(0, double(m.endTime()), 1600);
        for (int lane = 0; lane < m.laneCount(); ++lane) {
            for (int i = 0; i < m.spanCount(lane); ++i) {
                const Core::Span &s = m.span(lane, i);
                const double x0 = timeToX(scale, double(s.start));
                const double x1 = timeToX(scale, double(m.spanEnd(s)));
                if (x1 - x0 < 6)
                    continue; // narrow ones are ambiguous at this zoom by design
                QCOMPARE(spanAt(m, lane, scale, (x0 + x1) / 2), i);
            }
        }
        QCOMPARE(spanAt(m, 0, scale, 1e7), -1); // far right of the run: nothing
    }

    void hitTestReachesThinAndZeroLengthSpans()
    {
        const Core::TraceModel &m = *m_gather;
        const TimeScale scale = fitRange(0, double(m.endTime()), 1600);
        for (int lane = 0; lane < m.laneCount(); ++lane) {
            for (int i = 0; i < m.spanCount(lane); ++i) {
                const Core::Span &s = m.span(lane, i);
                if (s.duration != 0)
                    continue; // end markers
                const int hit = spanAt(m, lane, scale, timeToX(scale, double(s.start)) + 0.3);
                QCOMPARE(hit, i);
            }
        }
    }

    void rowsNestTasksUnderTheirParent()
    {
        const Core::TraceModel &m = *m_gather;
        const TimelineRows rows = buildTimelineRows(m);
        QCOMPARE(int(rows.lanes.size()), m.laneCount());
        QCOMPARE(m.lane(rows.lanes.front()).kind, Core::LaneKind::Loop);
        QCOMPARE(m.lane(rows.lanes.back()).kind, Core::LaneKind::Thread);
        for (int row = 0; row < int(rows.lanes.size()); ++row) {
            const Core::LaneInfo &info = m.lane(rows.lanes[std::size_t(row)]);
            if (info.kind != Core::LaneKind::Task)
                continue;
            const int parentRow = rows.rowOfLane[std::size_t(info.parent)];
            QVERIFY(parentRow < row); // children come after their parent ...
            for (int between = parentRow + 1; between < row; ++between) // ... inside its subtree
                QVERIFY(m.lane(rows.lanes[std::size_t(between)]).depth > m.lane(info.parent).depth);
        }
        const int mainLane = Test::laneOfTask(m, QStringLiteral("main"));
        const TimelineRows collapsed = buildTimelineRows(m, {mainLane});
        QVERIFY(collapsed.lanes.size() < rows.lanes.size());
        QVERIFY(collapsed.rowOfLane[std::size_t(mainLane)] >= 0);
        QCOMPARE(collapsed.rowOfLane[std::size_t(Test::laneOfTask(m, QStringLiteral("fetch")))], -1);
    }

private:
    std::unique_ptr<Core::TraceModel> m_big, m_gather;
};

QTEST_GUILESS_MAIN(TstTimelineDrawList)
#include "tst_timelinedrawlist.moc"
