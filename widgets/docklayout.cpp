#include "docklayout.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>

#include <algorithm>

namespace Ui
{

DockLayout::DockLayout(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_window->setDockOptions(
        QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
}

QDockWidget *DockLayout::addDock(
    Slot slot, const QString &title, const QString &objectName, QWidget *widget)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(objectName);
    d->setWidget(widget);
    m_docks.append({ slot, d });
    if (m_panelsMenu)
        m_panelsMenu->addAction(d->toggleViewAction());
    return d;
}

QDockWidget *DockLayout::dock(Slot slot) const
{
    for (const Entry &e : m_docks)
        if (e.slot == slot)
            return e.dock;
    return nullptr;
}

void DockLayout::setPanelsMenu(QMenu *menu)
{
    m_panelsMenu = menu;
    for (const Entry &e : std::as_const(m_docks))
        menu->addAction(e.dock->toggleViewAction());
}

void DockLayout::arrange()
{
    auto area = [](Slot slot) {
        switch (slot) {
        case Slot::Course:
        case Slot::Lesson:
        case Slot::Exercise:
        case Slot::Program:
            return Qt::LeftDockWidgetArea;
        case Slot::LoopMachine:
        case Slot::Inspector:
        case Slot::Scheduler:
            return Qt::RightDockWidgetArea;
        case Slot::Output:
            return Qt::BottomDockWidgetArea;
        }
        return Qt::LeftDockWidgetArea;
    };
    for (const Entry &e : std::as_const(m_docks)) {
        m_window->removeDockWidget(e.dock); // a no-op for a dock not placed yet
        m_window->addDockWidget(area(e.slot), e.dock);
        e.dock->show();
    }
    QDockWidget *course = dock(Slot::Course), *lesson = dock(Slot::Lesson),
                *program = dock(Slot::Program), *exercise = dock(Slot::Exercise),
                *inspector = dock(Slot::Inspector), *scheduler = dock(Slot::Scheduler),
                *machine = dock(Slot::LoopMachine);
    if (course && lesson)
        m_window->splitDockWidget(course, lesson, Qt::Horizontal);
    if (lesson && program)
        m_window->splitDockWidget(lesson, program, Qt::Vertical);
    // The exercise takes the lesson's place, one tab each: its statement, code and checks
    // need the height, and the lesson is one click away.
    if (lesson && exercise)
        m_window->tabifyDockWidget(lesson, exercise);
    // The inspector column: the loop machine on top when there is one, the inspector and the
    // scheduler as tabs under it.
    if (machine && inspector)
        m_window->splitDockWidget(machine, inspector, Qt::Vertical);
    if (inspector && scheduler)
        m_window->tabifyDockWidget(inspector, scheduler);
    if (inspector)
        inspector->raise();
    if (lesson)
        lesson->raise();
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_defaultSizesPending = true;
    if (m_window->isVisible())
        windowShown();
}

bool DockLayout::restore(const QByteArray &state)
{
    if (state.isEmpty() || !m_window->restoreState(state, version))
        return false;
    m_defaultSizesPending = false;
    return true;
}

QByteArray DockLayout::save() const
{
    return m_window->saveState(version);
}

void DockLayout::reveal(Slot slot)
{
    if (QDockWidget *d = dock(slot)) {
        d->show();
        d->raise();
    }
}

void DockLayout::windowShown()
{
    if (!m_defaultSizesPending)
        return;
    m_defaultSizesPending = false;
    applyDefaultSizes();
}

void DockLayout::applyDefaultSizes()
{
    // Sized once the window has its real size: sizes given to a window that is not laid out
    // yet are scaled against its initial size and leave the outline and inspector a sliver.
    // Made for 1600 px; narrower windows shrink the side columns too, down to what their text
    // needs, so the timeline in the middle keeps room to show a run.
    const double f = std::min(1.0, m_window->width() / 1600.0);
    QList<QDockWidget *> columns;
    QList<int> widths;
    auto column = [&](Slot slot, int width) {
        if (QDockWidget *d = dock(slot)) {
            columns << d;
            widths << width;
        }
    };
    column(Slot::Course, std::max(180, int(240 * f)));
    column(Slot::Lesson, std::max(360, int(440 * f)));
    column(Slot::Inspector, std::max(200, int(280 * f)));
    m_window->resizeDocks(columns, widths, Qt::Horizontal);
    if (dock(Slot::Lesson) && dock(Slot::Program))
        m_window->resizeDocks(
            { dock(Slot::Lesson), dock(Slot::Program) }, { 560, 300 }, Qt::Vertical);
    if (QDockWidget *output = dock(Slot::Output))
        m_window->resizeDocks({ output }, { 170 }, Qt::Vertical);
}

void DockLayout::windowResized(const QSize &oldSize, const QSize &newSize)
{
    const bool narrower = oldSize.isValid() && newSize.width() < oldSize.width();
    if (!narrower || m_defaultSizesPending || !m_window->isVisible())
        return;
    // A narrower window takes all of its width from the centre: the timeline, the one view a
    // run needs room for, ended a sliver beside full-width docks. Give some back from the sides.
    const QWidget *centre = m_window->centralWidget();
    const int want = m_window->width() * 35 / 100, have = centre ? centre->width() : want;
    if (have >= want)
        return;
    QList<QDockWidget *> sides;
    QList<int> widths;
    int total = 0;
    for (const Slot slot : { Slot::Course, Slot::Lesson, Slot::Inspector }) {
        QDockWidget *d = dock(slot);
        const Qt::DockWidgetArea area = d ? m_window->dockWidgetArea(d) : Qt::NoDockWidgetArea;
        if (!d || d->isHidden() || d->isFloating()
            || (area != Qt::LeftDockWidgetArea && area != Qt::RightDockWidgetArea))
            continue;
        sides << d;
        widths << d->width();
        total += d->width();
    }
    if (total <= 0)
        return;
    const double keep = std::max(0.0, double(total - (want - have)) / total);
    for (int &w : widths)
        w = std::max(160, int(w * keep));
    m_window->resizeDocks(sides, widths, Qt::Horizontal);
}

} // namespace Ui
