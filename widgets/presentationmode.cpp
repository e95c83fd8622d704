#include "presentationmode.h"

#include "docklayout.h"
#include "uizoom.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>

namespace Ui {

PresentationMode::PresentationMode(QMainWindow *window, DockLayout *docks, UiZoom *zoom)
    : QObject(window), m_window(window), m_docks(docks), m_zoom(zoom),
      m_action(new QAction(tr("&Presentation Mode"), window))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("For a projector: the lesson, the program and the timeline only, "
                            "full screen, in large text (F11 or Esc leaves)"));
    connect(m_action, &QAction::triggered, this, &PresentationMode::setActive);
}

void PresentationMode::setActive(bool on)
{
    if (on == m_active) {
        m_action->setChecked(on);
        return;
    }
    if (on)
        enter();
    else
        leave();
    m_action->setChecked(m_active);
    // Esc leaves too, but only while presenting: otherwise it belongs to the timeline (its
    // cursor and selection) and the lane filter.
    m_action->setShortcuts(m_active ? QList<QKeySequence>{QKeySequence(Qt::Key_F11),
                                                           QKeySequence(Qt::Key_Escape)}
                                    : QList<QKeySequence>{QKeySequence(Qt::Key_F11)});
    Q_EMIT activeChanged(m_active);
}

void PresentationMode::enter()
{
    m_state = m_window->saveState(DockLayout::version);
    m_geometry = m_window->geometry();
    m_windowState = m_window->windowState();
    m_statusBarShown = !m_window->statusBar()->isHidden();
    m_active = true;
    m_docks->setPresenting(true);
    for (QDockWidget *d : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        const bool presented = d == m_docks->dock(DockLayout::Slot::Lesson)
                || d == m_docks->dock(DockLayout::Slot::Program);
        d->setVisible(presented);
    }
    if (QDockWidget *lesson = m_docks->dock(DockLayout::Slot::Lesson))
        lesson->raise();
    for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        bar->hide();
    m_window->statusBar()->hide();
    m_zoom->useSettingsKey(QString::fromLatin1(kSettingsKey), kDefaultPercent);
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
    widenLessonColumn();
    // The window takes the screen's size on its own time (the window manager's): share the
    // width once it has.
    QTimer::singleShot(100, this, [this] {
        if (m_active)
            widenLessonColumn();
    });
}

void PresentationMode::widenLessonColumn()
{
    QDockWidget *lesson = m_docks->dock(DockLayout::Slot::Lesson);
    if (!lesson || lesson->isFloating())
        return;
    // The prose in large type needs the room; the timeline keeps the larger part.
    m_window->resizeDocks({lesson}, {m_window->width() * 38 / 100}, Qt::Horizontal);
}

void PresentationMode::leave()
{
    m_active = false;
    m_zoom->useSettingsKey(QString::fromLatin1(UiZoom::kSettingsKey));
    m_window->setWindowState(m_windowState);
    m_window->setGeometry(m_geometry);
    m_docks->setPresenting(false);
    m_window->restoreState(m_state, DockLayout::version);
    m_window->statusBar()->setVisible(m_statusBarShown);
    // The old size may arrive after this returns, and the dock layout shares a resize's width
    // out by proportion; views laid out for the large text (a scroll bar that is no longer
    // needed) may hold a dock wider for a moment: put the saved widths back once all that
    // has settled.
    const QByteArray state = m_state;
    for (const int ms : {100, 400}) {
        QTimer::singleShot(ms, this, [this, state] {
            if (!m_active)
                m_window->restoreState(state, DockLayout::version);
        });
    }
}

} // namespace Ui
