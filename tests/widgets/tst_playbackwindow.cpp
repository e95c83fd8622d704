// The loop machine and playback in the real window, with the real interpreter: paused in step
// mode, the loop machine says what runs next and why; a finished run (and a recording of it)
// plays event by event with the timeline's cursor, the loop machine, the output's current line
// and the editor's line following, and back again to exactly the states rebuilt from the trace.
#include "codeeditor.h"
#include "docklayout.h"
#include "loopmachineview.h"
#include "mainwindow.h"
#include "outputconsole.h"
#include "playbackbar.h"
#include "playbackcontroller.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Ui;

namespace
{

// Two workers share a lock; each sleeps holding it and prints.
const char kLock[] = R"(import asyncio

async def worker(name, lock):
    async with lock:
        await asyncio.sleep(0.1)
        print(name, "done")

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(worker("a", lock), worker("b", lock))
    print("all done")

asyncio.run(main())
)";

QStringList readyChips(const LoopMachineScene &scene)
{
    for (const LoopBox &b : scene.boxes)
        if (b.title == QLatin1String("Ready queue")) {
            QStringList out;
            for (const LoopGroup &g : b.groups)
                for (const LoopChip &c : g.chips)
                    out << c.text;
            return out;
        }
    return {};
}

} // namespace

class TstPlaybackWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_playbackwindow"));
    }

    void pausedTheLoopMachineSaysWhatRunsNextAndWhy()
    {
        MainWindow window;
        window.resize(1280, 800); // the smallest window we design for
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kLock), QStringLiteral("lock.py"));
        window.setVirtualClock(true);
        window.setStepMode(true);
        QStringList whys;
        bool stageOk = true, dockShown = true;
        int scrolled = 0;
        connect(&window, &MainWindow::paused, this, [&](const Core::PausedInfo &info) {
            const LoopMachineScene &scene = window.loopMachine()->scene();
            const QString title = Core::taskTitle(*window.model(), info.next.task);
            stageOk = stageOk && scene.stageTitle == QLatin1String("Runs next (paused)")
                && !scene.stage.empty() && scene.stage.front().text.startsWith(title);
            dockShown
                = dockShown && window.docks()->dock(DockLayout::Slot::LoopMachine)->isVisible();
            whys << scene.why;
            // The whole machine fits its dock at 1280×800: nothing to scroll to, nothing wider.
            LoopMachineView *machine = window.loopMachine();
            scrolled += machine->verticalScrollBar()->maximum() > 0;
            for (const PlacedBox &b : machine->placed().boxes)
                stageOk = stageOk && b.frame.right() <= machine->viewport()->width();
            QTimer::singleShot(0, window.stepAction(), &QAction::trigger);
        });
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(stageOk);
        QVERIFY(dockShown);
        QCOMPARE(scrolled, 0);
        QVERIFY(whys.size() >= 5);
        QCOMPARE(whys.front(),
            QStringLiteral("Task-1 main() is next: it is the main task: "
                           "asyncio.run() created it; nothing else was ready"));
        const auto has = [&](const QString &text) {
            return std::any_of(
                whys.begin(), whys.end(), [&](const QString &w) { return w.contains(text); });
        };
        QVERIFY(has(QStringLiteral("its timer (sleep(0.1)) was due")));
        QVERIFY(has(QStringLiteral("woken by the lock's release in Task-2 worker")));
        // Finished: the machine says how to see the run again, not a stale pause.
        QVERIFY(window.loopMachine()->scene().isEmpty());
    }

    void finishedRunPlaysWithEverythingFollowing()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kLock), QStringLiteral("lock.py"));
        window.setVirtualClock(true);
        window.setStepMode(false);
        PlaybackController *playback = window.playback();
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QVERIFY(!playback->isAvailable()); // live: nothing to play yet
        QVERIFY(!window.playbackBar()->playAction()->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTRY_VERIFY(playback->isAvailable());
        QTRY_VERIFY(playback->hasEvents());
        QVERIFY(window.playbackBar()->forwardAction()->isEnabled());
        const Core::TraceModel &model = *window.model();

        // F9, one event at a time: the cursor, the machine, the output and the editor follow.
        int editorLines = 0, runningShown = 0, outputShown = 0;
        std::vector<double> positions;
        while (playback->eventIndex() < (long long)playback->events().size() - 1) {
            QTest::keyClick(&window, Qt::Key_F9);
            const double t = playback->position();
            positions.push_back(t);
            QCOMPARE(window.timeline()->timeCursor(), t);
            const Core::SchedulerState s = Core::reconstructAt(model, Core::TimeNs(t));
            const LoopMachineScene &scene = window.loopMachine()->scene();
            QVERIFY(scene.headline.startsWith(QStringLiteral("At ")));
            QCOMPARE(scene.stage.size(), s.now.size());
            runningShown += !scene.stage.empty();
            QCOMPARE(window.console()->currentLine(), int(s.outputLines) - 1);
            outputShown += s.outputLines > 0;
            if (!s.now.empty() && s.now.front().at.isValid()) {
                QCOMPARE(window.editor()->nextLine(), int(s.now.front().at.line));
                ++editorLines;
            }
        }
        QVERIFY(positions.size() > 20);
        QVERIFY(runningShown > 5);
        QVERIFY(outputShown > 0);
        QVERIFY(editorLines > 3); // the worker's lines, as each step resumes
        QCOMPARE(window.playbackBar()->positionText(),
            QStringLiteral("event %1 of %1").arg(playback->events().size()));

        // F7 back to the start: the same moments in reverse, each rebuilt from the trace.
        for (std::size_t i = positions.size() - 1; i-- > 0;) {
            QTest::keyClick(&window, Qt::Key_F7);
            QCOMPARE(playback->position(), positions[i]);
            QCOMPARE(readyChips(window.loopMachine()->scene()).size(),
                qsizetype(Core::reconstructAt(model, Core::TimeNs(positions[i])).ready.size()));
        }

        // F8 plays to the end by itself.
        QComboBox *speed = window.playbackBar()->speedBox();
        speed->setCurrentIndex(speed->count() - 3); // 100 events/s
        QTest::keyClick(&window, Qt::Key_F8);
        QVERIFY(playback->isPlaying());
        QCOMPARE(window.playbackBar()->playAction()->text(), QStringLiteral("&Pause"));
        QTRY_VERIFY_WITH_TIMEOUT(!playback->isPlaying(), 30000);
        QCOMPARE(playback->position(), positions.back());
        QCOMPARE(window.console()->currentLine(), int(model.output().size()) - 1);

        // A new run: playback lets go of the old model.
        window.run();
        QVERIFY(!playback->isAvailable());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
    }

    void recordingPlays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lock.lstrace"));
        {
            MainWindow window;
            window.setProgramText(QString::fromUtf8(kLock), QStringLiteral("lock.py"));
            window.setVirtualClock(true);
            window.setStepMode(false);
            QSignalSpy finished(&window, &MainWindow::runFinished);
            window.run();
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
            QVERIFY(window.saveRecording(path));
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openRecording(path));
        QVERIFY(window.playback()->isAvailable());
        QTest::keyClick(&window, Qt::Key_F9);
        QVERIFY(window.timeline()->hasTimeCursor());
        QVERIFY(!window.loopMachine()->scene().isEmpty());
        QTest::keyClick(&window, Qt::Key_F9, Qt::ControlModifier); // to the end
        QCOMPARE(
            window.playback()->eventIndex(), (long long)window.playback()->events().size() - 1);
        const LoopMachineScene &end = window.loopMachine()->scene();
        QCOMPARE(end.stageEmpty, QStringLiteral("Nothing runs: the loop has closed"));
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstPlaybackWindow)
#include "tst_playbackwindow.moc"
