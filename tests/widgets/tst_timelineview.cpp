// The timeline widget: clicking selects the span under the pointer, the label column selects
// lanes, zooming keeps the moment under the cursor, live updates are coalesced.
#include "modelfixtures.h"
#include "timelineview.h"

#include <QImage>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPointingDevice>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Ui;

class TstTimelineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_model = Test::gatherModel();
        QVERIFY(m_model);
        m_view = std::make_unique<TimelineView>();
        m_view->resize(1200, 500);
        m_view->setModel(m_model.get());
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    }

    void clickSelectsTheSpanUnderThePointer()
    {
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        int span = -1; // the long sleep of the first fetch
        for (int i = 0; i < m_model->spanCount(lane); ++i)
            if (m_model->spanType(m_model->span(lane, i).typeId).kind == Core::SpanKind::Suspended)
                span = i;
        QVERIFY(span >= 0);
        QSignalSpy spy(m_view.get(), &TimelineView::spanSelected);
        const QPoint at = m_view->spanPosition(lane, span);
        QCOMPARE(m_view->hitTest(at), std::make_pair(lane, span));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), lane);
        QCOMPARE(spy.at(0).at(1).toInt(), span);
        QCOMPARE(m_view->selectedLane(), lane);
        QVERIFY(m_view->toolTipFor(lane, span).contains(QStringLiteral("sleep")));
    }

    void labelColumnSelectsTheLane()
    {
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("main"));
        QSignalSpy spy(m_view.get(), &TimelineView::spanSelected);
        QPoint at = m_view->spanPosition(lane, -1);
        at.setX(m_view->metrics().labelWidth - 20); // on the name, not the disclosure triangle
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), lane);
        QCOMPARE(spy.at(0).at(1).toInt(), -1);
    }

    void ctrlWheelZoomsAroundTheCursor()
    {
        const double x = 400;
        const TimeScale before = m_view->timeScale();
        QWheelEvent wheel(QPointF(m_view->metrics().labelWidth + x, 100), QPointF(), QPoint(),
                          QPoint(0, 240), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase,
                          false);
        QCoreApplication::sendEvent(m_view->viewport(), &wheel);
        const TimeScale after = m_view->timeScale();
        QVERIFY(after.nsPerPixel < before.nsPerPixel);
        QVERIFY(qAbs(xToTime(after, x) - xToTime(before, x)) < before.nsPerPixel);
    }

    void keyboardZoomAndFit()
    {
        const TimeScale fitted = m_view->timeScale();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QVERIFY(m_view->timeScale().nsPerPixel < fitted.nsPerPixel);
        QTest::keyClick(m_view.get(), Qt::Key_0);
        QCOMPARE(m_view->timeScale().nsPerPixel, fitted.nsPerPixel);
    }

    void pinchZoomsAroundTheFingers()
    {
        const double x = 300;
        const QPointF pos(m_view->metrics().labelWidth + x, 100);
        auto pinch = [&](double value) {
            QNativeGestureEvent event(Qt::ZoomNativeGesture, QPointingDevice::primaryPointingDevice(),
                                      2, pos, pos, m_view->viewport()->mapToGlobal(pos), value,
                                      QPointF(), 1);
            QCoreApplication::sendEvent(m_view->viewport(), &event);
            QVERIFY(event.isAccepted());
        };
        const TimeScale before = m_view->timeScale();
        pinch(0.5); // fingers apart: magnify 1.5x
        const TimeScale in = m_view->timeScale();
        QVERIFY(qAbs(in.nsPerPixel - before.nsPerPixel / 1.5) < before.nsPerPixel * 1e-6);
        QVERIFY(qAbs(xToTime(in, x) - xToTime(before, x)) < before.nsPerPixel);
        pinch(-0.25); // together again: zoom out around the same moment
        const TimeScale out = m_view->timeScale();
        QVERIFY(out.nsPerPixel > in.nsPerPixel);
        QVERIFY(qAbs(xToTime(out, x) - xToTime(before, x)) < before.nsPerPixel);
    }

    void paintsAtLogicalPositionsOnHiDpi()
    {
        // The same frame at device pixel ratio 1 and 2: at 2 every logical pixel is a 2x2
        // block, so the lanes, the ruler and the text sit at the same logical places.
        TimelinePainter painter;
        const TimelineRows rows = buildTimelineRows(*m_model);
        const TimelineMetrics &mt = painter.metrics;
        TimelineFrame frame;
        frame.size = QSize(900, 260);
        frame.scale = fitRange(0, double(m_model->endTime()), frame.size.width() - mt.labelWidth);
        auto render = [&](double dpr) {
            QImage image(frame.size * dpr, QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(dpr);
            QPainter p(&image);
            painter.paint(p, *m_model, rows, frame);
            return image;
        };
        const QImage one = render(1), two = render(2);
        QCOMPARE(two.size(), frame.size * 2);
        auto at = [](const QImage &image, QPointF logical) {
            const double dpr = image.devicePixelRatio();
            return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr)).rgb();
        };

        // The long sleep of the first fetch: the middle of its bar is the sleep colour, and
        // just above the thin bar it is not.
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        int span = -1;
        for (int i = 0; i < m_model->spanCount(lane); ++i)
            if (m_model->spanType(m_model->span(lane, i).typeId).kind == Core::SpanKind::Suspended)
                span = i;
        QVERIFY(span >= 0);
        const Core::Span &s = m_model->span(lane, span);
        const double mid = (double(s.start) + double(m_model->spanEnd(s))) / 2;
        const int row = rows.rowOfLane[std::size_t(lane)];
        DrawItem item;
        item.typeId = s.typeId;
        item.x0 = timeToX(frame.scale, double(s.start));
        item.x1 = timeToX(frame.scale, double(m_model->spanEnd(s)));
        const QRectF bar = painter.barRect(*m_model, item, mt.rulerHeight + row * mt.rowHeight);
        const QPointF centre(mt.labelWidth + timeToX(frame.scale, mid), bar.center().y());
        const QRgb sleep = painter.palette.waitColor(Core::WaitKind::Sleep).rgb();
        QCOMPARE(at(one, centre), sleep);
        QCOMPARE(at(two, centre), sleep);
        const QPointF above = centre - QPointF(0, bar.height() / 2 + 2);
        QVERIFY(at(two, above) != sleep);
        QCOMPARE(at(two, above), at(one, above));

        // Ruler band, label column and the first row's name, at the same logical places.
        QCOMPARE(at(two, QPointF(mt.labelWidth + 2, 2)), painter.palette.rulerBackground.rgb());
        QCOMPARE(at(two, QPointF(3, mt.rulerHeight + 2)), painter.palette.labelBackground.rgb());
        QCOMPARE(at(two, QPointF(3, mt.rulerHeight - 3)), painter.palette.rulerBackground.rgb());
        auto ink = [&](const QImage &image, const QRectF &logical) {
            // Bounding box, in logical pixels, of what differs from the label background.
            const double dpr = image.devicePixelRatio();
            const QRgb back = painter.palette.labelBackground.rgb();
            QRectF box;
            for (int y = int(logical.top() * dpr); y < int(logical.bottom() * dpr); ++y)
                for (int x = int(logical.left() * dpr); x < int(logical.right() * dpr); ++x)
                    if (image.pixelColor(x, y).rgb() != back)
                        box |= QRectF(x / dpr, y / dpr, 1 / dpr, 1 / dpr);
            return box;
        };
        const QRectF name(17, mt.rulerHeight + 1, mt.labelWidth - 30, mt.rowHeight - 2);
        const QRectF inkOne = ink(one, name), inkTwo = ink(two, name);
        QVERIFY(!inkOne.isEmpty());
        QVERIFY2(qAbs(inkOne.left() - inkTwo.left()) <= 2 && qAbs(inkOne.top() - inkTwo.top()) <= 2
                         && qAbs(inkOne.bottom() - inkTwo.bottom()) <= 2
                         && qAbs(inkOne.right() - inkTwo.right()) <= 6,
                 qPrintable(QStringLiteral("text at 1x %1,%2 %3x%4, at 2x %5,%6 %7x%8")
                                    .arg(inkOne.x()).arg(inkOne.y()).arg(inkOne.width()).arg(inkOne.height())
                                    .arg(inkTwo.x()).arg(inkTwo.y()).arg(inkTwo.width()).arg(inkTwo.height())));
    }

    void keyboardPansAndJumps()
    {
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QTest::keyClick(m_view.get(), Qt::Key_Plus);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QCOMPARE(m_view->timeScale().origin, 0.0);
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        const double panned = m_view->timeScale().origin;
        QVERIFY(panned > 0);
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        QVERIFY(m_view->timeScale().origin < panned);
        QTest::keyClick(m_view.get(), Qt::Key_End);
        const TimeScale end = m_view->timeScale();
        QVERIFY(end.origin > panned);
        const double endX = timeToX(end, double(m_model->endTime()));
        QVERIFY(endX > 0 && endX <= m_view->plotWidth());
        const double zoomed = end.nsPerPixel;
        QTest::keyClick(m_view.get(), Qt::Key_Minus);
        QVERIFY(m_view->timeScale().nsPerPixel > zoomed);
    }

    void keyboardMovesTheSelectionAndInspects()
    {
        m_view->setFocus();
        QSignalSpy selected(m_view.get(), &TimelineView::spanSelected);
        QSignalSpy inspect(m_view.get(), &TimelineView::inspectRequested);
        QTest::keyClick(m_view.get(), Qt::Key_Down); // nothing selected: the first row
        QCOMPARE(m_view->selectedLane(), m_view->rows().lanes[0]);
        QTest::keyClick(m_view.get(), Qt::Key_Down);
        const int lane = m_view->rows().lanes[1];
        QCOMPARE(m_view->selectedLane(), lane);
        QCOMPARE(m_view->selectedSpan(), -1);
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier); // a span of the lane
        const int first = m_view->selectedSpan();
        QVERIFY(first >= 0);
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(m_view->selectedSpan(), std::max(0, first - 1));
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(m_view->selectedSpan(), first == 0 ? 1 : first);
        const int span = m_view->selectedSpan();
        QTest::keyClick(m_view.get(), Qt::Key_Return);
        QCOMPARE(inspect.count(), 1);
        QCOMPARE(inspect.at(0).at(0).toInt(), lane);
        QCOMPARE(inspect.at(0).at(1).toInt(), span);
        QCOMPARE(selected.last().at(0).toInt(), lane);
        QCOMPARE(selected.last().at(1).toInt(), span);

        // Z: the span fills the view, like a double-click.
        const Core::Span &s = m_model->span(lane, span);
        if (m_model->spanEnd(s) > s.start) {
            QTest::keyClick(m_view.get(), Qt::Key_Z);
            const TimeScale scale = m_view->timeScale();
            const double x0 = timeToX(scale, double(s.start));
            const double x1 = timeToX(scale, double(m_model->spanEnd(s)));
            QVERIFY(x0 >= 0 && x1 <= m_view->plotWidth());
            QVERIFY(x1 - x0 > m_view->plotWidth() / 2);
        }
        QTest::keyClick(m_view.get(), Qt::Key_Escape);
        QCOMPARE(m_view->selectedLane(), -1);
    }

    void keyboardFoldsChildrenAndFollowsLive()
    {
        m_view->setFocus();
        const int main = Test::laneOfTask(*m_model, QStringLiteral("main"));
        m_view->selectSpan(main, -1);
        const std::size_t rows = m_view->rows().lanes.size();
        QTest::keyClick(m_view.get(), Qt::Key_C);
        QVERIFY(m_view->rows().lanes.size() < rows);
        QTest::keyClick(m_view.get(), Qt::Key_C);
        QCOMPARE(m_view->rows().lanes.size(), rows);

        QSignalSpy follow(m_view.get(), &TimelineView::followLiveChanged);
        const bool before = m_view->followLive();
        QTest::keyClick(m_view.get(), Qt::Key_L);
        QCOMPARE(m_view->followLive(), !before);
        QTest::keyClick(m_view.get(), Qt::Key_L);
        QCOMPARE(m_view->followLive(), before);
        QCOMPARE(follow.count(), 2);
    }

    void fitAllShowsTheLoopsLifetime()
    {
        // 300 ms of imports and a print before asyncio.run: Fit all starts at the loop.
        constexpr Core::TimeNs ms = 1000000;
        Core::Test::TraceEncoder e;
        e.output({ 5 * ms, 0, Core::OutputStream::Stdout, false, false, "loading" });
        e.taskNew({ 300 * ms, 1, 1, 0, "Task-1", "main", {}, 0 });
        e.loopIter({ 301 * ms, 800 * ms, -1, 1, 1, 1 });
        e.step({ 800 * ms, 801 * ms, 1, true, Core::WaitKind::Sleep, {}, 0, 0 });
        e.loopClose({ 802 * ms, 1 });
        e.exit({ 810 * ms, 0 });
        const auto model = Test::decode(e.bytes);
        m_view->setModel(model.get());
        m_view->fitAll();
        const TimeScale scale = m_view->timeScale();
        QCOMPARE(scale.origin, double(300 * ms));
        const double endX = timeToX(scale, double(model->endTime()));
        QVERIFY2(endX > 0.9 * m_view->plotWidth() && endX <= m_view->plotWidth(),
                 qPrintable(QString::number(endX)));
        m_view->setModel(nullptr);
    }

    void theStepAxisWorksLikeTheTimeAxis()
    {
        m_view->setFocus();
        QSignalSpy axis(m_view.get(), &TimelineView::axisChanged);
        QTest::keyClick(m_view.get(), Qt::Key_S);
        QCOMPARE(m_view->axis(), TimelineAxis::Steps);
        QCOMPARE(axis.count(), 1);
        QVERIFY(m_view->timeScale().steps);
        // Fitted: every step of the run is in view, equally wide, however long it took.
        const TimeScale scale = m_view->timeScale();
        double width = -1;
        int steps = 0;
        for (int lane = 0; lane < m_model->laneCount(); ++lane)
            for (const Core::Span &s : m_model->spans(lane)) {
                if (m_model->spanType(s.typeId).kind != Core::SpanKind::Running)
                    continue;
                const double x0 = timeToX(scale, double(s.start));
                const double x1 = timeToX(scale, double(m_model->spanEnd(s)));
                QVERIFY(x0 >= 0 && x1 <= m_view->plotWidth());
                if (width < 0)
                    width = x1 - x0;
                QVERIFY(qAbs(x1 - x0 - width) < 1e-6);
                ++steps;
            }
        QVERIFY(steps >= 5 && width >= 20);

        // A click selects the step under the pointer; its tooltip says so.
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        int span = -1;
        for (int i = 0; i < m_model->spanCount(lane) && span < 0; ++i)
            if (m_model->spanType(m_model->span(lane, i).typeId).kind == Core::SpanKind::Running)
                span = i;
        const QPoint at = m_view->spanPosition(lane, span);
        QCOMPARE(m_view->hitTest(at), std::make_pair(lane, span));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_view->selectedSpan(), span);
        QVERIFY(m_view->toolTipFor(lane, span).contains(QStringLiteral("Running")));

        // The ruler puts the time cursor at the time under the pointer: inside that step.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {},
                          QPoint(at.x(), m_view->metrics().rulerHeight - 5));
        const Core::Span &s = m_model->span(lane, span);
        QVERIFY(m_view->timeCursor() >= double(s.start)
                && m_view->timeCursor() <= double(m_model->spanEnd(s)));
        QVERIFY(!m_view->laneStateAtCursor(lane).isEmpty());
        const double before = m_view->timeCursor();
        QTest::keyClick(m_view.get(), Qt::Key_Period);
        QVERIFY(m_view->timeCursor() > before);

        // Back on time, still fitted.
        QTest::keyClick(m_view.get(), Qt::Key_S);
        QCOMPARE(m_view->axis(), TimelineAxis::Time);
        QVERIFY(!m_view->timeScale().steps);
    }

    void switchingAxisKeepsTheStretchInView()
    {
        // Zoomed on the first fetch's step on the time axis, that step stays in view.
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        const Core::Span &s = m_model->span(lane, 1);
        m_view->setTimeScale(fitRange(double(s.start), double(m_model->spanEnd(s)), m_view->plotWidth()));
        m_view->setAxis(TimelineAxis::Steps);
        const double x0 = timeToX(m_view->timeScale(), double(s.start));
        const double x1 = timeToX(m_view->timeScale(), double(m_model->spanEnd(s)));
        QVERIFY2(x0 >= -1 && x1 <= m_view->plotWidth() + 1 && x1 > x0,
                 qPrintable(QStringLiteral("%1..%2").arg(x0).arg(x1)));
    }

    void allFramesShownOpensEveryTasksFrames()
    {
        QSignalSpy changed(m_view.get(), &TimelineView::allFramesShownChanged);
        m_view->setAllFramesShown(true);
        QCOMPARE(changed.count(), 1);
        int withFrames = 0;
        for (const Core::TaskInfo &task : m_model->tasks())
            if (!task.waits.empty()) {
                QVERIFY(m_view->framesExpanded(task.lane));
                ++withFrames;
            }
        QVERIFY(withFrames >= 2);
        // A lane the learner folds stays folded; the others stay open.
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("main"));
        m_view->selectSpan(lane, -1);
        m_view->setFocus();
        QTest::keyClick(m_view.get(), Qt::Key_F);
        QVERIFY(!m_view->framesExpanded(lane));
        m_view->modelUpdated();
        QTest::qWait(50);
        QVERIFY(!m_view->framesExpanded(lane));
        m_view->setAllFramesShown(false);
        for (const Core::TaskInfo &task : m_model->tasks())
            QVERIFY(!m_view->framesExpanded(task.lane));
    }

    void liveUpdatesFollowTheEnd()
    {
        auto live = std::make_unique<Core::TraceModel>();
        m_view->setModel(live.get());
        m_view->setLive(true);
        QVERIFY(m_view->followLive());
        // Feed a long synthetic run in pieces, poking the view after each one like RunSession.
        const QByteArray bytes = Core::Test::syntheticTrace(20000).bytes;
        Core::TraceDecoder decoder;
        for (qsizetype pos = 0; pos < bytes.size(); pos += 4096) {
            decoder.feed(QByteArrayView(bytes).sliced(pos, std::min<qsizetype>(4096, bytes.size() - pos)), *live);
            m_view->modelUpdated();
        }
        QTRY_VERIFY(m_view->rows().laneCount == live->laneCount());
        const double end = double(live->endTime());
        const TimeScale scale = m_view->timeScale();
        QVERIFY(timeToX(scale, end) <= m_view->plotWidth());
        QVERIFY(timeToX(scale, end) > 0);
        m_view->setModel(nullptr);
    }

private:
    std::unique_ptr<Core::TraceModel> m_model;
    std::unique_ptr<TimelineView> m_view;
};

QTEST_MAIN(TstTimelineView)
#include "tst_timelineview.moc"
