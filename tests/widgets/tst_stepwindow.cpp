// Step mode, replay scrubbing and run comparison through the window, with the real
// interpreter: Step walks a three-task gather to its end showing each task as "next" in
// scheduling order; a recording opened from file shows the scheduler at the time cursor;
// the compare window shows both runs' timelines on one axis and their wall times; closing a
// paused window ends the program.
#include "codeeditor.h"
#include "comparisonview.h"
#include "mainwindow.h"
#include "outputconsole.h"
#include "runsession.h"
#include "schedulerpanel.h"
#include "timelineview.h"
#include "tracemodel.h"

#include "isolatedsettings.h"

#include <QAction>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Ui;

namespace {

const char kGather[] = R"(import asyncio

async def nap(n):
    await asyncio.sleep(n)
    print("slept", n)
    return n

async def main():
    print(await asyncio.gather(nap(0.1), nap(0.2), nap(0.3)))

asyncio.run(main())
)";

bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray s = stat.readAll();
    const qsizetype paren = s.lastIndexOf(')');
    return paren > 0 && s.size() > paren + 2 && (s.at(paren + 2) == 'Z' || s.at(paren + 2) == 'X');
}

int laneOf(const Core::TraceModel &model, const QString &task)
{
    for (const Core::TaskInfo &t : model.tasks())
        if (t.name == task)
            return t.lane;
    return -1;
}

//! The first Running span of a task lane.
const Core::Span *firstStep(const Core::TraceModel &model, int lane)
{
    for (int i = 0; lane >= 0 && i < model.spanCount(lane); ++i)
        if (model.spanType(model.span(lane, i).typeId).kind == Core::SpanKind::Running)
            return &model.span(lane, i);
    return nullptr;
}

} // namespace

class TstStepWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        isolateSettings(m_config.path(), QStringLiteral("tst_stepwindow"));
    }

    void stepThroughGatherToTheEnd()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kGather), QStringLiteral("gather.py"));
        window.setVirtualClock(true);
        window.setStepMode(true);
        QVERIFY(!window.stepAction()->isEnabled());
        QStringList nexts;
        QStringList readyAtTask2;
        int markedLines = 0;
        QStringList emptySections;
        connect(&window, &MainWindow::paused, this, [&](const Core::PausedInfo &info) {
            QVERIFY(window.isPaused());
            QVERIFY(window.stepAction()->isEnabled());
            QVERIFY(window.continueAction()->isEnabled());
            QCOMPARE(window.continueAction()->shortcut(), QKeySequence(Qt::Key_F5));
            QCOMPARE(window.scheduler()->nextName(), info.next.name);
            nexts << window.scheduler()->nextName();
            if (nexts.size() == 2)
                readyAtTask2 = window.scheduler()->readyNames();
            markedLines += window.editor()->nextLine() > 0;
            // An empty section says "(0)" above its "(none)", not "(1)".
            const auto *tree = window.scheduler()->findChild<QTreeWidget *>();
            for (int i = 0; tree && i < tree->topLevelItemCount(); ++i) {
                const QTreeWidgetItem *section = tree->topLevelItem(i);
                if (section->childCount() == 1 && section->child(0)->text(1).isEmpty()
                    && section->child(0)->text(0) == QStringLiteral("(none)"))
                    emptySections << section->text(0);
            }
            QTimer::singleShot(0, window.stepAction(), &QAction::trigger);
        });
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
        qInfo() << "next, in order:" << nexts;
        QCOMPARE(nexts.mid(0, 4), (QStringList{"Task-1", "Task-2", "Task-3", "Task-4"}));
        // Each nap resumes after its sleep, then main gets the gathered results.
        QCOMPARE(nexts.mid(4), (QStringList{"Task-2", "Task-3", "Task-4", "Task-1"}));
        QCOMPARE(readyAtTask2, (QStringList{"Task-3 nap(0.2)", "Task-4 nap(0.3)"}));
        QCOMPARE(markedLines, nexts.size()); // the editor marked the next line at every pause
        QVERIFY(!emptySections.isEmpty());
        for (const QString &section : std::as_const(emptySections))
            QVERIFY2(section.endsWith(QStringLiteral(" (0)")), qPrintable(section));
        QCOMPARE(window.editor()->nextLine(), 0); // and cleared it at the end
        QVERIFY(!window.stepAction()->isEnabled());
        QCOMPARE(window.model()->output().size(), std::size_t(4));
    }

    void runToCursorTime()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kGather), QStringLiteral("gather.py"));
        window.setVirtualClock(true);
        window.setStepMode(true);
        QList<Core::PausedInfo> pauses;
        connect(&window, &MainWindow::paused, this,
                [&](const Core::PausedInfo &info) { pauses << info; });
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(pauses.size(), 1, 30000);
        QVERIFY(!window.runToCursorAction()->isEnabled()); // no cursor yet
        const double target = 0.15e9; // after nap(0.1) woke, before nap(0.2) does
        window.timeline()->setTimeCursor(target);
        QVERIFY(window.runToCursorAction()->isEnabled());
        window.runToCursorAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(pauses.size(), 2, 30000);
        qInfo() << "paused at" << pauses.last().next.t << "before" << pauses.last().next.name;
        QVERIFY(double(pauses.last().next.t) >= target);
        QCOMPARE(pauses.last().next.name, QStringLiteral("Task-3"));
        window.continueAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(pauses.size(), 2);
        QCOMPARE(finished.at(0).at(0).value<Core::RunResult>().status, Core::RunStatus::Ok);
    }

    void scrubRecordingAndCompare()
    {
        QTemporaryDir dir;
        const QString recording = dir.filePath(QStringLiteral("gather.lstrace"));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setProgramText(QString::fromUtf8(kGather), QStringLiteral("gather.py"));
        window.setStepMode(false);
        window.setVirtualClock(false);
        QSignalSpy finished(&window, &MainWindow::runFinished);
        window.run();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QVERIFY(window.saveRecording(recording));
        QVERIFY(!window.compareAction()->isEnabled()); // one run so far

        // Opened from file: no Python involved in what follows.
        QVERIFY(window.openRecording(recording));
        const Core::TraceModel &model = *window.model();
        const int main = laneOf(model, QStringLiteral("Task-1"));
        const int task2 = laneOf(model, QStringLiteral("Task-2"));
        const Core::Span *mainStep = firstStep(model, main);
        const Core::Span *task2Step = firstStep(model, task2);
        QVERIFY(mainStep && task2Step);
        // Between main's first step (it created the three naps) and the first nap's first step.
        const double t = (double(model.spanEnd(*mainStep)) + double(task2Step->start)) / 2;
        QVERIFY(t > double(model.spanEnd(*mainStep)) && t < double(task2Step->start));

        TimelineView *timeline = window.timeline();
        QVERIFY(!timeline->hasTimeCursor());
        // A click on the ruler places the cursor; , and . move it between event times.
        const QPoint onRuler(timeline->metrics().labelWidth + int(timeline->plotWidth() / 2), 5);
        QTest::mouseClick(timeline->viewport(), Qt::LeftButton, {}, onRuler);
        QVERIFY(timeline->hasTimeCursor());
        timeline->setTimeCursor(t);
        QCOMPARE(window.scheduler()->readyNames(),
                 (QStringList{"Task-2 nap(0.1)", "Task-3 nap(0.2)", "Task-4 nap(0.3)"}));
        QVERIFY(window.scheduler()->headline().contains(QStringLiteral("recorded")));
        QCOMPARE(timeline->laneStateAtCursor(task2), QStringLiteral("ready"));
        QVERIFY(timeline->laneStateAtCursor(main).startsWith(QStringLiteral("waiting")));
        // Nothing was printed yet: every output line is greyed as written after the cursor.
        QVERIFY(window.console()->lineCount() == 4);
        for (int row = 0; row < 4; ++row)
            QVERIFY(window.console()->isAfterCursor(row));

        timeline->setFocus();
        // Loop iterations may begin in between: . never skips an event time.
        for (int i = 0; i < 20 && timeline->timeCursor() < double(task2Step->start); ++i)
            QTest::keyClick(timeline, Qt::Key_Period);
        QCOMPARE(timeline->timeCursor(), double(task2Step->start));
        QCOMPARE(timeline->laneStateAtCursor(task2), QStringLiteral("running"));
        QCOMPARE(window.scheduler()->readyNames(), (QStringList{"Task-3 nap(0.2)", "Task-4 nap(0.3)"}));
        QTest::keyClick(timeline, Qt::Key_Comma);
        QVERIFY(timeline->timeCursor() < double(task2Step->start));

        // At the end, every line was written.
        timeline->setTimeCursor(double(model.endTime()));
        QVERIFY(!window.console()->isAfterCursor(3));

        // The run and its recording, side by side (summaries are built off the GUI thread).
        QTRY_VERIFY_WITH_TIMEOUT(window.compareAction()->isEnabled(), 10000);
        window.compareAction()->trigger();
        ComparisonView *compare = window.comparisonView();
        QVERIFY(compare && compare->isVisible());
        // The recording replays the same run: two timelines with the same lanes, one scale.
        QVERIFY(compare->timelineA()->model() && compare->timelineB()->model());
        QCOMPARE(compare->timelineA()->model()->laneCount(), model.laneCount());
        QCOMPARE(compare->timelineB()->model()->laneCount(), model.laneCount());
        QCOMPARE(compare->timelineA()->timeScale(), compare->timelineB()->timeScale());
        QVERIFY(compare->headingA().contains(QStringLiteral("previous run")));
        auto *table = compare->figures();
        QVERIFY(table);
        int wallRow = -1;
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->data(Qt::UserRole).toString() == QStringLiteral("wall_s"))
                wallRow = r;
        QVERIFY(wallRow >= 0);
        QCOMPARE(table->item(wallRow, 0)->text(), QStringLiteral("Wall time (s)"));
        const double a = table->item(wallRow, 1)->text().toDouble();
        const double b = table->item(wallRow, 2)->text().toDouble();
        qInfo() << "wall time: previous" << a << "this" << b;
        QVERIFY(a >= 0.3 && b >= 0.3); // the naps take 0.3 s of real time
    }

    void closingAPausedWindowEndsTheProgram()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->setProgramText(QString::fromUtf8(kGather), QStringLiteral("gather.py"));
        window->setStepMode(true);
        QSignalSpy paused(window.get(), &MainWindow::paused);
        window->run();
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 1, 30000);
        QVERIFY(window->isPaused());
        const qint64 pid = window->session()->pid();
        QVERIFY(pid > 0);
        QVERIFY(!processGone(pid));
        window->close();
        window.reset();
        QTRY_VERIFY_WITH_TIMEOUT(processGone(pid), 3000);
    }

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TstStepWindow)
#include "tst_stepwindow.moc"
