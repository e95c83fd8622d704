// MainWindow's menus and Run toolbar, built from the parts' actions, and their keys (each key
// and each menu letter is used once: tst_mainwindow checks it).
#include "mainwindow.h"

#include "codeeditor.h"
#include "comparisoncontroller.h"
#include "coursecontroller.h"
#include "courseoutline.h"
#include "docklayout.h"
#include "fileactions.h"
#include "interpreterchoice.h"
#include "outputconsole.h"
#include "playbackbar.h"
#include "presentationmode.h"
#include "predictnextcontroller.h"
#include "reviewdialog.h"
#include "runactions.h"
#include "runcontroller.h"
#include "shortcutsdialog.h"
#include "timelineview.h"
#include "uizoom.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace Ui {

void MainWindow::createActions()
{
    m_runToolBar = addToolBar(tr("Run"));
    m_runToolBar->setObjectName(QStringLiteral("runToolBar"));
    m_runToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    createEditMenu();
    m_runMenu = menuBar()->addMenu(tr("&Run"));
    createPlaybackMenu();
    m_viewMenu = menuBar()->addMenu(tr("&View"));

    const RunActions *run = m_runs->actions();
    m_interpreterAction
            = new QAction(style()->standardIcon(QStyle::SP_ComputerIcon), tr("&Interpreter"), this);
    m_interpreterAction->setMenu(m_interpreter->menu());
    QToolBar *bar = m_runToolBar;
    for (QAction *a : {run->run, run->stop, run->step, run->stepSwitch, run->continueRun,
                       run->runToCursor, m_predictNext->toggleAction()})
        bar->addAction(a);
    bar->addSeparator();
    bar->addAction(run->virtualClock);
    bar->addAction(m_interpreterAction);
    if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(m_interpreterAction)))
        b->setPopupMode(QToolButton::InstantPopup);

    createFileMenu();
    for (QAction *a : {run->run, run->stop})
        m_runMenu->addAction(a);
    m_runMenu->addSeparator();
    for (QAction *a :
         {run->stepMode, run->step, run->stepSwitch, run->continueRun, run->runToCursor,
          m_predictNext->toggleAction()})
        m_runMenu->addAction(a);
    m_runMenu->addSeparator();
    m_runMenu->addAction(run->virtualClock);
    m_runMenu->addAction(m_interpreterAction);
    createViewMenu();
    createHelpMenu();
}

void MainWindow::createPlaybackMenu()
{
    QMenu *playback = menuBar()->addMenu(tr("&Playback"));
    playback->setToolTipsVisible(true);
    const QList<QAction *> actions = m_playbackBar->menuActions();
    playback->addActions(actions.mid(0, 3));
    playback->addSeparator();
    playback->addActions(actions.mid(3));
}

void MainWindow::createFileMenu()
{
    const RunActions *run = m_runs->actions();
    QMenu *file = m_fileMenu;
    file->addAction(m_files->newAction);
    file->addAction(m_files->openAction);
    file->addMenu(m_files->recentMenu);
    file->addAction(m_files->saveAction);
    file->addAction(m_files->saveAsAction);
    file->addAction(m_files->revertAction);
    file->addSeparator();
    for (QAction *a : {run->openRecording, run->saveRecording, run->exportTrace})
        file->addAction(a);
    file->addSeparator();
    m_course->addFolderActions(file);
    file->addSeparator();
    auto *quit = file->addAction(style()->standardIcon(QStyle::SP_DialogCloseButton), tr("&Quit"),
                                 this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::createViewMenu()
{
    auto action = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *a = new QAction(text, this);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    QMenu *view = m_viewMenu;
    // Ctrl+= / Ctrl+- / Ctrl+0 zoom the whole window (UiZoom); the timeline's own zoom is
    // + / - / 0 in the timeline, and Ctrl+Alt with them from anywhere.
    auto *fit = action(tr("&Fit Timeline"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_0),
                       [this] { m_timeline->fitAll(); });
    fit->setIconText(tr("Fit all"));
    fit->setToolTip(tr("Fit the whole run in the timeline (0 in the timeline, Ctrl+Alt+0)"));
    auto *zoomIn = action(tr("Zoom Timeline I&n"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Equal),
                          [this] { m_timeline->zoomBy(1.5); });
    zoomIn->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    auto *zoomOut = action(tr("Zoo&m Timeline Out"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus),
                           [this] { m_timeline->zoomBy(1 / 1.5); });
    zoomOut->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    m_followAction = new QAction(tr("Follo&w live"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_followAction, &QAction::toggled, m_timeline, &TimelineView::setFollowLive);
    connect(m_timeline, &TimelineView::followLiveChanged, m_followAction, &QAction::setChecked);
    // The step axis and every task's frames: also the timeline's own S key and Steps button,
    // and what a lesson asks for ("axis", "frames").
    m_stepAxisAction = new QAction(tr("&Step axis: steps in the order the loop ran them"), this);
    m_stepAxisAction->setCheckable(true);
    m_stepAxisAction->setToolTip(tr("Steps (S in the timeline): every task step and callback "
                                    "equally wide, in the order the loop ran them"));
    m_stepAxisAction->setIconText(tr("Steps"));
    connect(m_stepAxisAction, &QAction::toggled, m_timeline, [this](bool on) {
        m_timeline->setAxis(on ? TimelineAxis::Steps : TimelineAxis::Time);
    });
    connect(m_timeline, &TimelineView::axisChanged, m_stepAxisAction,
            [this](TimelineAxis axis) { m_stepAxisAction->setChecked(axis == TimelineAxis::Steps); });
    m_framesAction = new QAction(tr("Coroutine f&rames of every task"), this);
    m_framesAction->setCheckable(true);
    connect(m_framesAction, &QAction::toggled, m_timeline, &TimelineView::setAllFramesShown);
    connect(m_timeline, &TimelineView::allFramesShownChanged, m_framesAction,
            &QAction::setChecked);
    auto *focusTimeline = action(tr("Focus &timeline"), QKeySequence(Qt::ALT | Qt::Key_1),
                                 [this] { m_timeline->setFocus(); });
    auto *focusEditor = action(tr("Focus &editor"), QKeySequence(Qt::ALT | Qt::Key_2),
                               [this] { editor()->setFocus(); });
    auto *focusConsole = action(tr("Focus o&utput"), QKeySequence(Qt::ALT | Qt::Key_3),
                                [this] { m_console->view()->setFocus(); });
    focusTimeline->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    focusEditor->setIcon(style()->standardIcon(QStyle::SP_FileDialogContentsView));
    focusConsole->setIcon(style()->standardIcon(QStyle::SP_FileDialogListView));

    m_runToolBar->addSeparator();
    m_runToolBar->addAction(fit);
    m_runToolBar->addAction(m_followAction);
    m_runToolBar->addAction(m_stepAxisAction);
    for (QAction *a : {m_zoom->zoomInAction, m_zoom->zoomOutAction, m_zoom->resetAction,
                       m_presentation->action()})
        view->addAction(a);
    view->addSeparator();
    for (QAction *a : {fit, zoomIn, zoomOut, m_followAction, m_stepAxisAction, m_framesAction,
                       m_comparison->compareAction()})
        view->addAction(a);
    view->addSeparator();
    for (QAction *a : {focusTimeline, focusEditor, focusConsole})
        view->addAction(a);
    view->addSeparator();
    // Spaced review: answers due again, each opened at the step that asks it.
    QAction *review = action(tr("Re&view Answers…"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R), [this] {
        auto *dialog = new ReviewDialog(&m_course->catalog(), m_course->progress(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ReviewDialog::openRequested, this, [this](const QString &lesson, int step) {
            m_course->showLessonStep(lesson, step);
            m_docks->reveal(DockLayout::Slot::Lesson);
        });
        dialog->show();
    });
    view->addAction(review);
    // The outline's "Review — N due" row opens the same dialog.
    connect(outline(), &CourseOutline::reviewRequested, review, &QAction::trigger);
    view->addSeparator();
    QMenu *themeMenu = view->addMenu(tr("T&heme"));
    auto *group = new QActionGroup(this);
    const QString names[] = {tr("Follow &system"), tr("&Light"), tr("&Dark")};
    for (int i = 0; i < 3; ++i) {
        m_themeActions[i] = themeMenu->addAction(names[i]);
        m_themeActions[i]->setCheckable(true);
        group->addAction(m_themeActions[i]);
        connect(m_themeActions[i], &QAction::triggered, this, [this, i] { setTheme(Theme(i)); });
    }
    m_themeActions[2]->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QMenu *layout = view->addMenu(tr("La&yout"));
    const QList<QAction *> layouts = m_docks->layoutActions();
    layout->addActions(layouts.mid(0, 2));
    layout->addSeparator();
    layout->addActions(layouts.mid(2));
    view->addSeparator();
    m_docks->setPanelsMenu(view);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setToolTip(tr("Theme, text size, clock, block threshold, interpreter and "
                               "lessons folder, in one place"));
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(style()->standardIcon(QStyle::SP_MessageBoxQuestion),
                    tr("How to read the &timeline"), this, &MainWindow::showTimelineGuide);
    help->addAction(tr("&About Loopscope"), this, [this] {
        const QString python = m_interpreter->version();
        QMessageBox::about(
                this, tr("About Loopscope"),
                tr("<h3>Loopscope</h3><p>Learn Python async programming by watching it happen: "
                   "real programs on a real interpreter, under an instrumented asyncio event "
                   "loop, drawn live on a timeline.</p><p>Python %1 · Qt %2</p>")
                        .arg(python.isEmpty() ? tr("not started yet") : python,
                             QString::fromLatin1(qVersion())));
    });
}

} // namespace Ui
