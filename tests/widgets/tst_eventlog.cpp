// The event log tells the run's story in text, one line per step the loop ran, and follows the
// timeline both ways: on a real recorded run (three downloads gathered).
#include "docklayout.h"
#include "eventlog.h"
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "modelfixtures.h"
#include "timelineview.h"

#include "isolatedsettings.h"
#include "screensizes.h"

#include <QAccessible>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QLabel>
#include <QListView>
#include <QScrollBar>
#include <QTest>
#include <QVBoxLayout>

using namespace Ui;

namespace {

std::unique_ptr<Core::TraceModel> threeDownloads()
{
    QFile f(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/three_downloads_calls.lstrace"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return Test::decode(f.readAll());
}

struct Window {
    QWidget top;
    TimelineView *timeline = new TimelineView;
    EventLog *log = new EventLog;
    explicit Window(const Core::TraceModel *model)
    {
        auto *layout = new QVBoxLayout(&top);
        layout->addWidget(timeline, 2);
        layout->addWidget(log, 1);
        log->setTimeline(timeline);
        timeline->setModel(model);
        top.resize(1000, 700);
        top.show();
    }
    QStringList rows() const
    {
        QStringList out;
        const QAbstractItemModel *m = log->list()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            out << m->index(r, 0).data().toString();
        return out;
    }
};

} // namespace

class TstEventLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_eventlog"));
    }

    void oneLinePerStepInTheOrderTheLoopRanThem()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        Window w(model.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        const QStringList rows = w.rows();
        QCOMPARE(rows.size(), int(w.timeline->stepAxis().steps().size()));
        QVERIFY(rows.size() >= 7); // main, three first steps, three after the timer, main again
        for (int r = 0; r < rows.size(); ++r)
            QVERIFY2(rows[r].startsWith(QStringLiteral("%1: the loop runs ").arg(r + 1)),
                     qPrintable(rows[r]));
        // The timer wakes each download at 1 s: the log says so, with the call's own words.
        for (const char *file : {"a.zip", "b.zip", "c.zip"}) {
            const QStringList woken = rows.filter(
                    QStringLiteral("download('%1'), woken by its timer").arg(QLatin1String(file)));
            QVERIFY2(woken.size() == 1, qPrintable(rows.join('\n')));
            QVERIFY2(woken.front().contains(QStringLiteral("(sleep(1)) at 1.0")), qPrintable(woken.front()));
        }
        // Their first steps: new tasks that main created, which then sleep.
        QVERIFY2(rows.filter(QStringLiteral("created it; then it waits: sleep(1)")).size() == 3,
                 qPrintable(rows.join('\n')));
        QVERIFY2(rows.filter(QStringLiteral("; it finished")).size() >= 3, qPrintable(rows.join('\n')));
        // Read as a screen reader would: the list's items carry the same text.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(w.log->list());
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Event log"));
    }

    void choosingALineMovesTheTimeline()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        Window w(model.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        const QStringList rows = w.rows();
        const int row = int(rows.indexOf(rows.filter(QStringLiteral("download('b.zip'), woken")).value(0)));
        QVERIFY(row >= 0);
        QListView *list = w.log->list();
        list->setFocus();
        list->setCurrentIndex(list->model()->index(row, 0));
        const AxisStep &step = w.timeline->stepAxis().steps()[std::size_t(row)];
        QCOMPARE(w.timeline->timeCursor(), step.start);
        QCOMPARE(w.timeline->selectedLane(), step.lane);
        const Core::Span &span = model->span(step.lane, w.timeline->selectedSpan());
        QCOMPARE(double(span.start), step.start);
        QCOMPARE(model->spanType(span.typeId).kind, Core::SpanKind::Running);
        // The whole line, wrapped, under the list.
        QCOMPARE(w.log->detailText(), rows[row]);
        // Down goes to the next step: the cursor follows, from the keyboard alone.
        QTest::keyClick(list, Qt::Key_Down);
        QCOMPARE(w.log->currentRow(), row + 1);
        QCOMPARE(w.timeline->timeCursor(), w.timeline->stepAxis().steps()[std::size_t(row + 1)].start);
    }

    void movingTheCursorSelectsTheLine()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        Window w(model.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        const auto &steps = w.timeline->stepAxis().steps();
        // Inside the last step: its line. Between steps: the one that ran last.
        const AxisStep &last = steps.back();
        w.timeline->setTimeCursor((last.start + last.end) / 2);
        QCOMPARE(w.log->currentRow(), int(steps.size()) - 1);
        w.timeline->setTimeCursor(500e6); // everyone sleeps: the last step before is a download's
        const int row = w.log->currentRow();
        QVERIFY(row >= 0);
        QVERIFY(steps[std::size_t(row)].start <= 500e6);
        QVERIFY(row + 1 == int(steps.size()) || steps[std::size_t(row + 1)].start > 500e6);
        // The timeline's , and . step through events: the log keeps up.
        w.timeline->setFocus();
        QTest::keyClick(w.timeline, Qt::Key_Period);
        QVERIFY(steps[std::size_t(w.log->currentRow())].start <= w.timeline->timeCursor());
        // Selecting a step's span on the timeline selects its line.
        const int lane = steps[2].lane;
        const int span = model->lastIndex(lane, Core::TimeNs(steps[2].start));
        w.timeline->selectSpan(lane, span);
        QCOMPARE(w.log->currentRow(), 2);
        QVERIFY(w.log->list()->visualRect(w.log->list()->currentIndex()).intersects(
                w.log->list()->viewport()->rect()));
    }

    void longLinesNeverScrollSideways()
    {
        const auto model = threeDownloads();
        QVERIFY(model);
        Window w(model.get());
        w.top.resize(420, 500); // a narrow dock
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        QListView *list = w.log->list();
        list->setCurrentIndex(list->model()->index(3, 0));
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        // The selected line is whole under the list, wrapped within the dock's width.
        QLabel *detail = w.log->findChild<QLabel *>(QStringLiteral("eventLogDetail"));
        QVERIFY(detail && detail->wordWrap());
        QTRY_VERIFY(detail->width() <= w.log->width());
        QVERIFY(detail->heightForWidth(detail->width()) <= detail->height() + 1);
    }

    void aNewRunStartsAfresh()
    {
        const auto first = threeDownloads();
        const auto second = Test::gatherModel();
        QVERIFY(first && second);
        Window w(first.get());
        QVERIFY(QTest::qWaitForWindowExposed(&w.top));
        w.timeline->setModel(second.get());
        QCOMPARE(w.log->list()->model()->rowCount(), int(w.timeline->stepAxis().steps().size()));
        w.timeline->setModel(nullptr);
        QCOMPARE(w.log->list()->model()->rowCount(), 0);
        QVERIFY(w.log->detailText().contains(QStringLiteral("Run a program")));
    }

    void inTheWindowBehindTheOutput_data()
    {
        addScreenRows();
    }
    void inTheWindowBehindTheOutput()
    {
        // View ▸ Event log, one click behind the Output: a recording's steps, whole lines
        // under it, never scrolled sideways, and a line chosen moves the window's timeline.
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        QSettings().clear();
        MainWindow window;
        window.setTheme(dark ? MainWindow::Theme::Dark : MainWindow::Theme::Light);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QVERIFY(window.openRecording(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/three_downloads_calls.lstrace")));
        QDockWidget *dock = window.docks()->dock(DockLayout::Slot::EventLog);
        QDockWidget *output = window.docks()->dock(DockLayout::Slot::Output);
        QVERIFY(dock && output);
        QCOMPARE(dock->windowTitle(), QStringLiteral("Event log"));
        QVERIFY(window.tabifiedDockWidgets(output).contains(dock));
        QVERIFY(window.viewMenu()->actions().contains(dock->toggleViewAction()));
        // The output stays in front; the log is a click away.
        QTRY_VERIFY(!output->visibleRegion().isEmpty());
        dock->raise();
        QTRY_VERIFY(!dock->visibleRegion().isEmpty());
        auto *log = qobject_cast<EventLog *>(dock->widget());
        QVERIFY(log);
        QCOMPARE(log->list()->model()->rowCount(),
                 int(window.timeline()->stepAxis().steps().size()));
        QVERIFY(log->list()->model()->rowCount() >= 7);
        log->list()->setCurrentIndex(log->list()->model()->index(5, 0));
        QCOMPARE(window.timeline()->timeCursor(), window.timeline()->stepAxis().steps()[5].start);
        QTest::qWait(50);
        // Inside the window, readable: a few lines in sight, none scrolled sideways, the chosen
        // one whole under the list.
        const QRect inWindow(dock->mapTo(&window, QPoint(0, 0)), dock->size());
        QVERIFY(window.rect().contains(inWindow));
        QVERIFY(!log->list()->horizontalScrollBar()->isVisible());
        const int rowHeight = log->list()->sizeHintForRow(0);
        QVERIFY2(log->list()->viewport()->height() >= 3 * rowHeight,
                 qPrintable(QStringLiteral("%1 px for the lines").arg(log->list()->viewport()->height())));
        auto *detail = log->findChild<QLabel *>(QStringLiteral("eventLogDetail"));
        QVERIFY(detail->width() <= log->width());
        QVERIFY2(detail->height() >= detail->heightForWidth(detail->width()),
                 qPrintable(detail->text()));
        QCOMPARE(log->detailText(), log->list()->model()->index(5, 0).data().toString());
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstEventLog)
#include "tst_eventlog.moc"
