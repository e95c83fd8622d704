// The dock layout on a real QMainWindow, offscreen: the learner's arrangement (lesson and
// program beside the timeline, the outline a tab behind the lesson, the inspector only while it
// has something to show, the loop machine's place on the right) and the full workbench, both at
// 1280x800, 1400x900 and 1920x1080; usable minimum widths; extra width shared when the window
// grows and taken from the sides when it shrinks; Reset layout after the learner made a mess.
#include "docklayout.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QTabBar>
#include <QTest>

#include <memory>

using namespace Ui;
using Slot = DockLayout::Slot;

namespace {

struct Window {
    explicit Window(bool loopMachine = false)
    {
        window.setCentralWidget(centre = new QLabel(QStringLiteral("timeline")));
        docks = new DockLayout(&window);
        auto add = [&](Slot slot, const char *name) {
            docks->addDock(slot, QString::fromLatin1(name), QString::fromLatin1(name),
                           new QLabel(QString::fromLatin1(name)));
        };
        add(Slot::Course, "outlineDock");
        add(Slot::Lesson, "lessonDock");
        add(Slot::Program, "editorDock");
        if (loopMachine)
            add(Slot::LoopMachine, "loopMachineDock");
        add(Slot::Inspector, "inspectorDock");
        add(Slot::Output, "consoleDock");
        add(Slot::Scheduler, "schedulerDock");
    }
    bool show(QSize size, DockLayout::Mode mode)
    {
        window.resize(size);
        docks->arrange(mode);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return false;
        QTest::qWait(20); // the sizes are applied on show; the layout settles after
        return window.size() == size;
    }
    QDockWidget *dock(Slot slot) const { return docks->dock(slot); }
    QMainWindow window;
    QLabel *centre = nullptr;
    DockLayout *docks = nullptr;
};

void sizes()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("1280x800") << QSize(1280, 800);
    QTest::newRow("1400x900") << QSize(1400, 900);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

bool onLeftOf(const QWidget *a, const QWidget *b)
{
    return a->mapTo(a->window(), QPoint(a->width(), 0)).x()
            <= b->mapTo(b->window(), QPoint(0, 0)).x() + 1;
}

} // namespace

class TstDockLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void learnerLayoutLeavesTheTimelineTheRoom_data() { sizes(); }
    void learnerLayoutLeavesTheTimelineTheRoom()
    {
        QFETCH(QSize, size);
        Window w;
        QVERIFY(w.show(size, DockLayout::Mode::Learner));
        QDockWidget *lesson = w.dock(Slot::Lesson), *program = w.dock(Slot::Program);
        QVERIFY(lesson->isVisible() && program->isVisible());
        QCOMPARE(w.window.tabifiedDockWidgets(lesson), QList<QDockWidget *>{w.dock(Slot::Course)});
        // A tab behind the lesson.
        QTRY_VERIFY(w.dock(Slot::Course)->visibleRegion().isEmpty());
        QVERIFY(!lesson->visibleRegion().isEmpty());
        QVERIFY(!w.dock(Slot::Inspector)->isVisible()); // nothing selected yet
        QVERIFY(!w.dock(Slot::Scheduler)->isVisible());
        QVERIFY(w.dock(Slot::Output)->isVisible());
        QVERIFY(onLeftOf(lesson, w.centre));
        QVERIFY(lesson->geometry().bottom() < program->geometry().top());
        QVERIFY2(lesson->width() >= DockLayout::minimumWidth(Slot::Lesson),
                 qPrintable(QString::number(lesson->width())));
        QVERIFY2(w.centre->width() >= size.width() * 45 / 100,
                 qPrintable(QString::number(w.centre->width())));
        // The output sits under the timeline only, not under the lesson column.
        QVERIFY(onLeftOf(program, w.dock(Slot::Output)));
    }

    void widerWindowsWidenTheLessonToo()
    {
        Window narrow, wide;
        QVERIFY(narrow.show(QSize(1280, 800), DockLayout::Mode::Learner));
        QVERIFY(wide.show(QSize(1920, 1080), DockLayout::Mode::Learner));
        QVERIFY2(wide.dock(Slot::Lesson)->width() > narrow.dock(Slot::Lesson)->width() + 80,
                 qPrintable(QStringLiteral("%1 vs %2")
                                    .arg(wide.dock(Slot::Lesson)->width())
                                    .arg(narrow.dock(Slot::Lesson)->width())));
    }

    void inspectorGivesItsWidthBack()
    {
        Window w;
        QVERIFY(w.show(QSize(1400, 900), DockLayout::Mode::Learner));
        const int roomy = w.centre->width();
        w.docks->setHasContent(Slot::Inspector, true); // a span was selected
        QTRY_VERIFY(w.dock(Slot::Inspector)->isVisible());
        QVERIFY(onLeftOf(w.centre, w.dock(Slot::Inspector)));
        QTRY_VERIFY(w.centre->width() < roomy);
        QVERIFY(w.dock(Slot::Inspector)->width() >= DockLayout::minimumWidth(Slot::Inspector));
        w.docks->setHasContent(Slot::Inspector, false); // the selection went
        QTRY_VERIFY(!w.dock(Slot::Inspector)->isVisible());
        QTRY_COMPARE(w.centre->width(), roomy);
        // In the full workbench the inspector stays: the learner asked for every panel.
        w.docks->arrange(DockLayout::Mode::Workbench);
        w.docks->setHasContent(Slot::Inspector, false);
        QVERIFY(w.dock(Slot::Inspector)->isVisible());
    }

    void loopMachineHasItsPlace()
    {
        Window w(true);
        QVERIFY(w.show(QSize(1280, 800), DockLayout::Mode::Learner));
        QDockWidget *machine = w.dock(Slot::LoopMachine);
        QVERIFY(machine->isVisible());
        QVERIFY(onLeftOf(w.centre, machine));
        QVERIFY(machine->width() >= DockLayout::minimumWidth(Slot::LoopMachine));
        QVERIFY(w.centre->width() >= 1280 * 35 / 100);
    }

    // Before its first run the loop machine is one paragraph on how to fill it: it stays in
    // sight but narrow, the lesson column takes what it leaves; the first run widens it once.
    void emptyLoopMachineStaysNarrowUntilARun()
    {
        Window w(true);
        QVERIFY(w.show(QSize(1920, 1080), DockLayout::Mode::Learner));
        QDockWidget *machine = w.dock(Slot::LoopMachine);
        QVERIFY(machine->isVisible());
        const int narrow = machine->width();
        QVERIFY2(narrow <= DockLayout::minimumWidth(Slot::LoopMachine) + 16
                         && narrow * 100 <= 1920 * 15,
                 qPrintable(QStringLiteral("empty: %1 px").arg(narrow)));
        const int lesson = w.dock(Slot::Lesson)->width();
        w.docks->setHasContent(Slot::LoopMachine, true); // a run started
        QTRY_VERIFY2(machine->width() >= DockLayout::loopMachineWidth(1920, true) - 16,
                     qPrintable(QStringLiteral("after a run: %1 px").arg(machine->width())));
        QCOMPARE(w.dock(Slot::Lesson)->width(), lesson); // the timeline gave the room
        // Once: a learner who narrows it again keeps their width on the next run.
        w.window.resizeDocks({machine}, {narrow}, Qt::Horizontal);
        QTRY_VERIFY(machine->width() <= narrow + 16);
        w.docks->setHasContent(Slot::LoopMachine, true);
        QTest::qWait(20);
        QVERIFY(machine->width() <= narrow + 16);
        // Reset layout after a run: it has something to show now, it gets its share.
        w.docks->reset();
        QTRY_VERIFY(machine->width() >= DockLayout::loopMachineWidth(1920, true) - 16);
    }

    void workbenchShowsEveryPanel_data() { sizes(); }
    void workbenchShowsEveryPanel()
    {
        QFETCH(QSize, size);
        Window w;
        QVERIFY(w.show(size, DockLayout::Mode::Workbench));
        for (const Slot slot :
             {Slot::Course, Slot::Lesson, Slot::Program, Slot::Inspector, Slot::Output}) {
            QDockWidget *d = w.dock(slot);
            QVERIFY2(d->isVisible(), qPrintable(d->objectName()));
            QVERIFY2(d->width() >= DockLayout::minimumWidth(slot),
                     qPrintable(QStringLiteral("%1: %2").arg(d->objectName()).arg(d->width())));
        }
        QVERIFY(onLeftOf(w.dock(Slot::Course), w.dock(Slot::Lesson)));
        QVERIFY2(w.centre->width() >= size.width() * 30 / 100,
                 qPrintable(QString::number(w.centre->width())));
    }

    // The window grows: the side columns take their share; it shrinks: they give some back,
    // never under their minimum, and the timeline keeps room.
    void resizingSharesTheWidth()
    {
        Window w;
        QVERIFY(w.show(QSize(1280, 800), DockLayout::Mode::Workbench));
        const int lesson = w.dock(Slot::Lesson)->width();
        w.window.resize(1920, 1000);
        QTRY_COMPARE(w.window.width(), 1920);
        QTRY_VERIFY2(w.dock(Slot::Lesson)->width() > lesson + 100,
                     qPrintable(QString::number(w.dock(Slot::Lesson)->width())));
        w.window.resize(1150, 800);
        QTRY_COMPARE(w.window.width(), 1150);
        QTest::qWait(20);
        for (const Slot slot : {Slot::Course, Slot::Lesson, Slot::Inspector})
            QVERIFY(w.dock(slot)->width() >= DockLayout::minimumWidth(slot));
        QVERIFY2(w.centre->width() >= 1150 * 25 / 100,
                 qPrintable(QString::number(w.centre->width())));
    }

    void resetLayoutUndoesTheMess()
    {
        Window w;
        QVERIFY(w.show(QSize(1400, 900), DockLayout::Mode::Learner));
        const QRect lesson = w.dock(Slot::Lesson)->geometry();
        w.dock(Slot::Lesson)->close();
        w.dock(Slot::Program)->setFloating(true);
        w.window.resizeDocks({w.dock(Slot::Output)}, {500}, Qt::Vertical);
        w.docks->reset();
        QTest::qWait(20);
        QVERIFY(w.dock(Slot::Lesson)->isVisible());
        QVERIFY(!w.dock(Slot::Program)->isFloating());
        QCOMPARE(w.window.dockWidgetArea(w.dock(Slot::Program)), Qt::LeftDockWidgetArea);
        QTRY_COMPARE(w.dock(Slot::Lesson)->geometry(), lesson);
        QVERIFY(w.dock(Slot::Output)->height() < 300);
    }

    void savedLayoutComesBackOnlyFromThisVersion()
    {
        QByteArray state;
        {
            Window w;
            QVERIFY(w.show(QSize(1400, 900), DockLayout::Mode::Workbench));
            w.dock(Slot::Output)->close();
            state = w.docks->save();
        }
        Window again;
        again.docks->arrange(DockLayout::Mode::Learner);
        QVERIFY(again.docks->restore(state, DockLayout::Mode::Workbench));
        QCOMPARE(again.docks->mode(), DockLayout::Mode::Workbench);
        QVERIFY(again.dock(Slot::Output)->isHidden());
        // A state saved with another layout version (an older window) is not restored.
        QMainWindow old;
        auto *d = new QDockWidget(&old);
        d->setObjectName(QStringLiteral("consoleDock"));
        old.addDockWidget(Qt::LeftDockWidgetArea, d);
        Window third;
        third.docks->arrange(DockLayout::Mode::Learner);
        QVERIFY(!third.docks->restore(old.saveState(0), DockLayout::Mode::Learner));
    }
};

QTEST_MAIN(TstDockLayout)
#include "tst_docklayout.moc"
