// MainWindow's actions: the File, Run, View and Help menus, the Run toolbar, and their keys (each
// key and each menu letter is used once: tst_mainwindow checks it).
#include "mainwindow.h"

#include "codeeditor.h"
#include "outputconsole.h"
#include "shortcutsdialog.h"
#include "timelineview.h"

#include <QAction>
#include <QActionGroup>
#include <QDockWidget>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

namespace Ui {

void MainWindow::createActions()
{
    QToolBar *bar = addToolBar(tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *runMenu = menuBar()->addMenu(tr("&Run"));
    QMenu *view = menuBar()->addMenu(tr("&View"));

    auto action = [this](const QString &text, const QKeySequence &key, QStyle::StandardPixmap icon,
                         auto slot) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    m_runAction = action(tr("&Run"), QKeySequence(Qt::Key_F5), QStyle::SP_MediaPlay,
                         [this] { runOrCheck(); });
    m_stopAction = action(tr("&Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5), QStyle::SP_MediaStop,
                          [this] { stop(); });
    m_virtualClockAction = new QAction(tr("&Virtual clock"), this);
    m_virtualClockAction->setCheckable(true);
    m_virtualClockAction->setToolTip(tr("Virtual clock: sleeps take no real time (the loop jumps "
                                        "to the next timer). Off: real time."));
    connect(m_virtualClockAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("virtualClock"), on); });
    m_interpreterAction = new QAction(style()->standardIcon(QStyle::SP_ComputerIcon),
                                      tr("&Interpreter"), this);
    m_interpreterMenu = new QMenu(this);
    m_interpreterAction->setMenu(m_interpreterMenu);
    connect(m_interpreterMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildInterpreterMenu);
    m_exportAction = action(tr("&Export trace (Perfetto JSON)…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                            QStyle::SP_DialogSaveButton, [this] {
                                const QString path = QFileDialog::getSaveFileName(
                                        this, tr("Export trace"), QStringLiteral("trace.json"),
                                        tr("Chrome/Perfetto trace (*.json)"));
                                if (!path.isEmpty())
                                    exportChromeTrace(path);
                            });
    m_saveRecordingAction = action(tr("&Save recording…"), QKeySequence::Save, QStyle::SP_DriveFDIcon, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save recording"),
                                                          QStringLiteral("run.lstrace"),
                                                          tr("Loopscope recording (*.lstrace)"));
        if (!path.isEmpty())
            saveRecording(path);
    });
    m_openRecordingAction = action(tr("&Open recording…"), QKeySequence::Open, QStyle::SP_DialogOpenButton, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), {},
                                                          tr("Loopscope recording (*.lstrace)"));
        if (!path.isEmpty())
            openRecording(path);
    });
    m_stepModeAction = new QAction(tr("Step &mode"), this);
    m_stepModeAction->setCheckable(true);
    m_stepModeAction->setToolTip(tr("Step mode: Run starts the program paused before its first task "
                                    "step; step through the scheduler with F10."));
    connect(m_stepModeAction, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("stepMode"), on); });
    m_stepAction = action(tr("S&tep"), QKeySequence(Qt::Key_F10), QStyle::SP_MediaSeekForward,
                          [this] { stepOnce(); });
    m_stepAction->setToolTip(tr("Run the one task step or callback shown as next, then pause (F10)"));
    m_stepSwitchAction = action(tr("Step to next task s&witch"), QKeySequence(Qt::SHIFT | Qt::Key_F10),
                                QStyle::SP_MediaSkipForward, [this] { stepToNextSwitch(); });
    m_stepSwitchAction->setToolTip(tr("Run until a different task would run next (Shift+F10)"));
    m_continueAction = action(tr("&Continue"), QKeySequence(), QStyle::SP_MediaPlay,
                              [this] { continueRun(); });
    m_continueAction->setToolTip(tr("Run freely to the end (F5)"));
    m_runToCursorAction = action(tr("Run to c&ursor time"), QKeySequence(Qt::CTRL | Qt::Key_F10),
                                 QStyle::SP_ArrowRight, [this] { runToCursor(); });
    m_runToCursorAction->setToolTip(tr("Run until the timeline's time cursor (click the ruler to "
                                       "place it), then pause"));
    m_compareAction = new QAction(tr("&Compare with previous run…"), this);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::showComparison);
    auto *quit = action(tr("&Quit"), QKeySequence::Quit, QStyle::SP_DialogCloseButton, [this] { close(); });
    auto *fit = action(tr("&Fit all"), QKeySequence(Qt::CTRL | Qt::Key_0), QStyle::SP_TitleBarMaxButton,
                       [this] { m_timeline->fitAll(); });
    fit->setIcon({}); // the title-bar glyph reads as "maximise" and vanishes in the dark theme
    auto *zoomIn = action(tr("Zoom &in"), QKeySequence::ZoomIn, QStyle::SP_ArrowUp,
                          [this] { m_timeline->zoomBy(1.5); });
    auto *zoomOut = action(tr("Zoom &out"), QKeySequence::ZoomOut, QStyle::SP_ArrowDown,
                           [this] { m_timeline->zoomBy(1 / 1.5); });
    m_followAction = new QAction(tr("Follo&w live"), this);
    m_followAction->setCheckable(true);
    m_followAction->setChecked(true);
    m_followAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_followAction, &QAction::toggled, m_timeline, &TimelineView::setFollowLive);
    auto *focusTimeline = action(tr("Focus &timeline"), QKeySequence(Qt::ALT | Qt::Key_1),
                                 QStyle::SP_FileDialogDetailedView, [this] { m_timeline->setFocus(); });
    auto *focusEditor = action(tr("Focus &editor"), QKeySequence(Qt::ALT | Qt::Key_2),
                               QStyle::SP_FileDialogContentsView, [this] { m_editor->setFocus(); });
    auto *focusConsole = action(tr("Focus o&utput"), QKeySequence(Qt::ALT | Qt::Key_3),
                                QStyle::SP_FileDialogListView, [this] { m_console->view()->setFocus(); });

    bar->addAction(m_runAction);
    bar->addAction(m_stopAction);
    bar->addAction(m_stepAction);
    bar->addAction(m_stepSwitchAction);
    bar->addAction(m_continueAction);
    bar->addAction(m_runToCursorAction);
    bar->addSeparator();
    bar->addAction(m_virtualClockAction);
    bar->addAction(m_interpreterAction);
    if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(m_interpreterAction)))
        b->setPopupMode(QToolButton::InstantPopup);
    bar->addSeparator();
    bar->addAction(fit);
    bar->addAction(m_followAction);
    bar->addSeparator();
    bar->addAction(m_openRecordingAction);
    bar->addAction(m_saveRecordingAction);
    bar->addAction(m_exportAction);

    file->addAction(m_openRecordingAction);
    file->addAction(m_saveRecordingAction);
    file->addAction(m_exportAction);
    file->addSeparator();
    createCourseActions(file);
    file->addAction(quit);
    runMenu->addAction(m_runAction);
    runMenu->addAction(m_stopAction);
    runMenu->addSeparator();
    runMenu->addAction(m_stepModeAction);
    runMenu->addAction(m_stepAction);
    runMenu->addAction(m_stepSwitchAction);
    runMenu->addAction(m_continueAction);
    runMenu->addAction(m_runToCursorAction);
    runMenu->addSeparator();
    runMenu->addAction(m_virtualClockAction);
    runMenu->addAction(m_interpreterAction);
    view->addAction(fit);
    view->addAction(zoomIn);
    view->addAction(zoomOut);
    view->addAction(m_followAction);
    view->addAction(m_compareAction);
    view->addSeparator();
    view->addAction(focusTimeline);
    view->addAction(focusEditor);
    view->addAction(focusConsole);
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
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setShortcut(QKeySequence(Qt::Key_F1));
    help->addAction(tr("&About Loopscope"), this, [this] {
        QMessageBox::about(
                this, tr("About Loopscope"),
                tr("<h3>Loopscope</h3><p>Learn Python async programming by watching it happen: "
                   "real programs on a real interpreter, under an instrumented asyncio event "
                   "loop, drawn live on a timeline.</p><p>Python %1 · Qt %2</p>")
                        .arg(m_pythonVersion.isEmpty() ? tr("not started yet") : m_pythonVersion,
                             QString::fromLatin1(qVersion())));
    });
}

} // namespace Ui
