// The timeline widget: clicking selects the span under the pointer, the label column selects
// lanes, zooming keeps the moment under the cursor, live updates are coalesced.
#include "modelfixtures.h"
#include "timelineview.h"

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
