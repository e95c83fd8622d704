// The inspector shows the selected task, its wait and await chain, and its links lead on.
#include "inspector.h"
#include "modelfixtures.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Ui;

class TstInspector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_model = Test::gatherModel();
        QVERIFY(m_model);
    }

    void showsTheSelectedTask_data()
    {
        QTest::addColumn<QString>("coro");
        QTest::newRow("main") << QStringLiteral("main");
        QTest::newRow("fetch") << QStringLiteral("fetch");
    }
    void showsTheSelectedTask()
    {
        QFETCH(QString, coro);
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, coro);
        inspector.showSelection(lane, -1);
        const Core::TaskInfo *task = m_model->task(m_model->lane(lane).id);
        QCOMPARE(inspector.taskId(), task->id);
        QVERIFY(inspector.plainText().contains(task->name));
        QVERIFY(inspector.plainText().contains(coro + QStringLiteral("()")));
    }

    void suspendedSpanShowsWaitChainAndWaker()
    {
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        int span = -1;
        for (int i = 0; i < m_model->spanCount(lane) && span < 0; ++i)
            if (m_model->spanType(m_model->span(lane, i).typeId).kind == Core::SpanKind::Suspended)
                span = i;
        inspector.showSelection(lane, span);
        const QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Suspended on sleep")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Await chain")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("gather.py:")));
        QVERIFY(text.contains(QStringLiteral("Woken by")));

        // The first source link of the chain asks the editor to jump there.
        QSignalSpy source(&inspector, &Inspector::sourceRequested);
        for (int i = 0; i < inspector.linkCount(); ++i)
            if (inspector.linkText(i).contains(QStringLiteral("fetch()"))) {
                inspector.activateLink(i);
                break;
            }
        QCOMPARE(source.count(), 1);
        QVERIFY(source.at(0).at(0).toString().endsWith(QStringLiteral("gather.py")));
        QVERIFY(source.at(0).at(1).toInt() > 0);
    }

    void parentLinkSelectsTheParent()
    {
        Inspector inspector;
        inspector.setModel(m_model.get());
        const int lane = Test::laneOfTask(*m_model, QStringLiteral("fetch"));
        inspector.showSelection(lane, -1);
        const Core::TaskInfo *task = m_model->task(m_model->lane(lane).id);
        const Core::TaskInfo *parent = m_model->task(task->parent);
        QVERIFY(parent);
        QSignalSpy spy(&inspector, &Inspector::spanRequested);
        for (int i = 0; i < inspector.linkCount(); ++i)
            if (inspector.linkText(i) == parent->name) {
                inspector.activateLink(i);
                break;
            }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), parent->lane);
    }

    void liveTaskUpdatesSoFarCoalesced()
    {
        // The gather run streamed in small pieces, the inspector on a task that is still
        // pending: it says what the task has done "so far", follows the model a few times a
        // second (not once per change), and states the final facts once the run is over.
        QFile f(QStringLiteral(LOOPSCOPE_CORE_FIXTURES "/gather.lstrace"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        Core::TraceModel live;
        Core::TraceDecoder decoder;
        Inspector inspector;
        inspector.setModel(&live);
        inspector.setLive(true);
        const QString coro = QStringLiteral("main");
        qsizetype pos = 0;
        auto feed = [&](qsizetype n) {
            n = std::min(n, bytes.size() - pos);
            decoder.feed(QByteArrayView(bytes).sliced(pos, n), live);
            pos += n;
        };
        // Up to the main task's first wait.
        int lane = -1;
        while (pos < bytes.size()) {
            feed(16);
            lane = Test::laneOfTask(live, coro);
            if (lane >= 0 && !live.task(live.lane(lane).id)->waits.empty())
                break;
        }
        QVERIFY(lane >= 0 && pos < bytes.size());
        inspector.showSelection(lane, -1);
        const QString first = inspector.plainText();
        QVERIFY2(first.contains(QStringLiteral("so far")), qPrintable(first));
        QVERIFY2(first.contains(QStringLiteral("waiting on")), qPrintable(first));

        // Many changes, many refresh() calls: no re-render until the coalescing timer fires.
        const int renders = inspector.renderCount();
        for (int i = 0; i < 50 && pos < bytes.size(); ++i) {
            feed(64);
            inspector.refresh();
        }
        QCOMPARE(inspector.renderCount(), renders);
        QTRY_COMPARE_WITH_TIMEOUT(inspector.renderCount(), renders + 1, 5000);
        QVERIFY(inspector.plainText() != first);

        // The rest of the run, then its end: the page states the outcome, nothing "so far".
        feed(bytes.size());
        decoder.finish();
        inspector.refresh();
        inspector.setLive(false);
        const QString done = inspector.plainText();
        QVERIFY2(done.contains(QStringLiteral("finished")), qPrintable(done));
        QVERIFY2(!done.contains(QStringLiteral("so far")), qPrintable(done));
        QVERIFY2(done.contains(QStringLiteral("Waits")), qPrintable(done));
    }

    void runningTaskSaysRunningWithItsLine()
    {
        // A step the watchdog reports while it runs (time.sleep in download): never "ready" or
        // "not started", but running, on the line it is on, with the call it runs.
        constexpr Core::TimeNs ms = 1000000;
        const QString prog = QStringLiteral("/tmp/shop/prog.py");
        Core::Test::TraceEncoder e;
        e.hello({ 1, false, false, 7, 0, "3.11.2", "/usr/bin/python3", prog, 100, 0 });
        e.taskNew({ 1 * ms, 1, 1, 0, "Task-1", "main", prog, 12, prog, "main()" });
        e.taskNew({ 2 * ms, 2, 1, 1, "Task-2", "download", prog, 9, prog, "download('a.zip')" });
        e.loopIter({ 3 * ms, 4 * ms, 0, 1, 0, 1 });
        e.stepRunning({ 700 * ms, 5 * ms, 2, 0, 1, prog, "download", 6 });
        const auto model = Test::decode(e.bytes);
        Inspector inspector;
        inspector.setModel(model.get());
        inspector.setLive(true);
        const int lane = model->task(2)->lane;
        inspector.showSelection(lane, -1);
        QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Task-2 download('a.zip')")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("State\nrunning")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("running (step 1), on download() prog.py:6")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("not started")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("ready")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Steps\n1 so far")), qPrintable(text));

        // The running span itself says where it is now.
        inspector.showSelection(lane, model->spanCount(lane) - 1);
        text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("Running (step 1)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Now on\ndownload() prog.py:6")), qPrintable(text));
    }

    void awaitChainFoldsLibraryFrames()
    {
        const QString prog = QStringLiteral("/tmp/shop/prog.py");
        const QString tasks = QStringLiteral("/usr/lib/python3.11/asyncio/tasks.py");
        Core::Test::TraceEncoder e;
        e.taskNew({ 10, 1, 1, 0, "Task-1", "main", prog, 20, prog, "main()" });
        e.frame({ 1, prog, "main", 21 });
        e.frame({ 2, prog, "fetch", 8 });
        e.frame({ 3, tasks, "wait_for", 479 });
        e.frame({ 4, tasks, "sleep", 639 });
        e.chain({ 1, { 1, 2, 3, 4 } });
        e.step({ 20, 30, 1, false, Core::WaitKind::Timeout, "wait_for", 0, 1 });
        const auto model = Test::decode(e.bytes);
        Inspector inspector;
        inspector.setModel(model.get());
        const int lane = model->task(1)->lane;
        inspector.showSelection(lane, model->spanCount(lane) - 1);
        QString text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("fetch() prog.py:8")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("2 frames in asyncio")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("tasks.py")), qPrintable(text));

        int toggle = -1;
        for (int i = 0; i < inspector.linkCount(); ++i)
            if (inspector.linkText(i) == QStringLiteral("Show library frames"))
                toggle = i;
        QVERIFY(toggle >= 0);
        inspector.activateLink(toggle);
        text = inspector.plainText();
        QVERIFY2(text.contains(QStringLiteral("sleep() tasks.py:639")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("frames in asyncio")), qPrintable(text));
        bool hide = false;
        for (int i = 0; i < inspector.linkCount(); ++i)
            hide |= inspector.linkText(i) == QStringLiteral("Hide library frames");
        QVERIFY(hide);
    }

private:
    std::unique_ptr<Core::TraceModel> m_model;
};

QTEST_MAIN(TstInspector)
#include "tst_inspector.moc"
