// Big runs: the lane filter (name, coroutine, state) keeps the lanes asked for and the tasks
// that created them; counter tracks sum up a thousand tasks in a few rows under the loop.
#include "modelfixtures.h"
#include "taskcounts.h"
#include "traceencoder.h"
#include "timelineview.h"

#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

#include <span>

using namespace Ui;

namespace {

std::unique_ptr<Core::TraceModel> threeDownloads()
{
    QFile f(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/three_downloads.lstrace"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return Test::decode(f.readAll());
}

// A FastAPI-like run: the program's main task, uvicorn's server task with two connection tasks
// it created, anyio's worker task, an asyncio server's accept task and a task main made of
// asyncio.sleep; each runs one step, one after another from t = 10 ms on.
// With a handler, the accept task also starts the program's own connection handler (Task-8),
// as asyncio.start_server does for each client.
std::unique_ptr<Core::TraceModel> withLibraryTasks(bool withHandler = false)
{
    Core::Test::TraceEncoder e;
    e.magic();
    e.hello({1, false, false, 1, 0, QStringLiteral("3.11.2"), QStringLiteral("/usr/bin/python3"),
             QStringLiteral("app.py"), 100, 0});
    const QString site = QStringLiteral("/venv/lib/python3.11/site-packages/");
    const QString stdlib = QStringLiteral("/usr/lib/python3.11/asyncio/");
    struct Task {
        Core::Id id, parent;
        const char *coro;
        QString file;
    };
    const Task tasks[] = {{1, 0, "main", QStringLiteral("/home/ana/app.py")},
                          {2, 1, "serve", site + QStringLiteral("uvicorn/server.py")},
                          {3, 2, "run_asgi", site + QStringLiteral("uvicorn/protocols/h11.py")},
                          {4, 2, "run_asgi", site + QStringLiteral("uvicorn/protocols/h11.py")},
                          {5, 1, "_run_worker",
                           site + QStringLiteral("anyio/_backends/_asyncio.py")},
                          // asyncio's own machinery folds; a task the program made of
                          // asyncio.sleep stays the program's.
                          {6, 1, "BaseSelectorEventLoop._accept_connection2",
                           stdlib + QStringLiteral("selector_events.py")},
                          {7, 1, "sleep", stdlib + QStringLiteral("tasks.py")},
                          {8, 6, "handle", QStringLiteral("/home/ana/app.py")}};
    const std::size_t taskCount = std::size(tasks) - (withHandler ? 0 : 1);
    Core::TimeNs t = 1000;
    for (const Task &task : std::span(tasks, taskCount))
        e.taskNew({t += 100, task.id, 1, task.parent, QStringLiteral("Task-%1").arg(task.id),
                   QString::fromLatin1(task.coro), QStringLiteral("app.py"), 5, task.file, {}});
    e.loopIter({t, t + 300, 1000000, 5, 10, 1});
    t = 10000000;
    for (const Task &task : std::span(tasks, taskCount)) {
        e.step({t, t + 2000000, task.id, false, Core::WaitKind::Sleep, QStringLiteral("sleep(1)"),
                0, 0, 0});
        t += 2000000;
    }
    return Test::decode(e.bytes);
}

QStringList rowNames(const Core::TraceModel &model, const TimelineRows &rows)
{
    QStringList names;
    for (std::size_t row = 0; row < rows.lanes.size(); ++row) {
        const int group = rows.group[row];
        names << (group >= 0 ? QStringLiteral("[%1]").arg(rows.groups[std::size_t(group)].library)
                             : model.lane(rows.lanes[row]).name);
    }
    return names;
}

QStringList keptNames(const Core::TraceModel &model, const std::vector<bool> &kept)
{
    QStringList names;
    for (int lane = 0; lane < model.laneCount(); ++lane)
        if (kept[std::size_t(lane)])
            names << model.lane(lane).name;
    return names;
}

} // namespace

class TstTimelineFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filterLanes_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("kept");
        const QString loop = QStringLiteral("Event loop 1"), main = QStringLiteral("Task-1 main");
        const QString a = QStringLiteral("Task-2 download"), b = QStringLiteral("Task-3 download"),
                      c = QStringLiteral("Task-4 download");
        QTest::newRow("empty keeps all") << QString() << QStringList{loop, main, a, b, c};
        QTest::newRow("a coroutine") << QStringLiteral("download") << QStringList{a, b, c};
        QTest::newRow("any case") << QStringLiteral("MAIN") << QStringList{main};
        QTest::newRow("a task's name") << QStringLiteral("task-3") << QStringList{b};
        QTest::newRow("every word must match") << QStringLiteral("download task-4")
                                               << QStringList{c};
        QTest::newRow("a state") << QStringLiteral("done") << QStringList{main, a, b, c};
        QTest::newRow("no failed task") << QStringLiteral("failed") << QStringList{};
        QTest::newRow("the loop") << QStringLiteral("loop") << QStringList{loop};
        QTest::newRow("the file") << QStringLiteral("all_at_once.py")
                                  << QStringList{main, a, b, c};
    }
    void filterLanes()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, kept);
        const auto model = threeDownloads();
        QVERIFY(model);
        QCOMPARE(keptNames(*model, Ui::filterLanes(*model, filter)), kept);
    }

    void rowsKeepTheTasksThatCreatedAKeptOne()
    {
        const auto model = threeDownloads();
        const std::vector<bool> kept = Ui::filterLanes(*model, QStringLiteral("task-3"));
        TimelineRowOptions options;
        options.kept = &kept;
        const TimelineRows rows = buildTimelineRows(*model, {}, {}, options);
        QStringList shown;
        for (int lane : rows.lanes)
            shown << model->lane(lane).name;
        // Its parent and the loop stay, so the tree still reads as a tree.
        QCOMPARE(shown, (QStringList{"Event loop 1", "Task-1 main", "Task-3 download"}));
        QCOMPARE(rows.filteredOut, 2);
        QCOMPARE(rows.rowOfLane[std::size_t(Test::laneOfTask(*model, "download"))], -1);
    }

    void libraryTasksFoldIntoOneRowPerLibrary()
    {
        const auto model = withLibraryTasks();
        QCOMPARE(int(model->tasks().size()), 7);
        // Unasked, every task sits in its tree.
        QCOMPARE(rowNames(*model, buildTimelineRows(*model)),
                 (QStringList{"Event loop 1", "Task-1 main", "Task-2 serve", "Task-3 run_asgi",
                              "Task-4 run_asgi", "Task-5 _run_worker",
                              "Task-6 BaseSelectorEventLoop._accept_connection2", "Task-7 sleep"}));
        // Folded: the program's lanes on top, one row per library, in the order first met.
        QSet<QString> open;
        TimelineRowOptions options;
        options.openLibraries = &open;
        TimelineRows rows = buildTimelineRows(*model, {}, {}, options);
        QCOMPARE(rowNames(*model, rows), (QStringList{"Event loop 1", "Task-1 main", "Task-7 sleep",
                                                      "[uvicorn]", "[anyio]", "[asyncio]"}));
        QCOMPARE(int(rows.groups[0].lanes.size()), 3); // the server and the tasks it made
        QCOMPARE(int(rows.groups[1].lanes.size()), 1);
        QCOMPARE(rows.rowOfLane[std::size_t(Test::laneOfTask(*model, "serve"))], -1);
        QCOMPARE(rows.groupOfLane[std::size_t(Test::laneOfTask(*model, "serve"))], 0);
        QVERIFY(rows.isLaneRow(2) && !rows.isLaneRow(3));
        // Open: its lanes follow its row, in their tree.
        open.insert(QStringLiteral("uvicorn"));
        rows = buildTimelineRows(*model, {}, {}, options);
        QCOMPARE(rowNames(*model, rows),
                 (QStringList{"Event loop 1", "Task-1 main", "Task-7 sleep", "[uvicorn]",
                              "Task-2 serve", "Task-3 run_asgi", "Task-4 run_asgi", "[anyio]",
                              "[asyncio]"}));
        // The filter still applies: only what it keeps is folded.
        const std::vector<bool> kept = Ui::filterLanes(*model, QStringLiteral("main worker"));
        options.kept = &kept;
        QCOMPARE(rowNames(*model, buildTimelineRows(*model, {}, {}, options)), QStringList{});
        const std::vector<bool> worker = Ui::filterLanes(*model, QStringLiteral("worker"));
        options.kept = &worker;
        QCOMPARE(rowNames(*model, buildTimelineRows(*model, {}, {}, options)),
                 (QStringList{"Event loop 1", "Task-1 main", "[anyio]"}));
    }

    void theProgramsOwnTaskStaysOutOfItsCreatorsLibraryRow()
    {
        // asyncio.start_server's accept task (asyncio's machinery) starts the program's
        // handle() for each client: the handlers are what the server lesson is about.
        const auto model = withLibraryTasks(true);
        QSet<QString> open;
        TimelineRowOptions options;
        options.openLibraries = &open;
        TimelineRows rows = buildTimelineRows(*model, {}, {}, options);
        QCOMPARE(rowNames(*model, rows),
                 (QStringList{"Event loop 1", "Task-1 main", "Task-7 sleep", "Task-8 handle",
                              "[uvicorn]", "[anyio]", "[asyncio]"}));
        const int handler = Test::laneOfTask(*model, "handle");
        QCOMPARE(rows.groupOfLane[std::size_t(handler)], -1);
        QCOMPARE(int(rows.groups[2].lanes.size()), 1); // the accept task alone
        // Opened, the asyncio row shows the accept task, and the handler is not shown twice.
        open.insert(QStringLiteral("asyncio"));
        rows = buildTimelineRows(*model, {}, {}, options);
        QCOMPARE(rowNames(*model, rows),
                 (QStringList{"Event loop 1", "Task-1 main", "Task-7 sleep", "Task-8 handle",
                              "[uvicorn]", "[anyio]", "[asyncio]",
                              "Task-6 BaseSelectorEventLoop._accept_connection2"}));
    }

    void aLibraryRowOpensOnClickAndChartsItsTasks()
    {
        const auto model = withLibraryTasks();
        TimelineView view;
        view.resize(1200, 400);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(rowNames(*model, view.rows()), (QStringList{"Event loop 1", "Task-1 main",
                                                             "Task-7 sleep", "[uvicorn]",
                                                             "[anyio]", "[asyncio]"}));
        const TimelineMetrics &mt = view.metrics();
        auto rowPoint = [&](int row, int x) {
            return QPoint(x, mt.rulerHeight + row * mt.rowHeight + mt.rowHeight / 2);
        };
        QCOMPARE(view.groupAt(rowPoint(3, 20)), 0);
        // Its row charts when its tasks ran, in the running colour, and only then.
        view.fitAll();
        view.viewport()->repaint();
        const QImage image = view.viewport()->grab().toImage();
        TimelinePainter reference;
        const QColor running = reference.counterColour(int(Core::TaskCount::Running));
        int runningColumns = 0;
        for (int x = mt.labelWidth; x < image.width(); ++x)
            runningColumns += image.pixelColor(x, rowPoint(3, 0).y() + 2) == running ? 1 : 0;
        QVERIFY2(runningColumns > 0, "the uvicorn row shows no running");
        const double uvicornStep = 10e6 + 3e6; // the server's step
        QVERIFY2(view.groupToolTip(0, uvicornStep).contains(QStringLiteral("1 running")),
                 qPrintable(view.groupToolTip(0, uvicornStep)));
        QVERIFY(view.groupToolTip(0, 1e6).contains(QStringLiteral("0 running")));
        QVERIFY(view.groupToolTip(0, 1e6).contains(QStringLiteral("3 of the library")));
        // A click opens it; another folds it again.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowPoint(3, 20));
        QVERIFY(view.libraryOpen(QStringLiteral("uvicorn")));
        QCOMPARE(int(view.rows().lanes.size()), 9);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, rowPoint(3, 20));
        QVERIFY(!view.libraryOpen(QStringLiteral("uvicorn")));
        // Selecting one of its tasks (from the inspector, a search) opens its group.
        view.selectSpan(Test::laneOfTask(*model, "_run_worker"), -1);
        QVERIFY(view.libraryOpen(QStringLiteral("anyio")));
        QVERIFY(view.rows().rowOfLane[std::size_t(Test::laneOfTask(*model, "_run_worker"))] >= 0);
    }

    void theFilterFieldFiltersTheView()
    {
        const auto model = threeDownloads();
        TimelineView view;
        view.resize(1200, 400);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *edit = view.headerBar()->findChild<QLineEdit *>();
        QVERIFY(edit);
        // "/" puts the keys in the filter field; Esc empties it, then returns to the lanes.
        view.setFocus();
        QTest::keyClick(&view, Qt::Key_Slash);
        QVERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("task-2"));
        QCOMPARE(view.laneFilter(), QStringLiteral("task-2"));
        QCOMPARE(int(view.rows().lanes.size()), 3);
        bool saysHowMany = false;
        for (QLabel *label : view.headerBar()->findChildren<QLabel *>())
            saysHowMany |= label->text() == QStringLiteral("3 of 5 lanes");
        QVERIFY(saysHowMany);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(view.laneFilter().isEmpty());
        QCOMPARE(int(view.rows().lanes.size()), 5);
        QTest::keyClick(edit, Qt::Key_Escape);
        QVERIFY(view.hasFocus());
    }

    void countersSumUpAThousandTasks()
    {
        // 1,000 tasks at once: six rows under the loop say how many are in each state.
        const auto model = Test::decode(Core::Test::syntheticTrace(30000, 1000).bytes);
        QVERIFY(model->tasks().size() >= 1000);
        TimelineView view;
        view.resize(1400, 800);
        view.setModel(model.get());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.countersShown()); // many tasks: on without asking
        {
            // A thousand lanes need the vertical scroll bar; it must not cover the header's
            // Counts button (it ran the view's whole height, over the button's right part).
            const QScrollBar *bar = view.verticalScrollBar();
            QTRY_VERIFY(bar->isVisible());
            const auto *button = view.headerBar()->findChildren<QToolButton *>().last();
            const QRect buttonRect(button->mapTo(&view, QPoint(0, 0)), button->size());
            const QRect barRect(bar->mapTo(&view, QPoint(0, 0)), bar->size());
            QVERIFY2(!buttonRect.intersects(barRect),
                     qPrintable(QStringLiteral("Counts at x %1..%2, scroll bar from x %3")
                                        .arg(buttonRect.left()).arg(buttonRect.right())
                                        .arg(barRect.left())));
        }
        const TimelineRows &rows = view.rows();
        const int loopRow = rows.rowOfLane[std::size_t(model->loops().front().lane)];
        for (int k = 0; k < Core::kTaskCountKinds; ++k)
            QCOMPARE(rows.counter[std::size_t(loopRow + 1 + k)], k);
        // The counts are what the lanes show at that moment.
        const Core::TimeNs t = model->endTime() / 2;
        Core::TaskCountValues fromLanes{};
        for (const Core::TaskInfo &task : model->tasks()) {
            const int i = model->lastIndex(task.lane, t);
            if (i < 0)
                continue;
            const Core::Span &s = model->span(task.lane, i);
            if (!s.isOpen() && s.start + Core::TimeNs(s.duration) <= t)
                continue;
            const Core::SpanType &type = model->spanType(s.typeId);
            if (const auto kind = Core::taskCountOf(type.kind, type.wait))
                ++fromLanes[std::size_t(*kind)];
        }
        QCOMPARE(Core::countsAt(view.taskCounts(), t), fromLanes);
        QVERIFY(fromLanes[std::size_t(Core::TaskCount::Running)] <= 1);
        // The tooltip of a counter row says the number at the pointer.
        const int sleepRow = loopRow + 1 + int(Core::TaskCount::Sleeping);
        QVERIFY(view.counterToolTip(int(Core::TaskCount::Sleeping), double(t))
                        .contains(QStringLiteral("sleeping")));
        const QPoint inRow(view.metrics().labelWidth + 10,
                           view.metrics().rulerHeight + sleepRow * view.metrics().rowHeight + 5);
        QCOMPARE(view.counterAt(inRow), int(Core::TaskCount::Sleeping));
        // Painted: the sleeping row has its colour somewhere.
        view.viewport()->repaint();
        const QImage image = view.viewport()->grab().toImage();
        TimelinePainter reference;
        bool coloured = false;
        for (int x = view.metrics().labelWidth; x < image.width() && !coloured; ++x)
            for (int y = inRow.y() - 5; y < inRow.y() - 5 + view.metrics().rowHeight; ++y)
                coloured |= image.pixelColor(x, y) == reference.counterColour(int(Core::TaskCount::Sleeping));
        QVERIFY(coloured);

        // The Counts switch hides them; a filter makes them sum only what it keeps.
        auto *counts = view.headerBar()->findChildren<QToolButton *>().last();
        QCOMPARE(counts->text(), QStringLiteral("Counts"));
        QVERIFY(counts->isChecked());
        counts->click();
        QVERIFY(!view.countersShown());
        QCOMPARE(std::count_if(view.rows().counter.begin(), view.rows().counter.end(),
                               [](int c) { return c >= 0; }),
                 0);
        counts->click();
        view.setLaneFilter(QStringLiteral("Task-7"));
        const auto kept = Ui::filterLanes(*model, QStringLiteral("Task-7"));
        const auto keptTasks = std::size_t(std::count(kept.begin(), kept.end(), true));
        QVERIFY(keptTasks > 0 && keptTasks < 200);
        for (const Core::TaskCountValues &v : view.taskCounts().values) {
            std::size_t sum = 0;
            for (std::uint32_t n : v)
                sum += n;
            QVERIFY(sum <= keptTasks);
        }
    }
};

QTEST_MAIN(TstTimelineFilter)
#include "tst_timelinefilter.moc"
