// The loop machine as a learner sees it: what runs now with its line and why, the places
// tasks wait in, tool tips on every chip, clicks that select a task, light and dark.
#include "loopmachineview.h"
#include "schedulerfixture.h"

#include <QApplication>
#include <QImage>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace Ui;
using Core::Test::us;

namespace
{

const LoopBox *box(const LoopMachineScene &scene, const QString &title)
{
    for (const LoopBox &b : scene.boxes)
        if (b.title == title)
            return &b;
    return nullptr;
}

QStringList chipTexts(const LoopBox *b)
{
    QStringList out;
    for (const LoopGroup &g : b ? b->groups : std::vector<LoopGroup> {})
        for (const LoopChip &c : g.chips)
            out << c.text;
    return out;
}

void show(LoopMachineView &view, Core::TimeNs t)
{
    const Core::TraceModel &model = Core::Test::schedulerModel();
    view.showState(model, Core::reconstructAt(model, t));
}

// How much of an image differs from its corner colour: ink drawn on the background.
int inkPixels(const QImage &image)
{
    const QRgb background = image.pixel(1, 1);
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != background;
    return n;
}

} // namespace

class tst_LoopMachineView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runningTaskWithItsLineAndWhy();
    void selectWaitSaysItsTimeoutAndTheTimerItWaitsFor();
    void firedTimerBeforeTheWakeUpStaysWithTheTimers();
    void blockedStepIsCalledBlocked();
    void workerThreadAndTheTaskWaitingForIt();
    void pausedShowsWhatRunsNextAndWhy();
    void everyChipHasAToolTipAndTaskChipsSelectTheTask();
    void nothingIsCutOffInANarrowDock();
    void lightAndDarkBothDraw();
    void clearSaysWhatToDo();
};

void tst_LoopMachineView::runningTaskWithItsLineAndWhy()
{
    LoopMachineView view;
    show(view, us(1008));
    const LoopMachineScene &s = view.scene();
    QCOMPARE(s.stageTitle, QStringLiteral("Running now"));
    QCOMPARE(s.stage.size(), size_t(1));
    QCOMPARE(s.stage[0].text, QStringLiteral("Task-2 worker · line\u00A09"));
    QCOMPARE(s.stage[0].kind, ChipKind::Running);
    QCOMPARE(s.why,
        QStringLiteral("Task-2 worker runs: its timer (sleep(1)) was due; nothing "
                       "else was ready"));
    QVERIFY(s.headline.startsWith(QStringLiteral("At 0.001008 s")));
    // main waits on its gather: shown with the other tasks' waits, not lost.
    QCOMPARE(
        chipTexts(box(s, "Waiting for other tasks")), QStringList { "Task-1 main · gather(1)" });
    QCOMPARE(chipTexts(box(s, "Ready queue")), QStringList {});
    // Numbered in run order: the chips wrap, the order is the point.
    show(view, us(1016));
    QCOMPARE(chipTexts(box(view.scene(), "Ready queue")), QStringList { "1. callback tick" });
}

void tst_LoopMachineView::selectWaitSaysItsTimeoutAndTheTimerItWaitsFor()
{
    LoopMachineView view;
    show(view, us(500));
    const LoopMachineScene &s = view.scene();
    QVERIFY(s.stage.empty());
    QCOMPARE(s.stageEmpty, QStringLiteral("Nothing runs: the loop waits in select()"));
    QCOMPARE(box(s, "Selector")->status,
        QStringLiteral("select() waits until the next timer (955 µs from its start, 500 µs "
                       "left) or for I/O"));
    QCOMPARE(chipTexts(box(s, "Timers")), QStringList { "in 500 µs · Task-2 worker" });
    // The sleeping task is with its timer, not also in "waiting for other tasks".
    QCOMPARE(
        chipTexts(box(s, "Waiting for other tasks")), QStringList { "Task-1 main · gather(1)" });
}

void tst_LoopMachineView::firedTimerBeforeTheWakeUpStaysWithTheTimers()
{
    // The timer fired at 1002 µs; the WAKE that makes Task-2 ready comes at 1003 µs.
    LoopMachineView view;
    show(view, us(1002.5));
    const LoopMachineScene &s = view.scene();
    QCOMPARE(chipTexts(box(s, "Timers")), QStringList { "fired · Task-2 worker" });
    QCOMPARE(chipTexts(box(s, "Waiting for other tasks")), QStringList { "Task-1 main · gather(1)" });
}

void tst_LoopMachineView::blockedStepIsCalledBlocked()
{
    LoopMachineView view;
    show(view, us(2600));
    const LoopChip &chip = view.scene().stage.front();
    QCOMPARE(chip.kind, ChipKind::Blocked);
    QCOMPARE(chip.text, QStringLiteral("Task-2 worker · line\u00A012 · blocked 1.09 ms"));
    QVERIFY(chip.toolTip.contains(QStringLiteral("nothing else can run")));
}

void tst_LoopMachineView::workerThreadAndTheTaskWaitingForIt()
{
    LoopMachineView view;
    show(view, us(1025));
    const LoopMachineScene &s = view.scene();
    QCOMPARE(s.stage.front().text, QStringLiteral("callback tick"));
    QCOMPARE(chipTexts(box(s, "Worker threads")), QStringList { "blocking_io for Task-2 worker" });
    QVERIFY(chipTexts(box(s, "Waiting for other tasks"))
                .contains(QStringLiteral("Task-2 worker · blocking_io")));
    show(view, us(2000));
    QCOMPARE(chipTexts(box(view.scene(), "Worker threads")),
        QStringList { "ThreadPoolExecutor-0_0: idle" });
}

void tst_LoopMachineView::pausedShowsWhatRunsNextAndWhy()
{
    const Core::TraceModel &model = Core::Test::schedulerModel();
    Core::PausedInfo pause;
    pause.next.t = us(1004);
    pause.next.task = 2;
    pause.next.name = QStringLiteral("Task-2");
    pause.next.function = QStringLiteral("worker");
    pause.next.file = QStringLiteral("/home/ada/m.py");
    pause.next.line = 9;
    LoopMachineView view;
    view.showPause(model, pause);
    const LoopMachineScene &s = view.scene();
    QCOMPARE(s.stageTitle, QStringLiteral("Runs next (paused)"));
    QCOMPARE(s.stage.front().kind, ChipKind::Next);
    QCOMPARE(s.stage.front().text, QStringLiteral("Task-2 worker · line\u00A09"));
    QCOMPARE(s.why,
        QStringLiteral("Task-2 worker is next: its timer (sleep(1)) was due; nothing "
                       "else was ready"));
    QVERIFY(s.headline.startsWith(QStringLiteral("Paused at 0.001004 s")));
}

void tst_LoopMachineView::everyChipHasAToolTipAndTaskChipsSelectTheTask()
{
    LoopMachineView view;
    view.resize(420, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    show(view, us(500));
    int chips = 0;
    for (const PlacedBox &b : view.placed().boxes) {
        for (const PlacedGroup &g : b.groups) {
            for (const PlacedChip &c : g.chips) {
                const QPoint at = view.chipRect(c).center().toPoint();
                QVERIFY2(!view.toolTipAt(at).isEmpty(), qPrintable(c.text));
                ++chips;
            }
        }
    }
    QVERIFY(chips >= 2);
    // The timer chip wakes Task-2: a click on it selects that task.
    const PlacedChip &timer = view.placed().boxes[1].groups[0].chips[0];
    QVERIFY(
        view.toolTipAt(view.chipRect(timer).center().toPoint()).contains("Deadline 0.001000 s"));
    QSignalSpy activated(&view, &LoopMachineView::taskActivated);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.chipRect(timer).center().toPoint());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated[0][0].value<Core::Id>(), Core::Id(2));
}

void tst_LoopMachineView::nothingIsCutOffInANarrowDock()
{
    LoopMachineView view;
    view.resize(240, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    show(view, us(1025));
    const int width = view.viewport()->width();
    const LoopMachineGeometry &g = view.placed();
    QVERIFY(g.stageFrame.right() <= width);
    for (const PlacedBox &b : g.boxes)
        QVERIFY2(b.frame.right() <= width, qPrintable(b.titleText));
    // Taller than the dock: it scrolls down, never sideways.
    QVERIFY(g.height > view.viewport()->height());
    QVERIFY(view.verticalScrollBar()->maximum() > 0);
    QCOMPARE(view.horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
}

void tst_LoopMachineView::lightAndDarkBothDraw()
{
    LoopMachineView view;
    view.resize(420, 600);
    show(view, us(1025));
    view.setDarkOverride(false);
    const QImage light = view.grab().toImage();
    view.setDarkOverride(true);
    const QImage dark = view.grab().toImage();
    QVERIFY(qGray(light.pixel(2, 2)) > 200);
    QVERIFY(qGray(dark.pixel(2, 2)) < 60);
    QVERIFY(inkPixels(light) > 1000);
    QVERIFY(inkPixels(dark) > 1000);
}

void tst_LoopMachineView::clearSaysWhatToDo()
{
    LoopMachineView view;
    show(view, us(500));
    view.clear(QStringLiteral("Running freely…"));
    QVERIFY(view.scene().isEmpty());
    QCOMPARE(view.message(), QStringLiteral("Running freely…"));
    view.clear();
    QVERIFY(view.message().contains(QStringLiteral("Step mode")));
}

QTEST_MAIN(tst_LoopMachineView)
#include "tst_loopmachineview.moc"
