// The compare view: two runs of different lengths stacked on one time axis (each from its own
// t = 0, one second as wide in both), zoom / pan / fit / the time cursor in either moving both,
// and the figures table from Core::compareRuns. Recorded and synthetic traces, no Python.
#include "comparisonview.h"
#include "modelfixtures.h"
#include "runsummary.h"
#include "timelineview.h"

#include <QHeaderView>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QTest>

using namespace Ui;

namespace {

ComparedRun compared(const QString &label, std::unique_ptr<Core::TraceModel> model)
{
    ComparedRun run;
    run.label = label;
    run.summary = Core::buildRunSummary(*model, {});
    run.model = std::move(model);
    return run;
}

// Where time t is drawn in a view, in viewport pixels.
double xOf(const TimelineView *view, double t)
{
    return view->metrics().labelWidth + timeToX(view->timeScale(), t);
}

int rowOf(const QTableWidget *table, const QString &key)
{
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole).toString() == key)
            return r;
    return -1;
}

} // namespace

class tst_ComparisonView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_view = std::make_unique<ComparisonView>();
        auto gather = Test::gatherModel();
        QVERIFY(gather);
        auto longer = Test::syntheticModel(4000);
        QVERIFY(longer->endTime() != gather->endTime());
        m_endA = double(gather->endTime());
        m_endB = double(longer->endTime());
        m_view->setRuns(compared(QStringLiteral("gather.py"), std::move(gather)),
                        compared(QStringLiteral("synthetic"), std::move(longer)));
        m_view->resize(900, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->fitBoth();
    }
    void cleanup() { m_view.reset(); }

    void bothRunsHaveTheirLanesAndLabels()
    {
        TimelineView *a = m_view->timelineA(), *b = m_view->timelineB();
        QVERIFY(a->isVisible() && b->isVisible());
        QCOMPARE(a->model(), m_view->runA().model.get());
        QCOMPARE(b->model(), m_view->runB().model.get());
        QVERIFY(a->rows().lanes.size() > 1);
        QVERIFY(b->rows().lanes.size() > 1);
        // Stacked, A above B, as wide as each other.
        QVERIFY(a->mapTo(m_view.get(), QPoint(0, a->height())).y()
                <= b->mapTo(m_view.get(), QPoint(0, 0)).y());
        QCOMPARE(a->mapTo(m_view.get(), QPoint(0, 0)).x(), b->mapTo(m_view.get(), QPoint(0, 0)).x());
        QCOMPARE(a->width(), b->width());
        QVERIFY(m_view->headingA().contains(QStringLiteral("gather.py")));
        QVERIFY(m_view->headingB().contains(QStringLiteral("synthetic")));
    }

    void sameRelativeTimeIsAtTheSameX()
    {
        TimelineView *a = m_view->timelineA(), *b = m_view->timelineB();
        QCOMPARE(a->plotWidth(), b->plotWidth());
        // Fitted: the longer run fills the width in both; the shorter one ends part-way.
        const double longest = std::max(m_endA, m_endB);
        QCOMPARE(a->timeScale(), b->timeScale());
        QVERIFY(xOf(a, longest) <= a->viewport()->width());
        QVERIFY(xOf(a, longest) > a->viewport()->width() * 0.8);
        for (double t : {0.0, std::min(m_endA, m_endB) / 2, longest})
            QCOMPARE(xOf(a, t), xOf(b, t));
    }

    void zoomAndPanInOneMoveTheOther()
    {
        TimelineView *a = m_view->timelineA(), *b = m_view->timelineB();
        const TimeScale before = a->timeScale();
        a->zoomBy(4);
        QVERIFY(!(a->timeScale() == before));
        QCOMPARE(b->timeScale(), a->timeScale());
        // Panning B with its scroll bar moves A along.
        QScrollBar *bar = b->horizontalScrollBar();
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum() / 2);
        QVERIFY(b->timeScale().origin > 0);
        QCOMPARE(a->timeScale(), b->timeScale());
        // Keyboard zoom in B.
        b->setFocus();
        QTest::keyClick(b, Qt::Key_Minus);
        QCOMPARE(a->timeScale(), b->timeScale());
        m_view->fitBoth();
        QCOMPARE(a->timeScale(), before);
        QCOMPARE(b->timeScale(), before);
    }

    void timeCursorIsSharedAtTheSameRelativeTime()
    {
        TimelineView *a = m_view->timelineA(), *b = m_view->timelineB();
        const double t = std::min(m_endA, m_endB) / 3;
        a->setTimeCursor(t);
        QCOMPARE(b->timeCursor(), t);
        b->setTimeCursor(-1);
        QVERIFY(!a->hasTimeCursor());
    }

    void figuresCompareTheTwoRuns()
    {
        const QTableWidget *table = m_view->figures();
        const Core::RunComparison &c = m_view->comparison();
        QCOMPARE(table->rowCount(), int(c.rows.size()));
        QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("A"));
        QVERIFY(table->horizontalHeaderItem(1)->toolTip().contains(QStringLiteral("gather.py")));
        QVERIFY(table->horizontalHeaderItem(2)->toolTip().contains(QStringLiteral("synthetic")));
        QVERIFY(m_view->headingA().contains(QStringLiteral("gather.py")));
        const int tasks = rowOf(table, QStringLiteral("tasks"));
        QVERIFY(tasks >= 0);
        QCOMPARE(table->item(tasks, 1)->text(), QString::number(c.a.tasks));
        QCOMPARE(table->item(tasks, 2)->text(), QString::number(c.b.tasks));
        QVERIFY(c.a.tasks != c.b.tasks);
        QCOMPARE(table->item(tasks, 3)->text(), comparisonChange(c.a.tasks, c.b.tasks));
        QVERIFY(rowOf(table, QStringLiteral("wall_s")) >= 0);
        QVERIFY(rowOf(table, QStringLiteral("max_concurrent_tasks")) >= 0);
    }

    // Opened at its own size, with long run names, the window shows every figure column
    // without scrolling sideways (B and the change column were pushed out of it).
    void everyColumnFitsAtTheWindowsOwnSize()
    {
        ComparisonView view;
        const QString longName = QStringLiteral("Three downloads with asyncio.gather, started "
                                                "together (examples/all_at_once.py)");
        view.setRuns(compared(longName, Test::gatherModel()),
                     compared(longName + QStringLiteral(" again"), Test::gatherModel()));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect screen = view.screen()->availableGeometry();
        QVERIFY2(view.width() <= screen.width() && view.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1x%2 on a %3x%4 screen")
                                    .arg(view.width())
                                    .arg(view.height())
                                    .arg(screen.width())
                                    .arg(screen.height())));
        QTableWidget *table = view.findChild<QTableWidget *>(QStringLiteral("compareTable"));
        QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
        const int last = table->horizontalHeader()->sectionViewportPosition(3)
                + table->horizontalHeader()->sectionSize(3);
        QVERIFY(last <= table->viewport()->width());
    }

    void changeColumnShowsTheDifference_data()
    {
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<QString>("change");
        QTest::newRow("more") << 2.0 << 3.0 << QStringLiteral("+1 (+50%)");
        QTest::newRow("less") << 4.0 << 1.0 << QStringLiteral("-3 (-75%)");
        QTest::newRow("same") << 2.0 << 2.0 << QStringLiteral("0 (0%)");
        QTest::newRow("from zero") << 0.0 << 1.5 << QStringLiteral("+1.500");
    }
    void changeColumnShowsTheDifference()
    {
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(QString, change);
        QCOMPARE(comparisonChange(a, b), change);
    }

private:
    std::unique_ptr<ComparisonView> m_view;
    double m_endA = 0, m_endB = 0;
};

QTEST_MAIN(tst_ComparisonView)
#include "tst_comparisonview.moc"
