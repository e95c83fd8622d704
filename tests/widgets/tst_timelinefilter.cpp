// Big runs: the lane filter (name, coroutine, state) keeps the lanes asked for and the tasks
// that created them; counter tracks sum up a thousand tasks in a few rows under the loop.
#include "modelfixtures.h"
#include "timelineview.h"

#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

using namespace Ui;

namespace {

std::unique_ptr<Core::TraceModel> threeDownloads()
{
    QFile f(QStringLiteral(LOOPSCOPE_WIDGET_FIXTURES "/three_downloads.lstrace"));
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    return Test::decode(f.readAll());
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
