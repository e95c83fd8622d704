#include "docklayout.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenu>
#include <QResizeEvent>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace Ui {

namespace {

Qt::DockWidgetArea areaOf(DockLayout::Slot slot)
{
    using Slot = DockLayout::Slot;
    switch (slot) {
    case Slot::Course:
    case Slot::Lesson:
    case Slot::Program:
        return Qt::LeftDockWidgetArea;
    case Slot::LoopMachine:
    case Slot::Inspector:
    case Slot::Scheduler:
        return Qt::RightDockWidgetArea;
    case Slot::Output:
    case Slot::EventLog:
        return Qt::BottomDockWidgetArea;
    }
    return Qt::LeftDockWidgetArea;
}

// The program's share of the lesson column's height (percent) while a lesson is read: in a
// short window (800 px) the lesson's prose needs the larger part to show a paragraph, and 38 %
// still leaves the editor fifteen lines.
int programShareOf(int windowHeight)
{
    return windowHeight < 900 ? 38 : 43;
}

int clampTo(double value, int low, int high)
{
    return std::clamp(int(std::lround(value)), low, std::max(low, high));
}

} // namespace

DockLayout::DockLayout(QMainWindow *window) : QObject(window), m_window(window)
{
    m_window->setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks
                             | QMainWindow::AllowNestedDocks);
    auto *group = new QActionGroup(this);
    auto *learner = new QAction(tr("&Learner: lesson, program, timeline"), this);
    auto *workbench = new QAction(tr("&Workbench: every panel"), this);
    learner->setToolTip(tr("The lesson and its program beside the timeline; the inspector and "
                           "the scheduler come when they have something to show"));
    workbench->setToolTip(tr("Every panel at once, the course outline in its own column"));
    for (QAction *a : {learner, workbench}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    learner->setChecked(true);
    connect(learner, &QAction::triggered, this, [this] { arrange(Mode::Learner); });
    connect(workbench, &QAction::triggered, this, [this] { arrange(Mode::Workbench); });
    auto *reset = new QAction(tr("&Reset layout"), this);
    reset->setToolTip(tr("Every panel back in its place, at its default size"));
    connect(reset, &QAction::triggered, this, &DockLayout::reset);
    m_layoutActions = {learner, workbench, reset};
    connect(this, &DockLayout::modeChanged, this, [learner, workbench](Mode mode) {
        (mode == Mode::Learner ? learner : workbench)->setChecked(true);
    });
    m_window->installEventFilter(this);
}

bool DockLayout::eventFilter(QObject *watched, QEvent *event)
{
    // The window's layout has placed the docks for the new size before its filters hear of
    // it (QLayout::widgetEvent comes first): what is left is to share the width out.
    if (watched == m_window && event->type() == QEvent::Show) {
        windowShown();
        // An exercise opened before the window was shown (the learner's last one) gets its
        // share once the docks have their real sizes.
        if (const std::optional<bool> pending = std::exchange(m_columnPending, std::nullopt))
            QTimer::singleShot(0, this, [this, pending] { shareLessonColumn(*pending); });
    }
    else if (watched == m_window && event->type() == QEvent::Resize) {
        const auto *resize = static_cast<QResizeEvent *>(event);
        windowResized(resize->oldSize(), resize->size());
    }
    return QObject::eventFilter(watched, event);
}

void DockLayout::raiseDefaults()
{
    for (const Slot slot : {Slot::Inspector, Slot::Lesson, Slot::Output})
        if (QDockWidget *d = dock(slot); d && !d->isHidden())
            d->raise();
}

int DockLayout::minimumWidth(Slot slot)
{
    // What each needs to be read without sideways scrolling: a lesson card's widest button,
    // forty-odd columns of code, an outline title, an inspector line.
    switch (slot) {
    case Slot::Course:
        return 190;
    case Slot::Lesson:
    case Slot::Program:
        return 300;
    case Slot::LoopMachine:
        return 260;
    case Slot::Inspector:
    case Slot::Scheduler:
        return 220;
    case Slot::Output:
    case Slot::EventLog:
        return 200;
    }
    return 200;
}

QDockWidget *DockLayout::addDock(Slot slot, const QString &title, const QString &objectName,
                                 QWidget *widget)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(objectName);
    d->setWidget(widget);
    d->setMinimumWidth(int(std::lround(minimumWidth(slot) * std::min(m_zoom, kMaxMinimumScale))));
    m_docks.append({slot, d});
    if (m_panelsMenu)
        m_panelsMenu->addAction(d->toggleViewAction());
    return d;
}

void DockLayout::setZoom(double factor)
{
    m_zoom = factor;
    // A dock paints its title in a copy of the application font taken when it was made, as
    // long as its own font is the application's: a font of its own, the same to the eye,
    // makes it paint the title at the new size.
    QFont title = QApplication::font();
    title.setStyleStrategy(QFont::PreferQuality);
    for (const Entry &e : std::as_const(m_docks)) {
        e.dock->setMinimumWidth(
                int(std::lround(minimumWidth(e.slot) * std::min(m_zoom, kMaxMinimumScale))));
        if (factor != 1.0 || e.dock->testAttribute(Qt::WA_SetFont))
            e.dock->setFont(title);
    }
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

bool DockLayout::showsOnDemand(Slot slot) const
{
    // In the learner's layout the inspector and the scheduler are extras: the loop machine
    // (when there is one) or the timeline have the room until a selection or a pause.
    return m_mode == Mode::Learner && (slot == Slot::Inspector || slot == Slot::Scheduler);
}

void DockLayout::arrange(Mode mode)
{
    const bool changed = mode != m_mode;
    m_mode = mode;
    m_hiddenWhileEmpty.clear();
    for (const Entry &e : std::as_const(m_docks)) {
        e.dock->setFloating(false);
        m_window->removeDockWidget(e.dock); // a no-op for a dock not placed yet
        m_window->addDockWidget(areaOf(e.slot), e.dock);
        e.dock->show();
    }
    QDockWidget *course = dock(Slot::Course), *lesson = dock(Slot::Lesson),
                *program = dock(Slot::Program), *inspector = dock(Slot::Inspector),
                *scheduler = dock(Slot::Scheduler), *machine = dock(Slot::LoopMachine);
    if (mode == Mode::Workbench && course && lesson)
        m_window->splitDockWidget(course, lesson, Qt::Horizontal);
    if (lesson && program)
        m_window->splitDockWidget(lesson, program, Qt::Vertical);
    if (mode == Mode::Learner && course && lesson)
        m_window->tabifyDockWidget(lesson, course); // the outline one click behind the lesson
    // The right column: the loop machine on top, the inspector and the scheduler as tabs.
    if (machine && inspector)
        m_window->splitDockWidget(machine, inspector, Qt::Vertical);
    if (inspector && scheduler)
        m_window->tabifyDockWidget(inspector, scheduler);
    // The event log tells the timeline's story in text: one click behind the output.
    if (QDockWidget *output = dock(Slot::Output), *log = dock(Slot::EventLog); output && log)
        m_window->tabifyDockWidget(output, log);
    raiseDefaults();
    for (const Slot slot : {Slot::Inspector, Slot::Scheduler}) {
        if (QDockWidget *d = dock(slot); d && showsOnDemand(slot)) {
            d->hide();
            m_hiddenWhileEmpty << slot;
        }
    }
    m_window->setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    m_window->setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    m_defaultSizesPending = true;
    if (m_window->isVisible())
        windowShown();
    if (changed)
        Q_EMIT modeChanged(mode);
}

bool DockLayout::restore(const QByteArray &state, Mode mode)
{
    const Mode before = m_mode;
    m_mode = mode;
    if (state.isEmpty() || !m_window->restoreState(state, version)) {
        m_mode = before;
        return false;
    }
    m_defaultSizesPending = false;
    m_hiddenWhileEmpty.clear();
    for (const Slot slot : {Slot::Inspector, Slot::Scheduler})
        if (QDockWidget *d = dock(slot); d && d->isHidden() && showsOnDemand(slot))
            m_hiddenWhileEmpty << slot;
    if (mode != before)
        Q_EMIT modeChanged(mode);
    return true;
}

QByteArray DockLayout::save() const
{
    return m_window->saveState(version);
}

void DockLayout::reveal(Slot slot)
{
    if (m_presenting && !isPresented(slot))
        return;
    if (QDockWidget *d = dock(slot)) {
        m_hiddenWhileEmpty.removeAll(slot);
        d->show();
        d->raise();
    }
}

void DockLayout::shareLessonColumn(bool programFirst)
{
    if (!m_window->isVisible()) {
        m_columnPending = programFirst;
        return;
    }
    QDockWidget *lesson = dock(Slot::Lesson), *program = dock(Slot::Program);
    if (!lesson || !program || lesson->isFloating() || program->isFloating()
        || m_window->dockWidgetArea(lesson) != m_window->dockWidgetArea(program)
        || !program->isVisible())
        return;
    // An exercise is worked on in the editor, with its statement above and the checks below:
    // at 1400x900 the default share left it six lines of code.
    const int h = m_window->height();
    const int programShare = programFirst ? 70 : programShareOf(h);
    m_window->resizeDocks({lesson, program}, {h * (100 - programShare) / 100,
                                              h * programShare / 100},
                          Qt::Vertical);
}

int DockLayout::loopMachineWidth(int windowWidth, bool hasContent)
{
    if (hasContent)
        return clampTo(0.22 * windowWidth, minimumWidth(Slot::LoopMachine), 440);
    // Empty, it is one paragraph saying how to fill it: its minimum is enough to read it,
    // and the lesson keeps the rest (a fifth of 1920 px went to that paragraph).
    return minimumWidth(Slot::LoopMachine);
}

void DockLayout::setHasContent(Slot slot, bool hasContent)
{
    QDockWidget *d = dock(slot);
    if (slot == Slot::LoopMachine) {
        if (!hasContent || m_machineHadContent)
            return;
        m_machineHadContent = true;
        const int compact = std::exchange(m_machineCompactWidth, 0);
        // Widened once, and only while it is about as narrow as the layout made it (a learner
        // who dragged it wider keeps their width).
        if (d && compact > 0 && d->isVisible() && !d->isFloating() && d->width() <= compact + 40)
            m_window->resizeDocks({d}, {loopMachineWidth(m_window->width(), true)},
                                  Qt::Horizontal);
        return;
    }
    if (!d || !showsOnDemand(slot))
        return;
    if (hasContent) {
        if (m_presenting)
            return; // shown as it was, with the rest of the layout, when presenting ends
        if (m_hiddenWhileEmpty.removeAll(slot) > 0) {
            d->show();
            d->raise();
        }
        return;
    }
    if (d->isHidden() || m_hiddenWhileEmpty.contains(slot))
        return;
    // Only a dock alone in its place gives width back; a tab beside another keeps its column.
    for (QDockWidget *other : m_window->tabifiedDockWidgets(d))
        if (!other->isHidden())
            return;
    d->hide();
    m_hiddenWhileEmpty << slot;
}

void DockLayout::windowShown()
{
    if (!m_defaultSizesPending)
        return;
    m_defaultSizesPending = false;
    applyDefaultSizes();
    // Raised once the tab bars exist: a tab raised before is not the one in front.
    QTimer::singleShot(0, this, &DockLayout::raiseDefaults);
}

void DockLayout::applyDefaultSizes()
{
    // Sized once the window has its real size: sizes given to a window that is not laid out
    // yet are scaled against its initial size and leave the side columns a sliver. Each
    // column takes its share of the width, between its usable minimum and what its text can
    // use, so at 1920 px the lesson and the program get wider too, not only the timeline.
    const int w = m_window->width(), h = m_window->height();
    QList<QDockWidget *> docks;
    QList<int> widths;
    auto column = [&](Slot slot, int width) {
        if (QDockWidget *d = dock(slot); d && !d->isHidden()) {
            docks << d;
            widths << width;
        }
    };
    // Before its first run the loop machine is narrow; the lesson column gets what it leaves.
    const int machine = loopMachineWidth(w, m_machineHadContent);
    const int machineLeft = loopMachineWidth(w, true) - machine;
    if (m_mode == Mode::Workbench) {
        column(Slot::Course, clampTo(0.14 * w, minimumWidth(Slot::Course), 300));
        column(Slot::Lesson, clampTo(0.27 * w + machineLeft, minimumWidth(Slot::Lesson), 560));
    } else {
        column(Slot::Lesson, clampTo(0.35 * w + machineLeft, minimumWidth(Slot::Lesson), 640));
    }
    column(Slot::LoopMachine, machine);
    m_machineCompactWidth = machineLeft > 0 && dock(Slot::LoopMachine) ? machine : 0;
    if (!dock(Slot::LoopMachine))
        column(Slot::Inspector, clampTo(0.19 * w, minimumWidth(Slot::Inspector), 380));
    m_window->resizeDocks(docks, widths, Qt::Horizontal);
    if (dock(Slot::Lesson) && dock(Slot::Program))
        m_window->resizeDocks({dock(Slot::Lesson), dock(Slot::Program)},
                              {h * (100 - programShareOf(h)) / 100, h * programShareOf(h) / 100},
                              Qt::Vertical);
    if (QDockWidget *output = dock(Slot::Output))
        m_window->resizeDocks({output}, {clampTo(0.2 * h, 120, 240)}, Qt::Vertical);
}

QList<QDockWidget *> DockLayout::columns(Qt::DockWidgetArea area) const
{
    QList<QDockWidget *> out;
    for (const Entry &e : m_docks) {
        QDockWidget *d = e.dock;
        if (!d->isVisible() || d->isFloating() || m_window->dockWidgetArea(d) != area)
            continue;
        // Tabs and stacked docks share their column's width: one of them stands for it.
        const bool sameColumn = std::any_of(out.cbegin(), out.cend(), [d](QDockWidget *o) {
            return std::abs(o->geometry().left() - d->geometry().left()) < 4;
        });
        if (!sameColumn)
            out << d;
    }
    return out;
}

void DockLayout::windowResized(const QSize &oldSize, const QSize &newSize)
{
    if (!oldSize.isValid() || oldSize.width() <= 0 || newSize.width() == oldSize.width()
        || m_defaultSizesPending || !m_window->isVisible() || m_resizing)
        return;
    // QMainWindow gives a wider window's extra width to the centre only, and takes a narrower
    // one's from the centre only: the timeline went a sliver beside full-width docks, or the
    // lesson stayed narrow at 1920 px. Every side column keeps its share of the width instead.
    const double f = double(newSize.width()) / oldSize.width();
    QList<QDockWidget *> docks;
    QList<int> widths;
    for (const Qt::DockWidgetArea area : {Qt::LeftDockWidgetArea, Qt::RightDockWidgetArea}) {
        for (QDockWidget *d : columns(area)) {
            docks << d;
            widths << std::max(d->minimumWidth(), int(std::lround(d->width() * f)));
        }
    }
    if (docks.isEmpty())
        return;
    m_resizing = true;
    m_window->resizeDocks(docks, widths, Qt::Horizontal);
    m_resizing = false;
}

} // namespace Ui
