// Coroutine frames inside tasks, from the recorded gather trace: a task lane expands into one
// row per depth of its await chains (fetch → sleep), the task's own coroutine spans its life,
// bars never overlap, and the view shows, hit-tests and folds the rows.
#include "flamebars.h"
#include "inspector.h"
#include "modelfixtures.h"
#include "timelineview.h"

#include <QImage>
#include <QSignalSpy>
#include <QTest>

using namespace Ui;

class TstFlameRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_model = Test::gatherModel();
        QVERIFY(m_model);
        QVERIFY(Test::laneOfTask(*m_model, QStringLiteral("fetch")) >= 0);
    }

    void fetchRunsSleepInsideItsOwnTask()
    {
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        const auto depths = buildFlameBars(*m_model, lane);
        QVERIFY2(depths.size() >= 2, "fetch awaits asyncio.sleep: two frames deep");
        QCOMPARE(depths[0].size(), std::size_t(1));
        QCOMPARE(depths[0][0].function, QStringLiteral("fetch"));
        QVERIFY(depths[1][0].function.contains(QStringLiteral("sleep")));
        // The task's coroutine covers the whole life of the lane, the sleep lies inside it.
        int firstStep = 0;
        while (m_model->spanType(m_model->span(lane, firstStep).typeId).kind != Core::SpanKind::Running)
            ++firstStep;
        QCOMPARE(depths[0][0].start, m_model->span(lane, firstStep).start);
        QVERIFY(depths[1][0].start >= depths[0][0].start);
        QVERIFY(depths[1][0].end <= depths[0][0].end);
    }

    void mainSpansItsLifeAndBarsNeverOverlap()
    {
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("main"));
        const auto depths = buildFlameBars(*m_model, lane);
        QVERIFY(!depths.empty());
        QCOMPARE(depths[0].size(), std::size_t(1));
        QCOMPARE(depths[0][0].function, QStringLiteral("main"));
        for (const auto &row : depths) {
            for (std::size_t i = 0; i < row.size(); ++i) {
                QVERIFY(row[i].start <= row[i].end);
                QVERIFY(row[i].end <= m_model->endTime());
                if (i > 0)
                    QVERIFY(row[i - 1].end <= row[i].start);
            }
        }
        QCOMPARE(firstFlameBar(depths[0], -1), std::size_t(0));
        QCOMPARE(firstFlameBar(depths[0], double(m_model->endTime()) + 1), depths[0].size());
        // Loops and threads have no coroutine frames.
        QVERIFY(buildFlameBars(*m_model, 0).empty());
    }

    void viewExpandsAndFoldsFrameRows()
    {
        TimelineView view;
        view.resize(1000, 500);
        view.setModel(m_model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        const std::size_t before = view.rows().lanes.size();
        view.setFramesExpanded(lane, true);
        QVERIFY(view.framesExpanded(lane));
        const std::size_t depth = view.flames().value(lane).size();
        QCOMPARE(view.rows().lanes.size(), before + depth);
        const int row = view.rows().rowOfLane[std::size_t(lane)];
        QCOMPARE(view.rows().frameDepth[std::size_t(row)], -1);
        QCOMPARE(view.rows().frameDepth[std::size_t(row) + 1], 0);
        QCOMPARE(view.rows().lanes[std::size_t(row) + 1], lane);

        // A frame row is not a span: clicking it never selects one of the lane's spans.
        const TimelineMetrics &mt = view.metrics();
        const QPoint inFrameRow(mt.labelWidth + 200,
                                mt.rulerHeight + (row + 1) * mt.rowHeight + mt.rowHeight / 2);
        QCOMPARE(view.hitTest(inFrameRow), std::make_pair(lane, -1));

        // Painted at every zoom, including one where the whole run is a few pixels wide.
        QImage image(view.viewport()->size(), QImage::Format_ARGB32);
        view.viewport()->render(&image);
        view.setTimeScale({0, double(m_model->endTime()) / 3});
        view.viewport()->render(&image);

        // F on the selected lane folds the rows away again.
        view.selectSpan(lane, -1);
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_F);
        QVERIFY(!view.framesExpanded(lane));
        QCOMPARE(view.rows().lanes.size(), before);
        QTest::keyClick(&view, Qt::Key_F);
        QVERIFY(view.framesExpanded(lane));
    }

    void aFrameIsSelectableAndInspected()
    {
        TimelineView view;
        view.resize(1000, 500);
        view.setModel(m_model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        view.setFramesExpanded(lane, true);
        view.viewport()->repaint();
        // The sleep frame under fetch, on both axes: a click selects it.
        for (TimelineAxis axis : {TimelineAxis::Time, TimelineAxis::Steps}) {
            view.setAxis(axis);
            view.viewport()->repaint();
            std::optional<TimelineMark> sleepBar;
            for (const TimelineMark &m : view.marks())
                if (m.kind == MarkKind::FrameBar && m.lane == lane && m.depth == 1)
                    sleepBar = m;
            QVERIFY(sleepBar);
            QVERIFY(view.toolTipForMark(*sleepBar).contains(QStringLiteral("sleep")));
            QSignalSpy selected(&view, &TimelineView::frameSelected);
            QTest::mouseClick(view.viewport(), Qt::LeftButton, {},
                              sleepBar->rect.center().toPoint());
            QCOMPARE(selected.count(), 1);
            QCOMPARE(view.selectedLane(), lane);
            QCOMPARE(view.selectedFrame(), std::make_pair(1, sleepBar->index));
        }
        // The inspector tells its function, where it awaited and how long it was on the stack.
        const auto bar = view.frameBar(lane, 1, view.selectedFrame().second);
        QVERIFY(bar);
        Inspector inspector;
        inspector.setModel(m_model.get());
        inspector.showFrame(lane, 1, *bar);
        const QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Coroutine frame")) && text.contains(bar->function)
                         && text.contains(QStringLiteral("On the stack"))
                         && text.contains(QStringLiteral("Arguments")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("fetch"))); // and the task it belongs to
    }

private:
    std::unique_ptr<Core::TraceModel> m_model;
};

QTEST_MAIN(TstFlameRows)
#include "tst_flamerows.moc"
